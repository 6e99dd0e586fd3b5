"""Splitting files into papers: invented packs in several layouts, and the corpus pack."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from scrutiny.ingest.document import Document
from scrutiny.ingest.formats.text import read_text
from scrutiny.ingest.split import clean_body, same_body, split_document

FIXTURES = Path(__file__).resolve().parents[1] / "extract" / "fixtures_governance"


def read(text: str, name: str = "paper.txt") -> Document:
    return read_text(text.encode(), name)


def summary(document: Document) -> list[tuple[str, str | None, str | None]]:
    return [(p.kind, p.date, p.body) for p in split_document(document)]


def fixture(name: str) -> Document:
    path = FIXTURES / name
    return read(path.read_text(), path.name)


def test_notice_cover_sheet_and_work_programme() -> None:
    assert summary(fixture("pack_style_a.txt")) == [
        ("agenda", "2025-01-16", "Westmoor Police and Crime Panel"),
        ("report", "2025-01-16", "Westmoor Police and Crime Panel"),
        ("work_programme", "2025-01-16", "Westmoor Police and Crime Panel"),
    ]


def test_page_numbers_going_back_to_one_start_a_paper() -> None:
    papers = split_document(fixture("pack_style_b.txt"))
    assert [p.kind for p in papers] == ["agenda", "report"]
    assert papers[1].title == "Police and Crime Plan Update"
    assert papers[1].date == "2025-02-07"


def test_agenda_minutes_and_board_notes_in_one_pack() -> None:
    assert summary(fixture("pack_style_c.txt")) == [
        ("agenda", "2025-01-21", "Lakeshire Police and Crime Panel"),
        ("minutes", "2024-11-12", "Lakeshire Police and Crime Panel"),
        ("board_notes", "2024-11-28", "Accountability Board"),
    ]


def test_blank_page_notice_is_a_boundary_not_a_paper() -> None:
    doc = fixture("pack_style_c.txt")
    for paper in split_document(doc):
        assert "intentionally left blank" not in paper.text


def test_a_single_report_is_one_paper() -> None:
    doc = read("Report to the Chief Constable's Strategic Board\n\nDate: 3 June 2025\n\n"
               "Title: Custody Review\n\nFrom: Head of Custody\n\n1. Purpose\n\n"
               "2. The review looked at 12 months of custody records.\n")
    [paper] = split_document(doc)
    assert (paper.kind, paper.date, paper.body) == ("report", "2025-06-03", "Strategic Board")
    assert paper.title == "Custody Review"


def test_papers_cover_the_document_in_order_without_overlap() -> None:
    doc = fixture("pack_style_c.txt")
    papers = split_document(doc)
    for before, after in pairwise(papers):
        assert before.last <= after.first
    assert papers[0].first == 0 and papers[-1].last == len(doc.blocks)


def test_an_empty_document_still_gives_one_paper() -> None:
    assert len(split_document(Document(source="x.txt", format="text"))) == 1


def test_a_report_in_a_pack_inherits_the_pack_meeting() -> None:
    doc = read("AGENDA\n\nA meeting of the Moor Police and Crime Panel will be held on "
               "5 May 2025.\n\n1. Apologies\n\n2. Estates\n\n"
               "This page is intentionally left blank\n\nAgenda Item 2\n\n"
               "Estates Strategy Update\n\n1. This report updates members on estates.\n")
    assert summary(doc) == [("agenda", "2025-05-05", "Moor Police and Crime Panel"),
                            ("report", "2025-05-05", "Moor Police and Crime Panel")]


def test_questions_paper_with_year_taken_from_the_text() -> None:
    doc = read("# June Accountability Board - Questions asked by the PCC (Discussed on 14 June)"
               "\n\n- **How many officers joined in 2023?**\n\n*Force response: 310 joined in "
               "2023.*\n\n- **Is the 2023 target met?**\n\n*Force response: Yes.*\n")
    [paper] = split_document(doc)
    assert (paper.kind, paper.date, paper.body) == ("questions", "2023-06-14",
                                                    "Accountability Board")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("NORTHSHIRE AND DALE POLICE AND CRIME PANEL",
         "Northshire and Dale Police and Crime Panel"),
        ("the Commissioner's Performance and Delivery Board", "Performance and Delivery Board"),
        ("Eastvale Police, Fire and Crime Panel", "Eastvale Police, Fire and Crime Panel"),
        ("Joint Audit Committee", "Joint Audit Committee"),
        ("Public Accountability Meeting", "Public Accountability Meeting"),
        ("Date of Next Meeting", None),
        ("Chief Constable", None),
    ],
)
def test_body_names(text: str, body: str | None) -> None:
    assert clean_body(text) == body


def test_short_and_full_names_of_one_body() -> None:
    assert same_body("Police and Crime Panel", "Northshire and Dale Police and Crime Panel")
    assert same_body("Performance & Delivery Board", "Performance and Delivery Board")
    assert not same_body("Police and Crime Panel", "Performance and Delivery Board")


SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.mark.corpus
def test_corpus_pack() -> None:
    pack = SHARED / "corpus" / "kent" / "2024-12-18_panel-agenda-pack.txt"
    if not pack.exists():
        pytest.skip("shared corpus absent")
    papers = split_document(read(pack.read_text(), pack.name))
    assert [(p.kind, p.date) for p in papers] == [
        ("agenda", "2024-12-18"), ("minutes", "2024-10-10"), ("report", "2024-12-18"),
        ("report", "2024-12-18"), ("report", "2024-12-18"), ("work_programme", "2024-12-18"),
        ("board_notes", "2024-10-02"),
    ]


def test_agenda_item_headers_start_the_papers_of_a_pack() -> None:
    papers = split_document(fixture("pack_style_h.txt"))
    assert [(p.kind, p.date, p.title) for p in papers] == [
        ("agenda", "2025-06-02", "Agenda – Daleshire Police and Crime Panel"),
        ("minutes", "2025-03-10", "Minutes of the meeting of the Daleshire Police and Crime Panel"),
        ("report", "2025-06-02", "Police and Crime Plan Update"),
    ]


def test_fields_printed_on_one_line() -> None:
    doc = read("Report to: Vale Police and Crime Panel Meeting date: 13 November 2024 Title: "
               "Estates update\n\n1. Summary\n")
    [paper] = split_document(doc)
    assert (paper.date, paper.body, paper.title) == ("2024-11-13", "Vale Police and Crime Panel",
                                                     "Estates update")


def test_a_cover_sheet_laid_out_as_a_table_starts_a_paper() -> None:
    doc = read("AGENDA\n\nA meeting of the Vale Police and Crime Panel will be held on 5 May 2025."
               "\n\n1. Apologies\n\n2. Estates\n\n3. Any other business\n\n4. Close\n\n"
               "Contact: Democratic Services\n\nPublished 25 April 2025\n\n"
               "| Report to: | Vale Police and Crime Panel |\n| Date of meeting: | 5 May 2025 |\n"
               "| Subject: | Estates strategy |\n\n1. This report sets out the estates strategy.\n")
    papers = split_document(doc)
    assert [(p.kind, p.title) for p in papers] == [
        ("agenda", "Agenda – Vale Police and Crime Panel"), ("report", "Estates strategy")]


def test_a_title_repeated_at_the_top_of_each_page_is_one_paper() -> None:
    head = "Vale Police and Crime Panel – Work Programme 2025/26"
    pages = [f"{head}\n\n18 June 2025\n\nAnnual report\n\nPage {n}\n" for n in (1, 2, 3)]
    papers = split_document(read("\f".join(pages)))
    assert [p.kind for p in papers] == ["work_programme"]


def test_the_meeting_date_outranks_the_date_a_report_was_written() -> None:
    doc = read("To: Vale Police and Crime Panel\n\nDate: 2 June 2025\n\n"
               "Meeting date: 18 June 2025\n\nSubject: Estates\n\n1. Summary\n")
    [paper] = split_document(doc)
    assert paper.date == "2025-06-18"


@pytest.mark.parametrize("opening", [
    "Notes of meeting held on 3 March 2025 - Fenby Estates Board",
    "Minutes of meeting of the Fenby Police and Crime Panel held on 3 March 2025",
    "NOTES OF MEETING: Fenby Accountability Board, 3 March 2025",
])
def test_a_record_without_an_article_opens_a_paper_in_a_pack(opening: str) -> None:
    pack = ("AGENDA\n\nFenby Police and Crime Panel\n\nNotice is hereby given that a meeting "
            "will be held on 12 May 2025 at Fenby Hall.\n\n1. Apologies\n\n2. Minutes\n\n"
            "3. Precept\n\n4. Estates\n\n5. Questions\n\n6. Work programme\n\n"
            f"{opening}\n\n"
            "Present: Cllr A Moss, Cllr B Lane\n\n1. Welcome\n\nThe Chair opened the meeting.\n")
    papers = split_document(read(pack))
    assert len(papers) == 2
    assert papers[1].date == "2025-03-03"
    assert papers[1].kind in ("minutes", "board_notes")
