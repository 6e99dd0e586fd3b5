"""Meeting rules written for house styles the first fixtures did not cover, each tried in
at least three invented papers (text, Markdown, HTML and Word):

* members present as an unruled two-column table (name | council), officers after it;
* "Officers and others present" / "Others present" are not members present;
* board notes titled "Notes of meeting held on ..." (no article) with a Present list;
* a published record of questions answered is ``notes``; written questions set out as an
  agenda item for a coming meeting are ``agenda``;
* meetings announced inside a resolution ("that the Panel meet on A and B"), under a
  "Date of next meeting (Agenda item 7)" heading, or as a "Dates of future meetings" list.
"""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument

from scrutiny.extract.meetings import extract_meetings
from scrutiny.ingest.read import read_bytes
from scrutiny.ingest.split import split_document

Part = tuple[str, object]  # ("p", text) | ("h", text) | ("table", rows)


def word(parts: list[Part]) -> bytes:
    """A Word file of paragraphs, headings and tables without borders, as in the papers."""
    doc = WordDocument()
    for kind, value in parts:
        if kind == "table":
            rows = value  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind == "h":
            doc.add_heading(str(value), level=2)
        else:
            doc.add_paragraph(str(value))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def meetings(data: bytes | str, name: str) -> dict[str, dict]:
    raw = data.encode() if isinstance(data, str) else data
    records = extract_meetings(split_document(read_bytes(raw, name)))
    return {r.date: {k: v for k, v in r.contract().items() if k != "source"} for r in records}


MEMBERS = [["Cllr Ada Quarry (Chair)", "Lowmere City Council"],
           ["Cllr Rhys Penhallow OBE", "Tidebury District Council"],
           ["Mrs Nell Ostrova", "Independent Member"]]
MEMBER_NAMES = ["Cllr Ada Quarry", "Cllr Rhys Penhallow OBE", "Mrs Nell Ostrova"]


def test_members_table_then_officers_paragraph_in_word() -> None:
    data = word([
        ("p", "LOWMERE POLICE AND CRIME PANEL"),
        ("p", "Minutes of a meeting held at Harbour House, Lowmere on Tuesday 4 March 2025"),
        ("p", "Members present"),
        ("table", MEMBERS),
        ("p", "Officers and others present: Mr Tobias Venn (Police and Crime Commissioner), "
              "Ms Ira Blythe (Panel Secretary)"),
        ("p", "LP/12 Apologies (Agenda Item 1)"),
        ("p", "Apologies for absence were received from Cllr Owen Dray."),
    ])
    found = meetings(data, "minutes.docx")["2025-03-04"]
    assert found["present"] == MEMBER_NAMES
    assert found["apologies"] == ["Cllr Owen Dray"]


def test_members_table_then_officers_paragraph_in_html() -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in MEMBERS)
    html = ("<html><body><h1>Lowmere Police and Crime Panel</h1>"
            "<p>Minutes of the meeting held on 4 March 2025 at Harbour House</p>"
            f"<p>Members present</p><table>{rows}</table>"
            "<p>Others present: Mr Tobias Venn (Commissioner)</p>"
            "<h2>1. Apologies</h2><p>There were none.</p></body></html>")
    assert meetings(html, "minutes.html")["2025-03-04"]["present"] == MEMBER_NAMES


def test_others_present_heading_with_names_below_in_text() -> None:
    text = ("SALTMARSH POLICE AND CRIME PANEL\n\n"
            "Minutes of a meeting of the Saltmarsh Police and Crime Panel held at the Guildhall"
            " on Monday 2 June 2025\n\nMembers present\n\n"
            "Councillor Mrs J Varley (Chair) Councillor T Obi Councillor K Lund (substitute)\n\n"
            "Officers and advisers in attendance\n\n"
            "Mr P Greaves (Commissioner), Ms L Nkemelu (Chief Executive)\n\n"
            "14. Apologies\n\nApologies were received from Councillor R Tait.\n")
    found = meetings(text, "minutes.txt")["2025-06-02"]
    assert found["present"] == ["Councillor Mrs J Varley", "Councillor T Obi",
                                "Councillor K Lund"]


