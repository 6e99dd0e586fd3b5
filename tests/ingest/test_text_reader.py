"""Plain text: tables laid out with tabs, pipes or spaces, numbered paragraphs, labels.

Each rule is tried on several house styles written here, since converters and clerks
lay text out differently.
"""

from __future__ import annotations

import pytest

from scrutiny.ingest.formats.text import read_text


def blocks(text: str):
    document = read_text(text.encode(), "paper.txt")
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
    return document.blocks


@pytest.mark.parametrize(
    "text",
    [
        # pdftotext -layout style: left-aligned columns, wide gaps
        "Name              Council\nCllr A Person      Northtown DC\n"
        "Mr B Person        Independent\n",
        # right-aligned figures under their headings
        "Measure          2022/23    2023/24\nBurglary           1,204      1,100\n"
        "Robbery              312        290\n",
        # a wrapped second column continues the row above
        "Cllr C Person     Co-opted member for\n                  Eastvale Council\n"
        "Mrs D Person      Independent Member\n",
    ],
)
def test_space_aligned_columns_are_tables(text):
    found = blocks(text)
    assert [b.kind for b in found] == ["table"]
    rows = found[0].rows
    assert all(len(r) == len(rows[0]) for r in rows) and len(rows[0]) >= 2
    assert all(cell == cell.strip() and "  " not in cell for r in rows for cell in r)


def test_aligned_columns_cells():
    text = "Measure          2022/23    2023/24\nBurglary           1,204      1,100\n"
    rows = blocks(text)[0].rows
    assert rows == [["Measure", "2022/23", "2023/24"], ["Burglary", "1,204", "1,100"]]
    wrapped = blocks("Cllr C Person     Co-opted member for\n                  Eastvale Council\n"
                     "Mrs D Person      Independent Member\n")[0].rows
    assert wrapped == [["Cllr C Person", "Co-opted member for Eastvale Council"],
                       ["Mrs D Person", "Independent Member"]]


@pytest.mark.parametrize(
    "text",
    [
        "The Chair opened the meeting.  Members noted the report.\n"
        "She thanked officers.  The item was closed.\n",
        "Date:     12 March 2025\nVenue:    Council Chamber\n",
    ],
)
def test_prose_and_labels_are_not_tables(text):
    assert all(b.kind != "table" for b in blocks(text))


def test_tab_and_pipe_tables_keep_empty_cells():
    tab = blocks("Ref\tAction\tRAG\nSection heading\t\t\n1\tDo it\tAmber\n")[0].rows
    assert tab == [["Ref", "Action", "RAG"], ["Section heading", "", ""], ["1", "Do it", "Amber"]]
    pipe = blocks("| Ref | Action |\n|---|---|\n| 1 | **Do it** |\n")[0].rows
    assert pipe == [["Ref", "Action"], ["1", "Do it"]]


@pytest.mark.parametrize(
    ("text", "marker", "body"),
    [
        ("1. The Panel noted the report and asked for\n   a further update in June.\n",
         "1.", "The Panel noted the report and asked for a further update in June."),
        ("(a) the Force should review\nits approach to triage;\n", "(a)",
         "the Force should review its approach to triage;"),
        ("ii) Members asked about\n    the budget.\n", "ii)", "Members asked about the budget."),
        ("2.3 Officer numbers rose to 2,140.\n", "2.3", "Officer numbers rose to 2,140."),
    ],
)
def test_numbered_paragraphs_with_wrapped_lines(text, marker, body):
    found = blocks(text)
    assert [(b.kind, b.marker, b.text) for b in found] == [("list_item", marker, body)]


def test_item_followed_by_new_paragraph_is_not_joined():
    found = blocks("1. First point.\nThe meeting closed at 12.30.\n")
    assert [b.kind for b in found] == ["list_item", "paragraph"]


def test_decimal_number_is_not_a_marker():
    assert blocks("3.5 million calls were answered.\n")[0].kind == "paragraph"


def test_label_lines_stay_separate():
    found = blocks("To: Northshire Police and Crime Panel\nSubject: Budget\nDate: 1 May 2025\n")
    assert [b.text for b in found] == ["To: Northshire Police and Crime Panel",
                                       "Subject: Budget", "Date: 1 May 2025"]


def test_headings_pages_and_emphasis():
    found = blocks("# Title\n\nPART A\n\n**Question 1**\n\n*Answer text*\n\f## Next page\n")
    assert [(b.kind, b.level, b.page, b.bold, b.italic) for b in found] == [
        ("heading", 1, 1, False, False), ("heading", 2, 1, False, False),
        ("paragraph", None, 1, True, False), ("paragraph", None, 1, False, True),
        ("heading", 2, 2, False, False)]


def test_utf16_with_bom():
    data = "Minutes\n\nThe Panel met.\n".encode("utf-16")
    assert [b.text for b in read_text(data, "m.txt").blocks] == ["Minutes", "The Panel met."]
