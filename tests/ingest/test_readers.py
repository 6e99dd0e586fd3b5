"""Every reader on the same invented paper: the Document model each must produce.

The paper is written in five house styles (tests/fixtures/make_fixtures.py): a Word
DOCX, that DOCX printed by LibreOffice, a hand-coded HTML page, that page printed by
WeasyPrint, and plain text. The expected tables, headings and numbering come from the
generator's data, not from reading the files.
"""

from __future__ import annotations

import pytest

from conftest import SAME_PAPER
from scrutiny.ingest.document import BLOCK_SEPARATOR, Document

PDFS = [name for name in SAME_PAPER if name.endswith(".pdf")]


def _non_table(document: Document) -> list[str]:
    return [b.text for b in document.blocks if b.kind != "table"]


@pytest.mark.parametrize("name", SAME_PAPER)
def test_spans_point_at_block_text(read, name):
    document = read(name)
    assert document.blocks
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
        assert block.page >= 1
    assert BLOCK_SEPARATOR.join(b.text for b in document.blocks) == document.text
    assert len(document.sha256) == 64


@pytest.mark.parametrize("name", SAME_PAPER)
def test_tables_match_the_paper(read, expected, name):
    tables = [b.rows for b in read(name).blocks if b.kind == "table"]
    assert tables == expected["tables"]


@pytest.mark.parametrize("name", SAME_PAPER)
def test_headings_in_order_with_levels(read, expected, name):
    headings = [(b.text, b.level) for b in read(name).blocks if b.kind == "heading"]
    titles = expected["headings"]
    assert [t for t, _ in headings] == titles
    levels = [level for _, level in headings]
    assert levels[0] < levels[1] and len(set(levels[1:])) == 1


@pytest.mark.parametrize("name", SAME_PAPER)
def test_numbered_paragraphs_keep_their_numbers(read, expected, name):
    items = [[b.marker, b.text] for b in read(name).blocks
             if b.kind == "list_item" and b.marker and b.marker[0].isdigit()]
    assert items == expected["numbered"]


@pytest.mark.parametrize("name", SAME_PAPER)
def test_bullets_and_cover_lines(read, expected, name):
    document = read(name)
    bullets = [b.text for b in document.blocks if b.kind == "list_item" and b.marker == "•"]
    assert bullets == expected["bullets"]
    assert _non_table(document)[:4] == expected["cover"]


@pytest.mark.parametrize("name", PDFS)
def test_pdf_pages_and_page_furniture(read, name):
    document = read(name)
    pages = [b.page for b in document.blocks]
    assert pages == sorted(pages)
    assert document.page_count >= 3 and pages[-1] == document.page_count
    text = document.text
    assert "14 May 2025" not in text.replace("Date: 14 May 2025", "")  # running header gone
    assert "OFFICIAL" not in text and "Page 1 of" not in text


@pytest.mark.parametrize("name", PDFS)
def test_run_on_table_is_one_table_across_pages(read, name):
    document = read(name)
    log = [b for b in document.blocks if b.kind == "table"][-1]
    after = [b for b in document.blocks if b.start > log.start]
    assert after and after[0].page > log.page  # the log really crossed pages
    assert len(log.rows) == 29  # header once + 28 actions, split rows rejoined


def test_docx_block_styles(read):
    document = read("progress_report.docx")
    headings = [b for b in document.blocks if b.kind == "heading"]
    assert (headings[0].style or "").lower() == "heading 1" and headings[0].level == 1
    assert document.title == "Inspection progress report"


def test_html_title_and_no_script_text(read):
    document = read("progress_report.html")
    assert document.title == "Inspection progress report"
    assert "never run" not in document.text
    assert "<" not in document.text


LOG = ["action_log.docx", "action_log_lo.pdf", "action_log.html", "action_log_wp.pdf",
       "action_log_cr.pdf"]


@pytest.mark.parametrize("name", LOG)
def test_borderless_table_with_shaded_header(read, papers, name):
    import json

    expected = json.loads((papers / "action_log.expected.json").read_text(encoding="utf-8"))
    document = read(name)
    assert [b.rows for b in document.blocks if b.kind == "table"] == expected["tables"]
    assert [b.kind for b in document.blocks] == ["heading", "paragraph", "table", "paragraph"]
