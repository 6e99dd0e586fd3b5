"""Commitments recorded in minutes as reported speech, and due dates that name a meeting
(invented papers, forces and people, in text, Markdown and HTML).

The rules: "X said that he would publish ..." is X's promise even with no date or
recipient, unless it is put off without a time ("in the future") or is a question ("asked
whether the Commissioner would publish ..."); "X said that the Force [did ...] and would
report at the next Board" is the Force's, due at the next Board's date; "he" after a
speaker in the same sentence is that speaker; a due cell or phrase naming a month's
meeting is that meeting's date when the paper announces it, under a "Date of next
meeting" heading too.
"""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str, kind: str = "minutes") -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind=kind)  # type: ignore[arg-type]


def _minutes(name: str, sentence: str, next_meeting: str = "") -> str:
    """One paragraph of minutes in the house style ``name``'s suffix stands for."""
    if name.endswith(".html"):
        return (f"<h1>Minutes of the meeting held on 12 March 2025</h1><p>{sentence}</p>"
                + (f"<h2>Date of next meeting</h2><p>{next_meeting}</p>" if next_meeting else ""))
    if name.endswith(".md"):
        return (f"# Minutes of the meeting held on 12 March 2025\n\n{sentence}\n\n"
                + (f"## Date of next meeting\n\n{next_meeting}\n" if next_meeting else ""))
    return (f"MINUTES of the meeting held on 12 March 2025\n\n{sentence}\n\n"
            + (f"9. Date of next meeting\n\n{next_meeting}\n" if next_meeting else ""))


STYLES = ("minutes.txt", "minutes.md", "minutes.html")


@pytest.mark.parametrize("name", STYLES)
def test_a_definite_promise_in_reported_speech_is_an_action(name: str) -> None:
    sentence = ("The Deputy Chief Constable asked whether the review would be made public. "
                "The Commissioner said that he would publish it on his website once it was "
                "signed off.")
    [action] = extract_actions(paper_of(_minutes(name, sentence), name))
    assert action.text.startswith("The Commissioner said that he would publish it")
    assert (action.owner, action.due, action.meeting_date) == ("PCC", None, "2025-03-12")


@pytest.mark.parametrize("name", STYLES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair asked whether the Commissioner would publish the survey in full.",
        "The Chief Constable said that the Force would provide an update in due course.",
        "Cllr Ross Ebbe asked when the Commissioner would provide the estates figures.",
        "The Commissioner said that he would not publish the legal advice.",
    ],
)
def test_questions_and_promises_without_a_time_are_not_actions(name: str, sentence: str) -> None:
    assert extract_actions(paper_of(_minutes(name, sentence), name)) == []


@pytest.mark.parametrize("name", STYLES)
def test_the_subject_of_would_owns_the_promise_due_at_the_next_meeting(name: str) -> None:
    sentence = ("The Chief Constable said that the Force did not yet record repeat callers "
                "reliably and would report at the next Board.")
    text = _minutes(name, sentence, "Wednesday 18 June 2025 at 10.00 am, Marlow House.")
    [action] = extract_actions(paper_of(text, name, kind="board_notes"))
    assert (action.owner, action.due) == ("Force", "2025-06-18")


@pytest.mark.parametrize("name", STYLES)
def test_he_after_a_speaker_in_the_same_sentence_is_the_speaker(name: str) -> None:
    sentence = ("The Commissioner said that ward figures were held by the Force and that he "
                "would provide the Panel with them by 30 April 2025.")
    [action] = extract_actions(paper_of(_minutes(name, sentence), name))
    assert (action.owner, action.due) == ("PCC", "2025-04-30")


@pytest.mark.parametrize("name", STYLES)
def test_before_the_month_meeting_under_a_next_meeting_heading(name: str) -> None:
    sentence = "OPCC to arrange a visit to the new custody suite before the June meeting."
    text = _minutes(name, sentence, "Wednesday 18 June 2025 at 10.00 am, Marlow House.")
    [action] = extract_actions(paper_of(text, name))
    assert action.due == "2025-06-18"


LOG_MD = (
    "# Notes of the board held on 12 March 2025\n\n"
    "| Action | By whom | By when |\n|---|---|---|\n"
    "| Provide the stop search audit | DCC | June 2025 Board |\n"
    "| Refresh the estates plan | CFO | 30 April 2025 |\n\n"
    "Next meeting: 18 June 2025\n"
)
LOG_HTML = (
    "<p>Notes of the board held on 12 March 2025</p>"
    "<table><tr><th>Action</th><th>Owner</th><th>Due</th></tr>"
    "<tr><td>Provide the stop search audit</td><td>DCC</td><td>June 2025 board</td></tr>"
    "<tr><td>Refresh the estates plan</td><td>CFO</td><td>30/04/2025</td></tr></table>"
    "<p>Date of next meeting: 18 June 2025</p>"
)
LOG_TXT = (
    "Notes of the board held on 12 March 2025\n\n"
    "Action\tLead\tDeadline\n"
    "Provide the stop search audit\tDCC\tJune Board\n"
    "Refresh the estates plan\tCFO\t30 April 2025\n\n"
    "The next meeting will be held on 18 June 2025.\n"
)


@pytest.mark.parametrize(("text", "name"), [(LOG_MD, "log.md"), (LOG_HTML, "log.html"),
                                           (LOG_TXT, "log.txt")])
def test_a_due_cell_naming_a_months_meeting_is_its_date(text: str, name: str) -> None:
    actions = extract_actions(paper_of(text, name, kind="board_notes"))
    dues = {a.text: a.due for a in actions}
    assert dues["Provide the stop search audit"] == "2025-06-18"
    assert dues["Refresh the estates plan"] == "2025-04-30"


@pytest.mark.parametrize("name", STYLES)
def test_a_request_with_a_time_is_the_addressees_action(name: str) -> None:
    sentence = ("The PCC asked the Chief Constable to provide a breakdown of stalking "
                "outcomes by district at the next meeting.")
    text = _minutes(name, sentence, "Monday 2 June 2025 at 2pm.")
    [action] = extract_actions(paper_of(text, name, kind="board_notes"))
    assert (action.owner, action.due) == ("Force", "2025-06-02")


@pytest.mark.parametrize("name", STYLES)
def test_a_request_for_details_in_debate_is_not_an_action(name: str) -> None:
    sentence = "A Member asked Mr Ince to provide details of his background."
    assert extract_actions(paper_of(_minutes(name, sentence), name)) == []