@pytest.mark.parametrize("title", ["Notes of meeting held on Tuesday 6 May 2025",
                                   "NOTES OF MEETING HELD ON 6 MAY 2025"])
def test_board_notes_without_an_article_are_notes_in_word(title: str) -> None:
    data = word([
        ("p", "Office of the Commissioner for Brindlemoor"),
        ("h", "Resources and Assurance Board"),
        ("p", title),
        ("p", "Present: Ms Una Falk (Commissioner), Mr Jem Strand (Chief Constable)"),
        ("p", "In attendance: Mr Kai Rowe (notes)"),
        ("p", "Apologies: Dr Pia Lowe (Chief Finance Officer)"),
        ("h", "1. Welcome"),
    ])
    found = meetings(data, "notes.docx")["2025-05-06"]
    assert found["kind"] == "notes"
    assert found["present"] == ["Ms Una Falk", "Mr Jem Strand"]
    assert found["apologies"] == ["Dr Pia Lowe"]


def test_minutes_without_an_article_are_minutes_in_text() -> None:
    text = ("Kestrel Vale Police and Crime Panel\n\n"
            "Minutes of meeting held on 9 July 2025 at the Corn Exchange\n\n"
            "Present: Cllr B Amos, Cllr C Dyer\n\n1. Apologies\n\nNone.\n")
    assert meetings(text, "minutes.txt")["2025-07-09"]["kind"] == "minutes"


# ------------------------------------------------------------- questions papers

RECORD_TXT = ("Oakhollow Police and Crime Panel\nMeeting held on Thursday 5 June 2025\n\n"
              "PUBLIC QUESTIONS ASKED AT THE MEETING AND THE ANSWERS GIVEN\n\n"
              "Question 1\nSubmitted by: Mr A Fenn\n\nQuestion:\nWhy was the station shut?\n\n"
              "Response:\nIt was under-used.\n\nQuestion 2\nSubmitted by: Ms B Holt\n\n"
              "Question:\nWhen will it reopen?\n\nResponse:\nIn the spring.\n")
RECORD_HTML = ("<html><body><h1>Oakhollow Police and Crime Panel</h1>"
               "<p>Meeting of Thursday, 5 June 2025 – Council Chamber, Oakhollow</p>"
               "<h2>Item 4: Members' questions to the Commissioner</h2>"
               "<p>The answers were circulated before the meeting and are recorded below.</p>"
               "<table><tr><th>No.</th><th>Question from</th><th>Question</th><th>Answer</th>"
               "</tr><tr><td>1</td><td>Cllr D Pike, Oakhollow Council</td>"
               "<td>Will the Commissioner fund more PCSOs?</td><td>Yes, six more.</td></tr>"
               "<tr><td>2</td><td>Cllr E Rudd, Moor Council</td><td>Is 101 improving?</td>"
               "<td>Answer times fell by a third.</td></tr></table></body></html>")
RECORD_MD = ("# Oakhollow Police, Fire and Crime Panel\n\n"
             "## Public questions and the Commissioner's written answers\n\n"
             "**Meeting of Thursday 5 June 2025, Council Chamber, Oakhollow**\n\n"
             "Questions received by the deadline are set out below with the answer.\n\n"
             "### PQ1 - Mrs F Lyle\n\n**Question:** Will speed cameras come to Oakhollow?\n\n"
             "**Answer:** The partnership decides.\n\n### PQ2 - Mr G Marr\n\n"
             "**Question:** How many burglaries?\n\n**Answer:** Fewer than last year.\n")
FOR_MEETING_TXT = ("OAKHOLLOW POLICE AND CRIME PANEL - 5 JUNE 2025\n\nAGENDA ITEM OPC/25/14\n\n"
                   "WRITTEN QUESTIONS TO THE POLICE AND CRIME COMMISSIONER\n\n"
                   "The questions received and the Commissioner's responses are set out below."
                   " A Member may ask one supplementary question at the meeting.\n\n"
                   "Question 1 - from Councillor H Nye (Oak District Council)\n\n"
                   "How many officers are in post?\n\nResponse from the Commissioner:\n\n"
                   "There are 1,020.\n\nQuestion 2 - from Councillor I Webb (Moor Council)\n\n"
                   "When is the budget due?\n\nResponse from the Commissioner:\n\nIn January.\n")


