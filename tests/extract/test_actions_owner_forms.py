"""Owners written beside an action in other ways: "Force (DCC Smith) to provide ...",
"OPCC: publish ...", "... (Chief Executive, by 14 April)" (invented papers, three house
styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="board_notes",  # type: ignore[arg-type]
                 date="2025-03-12")


@pytest.mark.parametrize(
    ("text", "name", "owner", "due"),
    [
        ("Board notes\n\nACTION: Force (DCC Smith) to provide the vetting figures by 31 May "
         "2025.\n", "notes.txt", "Force", "2025-05-31"),
        ("<h2>Actions</h2><ul><li>OPCC: publish the grant outcomes by 30/04/2025</li></ul>",
         "notes.html", "OPCC", "2025-04-30"),
        ("# Notes\n\n**Action** – circulate the draft plan to members (Chief Constable, by 14 "
         "April).\n", "notes.md", "Force", "2025-04-14"),
    ],
)
def test_an_owner_written_beside_the_action(text: str, name: str, owner: str,
                                            due: str) -> None:
    [action] = extract_actions(paper_of(text, name))
    assert (action.owner, action.due) == (owner, due)
