"""The per-file time limit holds off the main thread: readers and the extractor registry
check the deadline carried in a context variable (scrutiny.deadline)."""

from __future__ import annotations

import io
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import docx
import pytest
from tests.ingest.pdfmaker import PageSpec, build

from scrutiny.deadline import check, cooperative, time_limit
from scrutiny.errors import IngestError, TimeLimitExceeded
from scrutiny.extract.base import FileExtractor, PaperExtractor
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes

T = TypeVar("T")
TINY = 0.001  # seconds: far less than reading any of the documents below takes


def in_worker_thread(func: Callable[[], T]) -> T:
    """Run ``func`` in a pool thread, as a web server runs an upload handler."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(func).result()


def many_page_pdf(pages: int = 60) -> bytes:
    """An invented report of ``pages`` pages, each with a heading and numbered paragraphs."""
    specs = []
    for number in range(1, pages + 1):
        page = PageSpec().text(72, 80, f"Section {number}: Brindlemoor neighbourhood teams",
                               size=16, bold=True)
        for k in range(1, 25):
            page.text(72, 110 + k * 26, f"{number}.{k} The panel noted that response times "
                      f"in Wexcombe ward were {k + 10} minutes in quarter {k % 4 + 1}.")
        specs.append(page)
    return build(specs)


def many_block_docx(paragraphs: int = 1500) -> bytes:
    document = docx.Document()
    for k in range(paragraphs):
        document.add_paragraph(f"{k}. Councillor Ambry asked about patrols in Lowfield.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def many_block_html(paragraphs: int = 5000) -> bytes:
    body = "".join(f"<p>{k}. The board agreed the Harrowgate custody plan.</p>"
                   for k in range(paragraphs))
    return f"<!doctype html><html><body>{body}</body></html>".encode()


def many_block_text(paragraphs: int = 5000) -> bytes:
    return "\n\n".join(f"{k}. The commissioner answered a question on Eastwick."
                       for k in range(paragraphs)).encode()


SLOW_DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "report.pdf": many_page_pdf,
    "minutes.docx": many_block_docx,
    "agenda.html": many_block_html,
    "notes.txt": many_block_text,
}


@pytest.mark.parametrize("name", SLOW_DOCUMENTS)
def test_a_reader_stops_at_the_deadline_in_a_worker_thread(name: str):
    data = SLOW_DOCUMENTS[name]()

    def read_with_limit() -> object:
        with time_limit(TINY):
            return read_bytes(data, name)

    with pytest.raises(TimeLimitExceeded) as caught:
        in_worker_thread(read_with_limit)
    assert str(caught.value) == ("took more than 0.001 s to read and extract "
                                 "(raise SCRUTINY_MAX_SECONDS_PER_FILE)")
    assert isinstance(caught.value, IngestError)  # callers catching IngestError still do
    # the same document reads in full when no limit is set
    assert in_worker_thread(lambda: read_bytes(data, name)).blocks


def test_no_deadline_never_raises_and_zero_means_unbounded():
    check()
    with cooperative(0) as deadline:
        assert deadline is None
        check()
    with time_limit(0):
        check()


def test_a_nested_limit_cannot_extend_the_outer_one():
    with cooperative(5) as outer, cooperative(500) as inner:
        assert inner is outer
    with cooperative(500) as outer, cooperative(5) as inner:
        assert inner is not outer and inner is not None and outer is not None
        assert inner.expires < outer.expires


def test_each_thread_has_its_own_deadline():
    with cooperative(TINY):
        # a deadline set here (expired or not) is not the worker thread's
        assert in_worker_thread(lambda: cooperative(0).__enter__()) is None


def paper_of(text: str) -> Paper:
    document = read_bytes(text.encode(), "paper.txt")
    return Paper(document, 0, len(document.blocks), title="paper")


def out_of_time(_: object) -> list[object]:
    raise TimeLimitExceeded("took more than 1 s to read and extract")


def broken(_: object) -> list[object]:
    raise ValueError("a rule tripped")


def test_the_registry_reraises_running_out_of_time_but_reports_a_broken_rule():
    papers = [paper_of("The panel met on 3 March 2025.")]
    with pytest.raises(TimeLimitExceeded):
        PaperExtractor("slow", "1", "actions", out_of_time).extract_all(papers)
    with pytest.raises(TimeLimitExceeded):
        FileExtractor("slow", "1", "actions", out_of_time).extract_all(papers)
    records, problems = PaperExtractor("broken", "1", "actions", broken).extract_all(papers)
    assert records == [] and problems == ["broken failed on paper.txt: a rule tripped"]
