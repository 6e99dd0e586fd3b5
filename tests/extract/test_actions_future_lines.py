"""Action lines whose owner is the subject of a future verb ("Action point 3: The Chief
Constable will provide ..."), and requests the meeting made in a "that" clause ("Members
requested that the Force provide ...") (invented papers, three house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="minutes",  # type: ignore[arg-type]
                 date="2025-03-04")


@pytest.mark.parametrize(
    ("text", "name", "owner", "due"),
    [
        ("Minutes\n\nAction point 3: The Chief Constable will provide the custody figures by "
         "the end of May.\n", "minutes.txt", "Force", "2025-05"),
        ("<h1>Minutes</h1><p>Action 12a: OPCC is to circulate the grant criteria by 31 March "
         "2025.</p>", "minutes.html", "OPCC", "2025-03-31"),
        ("# Minutes\n\n**ACTION POINT:** The Commissioner would write to Members by 14 "
         "March.\n", "minutes.md", "PCC", "2025-03-14"),
    ],
)
def test_an_action_line_with_a_future_verb(text: str, name: str, owner: str, due: str) -> None:
    [action] = extract_actions(paper_of(text, name))
    assert (action.owner, action.due) == (owner, due)


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Minutes\n\nMembers requested that the Force provide a breakdown of overtime to the "
         "Panel.\n", "minutes.txt", "Force"),
        ("<p>The Panel requested that the Commissioner should circulate the plan to Members "
         "by 30 April 2025.</p>", "minutes.html", "PCC"),
        ("# Minutes\n\nThe Chair asked that the DCC brief Members on the review by 30 May "
         "2025.\n", "minutes.md", "Force"),
    ],
)
def test_a_request_in_a_that_clause_is_the_addressees_action(text: str, name: str,
                                                             owner: str) -> None:
    [action] = extract_actions(paper_of(text, name))
    assert action.owner == owner


def test_a_request_without_a_time_or_recipient_is_not_an_action() -> None:
    text = "Minutes\n\nMembers requested that the Force review its policy.\n"
    assert extract_actions(paper_of(text, "minutes.txt")) == []


@pytest.mark.parametrize(
    ("text", "name", "owner", "due"),
    [
        ("Board notes\n\nAgreed: the CFO to bring the capital plan to the Board by 9 April "
         "2025.\n", "notes.txt", "OPCC", "2025-04-09"),
        ("<p><b>AGREED</b> – DCC to circulate the rota review by 31 March 2025.</p>",
         "notes.html", "Force", "2025-03-31"),
        ("# Notes\n\nIt was agreed that Force to provide the knife crime data by 30 April "
         "2025.\n", "notes.md", "Force", "2025-04-30"),
    ],
)
def test_an_agreed_line_naming_an_owner_to_act(text: str, name: str, owner: str,
                                               due: str) -> None:
    [action] = extract_actions(paper_of(text, name))
    assert (action.owner, action.due) == (owner, due)


def test_an_agreed_decision_is_not_an_action() -> None:
    text = "Minutes\n\nAGREED: that the report be noted.\n"
    assert extract_actions(paper_of(text, "minutes.txt")) == []


@pytest.mark.parametrize(
    ("text", "name", "owner", "due"),
    [
        ("Board notes\n\nAction 3/24 – DCC to circulate the stalking review by 30 April "
         "2025.\n", "notes.txt", "Force", "2025-04-30"),
        ("<p>Action ref 24/07: OPCC to publish the drone policy by 31 May 2025.</p>",
         "notes.html", "OPCC", "2025-05-31"),
        ("# Notes\n\n**Action no. A12:** Commissioner to write to Members by 6 June 2025.\n",
         "notes.md", "PCC", "2025-06-06"),
    ],
)
def test_an_action_label_with_its_reference(text: str, name: str, owner: str,
                                            due: str) -> None:
    [action] = extract_actions(paper_of(text, name))
    assert (action.owner, action.due) == (owner, due)
