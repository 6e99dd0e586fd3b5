"""Agenda items and resolutions from invented papers in several house styles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrutiny.extract.agenda import extract_agenda_items, is_title, run_together, split_title
from scrutiny.ingest.document import Document
from scrutiny.ingest.formats.text import read_text
from scrutiny.ingest.read import read_path
from scrutiny.ingest.split import split_document

FIXTURES = Path(__file__).parent / "fixtures_governance"
PAPERS = sorted(p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".md", ".html", ".docx"})


def read(text: str, name: str = "paper.txt") -> Document:
    return read_text(text.encode(), name)


def items_of(document: Document) -> list[dict]:
    records = extract_agenda_items(split_document(document))
    for record in records:
        assert record.source is not None
        assert record.source.text == document.text[record.source.start : record.source.end]
        assert record.title and record.title.split()[0] in record.source.text
    return [{k: v for k, v in r.contract().items() if k != "source"} for r in records]


@pytest.mark.parametrize("path", PAPERS, ids=lambda p: p.stem)
def test_house_styles(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text())["agenda_items"]
    assert items_of(read_path(path)) == expected


@pytest.mark.parametrize(
    ("line", "resolution"),
    [
        ("RESOLVED: that the report be noted.", "that the report be noted."),
        ("RESOLVED – That the Panel endorses the plan.", "That the Panel endorses the plan."),
        ("UNANIMOUSLY RESOLVED to veto the proposed precept.",
         "to veto the proposed precept."),
        ("Resolved: To note the update.", "To note the update."),
        ("AGREED: that a briefing be arranged.", "that a briefing be arranged."),
        ("The Committee NOTED the annual report.", "The Committee NOTED the annual report."),
        ("It was RESOLVED that the minutes be signed.", "that the minutes be signed."),
    ],
)
def test_resolution_wordings(line: str, resolution: str) -> None:
    doc = read("MINUTES of a meeting of the Dale Police and Crime Panel held on 1 April 2025\n\n"
               f"7. Annual Report\n\nThe Commissioner presented the report.\n\n{line}\n")
    [item] = items_of(doc)
    assert item["number"] == "7"
    assert item["resolution"] == resolution


def test_resolved_with_lettered_lines_keeps_them() -> None:
    doc = read("MINUTES of a meeting of the Dale Police and Crime Panel held on 1 April 2025\n\n"
               "8. Precept\n\nRESOLVED:\n\n(a) that the precept be supported;\n\n"
               "(b) that the Chair write to the Commissioner.\n\n9. Any Other Business\n")
    items = items_of(doc)
    assert [i["number"] for i in items] == ["8", "9"]
    assert items[0]["resolution"].startswith("(a) that the precept be supported; (b) that")
    assert items[0]["resolution"].endswith("write to the Commissioner.")
    assert items[1]["resolution"] is None


def test_numbered_paragraphs_are_not_items() -> None:
    doc = read("MINUTES of a meeting of the Dale Police and Crime Panel held on 1 April 2025\n\n"
               "12. Road Safety\n\n1. The Commissioner introduced the report.\n\n"
               "2. A Member asked whether speed cameras had been moved?\n\n"
               "RESOLVED: To note the report.\n")
    assert [i["number"] for i in items_of(doc)] == ["12"]


def test_reports_have_no_agenda_items() -> None:
    doc = read("To: Dale Police and Crime Panel\n\nSubject: Estates\n\nDate: 1 April 2025\n\n"
               "1. Introduction\n\n2. Background\n")
    assert items_of(doc) == []


def test_second_reference_and_pages_are_taken_out_of_the_title() -> None:
    assert split_title("Complaints Annual Report (Item B1)") == ("Complaints Annual Report", "B1")
    assert split_title("Budget (Pages 9 - 20)") == ("Budget", None)
    assert split_title("Minutes of the last meeting ........ 5") == (
        "Minutes of the last meeting", None)
    assert split_title("Estates strategy 21 - 30") == ("Estates strategy", None)
    assert split_title("Quarter 2 performance") == ("Quarter 2 performance", None)
    assert split_title("Plan (Pages 9 - 14) Report of the Commissioner.") == ("Plan", None)
    assert split_title("Date of Next Meeting To note the date.") == ("Date of Next Meeting", None)


def test_run_together_splits_only_at_the_next_number() -> None:
    assert run_together("4.1", "Precept (Pages 9 - 20) 4.2 Financial Plan") == [
        ("4.1", "Precept (Pages 9 - 20)"), ("4.2", "Financial Plan")]
    assert run_together("3", "Funding of 5 Projects") == [("3", "Funding of 5 Projects")]


@pytest.mark.parametrize("text", ["Finance", "Minutes of the meeting held on 3 May 2024",
                                  "Topical issues & Update on Significant Matters"])
def test_titles(text: str) -> None:
    assert is_title(text)


@pytest.mark.parametrize("text", ["The Chairman welcomed the new members of the Panel.",
                                  "March 2025 meeting", "Could the Commissioner say how many "
                                  "officers were recruited this year?"])
def test_not_titles(text: str) -> None:
    assert not is_title(text)


SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.mark.corpus
def test_corpus_pack_items() -> None:
    pack = SHARED / "corpus" / "kent" / "2024-12-18_panel-agenda-pack.txt"
    if not pack.exists():
        pytest.skip("shared corpus absent")
    gold = json.loads(pack.with_suffix(".gold.json").read_text())["agenda_items"]
    found = items_of(read(pack.read_text(), pack.name))
    key = lambda i: (i["meeting_date"], i["number"], i["ref"])  # noqa: E731
    assert sorted(map(key, found)) == sorted(map(key, gold))


def test_a_paper_headed_by_its_item_gives_that_item_once_per_meeting() -> None:
    alone = read("Tarn Police and Crime Panel\n\nMeeting of 9 April 2025\n\n"
                 "Agenda Item 8: Questions to the Commissioner\n\nQuestion 1: Why?\n\n"
                 "Answer: Because.\n")
    assert [(i["number"], i["title"]) for i in items_of(alone)] == [
        ("8", "Questions to the Commissioner")]
    pack = FIXTURES / "pack_style_o.txt"
    numbers = [i["number"] for i in items_of(read_path(pack))]
    assert numbers.count("6") == 1
