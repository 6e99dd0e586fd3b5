"""A due date printed as day and month only ("w/c 7/4", "14/04", "21.7") is read the UK way
and takes the next such day after the meeting (invented papers, three house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import due_cell, extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="board_notes",  # type: ignore[arg-type]
                 date="2025-03-12")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("| Ref | Action | Owner | Due |\n|---|---|---|---|\n"
         "| 1 | Circulate the rota review | DCC | w/c 7/4 |\n", "log.md"),
        ("<table><tr><th>No.</th><th>Action</th><th>Lead</th><th>Deadline</th></tr>"
         "<tr><td>1</td><td>Circulate the rota review</td><td>DCC</td><td>07/04</td></tr>"
         "</table>", "log.html"),
        ("Action no: 1\nDescription: Circulate the rota review\nOwner: DCC\nDue date: 7.4\n"
         "Status: Open\n", "card.txt"),
    ],
)
def test_a_day_and_month_due(text: str, name: str) -> None:
    [action] = extract_actions(paper_of(text, name))
    assert action.due == "2025-04-07"


def test_a_day_and_month_before_the_meeting_is_next_year() -> None:
    assert due_cell("3/2", "2025-03-12") == "2026-02-03"
    assert due_cell("13/13", "2025-03-12") is None
