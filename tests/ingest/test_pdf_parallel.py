"""A PDF read by this process and a forked child together gives the same Document as one
read alone, including a banded table that runs on across the pages where they split."""

from __future__ import annotations

import dataclasses

import pytest
from pdfmaker import PageSpec, build
from test_pdf_layout import _banded

from scrutiny.config import get_settings
from scrutiny.fork_pair import fork_usable
from scrutiny.ingest.formats import pdf

pytestmark = pytest.mark.skipif(not fork_usable(), reason="needs fork and two CPUs")
XS = [50, 130, 330, 450]


def run_on_table(first_ref: int) -> list[PageSpec]:
    """Two pages: a shaded-header table of areas for improvement that runs on."""
    first = _banded(PageSpec(), ["Ref", "Area for improvement", "RAG"], XS, 700)
    first.text(54, 730, f"AFI {first_ref}", 9).text(134, 730, "Answer calls in Dunholt", 9)
    first.text(334, 730, "Amber", 9)
    first.text(54, 760, f"AFI {first_ref + 1}", 9)
    first.text(134, 760, "Improve the supervision of", 9).text(334, 760, "Red", 9)
    second = PageSpec().text(134, 60, "investigations in Marlow Vale", 9)
    second.text(54, 90, f"AFI {first_ref + 2}", 9).text(134, 90, "Record equality data", 9)
    second.text(334, 90, "Green", 9)
    second.text(50, 150, "The Panel is asked to note the report and the revised dates.", 11)
    return [first, second]


def prose(number: int) -> PageSpec:
    page = PageSpec().text(72, 80, f"{number}. Neighbourhood policing in Ashcombe", 14, True)
    for k in range(12):
        page.text(72, 120 + 20 * k, f"The Commissioner reported {k + 3} new beat officers.", 11)
    return page


def blocks(data: bytes, parallel: bool) -> list[dict[str, object]]:
    document = pdf.read_pdf(data, "built.pdf", get_settings(), parallel=parallel)
    return [dataclasses.asdict(b) for b in document.blocks]


@pytest.mark.parametrize("chunk", [1, 2, 3])
def test_shared_reading_gives_the_same_document(monkeypatch, chunk: int):
    data = build([prose(1), *run_on_table(1), prose(2), *run_on_table(4), prose(3)])
    monkeypatch.setattr(pdf, "CHUNK_PAGES", chunk)  # page splits fall inside the tables
    alone = blocks(data, parallel=False)
    assert blocks(data, parallel=True) == alone
    tables = [b["rows"] for b in alone if b["kind"] == "table"]
    assert [row[0] for row in tables[0]] == ["Ref", "AFI 1", "AFI 2", "AFI 3"]
    assert tables[0][2][1] == "Improve the supervision of investigations in Marlow Vale"
    assert [row[0] for row in tables[1]] == ["Ref", "AFI 4", "AFI 5", "AFI 6"]