@pytest.mark.parametrize(("data", "name"), [(RECORD_TXT, "questions.txt"),
                                            (RECORD_HTML, "questions.html"),
                                            (RECORD_MD, "questions.md")])
def test_a_record_of_questions_answered_is_notes(data: str, name: str) -> None:
    assert meetings(data, name)["2025-06-05"]["kind"] == "notes"


def test_written_questions_set_out_as_an_agenda_item_are_for_the_meeting() -> None:
    assert meetings(FOR_MEETING_TXT, "questions.txt")["2025-06-05"]["kind"] == "agenda"


# ---------------------------------------------------------- announced meetings

def test_future_dates_inside_a_resolution_in_word() -> None:
    data = word([
        ("p", "TIDEBURY POLICE AND CRIME PANEL"),
        ("p", "Minutes of a meeting held at Tide House on Thursday 19 September 2024"),
        ("p", "Present: Cllr A Quarry, Cllr B Rook"),
        ("p", "TP/35 Work programme and dates of future meetings (Agenda Item 8)"),
        ("p", "RESOLVED – That the work programme be agreed, and that the Panel meet on "
              "Thursday 21 November 2024 and Thursday 6 February 2025."),
    ])
    found = meetings(data, "minutes.docx")
    assert {"2024-11-21", "2025-02-06"} <= set(found)
    assert found["2025-02-06"]["kind"] == "agenda"
    assert found["2025-02-06"]["body"] == "Tidebury Police and Crime Panel"


def test_future_meetings_held_on_a_list_of_dates_in_text() -> None:
    text = ("Minutes of the Brindlemoor Police and Crime Panel held on 3 February 2025\n\n"
            "Present: Cllr A Quarry, Cllr B Rook\n\n7. Calendar\n\n"
            "AGREED: that future meetings of the Panel be held on 3 March 2025, "
            "9 June 2025 and 8 September 2025.\n")
    assert {"2025-03-03", "2025-06-09", "2025-09-08"} <= set(meetings(text, "minutes.txt"))


def test_a_board_that_will_next_meet_in_html() -> None:
    html = ("<html><body><h1>Notes of the Brindlemoor Estates Board</h1>"
            "<p>Meeting held on 14 January 2025</p><p>Attendees: Ms U Falk, Mr J Strand</p>"
            "<h2>5. Close</h2><p>The Board will next meet on Tuesday 8 April 2025 to review "
            "the estate strategy.</p></body></html>")
    found = meetings(html, "notes.html")
    assert found["2025-04-08"]["kind"] == "agenda"
    # a date in the same sentence that is not a meeting is not one
    assert "2025-03-31" not in meetings(html.replace("</h1>", "</h1><p>The Board will "
                                                     "publish its plan by 31 March 2025.</p>"),
                                         "notes.html")


def test_date_of_next_meeting_heading_with_an_agenda_reference_in_word() -> None:
    data = word([
        ("h", "KESTREL VALE POLICE AND CRIME PANEL"),
        ("p", "Minutes of a meeting of the Kestrel Vale Police and Crime Panel held at Shire "
              "Hall, Kestrel on Wednesday 20 March 2024 at 10.30 am"),
        ("p", "Members present"),
        ("p", "Councillor Mrs H Ridley (Chairman) Councillor B Nash"),
        ("h", "60. Date of next meeting (Agenda item 7)"),
        ("p", "Wednesday 26 June 2024 at 10.30 am, Shire Hall, Kestrel."),
    ])
    found = meetings(data, "minutes.docx")["2024-06-26"]
    assert found["kind"] == "agenda"
    assert found["venue"] == "Shire Hall, Kestrel"


