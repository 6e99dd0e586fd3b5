"""Due dates counted from the meeting: "by the end of the financial year" (the March on or
after the meeting, UK), "by the end of this month", "by the end of the year" (invented
papers, three house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str, date: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="board_notes",  # type: ignore[arg-type]
                 date=date)


@pytest.mark.parametrize(
    ("text", "name", "date", "due"),
    [
        ("Board notes\n\nACTION: DCC to publish the vetting review by the end of the "
         "financial year.\n", "notes.txt", "2025-06-04", "2026-03"),
        ("<h2>Actions</h2><ul><li>OPCC to circulate the grant list by the end of this "
         "month.</li></ul>", "notes.html", "2025-06-04", "2025-06"),
        ("| Ref | Action | Owner | Due |\n|---|---|---|---|\n"
         "| 1 | Refresh the estates plan | Force | End of the financial year |\n",
         "log.md", "2025-02-11", "2025-03"),
    ],
)
def test_a_due_date_counted_from_the_meeting(text: str, name: str, date: str,
                                             due: str) -> None:
    [action] = extract_actions(paper_of(text, name, date))
    assert action.due == due
