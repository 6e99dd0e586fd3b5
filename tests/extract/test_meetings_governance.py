"""Meetings from invented papers in several house styles, and from the shared corpus.

Each ``fixtures_governance/<name>.txt`` is a paper written for these tests in the manner
of a different panel or board; ``<name>.expected.json`` says what a reader of the paper
would record. Sources are checked to cite the passage the record came from.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrutiny.extract.meetings import extract_meetings, names_in, separate_names
from scrutiny.ingest.document import Document
from scrutiny.ingest.formats.text import read_text
from scrutiny.ingest.read import read_bytes, read_path
from scrutiny.ingest.split import split_document

FIXTURES = Path(__file__).parent / "fixtures_governance"
PAPERS = sorted(p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".md", ".html", ".docx"})


def read(text: str, name: str = "paper.txt") -> Document:
    return read_text(text.encode(), name)


def meetings_of(document: Document) -> list[dict]:
    records = extract_meetings(split_document(document))
    for record in records:
        assert record.source is not None
        assert record.source.text == document.text[record.source.start : record.source.end]
        assert record.source.text
    return [{k: v for k, v in r.contract().items() if k != "source"} for r in records]


@pytest.mark.parametrize("path", PAPERS, ids=lambda p: p.stem)
def test_house_styles(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text())["meetings"]
    assert meetings_of(read_path(path)) == expected


def test_one_record_per_meeting_merging_what_papers_say() -> None:
    """An agenda, a report to the same meeting and a programme naming it: one record."""
    doc = read(
        "AGENDA\n\nNotice is hereby given that a meeting of the Fenland Police and Crime Panel"
        " will be held at the Shire Hall, Fenby on 4 March 2025 at 10.00 am.\n\n"
        "1. Apologies\n\n2. Budget report\n\nThis page is intentionally left blank\n\n"
        "To: Police and Crime Panel\n\nSubject: Budget\n\nDate: 4 March 2025\n\n"
        "1. This report sets out the budget for the Panel to consider.\n"
    )
    found = meetings_of(doc)
    assert len(found) == 1
    assert found[0]["body"] == "Fenland Police and Crime Panel"
    assert found[0]["venue"] == "Shire Hall, Fenby"


def test_minutes_outrank_a_notice_of_the_same_meeting() -> None:
    doc = read(
        "Minutes of the Riverside Policing Board held on 2 May 2025\n\n"
        "Present: Cllr A Dunne, Mr B Ochoa\n\n1. Welcome\n\nThe Chair welcomed members.\n\n"
        "This page is intentionally left blank\n\nRiverside Policing Board - Work Programme\n\n"
        "2 May 2025\n\n1 August 2025\n"
    )
    found = {m["date"]: m for m in meetings_of(doc)}
    assert found["2025-05-02"]["kind"] == "minutes"
    assert found["2025-05-02"]["present"] == ["Cllr A Dunne", "Mr B Ochoa"]
    assert found["2025-08-01"]["kind"] == "agenda"


def test_no_apologies_gives_an_empty_list() -> None:
    doc = read("Notes of the Estates Board meeting held on 9 June 2025\n\n"
               "Attendees: Ms C Rowe, Mr D Fell\n\nApologies: None\n\n1. Estates update\n")
    [meeting] = meetings_of(doc)
    assert meeting["kind"] == "notes"
    assert meeting["present"] == ["Ms C Rowe", "Mr D Fell"]
    assert meeting["apologies"] == []


def test_a_report_without_a_meeting_date_gives_no_meeting() -> None:
    doc = read("Annual report of the Commissioner\n\nThe Commissioner's year in review.\n")
    assert meetings_of(doc) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Cllr A Bell (Chair) Cllr Mrs C Dean Mr E Frost OBE",
         ["Cllr A Bell", "Cllr Mrs C Dean", "Mr E Frost OBE"]),
        ("Councillor Tom Hughes (substituting for Councillor Liam Ward), Dr P Singh",
         ["Councillor Tom Hughes", "Dr P Singh"]),
        ("Cllr J Rowe and Mrs H Quigley", ["Cllr J Rowe", "Mrs H Quigley"]),
    ],
)
def test_names_run_together_are_separated(text: str, names: list[str]) -> None:
    assert names_in(text) == names


def test_separate_names_leaves_a_listed_name_alone() -> None:
    assert separate_names("Cllr Mrs J Hall") == "Cllr Mrs J Hall"


SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.mark.corpus
def test_corpus_pack_meetings() -> None:
    pack = SHARED / "corpus" / "kent" / "2024-12-18_panel-agenda-pack.txt"
    if not pack.exists():
        pytest.skip("shared corpus absent")
    gold = json.loads(pack.with_suffix(".gold.json").read_text())["meetings"]
    found = meetings_of(read(pack.read_text(), pack.name))
    key = lambda m: (m["date"], m["kind"])  # noqa: E731
    assert sorted(map(key, found)) == sorted(map(key, gold))
    by_date = {m["date"]: m for m in found}
    for meeting in gold:
        assert set(by_date[meeting["date"]]["present"]) == set(meeting["present"])
        assert set(by_date[meeting["date"]]["apologies"]) == set(meeting["apologies"])


def test_docx_board_notes_with_field_table_and_bulleted_attendees(tmp_path: Path) -> None:
    """A Word paper: fields in a table, Word bullets, headings for items."""
    docx = pytest.importorskip("docx")
    from scrutiny.extract.agenda import extract_agenda_items

    d = docx.Document()
    d.add_paragraph("OFFICIAL")
    d.add_heading("Notes of the Force Performance Board", level=1)
    table = d.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("Date:", "Thursday 12 March 2025"),
                                                ("Venue:", "Room 3, Police HQ, Oakford")],
                                   strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    d.add_heading("Present", level=2)
    for name in ["Alan Pike – Police and Crime Commissioner", "Chief Constable Sue Marr"]:
        d.add_paragraph(name, style="List Bullet")
    d.add_heading("Apologies", level=2)
    d.add_paragraph("None received.")
    d.add_heading("1. Notes of the last meeting", level=2)
    d.add_paragraph("Agreed: the notes of the meeting held on 11 December 2024 were accurate.")
    d.add_heading("2. Estates programme", level=2)
    d.add_paragraph("The Board approved the business case for the new custody suite.")
    path = tmp_path / "notes.docx"
    d.save(str(path))

    document = read_path(path)
    assert meetings_of(document) == [{
        "body": "Force Performance Board", "date": "2025-03-12", "kind": "notes",
        "venue": "Room 3, Police HQ, Oakford", "present": ["Alan Pike", "Chief Constable Sue Marr"],
        "apologies": []}]
    items = extract_agenda_items(split_document(document))
    assert [(i.number, i.title) for i in items] == [("1", "Notes of the last meeting"),
                                                    ("2", "Estates programme")]
    assert items[1].resolution == "The Board approved the business case for the new custody suite."


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Apologies for absence were received from Councillor A Jones and Cllr C Day, with "
         "Councillor B Smith substituting. The Chair welcomed Mr E Fox.",
         ["Councillor A Jones", "Cllr C Day"]),
        ("Apologies were received from Cllr D Keers and Mr Meade. Mrs S Hohler substituted "
         "for Mr J Meade.", ["Cllr D Keers", "Mr Meade"]),
        ("Apologies had been received from Mr M. Hill OBE, who was substituted by Cllr P Ray.",
         ["Mr M. Hill OBE"]),
    ],
)
def test_apologies_in_a_sentence(sentence: str, names: list[str]) -> None:
    doc = read(f"Minutes of the Vale Policing Board held on 3 June 2025\n\n1. Apologies\n\n"
               f"{sentence}\n")
    [meeting] = meetings_of(doc)
    assert meeting["apologies"] == names


def test_a_later_meeting_of_a_named_body_is_announced_and_a_past_one_is_not() -> None:
    doc = read("Notes of the Kelby Policing Board held on 22 January 2025\n\n"
               "1. Precept\n\nThe PCC will present the precept to the Kelby Police and Crime Panel "
               "on Wednesday 5 February. At its meeting on 13 November 2024 the Panel asked for "
               "an update.\n")
    found = {(m["date"], m["body"], m["kind"]) for m in meetings_of(doc)}
    assert found == {("2025-01-22", "Kelby Policing Board", "notes"),
                     ("2025-02-05", "Kelby Police and Crime Panel", "agenda")}


@pytest.mark.parametrize(
    "line",
    ["Wednesday, 5 March 2025, 1.30 pm – Council Chamber, County Offices, Stanmere",
     "Meeting of Wednesday, 5 March 2025, 1.30 pm – Council Chamber, County Offices, Stanmere",
     "Date: 5 March 2025 at 1.30 pm, Council Chamber, County Offices, Stanmere"],
)
def test_venue_on_a_front_sheet_date_line(line: str) -> None:
    doc = read(f"Stanmere Police and Crime Panel\n\n{line}\n\nAGENDA\n\n1. Apologies\n")
    [meeting] = meetings_of(doc)
    assert (meeting["date"], meeting["venue"]) == ("2025-03-05",
                                                   "Council Chamber, County Offices, Stanmere")


def test_every_attendance_label_on_one_line() -> None:
    doc = read("Minutes of the Tarn Police and Crime Panel held on 2 April 2025\n\n"
               "Present: Cllr A Bell (Chair), Cllr B Cole and Mr C Dunn. Also present: Ms D Eve "
               "(Police and Crime Commissioner). Apologies: Cllr E Fox.\n\n1. Welcome\n")
    [meeting] = meetings_of(doc)
    assert meeting["present"] == ["Cllr A Bell", "Cllr B Cole", "Mr C Dunn"]
    assert meeting["apologies"] == ["Cllr E Fox"]


def test_attendance_table_without_a_header_row_goes_by_its_cells() -> None:
    doc = read("Minutes of the Tarn Police and Crime Panel held on 2 April 2025\n\n"
               "| Cllr A Bell | Tarn County Council | Present |\n"
               "| Cllr B Cole | Tarn North District | |\n"
               "| | Council | Apologies |\n"
               "| Mr C Dunn | Independent member | Present |\n\n1. Welcome\n")
    [meeting] = meetings_of(doc)
    assert meeting["present"] == ["Cllr A Bell", "Mr C Dunn"]
    assert meeting["apologies"] == ["Cllr B Cole"]


@pytest.mark.parametrize(
    ("attendance_lines", "name"),
    [
        ("Present\nCouncillor A Bell (Chair)\nCouncillor C Dean\nAlso Present\nMs E Frost (OPCC)\n"
         "Mr G Hale\n", "x.txt"),
        ("Present: Councillor A Bell, Councillor C Dean Also present: Ms E Frost, Mr G Hale\n",
         "x.txt"),
        ("PRESENT:\n\nCouncillor A Bell (Chair)\n\nCouncillor C Dean\n\nALSO PRESENT:\n\n"
         "Ms E Frost\n\nIN ATTENDANCE:\n\nMr G Hale\n", "x.txt"),
        ("Present:\nCouncillor A Bell - Chair\nCouncillor C Dean\nOfficers in attendance:\n"
         "Ms E Frost - Chief Executive\nMr G Hale - Monitoring Officer\n", "x.txt"),
        ("**Present:** Councillor A Bell, Councillor C Dean\n\n**In attendance:** Ms E Frost "
         "(Chief Executive), Mr G Hale\n", "x.md"),
    ],
)
def test_guests_and_officers_are_not_present(attendance_lines: str, name: str) -> None:
    """"Also present", "In attendance" and "Officers ..." name guests, not members."""
    doc = read("Minutes of the Vale Policing Panel held on 3 June 2025\n\n"
               f"{attendance_lines}\n1. Welcome\n\nThe Chair welcomed all.\n", name)
    [meeting] = meetings_of(doc)
    assert meeting["present"] == ["Councillor A Bell", "Councillor C Dean"]


@pytest.mark.parametrize(
    ("title_line", "name"),
    [("HOLMBURY POLICE AND CRIME PANEL - 16 JANUARY 2025", "x.txt"),
     ("# HOLMBURY POLICE AND CRIME PANEL – 16 JANUARY 2025", "x.md")],
)
def test_a_body_and_date_title_line_is_the_meeting(title_line: str, name: str) -> None:
    """A later date in the minutes' business does not displace the title line's."""
    doc = read(f"{title_line}\n\nMINUTES\n\nPresent: Councillor A Bell\n\n1. Precept\n\n"
               "RESOLVED: that the Panel receive an update at its meeting on 4 June 2025.\n", name)
    found = {(m["date"], m["kind"]) for m in meetings_of(doc)}
    assert found == {("2025-01-16", "minutes"), ("2025-06-04", "agenda")}


@pytest.mark.parametrize(
    "finding",
    ["Recommendation 2: by 31 March 2025 the force should be meeting its custody standards.",
     "Area for improvement 3: the records held by custody staff should be checked weekly, "
     "with the first review considered no later than 30 June 2025."],
)
def test_a_deadline_in_a_finding_is_not_a_meeting(finding: str) -> None:
    doc = read(f"Holmbury Police and Crime Panel\n\nInspection progress\n\n{finding}\n")
    assert meetings_of(doc) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Notes of the Holding to Account Board held on 5 March 2025\n\nPresent: Mr A Bell\n",
      "x.txt"),
     ("# Minutes of the Vale Panel held on 3 March 2025\n\nThe Commissioner will report at the "
      "Holding to Account Board on 5 March 2025.\n", "x.md")],
)
def test_a_body_name_with_to_is_taken_whole(text: str, name: str) -> None:
    """"Holding to Account Board" is one name; "to the Panel" does not join one."""
    found = {(m["body"], m["date"]) for m in meetings_of(read(text, name))}
    assert ("Holding to Account Board", "2025-03-05") in found


@pytest.mark.parametrize(
    ("sentence", "announced"),
    [("The Panel agreed to receive an update at its meeting on 4 June 2025.", True),
     ("RESOLVED that the matter be considered at its meeting scheduled for 4 June 2025.", True),
     ("The Panel asked for a report at its 4 June 2025 meeting.", True),
     ("The Panel asked the force to keep to the 4 June 2025 deadline.", False),
     ("The Panel noted that the meeting on 1 March 2025 had been cancelled.", False)],
)
def test_a_later_meeting_agreed_in_a_resolution(sentence: str, announced: bool) -> None:
    for text, name in ((f"Minutes of the Vale Panel held on 3 March 2025\n\n1. Precept\n\n"
                        f"{sentence}\n", "x.txt"),
                       (f"<h1>Minutes of the Vale Panel held on 3 March 2025</h1><h2>1. Precept"
                        f"</h2><p>{sentence}</p>", "x.html")):
        found = {m["date"] for m in meetings_of(read_bytes(text.encode(), name))}
        assert ("2025-06-04" in found) is announced
        assert "2025-03-01" not in found
