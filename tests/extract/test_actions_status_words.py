"""Status where a paper puts it: a "Current position" column ("Complete (Blue)", "Not yet
due"), or a list item's status after a colon ("...: complete") (invented papers, three
house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="board_notes",  # type: ignore[arg-type]
                 date="2025-03-12")


LOG_MD = (
    "| Action Ref | Action | Action Owner | Target Completion | Current Position |\n"
    "|---|---|---|---|---|\n"
    "| 24/05 | Publish the stop search data | Supt Hale | 30.06.25 | Complete (Blue) |\n"
    "| 24/07 | Report on knife crime | ACC Ops | end Q2 2025/26 | Not yet due |\n"
)
LOG_HTML = (
    "<table><tr><th>No.</th><th>Action</th><th>Lead</th><th>Due</th><th>Position</th></tr>"
    "<tr><td>1</td><td>Publish the stop search data</td><td>OPCC</td><td>June 2025</td>"
    "<td>Complete</td></tr><tr><td>2</td><td>Report on knife crime</td><td>DCC</td>"
    "<td>July 2025</td><td>Not yet due</td></tr></table>"
)
LIST_TXT = (
    "Actions arising from the previous meeting\n\n"
    "- Head of Finance to share the budget papers: complete\n"
    "- OPCC to publish the plan: ongoing\n"
)


@pytest.mark.parametrize(("text", "name"), [(LOG_MD, "log.md"), (LOG_HTML, "log.html"),
                                            (LIST_TXT, "list.txt")])
def test_a_status_where_the_paper_puts_it(text: str, name: str) -> None:
    actions = extract_actions(paper_of(text, name))
    assert [a.status for a in actions] == ["discharged", "open"]