@pytest.mark.parametrize(("data", "name"), [
    ("Minutes of the Fenmoor Panel held on 2 May 2025\n\nPresent: Cllr A Dunne\n\n"
     "9. Dates of future meetings\n\nMonday 7 July 2025\n\nMonday 6 October 2025\n\n"
     "The meeting closed at 4pm.\n", "minutes.txt"),
    ("# Minutes of the Fenmoor Panel held on 2 May 2025\n\nPresent: Cllr A Dunne\n\n"
     "## Dates of future meetings\n\n- Monday 7 July 2025\n- Monday 6 October 2025\n\n"
     "The meeting closed at 4pm.\n", "minutes.md"),
    ("<html><body><h1>Minutes of the Fenmoor Panel held on 2 May 2025</h1>"
     "<p>Present: Cllr A Dunne</p><h2>Dates and venues of future meetings</h2>"
     "<p>Monday 7 July 2025</p><p>Monday 6 October 2025</p>"
     "<p>The meeting closed at 4pm.</p></body></html>", "minutes.html"),
])
def test_dates_of_future_meetings_listed_under_a_heading(data: str, name: str) -> None:
    found = meetings(data, name)
    assert {"2025-07-07", "2025-10-06"} <= set(found)
    assert found["2025-05-02"]["kind"] == "minutes"


# ------------------------------------------- titles and lists without the usual labels

CAPITALS_TXT = ("RAVENSHOLT POLICE AND CRIME PANEL\n\nMINUTES - 12 MAY 2025\n\nPRESENT\n\n"
                "Cllr Mrs J Hollingsbee - Chair\n\nCllr P Dunmore - Vice-Chair\n\n"
                "Mr M Hill OBE - Independent Member\n\nOFFICERS\n\n"
                "Mr T Grey - Police and Crime Commissioner\n\nAPOLOGIES\n\nCllr B Cole\n\n"
                "PCP/25/01 MINUTES\n\nRESOLVED that the minutes be approved.\n")
NAMES = ["Cllr Mrs J Hollingsbee", "Cllr P Dunmore", "Mr M Hill OBE"]


def test_minutes_titled_with_a_date_and_a_bare_present_heading_in_text() -> None:
    found = meetings(CAPITALS_TXT, "minutes.txt")["2025-05-12"]
    assert found["kind"] == "minutes"
    assert found["present"] == NAMES
    assert found["apologies"] == ["Cllr B Cole"]


def test_unlabelled_members_table_above_the_business_in_html() -> None:
    rows = "".join(f"<tr><td>{n}</td><td>Member</td></tr>" for n in NAMES)
    html = ("<html><body><h1>Ravensholt Police and Crime Panel</h1>"
            "<p>Minutes of the meeting held on 12 May 2025</p>"
            f"<table><tr><th>Name</th><th>Role</th></tr>{rows}</table>"
            "<p>Apologies: Cllr B Cole</p><h2>1. Minutes</h2><p>AGREED.</p></body></html>")
    assert meetings(html, "minutes.html")["2025-05-12"]["present"] == NAMES


def test_unlabelled_attendee_table_in_word_board_notes() -> None:
    data = word([
        ("h", "Notes of the Joint Audit and Policing Board"),
        ("p", "Date: 3 April 2025"),
        ("table", [["Attendee", "Organisation"], ["Ms K Fairley", "OPCC"],
                   ["ACC R Obi", "Force"], ["Mr L Grant", "OPCC"]]),
        ("h", "Item 1 – Welcome"),
        ("p", "The Chair welcomed all."),
        # a table of questions under the business is not an attendance list
        ("table", [["Member", "Question"], ["Mr Q Ames", "Why?"], ["Ms R Bell", "When?"]]),
    ])
    found = meetings(data, "notes.docx")["2025-04-03"]
    assert found["kind"] == "notes"
    assert found["present"] == ["Ms K Fairley", "ACC R Obi", "Mr L Grant"]


def test_a_table_of_members_below_the_business_is_not_attendance_in_markdown() -> None:
    text = ("# Minutes of the Ravensholt Police and Crime Panel held on 12 May 2025\n\n"
            "## 1. Membership changes\n\nThe Panel noted its new members:\n\n"
            "| Name | Council |\n|---|---|\n| Cllr A Bright | Larch |\n| Cllr C Dorn | Fell |\n")
    assert meetings(text, "minutes.md")["2025-05-12"]["present"] == []


