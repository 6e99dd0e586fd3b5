"""DOCX: body order, numbering as Word prints it, merged and nested cells, pages."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from scrutiny.ingest.formats.docx_numbering import format_number, letters, roman


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_body_order_and_page_breaks(read):
    d = docx.Document()
    d.add_paragraph("Before the table")
    d.add_table(rows=1, cols=2).rows[0].cells[0].text = "cell"
    d.add_paragraph("After the table").runs[0].add_break(WD_BREAK.PAGE)
    d.add_paragraph("On page two")
    found = read("p.docx", save(d)).blocks
    assert [(b.kind, b.text, b.page) for b in found] == [
        ("paragraph", "Before the table", 1), ("table", "cell", 1),
        ("paragraph", "After the table", 1), ("paragraph", "On page two", 2)]


def test_vertical_and_horizontal_merges_are_not_duplicated(read):
    d = docx.Document()
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "tall"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "wide"
    table.cell(1, 1).text, table.cell(1, 2).text = "b", "c"
    table.cell(2, 0).text = "last"
    rows = read("m.docx", save(d)).blocks[0].rows
    assert rows == [["tall", "wide", ""], ["", "b", "c"], ["last", "", ""]]


def test_nested_table_flattened_into_its_cell(read):
    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Outer"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for r, row in enumerate([["Q1", "12"], ["Q2", "15"]]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    assert read("n.docx", save(d)).blocks[0].rows == [["Outer", "Q1 | 12\nQ2 | 15"]]


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


@pytest.mark.parametrize(("fill", "word"), [("00B050", "Green"), ("FFC000", "Amber"),
                                            ("C00000", "Red"), ("D9D9D9", ""), ("auto", "")])
def test_shaded_empty_cell_reads_as_rag(read, fill, word):
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Area 1"
    _shade(table.cell(0, 1), fill)
    assert read("r.docx", save(d)).blocks[0].rows == [["Area 1", word]]


def test_list_styles_headings_and_emphasis(read):
    d = docx.Document()
    d.add_heading("Agenda", level=1)
    d.add_paragraph("Apologies", style="List Number")
    d.add_paragraph("Minutes", style="List Number")
    d.add_paragraph("a point", style="List Bullet")
    d.add_paragraph().add_run("Question from Cllr Example").bold = True
    d.add_paragraph().add_run("The answer given").italic = True
    d.add_paragraph("(b) typed by hand")
    found = read("l.docx", save(d)).blocks
    assert [(b.kind, b.marker, b.text, b.bold, b.italic) for b in found] == [
        ("heading", None, "Agenda", True, False),  # bold by its style
        ("list_item", "1.", "Apologies", False, False),
        ("list_item", "2.", "Minutes", False, False),
        ("list_item", "•", "a point", False, False),
        ("paragraph", None, "Question from Cllr Example", True, False),
        ("paragraph", None, "The answer given", False, True),
        ("list_item", "(b)", "typed by hand", False, False),
    ]


def test_deleted_revisions_and_field_codes_are_skipped(read):
    d = docx.Document()
    p = d.add_paragraph("Kept ")
    deleted = OxmlElement("w:del")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.text = "removed"
    run.append(text)
    deleted.append(run)
    p._p.append(deleted)
    field = OxmlElement("w:r")
    code = OxmlElement("w:instrText")
    code.text = " PAGE "
    field.append(code)
    p._p.append(field)
    p.add_run("text")
    assert read("d.docx", save(d)).blocks[0].text == "Kept text"


def test_number_formats():
    assert [format_number(4, f) for f in ("decimal", "lowerLetter", "upperRoman",
                                          "decimalZero", "bullet")] == ["4", "d", "IV", "04", ""]
    assert letters(27) == "aa" and roman(14) == "xiv"


def test_grid_column_no_cell_starts_at_is_dropped(read):
    d = docx.Document()
    table = d.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "1. The Force should review triage"
    table.cell(0, 2).text = "Green"
    table.cell(1, 0).merge(table.cell(1, 2)).text = "Completed"
    assert read("g.docx", save(d)).blocks[0].rows == [
        ["1. The Force should review triage", "Green"], ["Completed", ""]]


def test_label_lines_broken_by_line_breaks_stay_apart(read):
    d = docx.Document()
    cover = d.add_paragraph()
    cover.add_run("Meeting date: 21 February 2024").add_break()
    cover.add_run("Paper: Performance scorecard")
    prose = d.add_paragraph()
    prose.add_run("A sentence broken").add_break()
    prose.add_run("by a soft return.")
    assert [b.text for b in read("c.docx", save(d)).blocks] == [
        "Meeting date: 21 February 2024", "Paper: Performance scorecard",
        "A sentence broken by a soft return."]


def test_hidden_text_is_skipped(read):
    d = docx.Document()
    p = d.add_paragraph("Shown ")
    p.add_run("[drafting note] ").font.hidden = True
    p.add_run("text")
    assert read("h.docx", save(d)).blocks[0].text == "Shown text"


def test_section_break_starts_a_new_page(read):
    from docx.enum.section import WD_SECTION

    d = docx.Document()
    d.add_paragraph("Report")
    d.add_section(WD_SECTION.NEW_PAGE)
    d.add_paragraph("Appendix")
    d.add_section(WD_SECTION.CONTINUOUS)
    d.add_paragraph("Still the appendix page")
    assert [(b.text, b.page) for b in read("s.docx", save(d)).blocks] == [
        ("Report", 1), ("Appendix", 2), ("Still the appendix page", 2)]


def _broken(d, lines: list[str], para=None):
    para = para if para is not None else d.add_paragraph()
    for line in lines[:-1]:
        para.add_run(line).add_break()
    para.add_run(lines[-1])
    return para


@pytest.mark.parametrize("lines", [
    # label alone on its line, one name per line
    ["Present:", "Cllr Morwenna Tregear (Chair)", "Mr Idris Fenwick", "DCC Oona Blakeley"],
    # label with the first name on its line
    ["Apologies: Supt Bryn Caddick", "Ms Yusra Hallam", "Cllr T Quennell"],
    # attendees with roles after a dash, no label colon
    ["In attendance", "Petra Lund – Chief Executive, OPCC", "Ravi Oduya – Treasurer"],
])
def test_line_breaks_between_names_stay_newlines(read, lines):
    d = docx.Document()
    _broken(d, lines)
    blocks = read("n.docx", save(d)).blocks
    assert [b.text for b in blocks] == ["\n".join(lines)]


def test_line_breaks_in_prose_and_headings_become_spaces(read):
    d = docx.Document()
    _broken(d, ["Q. Cllr Abara asked about response times.", "A. The Commissioner replied."])
    _broken(d, ["The Panel noted the report", "and thanked the officers."])
    _broken(d, ["Harrowfield Police and Crime Panel", "Minutes"], d.add_heading(level=1))
    assert [b.text for b in read("p.docx", save(d)).blocks] == [
        "Q. Cllr Abara asked about response times. A. The Commissioner replied.",
        "The Panel noted the report and thanked the officers.",
        "Harrowfield Police and Crime Panel Minutes"]


def test_line_breaks_in_a_table_cell_all_stay_newlines(read):
    d = docx.Document()
    cell = d.add_table(rows=1, cols=2).cell(0, 1)
    _broken(d, ["Status: Complete.", "Target: May 2025.", "Lead: Supt Orla Deane"],
            cell.paragraphs[0])
    rows = read("t.docx", save(d)).blocks[0].rows
    assert rows == [["", "Status: Complete.\nTarget: May 2025.\nLead: Supt Orla Deane"]]
