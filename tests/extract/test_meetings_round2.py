"""Meeting and agenda rules from a fresh development set, each tried in three invented
house styles (plain text, Markdown, HTML or Word):

* a pack's front sheet that names no body ("AGENDA" over a date and venue) belongs to
  the one body the pack's other papers name; with two bodies named it stays unnamed;
* sub-items printed as "5(a)" / "12(ii)" among an agenda's numbered items;
* a resolution's numbered lines keep their numbers, as printed ("(1) That ...");
* a "record of decisions" of a board is its notes, not an agenda;
* who took the record ("Minute taker: ...") run on after the apologies is not one of them.
"""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument

from scrutiny.extract.agenda import extract_agenda_items
from scrutiny.extract.meetings import extract_meetings
from scrutiny.ingest.read import read_bytes
from scrutiny.ingest.split import split_document


def word(paragraphs: list[str]) -> bytes:
    doc = WordDocument()
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def meetings(data: bytes | str, name: str) -> dict[str | None, dict]:
    raw = data.encode() if isinstance(data, str) else data
    records = extract_meetings(split_document(read_bytes(raw, name)))
    return {r.date: {k: v for k, v in r.contract().items() if k != "source"} for r in records}


def items(data: bytes | str, name: str) -> list[tuple[str | None, str | None, str | None]]:
    raw = data.encode() if isinstance(data, str) else data
    found = extract_agenda_items(split_document(read_bytes(raw, name)))
    return [(i.number, i.title, i.resolution) for i in found]


# ------------------------------------------------------------ a front sheet's body

MINUTES_OF = ("MINUTES of a meeting of the Harrowdale Police and Crime Panel held on "
              "Tuesday 14 January 2025 at 2pm in the Assembly Room, Harrowdale Town Hall")

FRONT_SHEETS = {
    "pack.txt": ("AGENDA\n\nWednesday 9 April 2025 at 10am\nAssembly Room, Harrowdale Town "
                 "Hall\n\n1. Apologies\n\n2. Minutes of the last meeting\n\n3. Estates "
                 "update\n\n4. Precept\n\n5. Complaints\n\n6. Public questions\n\n"
                 f"7. Work programme\n\n{MINUTES_OF}\n\n"
                 "Present: Cllr Ivo Brant, Cllr Sela Morrow\n\n1. Apologies\n\nThere were none.\n"),
    "pack.md": ("# Agenda\n\n**Wednesday 9 April 2025, 10.00am** – Assembly Room, Harrowdale "
                "Town Hall\n\n1. Apologies\n2. Minutes of the last meeting\n3. Estates update"
                "\n4. Precept\n5. Complaints\n6. Public questions\n7. Work programme"
                f"\n\n# {MINUTES_OF}\n\nPresent: Cllr Ivo Brant, Cllr Sela Morrow\n\n"
                "## 1. Apologies\n\nThere were none.\n"),
    "pack.html": ("<html><body><h1>AGENDA</h1><p>Wednesday 9 April 2025 at 10am, Assembly "
                  "Room, Harrowdale Town Hall</p><ol><li>Apologies</li><li>Minutes of the "
                  "last meeting</li><li>Estates update</li><li>Precept</li><li>Complaints"
                  "</li><li>Public questions</li><li>Work programme</li></ol>"
                  f"<h1>{MINUTES_OF}</h1><p>Present: Cllr Ivo Brant, Cllr Sela Morrow</p>"
                  "<h2>1. Apologies</h2><p>There were none.</p></body></html>"),
}


@pytest.mark.parametrize("name", sorted(FRONT_SHEETS))
def test_a_front_sheet_naming_no_body_takes_the_packs_one_body(name: str) -> None:
    found = meetings(FRONT_SHEETS[name], name)
    assert found["2025-04-09"]["kind"] == "agenda"
    assert found["2025-04-09"]["body"] == "Harrowdale Police and Crime Panel"
    assert found["2025-01-14"]["body"] == "Harrowdale Police and Crime Panel"