# ------------------------------------------------- a work programme inside minutes

def test_work_programme_table_under_an_item_of_minutes_in_word() -> None:
    data = word([
        ("h", "Halden Police and Crime Panel"),
        ("p", "Minutes of the meeting held on 12 May 2025"),
        ("p", "Present: Cllr A Moss, Cllr B Lane"),
        ("h", "7. Work programme"),
        ("p", "The Panel noted the work programme below."),
        ("table", [["Date", "Topic"], ["26 June 2025", "Annual report"],
                   ["18 September 2025", "PEEL inspection"]]),
        ("h", "8. Any other business"),
        ("p", "The Chair will write to the Commissioner by 30 June 2025."),
    ])
    found = meetings(data, "minutes.docx")
    assert set(found) == {"2025-05-12", "2025-06-26", "2025-09-18"}
    assert found["2025-06-26"]["kind"] == "agenda"


def test_work_programme_lines_under_a_numbered_minute_in_text() -> None:
    text = ("Minutes of the Halden Police and Crime Panel held on 12 May 2025\n\n"
            "Present: Cllr A Moss, Cllr B Lane\n\n"
            "31. Forward Work Programme\n\n"
            "26 June 2025 - Annual report of the Commissioner\n\n"
            "18 September 2025 - HMICFRS PEEL inspection\n\n"
            "32. Complaints\n\n"
            "A report would come on 2 October 2025 once the review ended.\n")
    assert set(meetings(text, "minutes.txt")) == {"2025-05-12", "2025-06-26", "2025-09-18"}


def test_work_programme_list_under_a_heading_in_markdown() -> None:
    text = ("# Minutes of the Halden Police and Crime Panel held on 12 May 2025\n\n"
            "Present: Cllr A Moss, Cllr B Lane\n\n## Work plan\n\n"
            "- Thursday 26 June 2025\n- Thursday 18 September 2025\n\n"
            "## Close\n\nThe next report is due by 1 August 2025.\n")
    assert set(meetings(text, "minutes.md")) == {"2025-05-12", "2025-06-26", "2025-09-18"}


# ------------------------------- committee-system mastheads, signatures, plural titles

@pytest.mark.parametrize(("data", "name"), [
    ("Quayside Council | Committees | Meetings\n\nHome > Meetings > Minutes\n\nMinutes\n\n"
     "Quayside Police and Crime Panel Thursday, 23rd January, 2025 10.30 am Venue: Harbour "
     "Room, Quay House\n\nAttendance\n\nPresent: Councillor A Penrose (Chairman); Councillors "
     "J Bassett, K Carne and Mr N Jory\n\nMinute 12/25 Apologies\n\nNone were received.\n",
     "minutes.txt"),
    ("<html><body><p>Quayside Council | Committees | Meetings</p><p>Home &gt; Meetings</p>"
     "<h1>Minutes</h1><p>Quayside Police and Crime Panel Thursday, 23rd January, 2025 "
     "10.30 am Venue: Harbour Room, Quay House</p><h2>Attendance</h2><p>Present: Councillor "
     "A Penrose (Chairman); Councillors J Bassett, K Carne and Mr N Jory</p>"
     "<p>Minute 12/25 Apologies</p><p>None were received.</p></body></html>", "minutes.html"),
    ("Quayside Council | Committees | Meetings\n\nHome > Meetings > Minutes\n\n# Minutes\n\n"
     "Quayside Police and Crime Panel - 23 January 2025, 10.30am - 12.30pm\n\n## Attendance\n\n"
     "Present: Councillor A Penrose (Chairman); Councillors J Bassett, K Carne and Mr N Jory\n\n"
     "## Minute 12/25 Apologies\n\nNone were received.\n", "minutes.md"),
])
def test_masthead_with_time_and_venue_and_an_attendance_heading(data: str, name: str) -> None:
    found = meetings(data, name)
    assert list(found) == ["2025-01-23"]
    assert found["2025-01-23"]["kind"] == "minutes"
    # names as written: the plural title printed once belongs to none of them
    assert found["2025-01-23"]["present"] == ["Councillor A Penrose", "J Bassett", "K Carne",
                                              "Mr N Jory"]


