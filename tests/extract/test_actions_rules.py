"""The rules behind action extraction, one at a time, on small invented passages."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import (
    due_cell,
    due_of,
    extract_actions,
    log_columns,
    owner_of,
    status_of,
)
from scrutiny.extract.context import MeetingContext
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, kind: str = "minutes", date: str | None = None) -> Paper:
    document = read_bytes(text.encode(), "paper.txt")
    return Paper(document, 0, len(document.blocks), kind=kind, date=date)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Complete", "discharged"), ("Completed", "discharged"), ("Closed", "discharged"),
        ("Discharged", "discharged"), ("Done", "discharged"),
        ("Closed - report on agenda", "discharged"),
        ("Open", "open"), ("Ongoing", "open"), ("In progress", "open"), ("Overdue", "open"),
        ("Carried forward", "open"), ("Not started", "open"), ("Not yet complete", "open"),
        ("Partially complete", "open"), ("", None), ("Amber", None), (None, None),
    ],
)
def test_status_words(word: str | None, status: str | None) -> None:
    assert status_of(word) == status


@pytest.mark.parametrize(
    ("written", "owner"),
    [
        ("The Commissioner", "PCC"), ("Police and Crime Commissioner", "PCC"), ("PCC", "PCC"),
        ("Office of the PCC", "OPCC"), ("OPCC", "OPCC"), ("the Force", "Force"),
        ("Westshire Police", "Force"), ("Devon and Cornwall Police", "Force"),
        ("ACC Crime", "ACC Crime"), ("Head of Contact", "Head of Contact"), ("TBC", None),
        ("", None),
    ],
)
def test_owners_named_one_way(written: str, owner: str | None) -> None:
    assert owner_of(written) == owner


def test_due_dates_take_the_year_from_the_meeting() -> None:
    context = MeetingContext(dates=[], next_meetings=["2024-12-11"])
    assert due_of("DCC to report back by 31 March", context, "2024-10-02") == "2025-03-31"
    assert due_of("Circulate by the end of June 2025", context, "2024-10-02") == "2025-06"
    assert due_of("to be provided before December meeting", context, "2024-10-02") == "2024-12-11"
    assert due_of("update at the next meeting", context, "2024-10-02") == "2024-12-11"
    assert due_of("update in the future", context, "2024-10-02") is None


def test_a_month_meeting_without_an_announced_date_keeps_the_month() -> None:
    context = MeetingContext(dates=[], next_meetings=[])
    assert due_of("before the February meeting", context, "2024-10-02") == "2025-02"


@pytest.mark.parametrize(
    ("cell", "due"),
    [("11/12/2024", "2024-12-11"), ("3rd March 2025", "2025-03-03"), ("TBC", None),
     ("w/c 14 April", "2025-04-14"), ("End of June 2025", "2025-06"), ("", None)],
)
def test_due_cells_are_read_the_uk_way(cell: str, due: str | None) -> None:
    assert due_cell(cell, "2024-10-02") == due


def test_log_headers_in_any_order_and_naming() -> None:
    assert log_columns(["Ref", "Action", "Owner", "Date raised", "Due", "Status", "Update"]) == {
        "ref": 0, "action": 1, "owner": 2, "raised": 3, "due": 4, "status": 5, "update": 6}
    assert log_columns(["", "Status", "Owner", "Due date"]) == {
        "status": 1, "owner": 2, "due": 3, "action": 0}
    assert log_columns(["Action No.", "Description", "Responsible officer", "Deadline"]) == {
        "ref": 0, "action": 1, "owner": 2, "due": 3}


def test_inspection_progress_tables_are_not_action_logs() -> None:
    assert log_columns(["AFI", "Action Taken", "Ongoing Activity"]) is None
    assert log_columns(["Recommendation", "Action Taken", "Ongoing Activity", "Status"]) is None


def test_action_label_with_owner_and_due() -> None:
    paper = paper_of(
        "Notes of the meeting held on 2 October 2024\n\n"
        "The DCC outlined the vetting backlog. ACTION: DCC to circulate the recovery plan "
        "by 31 March.\n"
    )
    [action] = extract_actions(paper)
    assert (action.owner, action.due, action.status) == ("Force", "2025-03-31", None)
    assert action.text.startswith("DCC to circulate the recovery plan")
    assert action.meeting_date == "2024-10-02"
    assert action.source is not None and "ACTION" in action.source.text


def test_a_listed_action_and_its_log_row_are_one_record() -> None:
    paper = paper_of(
        "Date: 2 October 2024\n\nActions\n\n"
        "- Force: Provide an update on hotspot policing at a future meeting.\n\n"
        "Ref\tAction\tOwner\tDue\tStatus\n"
        "A1\tProvide an update on hotspot policing\tForce\t11/12/2024\tOpen\n",
        kind="board_notes",
    )
    [action] = extract_actions(paper)
    assert (action.ref, action.owner, action.status, action.due) == (
        "A1", "Force", "open", "2024-12-11")


def test_negated_and_vague_promises_are_not_actions() -> None:
    paper = paper_of(
        "Minutes of the meeting held on 4 March 2025\n\n"
        "The Chief Constable said he would not provide a running commentary. "
        "He said the force would provide an update in the future.\n"
    )
    assert extract_actions(paper) == []


def test_a_promise_with_a_recipient_is_an_action() -> None:
    paper = paper_of(
        "Minutes of the meeting held on 4 March 2025\n\n"
        "The Commissioner agreed to circulate the evaluation to Members.\n"
    )
    [action] = extract_actions(paper)
    assert (action.owner, action.due) == ("PCC", None)


def test_plans_in_a_report_are_not_commitments() -> None:
    paper = paper_of(
        "Date: 8 October 2024\n\n"
        "2. The Commissioner said he would provide funding for two advocates by June 2025.\n",
        kind="report",
    )
    assert extract_actions(paper) == []


def test_status_from_the_sentence_that_introduces_a_list() -> None:
    paper = paper_of(
        "Date: 9 January 2025\n\n"
        "- The notes were agreed and the following actions discharged:\n"
        "  - OPCC to publish the compliance report.\n"
        "- The following actions remain open:\n"
        "  - Force to present the vetting plan before the March meeting.\n",
        kind="board_notes",
    )
    actions = extract_actions(paper)
    assert [(a.owner, a.status) for a in actions] == [("OPCC", "discharged"), ("Force", "open")]
    assert actions[1].due == "2025-03"


def _table_paper(rows: list[list[str]]) -> Paper:
    from scrutiny.ingest.document import Block, DocumentBuilder

    builder = DocumentBuilder("log.pdf", "pdf")
    builder.add(Block("paragraph", "Meeting date: 12 February 2025"))
    builder.add(Block("table", "", rows=rows))
    document = builder.build()
    return Paper(document, 0, len(document.blocks), kind="board_notes")


def test_rows_broken_by_layout_join_the_row_above() -> None:
    paper = _table_paper([
        ["No.", "Action", "Lead", "Deadline", "Status"],
        ["1", "Provide a breakdown of response times", "ACC Operations", "3rd March 2025", ""],
        ["", "", "", "", "Ongoing"],  # the status cell sat lower than the rest of its row
        ["2", "Review overtime in the contact centre and report", "Head of Contact", "TBC",
         "Open"],
        ["", "the options to the next meeting", "", "", ""],  # a row carried over a page
    ])
    actions = extract_actions(paper)
    assert [(a.ref, a.status, a.due) for a in actions] == [
        ("1", "open", "2025-03-03"), ("2", "open", None)]
    assert actions[1].text.endswith("report the options to the next meeting")


def test_an_action_column_of_numbers_is_the_ref() -> None:
    paper = _table_paper([
        ["Action", "Detail", "Owner", "Due"],
        ["A1", "Circulate the recruitment plan", "OPCC", "28/02/2025"],
    ])
    [action] = extract_actions(paper)
    assert (action.ref, action.text, action.owner) == ("A1", "Circulate the recruitment plan",
                                                       "OPCC")


def test_an_action_label_naming_only_the_owner() -> None:
    paper = paper_of(
        "Notes of the meeting held on 6 May 2025\n\n"
        "Members asked for a briefing on the use of drones before the July meeting. "
        "ACTION: OPCC\n"
    )
    [action] = extract_actions(paper)
    assert action.owner == "OPCC"
    assert action.text.startswith("Members asked for a briefing on the use of drones")
    assert action.due == "2025-07"


def test_a_heading_gives_the_status_of_the_log_under_it() -> None:
    from scrutiny.ingest.document import Block, DocumentBuilder

    builder = DocumentBuilder("log.docx", "docx")
    builder.add(Block("paragraph", "Date of meeting: 3 April 2025"))
    builder.add(Block("heading", "Outstanding actions", level=2))
    builder.add(Block("table", "", rows=[["Ref", "Action", "Owner", "Due"],
                                          ["7", "Publish the estates review", "OPCC", "May 2025"]]))
    builder.add(Block("heading", "Completed actions", level=2))
    builder.add(Block("table", "", rows=[["Ref", "Action", "Owner", "Due"],
                                          ["5", "Brief Members on drones", "DCC", "March 2025"]]))
    builder.add(Block("heading", "New actions", level=2))
    builder.add(Block("list_item", "Force to provide custody figures.", marker="-"))
    document = builder.build()
    actions = extract_actions(Paper(document, 0, len(document.blocks), kind="board_notes"))
    assert [(a.ref, a.status) for a in actions] == [("7", "open"), ("5", "discharged"),
                                                    (None, None)]


def test_an_action_listed_in_one_paper_and_logged_in_another_is_one_record() -> None:
    from scrutiny.ingest.document import Block, DocumentBuilder

    builder = DocumentBuilder("pack.docx", "docx")
    builder.add(Block("paragraph", "Notes of the meeting held on 3 April 2025"))
    builder.add(Block("paragraph", "Actions"))
    builder.add(Block("list_item", "Force to provide custody waiting times.", marker="-"))
    builder.add(Block("heading", "Action log", level=1))
    builder.add(Block("table", "", rows=[["Ref", "Action", "Owner", "Due"],
                                          ["9", "Provide custody waiting times", "Force",
                                           "30/04/2025"]]))
    document = builder.build()
    notes = Paper(document, 0, 3, kind="board_notes")
    log = Paper(document, 3, len(document.blocks), kind="other")
    assert extract_actions(notes) == []
    [action] = extract_actions(log)
    assert (action.ref, action.due) == ("9", "2025-04-30")


def test_a_line_of_notes_that_is_an_action() -> None:
    paper = paper_of(
        "Notes of the meeting held on 2 October 2024\n\n"
        "- The CC said figures were improving.\n"
        "- Force to provide a briefing on the firearms licensing audit before the December "
        "meeting.\n"
        "- DCC to review the weekend rota.\n\n"
        "Date of next meeting: 11 December 2024\n",
        kind="board_notes",
    )
    actions = extract_actions(paper)
    assert [(a.owner, a.due) for a in actions] == [("Force", "2024-12-11"), ("Force", None)]


def test_the_same_line_in_a_report_is_not_an_action() -> None:
    paper = paper_of("Date: 8 October 2024\n\n- Force to provide training to all staff.\n",
                     kind="report")
    assert extract_actions(paper) == []


def test_a_logged_actions_new_status_in_notes() -> None:
    paper = paper_of(
        "Notes of the meeting held on 9 April 2025\n\n"
        "- Action 14 (custody review) was closed.\n"
        "- Action 15 remains open.\n",
        kind="board_notes",
    )
    actions = extract_actions(paper)
    assert [(a.ref, a.text, a.status) for a in actions] == [
        ("14", "custody review", "discharged"), ("15", "Action 15 remains open.", "open")]


def test_a_complete_column_answered_yes_or_no() -> None:
    paper = _table_paper([
        ["Ref", "Action", "Lead", "Complete?"],
        ["1", "Publish the custody report", "OPCC", "Yes"],
        ["2", "Brief Members on drones", "DCC", "No"],
    ])
    assert [a.status for a in extract_actions(paper)] == ["discharged", "open"]


def test_a_due_cell_naming_the_next_meeting() -> None:
    from scrutiny.ingest.document import Block, DocumentBuilder

    builder = DocumentBuilder("log.docx", "docx")
    builder.add(Block("paragraph", "Date of meeting: 3 April 2025"))
    builder.add(Block("table", "", rows=[["Ref", "Action", "Owner", "Due"],
                                          ["7", "Publish the estates review", "OPCC",
                                           "Next meeting"]]))
    builder.add(Block("paragraph", "Date of next meeting: 3 July 2025"))
    document = builder.build()
    [action] = extract_actions(Paper(document, 0, len(document.blocks), kind="board_notes"))
    assert action.due == "2025-07-03"