def test_a_front_sheet_stays_unnamed_when_the_pack_names_two_bodies() -> None:
    pack = FRONT_SHEETS["pack.txt"] + (
        "\nNOTES of a meeting of the Harrowdale Estates Board held on 3 February 2025\n\n"
        "Present: Ms Dora Klee, Mr Ansel Voss\n\n1. Welcome\n\nThe Chair opened the meeting.\n")
    pack = pack.replace("There were none.\n", "There were none.\n\n2. Estates\n\nThe Panel "
                        "noted the report.\n\n3. Precept\n\nThe Panel supported the "
                        "precept.\n\nThe meeting closed at 3.10pm.\n")
    found = meetings(pack, "pack.txt")
    assert found["2025-04-09"]["body"] is None


# ------------------------------------------------------------ sub-items "5(a)"

SUB_ITEMS = {
    "agenda.txt": ("AGENDA\n\nCopperfold Police and Crime Panel\n\nThursday 6 March 2025 at "
                   "10am, Council Chamber\n\n1. Apologies\n\n2. Performance report\n\n"
                   "2(a) Neighbourhood crime, Quarter 3\n\n2(b) Roads policing, Quarter 3\n\n"
                   "3. Any other business\n"),
    "agenda.md": ("# AGENDA\n\nCopperfold Police and Crime Panel\n\nThursday 6 March 2025 at "
                  "10am, Council Chamber\n\n1. Apologies\n2. Performance report\n\n"
                  "2(a) Neighbourhood crime, Quarter 3 (Pages 5 - 9)\n\n"
                  "2(b) Roads policing, Quarter 3 (Pages 10 - 14)\n\n3. Any other business\n"),
}


def sub_item_word() -> bytes:
    return word(["AGENDA", "Copperfold Police and Crime Panel",
                 "Thursday 6 March 2025 at 10am, Council Chamber", "1. Apologies",
                 "2. Performance report", "2(a) Neighbourhood crime, Quarter 3",
                 "2(b) Roads policing, Quarter 3", "3. Any other business"])


@pytest.mark.parametrize("name", [*sorted(SUB_ITEMS), "agenda.docx"])
def test_sub_items_printed_with_a_bracketed_letter(name: str) -> None:
    data = sub_item_word() if name.endswith(".docx") else SUB_ITEMS[name]
    found = [(number, title) for number, title, _ in items(data, name)]
    assert found == [("1", "Apologies"), ("2", "Performance report"),
                     ("2(a)", "Neighbourhood crime, Quarter 3"),
                     ("2(b)", "Roads policing, Quarter 3"), ("3", "Any other business")]


# ------------------------------------------------------------ numbered resolutions

RESOLUTIONS = {
    "minutes.txt": ("MINUTES of a meeting of the Fellgate Police and Crime Panel held on "
                    "4 February 2025\n\nPresent: Cllr Odo Tamm, Cllr Lise Varga\n\n"
                    "12. Proposed precept 2025/26\n\nThe Commissioner presented the "
                    "proposal.\n\nResolved:\n\n(1) That the Panel supports the precept.\n\n"
                    "(2) That the report be sent to the Commissioner.\n\n"
                    "13. Work programme\n\nThe Panel noted the work programme.\n"),
    "minutes.md": ("# Minutes of a meeting of the Fellgate Police and Crime Panel held on "
                   "4 February 2025\n\nPresent: Cllr Odo Tamm, Cllr Lise Varga\n\n"
                   "## 12. Proposed precept 2025/26\n\nThe Commissioner presented the "
                   "proposal.\n\nRESOLVED:\n\n1. That the Panel supports the precept.\n"
                   "2. That the report be sent to the Commissioner.\n\n"
                   "## 13. Work programme\n\nThe Panel noted the work programme.\n"),
    "minutes.html": ("<html><body><h1>Minutes of a meeting of the Fellgate Police and Crime "
                     "Panel held on 4 February 2025</h1><p>Present: Cllr Odo Tamm, Cllr Lise "
                     "Varga</p><h2>12. Proposed precept 2025/26</h2><p>The Commissioner "
                     "presented the proposal.</p><p>Resolved:</p><ol><li>That the Panel "
                     "supports the precept.</li><li>That the report be sent to the "
                     "Commissioner.</li></ol><h2>13. Work programme</h2><p>The Panel noted "
                     "the work programme.</p></body></html>"),
}


@pytest.mark.parametrize("name", sorted(RESOLUTIONS))
def test_numbered_lines_of_a_resolution_keep_their_numbers(name: str) -> None:
    found = {number: resolution for number, _, resolution in items(RESOLUTIONS[name], name)}
    marks = ("(1)", "(2)") if name.endswith(".txt") else ("1.", "2.")
    assert found["12"] == (f"{marks[0]} That the Panel supports the precept. "
                           f"{marks[1]} That the report be sent to the Commissioner.")
    assert found["13"] == "The Panel noted the work programme."