@pytest.mark.parametrize("signature", ["Chairman ....................................",
                                       "Signed ________________ Chair",
                                       "Chair"])
def test_signature_and_footer_after_the_close_stay_with_the_minutes(signature: str) -> None:
    text = ("Minutes of the Quayside Police and Crime Panel held on 23 January 2025\n\n"
            "Present: Cllr A Penrose, Cllr B Rowe\n\n1. Apologies\n\nNone.\n\n"
            "The meeting closed at 12.30 pm.\n\n"
            f"{signature}\n\nQuayside Council, Quay House - Published 30 January 2025\n")
    assert list(meetings(text, "minutes.txt")) == ["2025-01-23"]
    assert len(split_document(read_bytes(text.encode(), "minutes.txt"))) == 1


@pytest.mark.parametrize(("data", "name"), [
    (word([("p", "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR QUAYSIDE"),
           ("h", "Accountability Board – Notes of Meeting"),
           ("table", [["Date", "Wednesday 12 March 2025, 14:00 – 16:15"],
                      ["Location", "Conference Room 2, Police Headquarters"]]),
           ("p", "Present: Ms U Falk (Commissioner), Mr J Strand (Chief Constable)"),
           ("h", "1. Welcome")]), "notes.docx"),
    ("Accountability Board: Notes of the Meeting\n\nDate: 12 March 2025\n\n"
     "Present: Ms U Falk (Commissioner), Mr J Strand (Chief Constable)\n\n1. Welcome\n",
     "notes.txt"),
    ("<html><body><h1>Estates Board - notes of meeting</h1><p>Date: 12 March 2025</p>"
     "<p>Present: Ms U Falk, Mr J Strand</p><h2>1. Welcome</h2></body></html>", "notes.html"),
])
def test_a_title_ending_notes_of_meeting_is_notes(data: bytes | str, name: str) -> None:
    found = meetings(data, name)["2025-03-12"]
    assert found["kind"] == "notes"
    assert found["present"] == ["Ms U Falk", "Mr J Strand"]


# ------------------------------------------- reports: mastheads and meetings they name

@pytest.mark.parametrize(("data", "name"), [
    ("OFFICIAL\n\nOffice of the Commissioner for Brindlemoor\n\n"
     "Strategic Scrutiny Board – 28 January 2025 Item 5: Inspection recommendations tracker "
     "(thematic and joint inspections)\n\nAuthor: OPCC Assurance Manager\n\n"
     "1. This tracker covers national inspections.\n\n"
     "2. The tracker will next be reviewed by the Board on 29 April 2025.\n", "tracker.txt"),
    ("<html><body><p>Brindlemoor Strategic Scrutiny Board · Conference Room, Police HQ · "
     "Tuesday 28 January 2025 at 10.30am</p><h1>Agenda item 5: Inspection tracker</h1>"
     "<p>Report of the Commissioner.</p><ol><li>This tracker covers national inspections."
     "</li><li>If the Board asks for more work it will reconvene on Tuesday 29 April 2025."
     "</li></ol></body></html>", "tracker.html"),
    ("# Brindlemoor Strategic Scrutiny Board: members' briefing\n\n"
     "**Meeting:** Tuesday 28 January 2025, 10.00am, Committee Room 2, Shire Hall "
     "**Subject:** Inspection tracker **Prepared by:** OPCC (tel. 01632 960 377) "
     "**Status:** For information.\n\n## 1. Summary\n\n- Five recommendations are complete."
     "\n\nThe next update will come to the Board on 29 April 2025.\n", "briefing.md"),
])
def test_a_report_names_its_board_and_the_meeting_it_returns_to(data: str, name: str) -> None:
    found = meetings(data, name)
    assert set(found) == {"2025-01-28", "2025-04-29"}
    for meeting in found.values():
        assert meeting["body"] is not None
        assert meeting["body"].endswith("Strategic Scrutiny Board")
        assert meeting["kind"] == "agenda"


