"""Whatever the input, readers keep their promises: spans cite their text exactly, and
bad bytes fail with an IngestError, never anything else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny.errors import IngestError
from scrutiny.ingest.document import Document
from scrutiny.ingest.read import read_bytes

LINES = st.lists(
    st.one_of(
        st.text(min_size=0, max_size=60),
        st.sampled_from(["", "# Heading", "1. Item", "- bullet", "a\tb\tc", "| x | y |",
                         "Name      Council", "To: Panel", "**Bold**", "\f", "   indented"]),
    ),
    max_size=30,
)
TAGS = st.sampled_from(["p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "h2", "b",
                        "i", "br", "span", "script", "pre", "section"])


def _consistent(document: Document) -> None:
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
        # A table keeps a leading empty cell's tab so its cell spans stay exact.
        trimmed = block.text.rstrip() if block.is_table else block.text.strip()
        assert block.text == trimmed and block.text.strip()


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_text_reader_spans(lines):
    data = "\n".join(lines).encode("utf-8")
    try:
        document = read_bytes(data, "paper.txt")
    except IngestError:
        return
    _consistent(document)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(TAGS, st.text(max_size=20), st.booleans()), max_size=40))
def test_html_reader_spans_and_text_only(parts):
    html = "".join(f"<{tag}>{text}" + (f"</{tag}>" if close else "")
                   for tag, text, close in parts)
    try:
        document = read_bytes(f"<html><body>{html}</body></html>".encode(), "page.html")
    except IngestError:
        return
    _consistent(document)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04",
                                                  b"<html><body>"]))
def test_random_bytes_fail_cleanly(data, head):
    for name in ("x.pdf", "x.docx", "x.html", "x.txt", "x"):
        try:
            document = read_bytes(head + data, name)
        except IngestError:
            continue
        _consistent(document)