# ------------------------------------------------------------ a record of decisions

DECISIONS = {
    "record.md": ("# Office of the Police and Crime Commissioner for Wendmoor\n"
                  "## Executive Assurance Board – record of decisions and actions\n\n"
                  "**Date:** 11 March 2025  \n**Present:** Mr Aldo Grieve (PCC); "
                  "DCC Pia Lunde  \n**Apologies:** Mrs Tove Rask\n\n"
                  "### 1. Budget\n\n**Decision:** The PCC approved the budget.\n"),
    "record.txt": ("RECORD OF DECISIONS - EXECUTIVE ASSURANCE BOARD\n\n11 March 2025\n\n"
                   "Present: Mr Aldo Grieve (PCC), DCC Pia Lunde\n"
                   "Apologies: Mrs Tove Rask\n\n1. Budget\n\nThe PCC approved the budget.\n"),
}


def decisions_word() -> bytes:
    return word(["Executive Assurance Board: Record of the Decisions taken",
                 "Date: 11 March 2025 Venue: Conference Room B",
                 "Present: Mr Aldo Grieve (PCC), DCC Pia Lunde",
                 "Apologies: Mrs Tove Rask", "1. Budget", "The PCC approved the budget."])


@pytest.mark.parametrize("name", [*sorted(DECISIONS), "record.docx"])
def test_a_boards_record_of_decisions_is_its_notes(name: str) -> None:
    data = decisions_word() if name.endswith(".docx") else DECISIONS[name]
    found = meetings(data, name)["2025-03-11"]
    assert found["kind"] == "notes"
    assert found["apologies"] == ["Mrs Tove Rask"]
    assert "DCC Pia Lunde" in found["present"]


# ------------------------------------------------------------ who took the record

@pytest.mark.parametrize("label", ["Minute taker:", "Minutes taken by:", "Clerk:"])
def test_the_recorder_run_on_after_apologies_is_not_an_apology(label: str) -> None:
    text = ("Notes of the Wendmoor Estates Board held on 2 June 2025\n\n"
            "Present: Mr Aldo Grieve; DCC Pia Lunde\n"
            f"Apologies: Mrs Tove Rask; Mr Ilan Brod (Head of Estates) {label} Ms Una Peel\n\n"
            "1. Welcome\n\nThe Chair opened the meeting.\n")
    found = meetings(text, "notes.txt")["2025-06-02"]
    assert found["apologies"] == ["Mrs Tove Rask", "Mr Ilan Brod"]


# ------------------------------------------------------------ venues as printed

NEXT_MEETING_VENUES = {
    "notes.txt": ("Notes of the Wendmoor Estates Board held on 2 June 2025\n\n"
                  "Present: Mr Aldo Grieve, DCC Pia Lunde\n\n1. Welcome\n\nNoted.\n\n"
                  "Date of next meeting: 1 September 2025, Riverside Suite, Moot Hall\n"),
    "notes.md": ("# Wendmoor Estates Board – notes of meeting, 2 June 2025\n\n"
                 "Present: Mr Aldo Grieve, DCC Pia Lunde\n\n## 1. Welcome\n\nNoted.\n\n"
                 "*Next meeting: 1 September 2025, Riverside Suite, Moot Hall.*\n"),
}


def next_meeting_word() -> bytes:
    return word(["Notes of the Wendmoor Estates Board held on 2 June 2025",
                 "Present: Mr Aldo Grieve, DCC Pia Lunde", "1. Welcome", "Noted.",
                 "The next meeting will be held on 1 September 2025 at 2pm in the Riverside "
                 "Suite, Moot Hall."])


@pytest.mark.parametrize("name", [*sorted(NEXT_MEETING_VENUES), "notes.docx"])
def test_the_next_meetings_place_after_its_date(name: str) -> None:
    data = next_meeting_word() if name.endswith(".docx") else NEXT_MEETING_VENUES[name]
    assert meetings(data, name)["2025-09-01"]["venue"] == "Riverside Suite, Moot Hall"