# ------------------------------------------ another body's meeting in a work programme

def test_a_programme_row_for_a_working_group_in_word() -> None:
    data = word([
        ("h", "Halden Police and Crime Panel"), ("h", "Work Programme 2025/26"),
        ("p", "Meeting: 10 April 2025"),
        ("table", [["Meeting", "Item"],
                   ["Thursday 26 June 2025", "Annual report"],
                   ["Wednesday 14 January 2026\nBudget Working Group (informal), Committee "
                    "Room 3, Halden Guildhall", "Precept pre-scrutiny"],
                   ["Thursday 5 February 2026", "Proposed precept"]]),
    ])
    found = meetings(data, "programme.docx")
    assert found["2026-01-14"]["body"] == "Budget Working Group"
    assert found["2025-06-26"]["body"] == found["2026-02-05"]["body"] == (
        "Halden Police and Crime Panel")


def test_a_programme_line_for_a_sub_committee_in_text() -> None:
    text = ("Halden Police and Crime Panel - Forward Work Programme 2025/26\n\n"
            "Thursday 26 June 2025 - Annual report\n\n"
            "Monday 8 September 2025 - Complaints Sub-Committee, Room 4 - complaints review\n")
    found = meetings(text, "programme.txt")
    assert found["2025-09-08"]["body"] == "Complaints Sub-Committee"
    assert found["2025-06-26"]["body"] == "Halden Police and Crime Panel"


def test_a_programme_cell_naming_no_body_is_the_panels_in_html() -> None:
    html = ("<html><body><h1>Halden Police and Crime Panel</h1><h2>Work Programme 2025/26</h2>"
            "<table><tr><th>Meeting</th><th>Item</th></tr>"
            "<tr><td>Thursday 26 June 2025 (Annual meeting – Civic Centre, Halden)</td>"
            "<td>Election of Chair</td></tr>"
            "<tr><td>Thursday 18 September 2025<br>Audit Committee</td><td>Accounts</td></tr>"
            "</table></body></html>")
    found = meetings(html, "programme.html")
    assert found["2025-06-26"]["body"] == "Halden Police and Crime Panel"
    assert found["2025-09-18"]["body"] == "Audit Committee"


# ------------------------------------------------------------------- action logs

LOG_ROWS = [["Ref", "Action", "Owner", "Due", "Status"],
            ["12/24", "Provide rural crime figures", "PCC", "31/01/2025", "Complete"],
            ["13/24", "Report on 101 waits (raised at the meeting held on 5 December 2024)",
             "PCC", "06/03/2025", "Open"]]


def test_an_action_log_reported_to_a_meeting_is_for_it_in_word() -> None:
    data = word([("p", "Agenda Item 7"), ("p", "HALDEN POLICE AND CRIME PANEL – 6 MARCH 2025"),
                 ("p", "ACTION LOG"), ("p", "Report of the Panel Support Officer"),
                 ("p", "The log records the actions agreed by the Panel."),
                 ("table", LOG_ROWS)])
    assert meetings(data, "log.docx")["2025-03-06"]["kind"] == "agenda"


def test_an_action_log_reported_to_a_meeting_is_for_it_in_markdown() -> None:
    rows = "\n".join("| " + " | ".join(r) + " |" for r in [LOG_ROWS[0], ["---"] * 5,
                                                          *LOG_ROWS[1:]])
    text = ("Halden Police and Crime Panel – 6 March 2025\n\n# Action log\n\n"
            "Report by the Scrutiny Officer\n\nThe log shows progress on each action.\n\n"
            f"{rows}\n")
    assert meetings(text, "log.md")["2025-03-06"]["kind"] == "agenda"


def test_an_action_log_kept_at_the_meeting_is_its_notes_in_text() -> None:
    text = ("Halden Accountability Board – Action Log\n\n"
            "Reviewed at the meeting held on 12 February 2025 at Police Headquarters.\n\n"
            "New actions agreed at this meeting\n\n"
            "- DCC to share the vetting action plan with the OPCC by 17 March.\n")
    assert meetings(text, "log.txt")["2025-02-12"]["kind"] == "notes"
