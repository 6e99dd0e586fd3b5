"""A promise in minutes with no date is an action when it names who gets the thing, also
when the recipient is the verb's object ("provide the Panel with", "brief Members on");
one with no recipient and no date stays debate (invented papers, three house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="minutes",  # type: ignore[arg-type]
                 date="2025-02-04")


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Minutes\n\nCllr Amis asked about rural response times. The Chief Constable "
         "undertook to provide the Panel with the response times by station.\n",
         "minutes.txt", "Force"),
        ("<h1>Minutes</h1><p>Mr Pryce asked about the victims' hub. The Commissioner agreed "
         "to brief Members on the hub's referral figures.</p>", "minutes.html", "PCC"),
        ("# Minutes\n\nThe OPCC's Chief Executive offered to send the Committee the "
         "audit plan.\n", "minutes.md", "OPCC"),
    ],
)
def test_a_promise_to_the_panel_as_object_is_an_action(text: str, name: str,
                                                       owner: str) -> None:
    [action] = extract_actions(paper_of(text, name))
    assert (action.owner, action.due) == (owner, None)


def test_a_promise_with_no_recipient_or_date_is_not_an_action() -> None:
    text = "Minutes\n\nThe Commissioner agreed to provide more detail.\n"
    assert extract_actions(paper_of(text, "minutes.txt")) == []