@pytest.mark.parametrize(("line", "venue"), [
    ("Meeting of Thursday 3 October 2024, Council Chamber, Fell House, Tarnby",
     "Council Chamber, Fell House, Tarnby"),
    ("Board held: Tuesday 19 November 2024, 09:30, Blue Room, Mill Yard, Tarnby",
     "Blue Room, Mill Yard, Tarnby"),
    ("*Meeting held at Fell House, Tarnby. Agenda item 5.*", "Fell House, Tarnby"),
    ("Members met on 3 October 2024 and the meeting was held in private.", None),
])
def test_a_questions_records_place_in_its_front_lines(line: str, venue: str | None) -> None:
    text = ("# Tarnby Police and Crime Panel\n\n## Public questions and answers – "
            f"3 October 2024\n\n{line}\n\n### Question 1 – Mr A Bold\n\n"
            "**Question:** Why are there fewer patrols?\n\n**Answer:** There are not.\n")
    found = meetings(text, "questions.md")
    assert next(iter(found.values()))["venue"] == venue


@pytest.mark.parametrize("tail", [" Present:", ", unless shown otherwise below.",
                                  " Members present:"])
def test_a_venue_ends_before_what_runs_on_after_it(tail: str) -> None:
    text = ("MINUTES of a meeting of the Tarnby Police and Crime Panel held on 3 October 2024 "
            f"at 10am in the Council Chamber, Fell House, Tarnby{tail}\n\n"
            "Cllr A Bold, Cllr C Dune\n\n1. Apologies\n\nNone.\n")
    assert meetings(text, "minutes.txt")["2024-10-03"]["venue"] == (
        "Council Chamber, Fell House, Tarnby")


# ------------------------------------------------------------ a pages column

PAGE_COLUMNS = {
    "agenda.txt": ("AGENDA\n\nMarlow Vale Police and Crime Panel, 9 April 2025 at 10am\n\n"
                   "Item  Business  Pages\n\n1. Apologies\n\n2. Minutes of the meeting held on "
                   "5 February 2025 3\n\n3. Performance report, Quarter 3 9\n\n"
                   "4. Budget 2025/26 15\n"),
    "agenda.md": ("# AGENDA\n\nMarlow Vale Police and Crime Panel, 9 April 2025 at 10am\n\n"
                  "**No. Title Page**\n\n1. Apologies\n2. Minutes of the meeting held on "
                  "5 February 2025 3\n3. Performance report, Quarter 3 9\n"
                  "4. Budget 2025/26 15 - 22\n"),
}


def page_column_word() -> bytes:
    return word(["AGENDA", "Marlow Vale Police and Crime Panel, 9 April 2025 at 10am",
                 "Agenda item Subject Pages", "1. Apologies",
                 "2. Minutes of the meeting held on 5 February 2025 3",
                 "3. Performance report, Quarter 3 9", "4. Budget 2025/26 15"])


@pytest.mark.parametrize("name", [*sorted(PAGE_COLUMNS), "agenda.docx"])
def test_a_pages_column_run_into_the_titles_is_no_part_of_them(name: str) -> None:
    data = page_column_word() if name.endswith(".docx") else PAGE_COLUMNS[name]
    assert [title for _, title, _ in items(data, name)] == [
        "Apologies", "Minutes of the meeting held on 5 February 2025",
        "Performance report, Quarter 3", "Budget 2025/26"]


def test_without_a_pages_column_a_titles_last_number_stays() -> None:
    text = PAGE_COLUMNS["agenda.txt"].replace("Item  Business  Pages\n\n", "").replace(
        " 9\n", "\n")
    assert "Performance report, Quarter 3" in [title for _, title, _ in items(text, "a.txt")]


@pytest.mark.parametrize(("masthead", "name"), [
    ("Tarnby Police and Crime Panel · Committee Room 1, Fell House · Monday 3 February 2025 "
     "at 10.30am", "report.txt"),
    ("Tarnby Police and Crime Panel | 3 February 2025 | Committee Room 1, Fell House",
     "report.md"),
    ("<p>Tarnby Police and Crime Panel • Committee Room 1, Fell House • 3 February 2025</p>",
     "report.html"),
])
def test_a_mastheads_place_between_its_dots(masthead: str, name: str) -> None:
    body = ("<h1>Agenda item 6: Proposed precept</h1><p>Report of the Commissioner.</p>"
            if name.endswith(".html") else "Agenda item 6: Proposed precept\n\n"
            "Report of the Commissioner.\n")
    sep = "" if name.endswith(".html") else "\n\n"
    found = meetings(masthead + sep + body, name)["2025-02-03"]
    assert found["body"] == "Tarnby Police and Crime Panel"
    assert found["venue"] == "Committee Room 1, Fell House"


# ------------------------------------------------------------ a work programme's places

PROGRAMMES = {
    "programme.txt": ("Tarnby Police and Crime Panel\n\nWork Programme 2025/26\n\n"
                      "Meeting: 10 April 2025\n\nFuture meetings of the Panel will be held at "
                      "2.00 pm in The Moot Hall, Tarnby.\n\n"
                      "Wednesday 25 June 2025 (Annual meeting – Fell Civic Centre, Mill Road)"
                      "\n\nAnnual report\n\nWednesday 17 September 2025\n\nPerformance\n\n"
                      "Wednesday 14 January 2026 Budget Working Group (informal), Committee "
                      "Room 3, Fell House\n\nBudget\n"),
    "programme.md": ("# Tarnby Police and Crime Panel\n\n## Work Programme 2025/26\n\n"
                     "Meeting: 10 April 2025\n\nFormal meetings of the Panel start at 10.00 am "
                     "and are held in The Moot Hall, Tarnby, unless shown otherwise below.\n\n"
                     "| Meeting | Business |\n|---|---|\n"
                     "| Wednesday 25 June 2025 (Annual meeting – Fell Civic Centre, Mill Road) "
                     "| Annual report |\n| Wednesday 17 September 2025 | Performance |\n"
                     "| Wednesday 14 January 2026 Budget Working Group (informal), Committee "
                     "Room 3, Fell House | Budget |\n"),
    "programme.html": ("<h1>Tarnby Police and Crime Panel</h1><h2>Work Programme 2025/26</h2>"
                       "<p>Meeting: 10 April 2025</p><p>All meetings of the Panel will be held "
                       "in The Moot Hall, Tarnby.</p><table><tr><th>Meeting</th><th>Business"
                       "</th></tr><tr><td>Wednesday 25 June 2025<br>(Annual meeting – Fell "
                       "Civic Centre, Mill Road)</td><td>Annual report</td></tr><tr><td>"
                       "Wednesday 17 September 2025</td><td>Performance</td></tr><tr><td>"
                       "Wednesday 14 January 2026<br>Budget Working Group (informal), "
                       "Committee Room 3, Fell House</td><td>Budget</td></tr></table>"),
}


@pytest.mark.parametrize("name", sorted(PROGRAMMES))
def test_a_programmes_usual_place_and_a_rows_own(name: str) -> None:
    found = meetings(PROGRAMMES[name], name)
    assert found["2025-06-25"]["venue"] == "Fell Civic Centre, Mill Road"
    assert found["2025-09-17"]["venue"] == "The Moot Hall, Tarnby"
    assert found["2026-01-14"]["body"] == "Budget Working Group"
    assert found["2026-01-14"]["venue"] == "Committee Room 3, Fell House"


@pytest.mark.parametrize("title", [
    "Force Executive Board – Decisions and Actions",
    "SUMMARY OF DECISIONS: Joint Audit Group, 4 May 2025",
    "Decision record – Chief Officer Group",
])
def test_other_titles_of_a_record_of_decisions(title: str) -> None:
    text = (f"{title}\n\nDate: 4 May 2025\n\nPresent: Mr Aldo Grieve, DCC Pia Lunde\n\n"
            "1. Budget\n\nThe PCC approved the budget.\n\n2. Estates\n\nNoted.\n")
    assert [p.kind for p in split_document(read_bytes(text.encode(), "r.txt"))] == [
        "board_notes"]


def test_a_decision_notice_is_no_record_of_a_meeting() -> None:
    text = ("Decision notice 2025/014\n\nDate: 4 May 2025\n\nTitle: Estates disposal\n\n"
            "1. The PCC approves the sale of the depot.\n\n2. Reasons\n\nThe depot is empty.\n")
    assert split_document(read_bytes(text.encode(), "d.txt"))[0].kind != "board_notes"


def test_a_sub_item_with_a_space_before_its_letter() -> None:
    text = SUB_ITEMS["agenda.txt"].replace("2(a)", "2 (a)").replace("2(b)", "2 (b)")
    assert [n for n, _, _ in items(text, "agenda.txt")] == ["1", "2", "2 (a)", "2 (b)", "3"]


@pytest.mark.parametrize("fields", [
    "Date: 4 May 2025 Venue: Blue Room Present: Mr Aldo Grieve, DCC Pia Lunde",
    "**Date:** 4 May 2025 **Venue:** Blue Room **Members present:** Mr Aldo Grieve",
    "4 May 2025, Blue Room. PRESENT: Mr Aldo Grieve; DCC Pia Lunde",
])
def test_a_present_list_run_onto_the_fields_line_is_a_record(fields: str) -> None:
    text = (f"Wendmoor Estates Board\n\n{fields}\n\n1. Budget\n\nThe PCC approved the budget."
            "\n\n2. Estates\n\nNoted.\n")
    found = meetings(text, "record.md")["2025-05-04"]
    assert found["kind"] != "agenda"
    assert "Mr Aldo Grieve" in found["present"]


PRESENT_WITH_RANKS = {
    "notes.txt": ("Notes of the Wendmoor Estates Board held on 2 June 2025\n\n"
                  "Present: Mr Aldo Grieve (PCC); CC Ria Holt QPM (Chief Constable); "
                  "ACO Jo Vance; OPCC Chief Executive\n\n1. Welcome\n\nNoted.\n"),
    "notes.md": ("# Notes of the Wendmoor Estates Board held on 2 June 2025\n\n"
                 "**Present:**\n\n- Mr Aldo Grieve (PCC)\n- CC Ria Holt QPM (Chief Constable)\n"
                 "- ACO Jo Vance\n- OPCC Chief Executive\n\n## 1. Welcome\n\nNoted.\n"),
}


def ranks_word() -> bytes:
    return word(["Notes of the Wendmoor Estates Board held on 2 June 2025", "Present:",
                 "Mr Aldo Grieve (PCC)", "CC Ria Holt QPM (Chief Constable)", "ACO Jo Vance",
                 "OPCC Chief Executive", "1. Welcome", "Noted."])


@pytest.mark.parametrize("name", [*sorted(PRESENT_WITH_RANKS), "notes.docx"])
def test_a_rank_in_capitals_before_a_name(name: str) -> None:
    data = ranks_word() if name.endswith(".docx") else PRESENT_WITH_RANKS[name]
    assert meetings(data, name)["2025-06-02"]["present"] == [
        "Mr Aldo Grieve", "CC Ria Holt QPM", "ACO Jo Vance"]


def details_word() -> bytes:
    doc = WordDocument()
    doc.add_heading("Wendmoor Estates Board – Notes of Meeting", level=1)
    table = doc.add_table(rows=2, cols=2)
    for r, (label, value) in enumerate([("Date", "Monday 2 June 2025, 14:00 – 16:00"),
                                        ("Location", "Blue Room, Fell House, Tarnby")]):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = value
    doc.add_paragraph("Present: Mr Aldo Grieve, DCC Pia Lunde")
    doc.add_paragraph("1. Welcome")
    doc.add_paragraph("Noted.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


DETAILS_TABLES = {
    "notes.md": ("# Wendmoor Estates Board – Notes of Meeting\n\n| | |\n|---|---|\n"
                 "| Date | Monday 2 June 2025, 14:00 – 16:00 |\n"
                 "| Place | Blue Room, Fell House, Tarnby |\n\n"
                 "Present: Mr Aldo Grieve, DCC Pia Lunde\n\n## 1. Welcome\n\nNoted.\n"),
    "notes.html": ("<h1>Wendmoor Estates Board – Notes of Meeting</h1><table><tr><td>Date:</td>"
                   "<td>Monday 2 June 2025, 14:00 – 16:00</td></tr><tr><td>Venue:</td><td>Blue "
                   "Room, Fell House, Tarnby</td></tr></table><p>Present: Mr Aldo Grieve, DCC "
                   "Pia Lunde</p><h2>1. Welcome</h2><p>Noted.</p>"),
}


@pytest.mark.parametrize("name", [*sorted(DETAILS_TABLES), "notes.docx"])
def test_the_place_in_a_table_of_the_meetings_details(name: str) -> None:
    data = details_word() if name.endswith(".docx") else DETAILS_TABLES[name]
    assert meetings(data, name)["2025-06-02"]["venue"] == "Blue Room, Fell House, Tarnby"
