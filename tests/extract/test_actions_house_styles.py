"""Rules for action house styles met outside the Kent corpus (invented examples)."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str, kind: str = "minutes", date: str | None = None) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind=kind, date=date)  # type: ignore[arg-type]


TRACKER_MD = (
    "| Report | Kind | Ref | Description | Lead | Target date | Status |\n"
    "|---|---|---|---|---|---|---|\n"
    "| PEEL 2024 | AFI | 1 | The force should record crime well. | DCC | 31/03/2025 | Amber |\n"
    "| PEEL 2024 | AFI | 2 | The force should answer 101 calls sooner. | ACC | 30/06/2025 | Red |\n"
    "| Custody 2023 | Recommendation | 3 | Cells should be cleaned daily. | Supt | 31/12/2024 | "
    "Green |\n"
)
TRACKER_HTML = (
    "<table><tr><th>Inspection</th><th>Type</th><th>No.</th><th>Action</th><th>Owner</th>"
    "<th>Due</th></tr>"
    "<tr><td>Vetting 2024</td><td>Area for improvement</td><td>4</td>"
    "<td>Vetting decisions should be recorded.</td><td>PSD</td><td>May 2025</td></tr>"
    "<tr><td>Vetting 2024</td><td>Cause of concern</td><td>5</td>"
    "<td>The force should clear its vetting backlog.</td><td>PSD</td><td>June 2025</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(("text", "name"), [(TRACKER_MD, "tracker.md"),
                                           (TRACKER_HTML, "tracker.html")])
def test_an_inspection_tracker_is_not_an_action_log(text: str, name: str) -> None:
    assert extract_actions(paper_of(text, name, kind="other")) == []


def test_an_action_log_with_a_type_column_is_still_an_action_log() -> None:
    text = (
        "| Ref | Type | Action | Owner | Due |\n|---|---|---|---|---|\n"
        "| A1 | Briefing | Brief members on the 101 figures | Force | 31/03/2025 |\n"
        "| A2 | Report | Report the vetting backlog to the board | DCC | 30/04/2025 |\n"
    )
    assert len(extract_actions(paper_of(text, "log.md", kind="board_notes"))) == 2


@pytest.mark.parametrize(
    ("sentence", "owner", "due"),
    [
        ("The Chief Executive confirmed that it had and undertook to circulate the plan to "
         "Members by 12 April 2025.", "OPCC", "2025-04-12"),
        ("The Commissioner accepted the point, and agreed to provide the Panel with the "
         "figures by 30 May 2025.", "PCC", "2025-05-30"),
    ],
)
def test_a_promise_after_and_in_minutes(sentence: str, owner: str, due: str) -> None:
    [action] = extract_actions(paper_of(sentence, "minutes.txt", date="2025-03-01"))
    assert (action.owner, action.due) == (owner, due)


@pytest.mark.parametrize(
    ("line", "ref", "owner", "due"),
    [
        ("New action: 12/3 – DCC to provide the rota review by 4 July 2025.", "12/3", "Force",
         "2025-07-04"),
        ("Agreed action: A7 - Chief Constable to circulate the 101 plan by 30 June 2025.",
         "A7", "Force", "2025-06-30"),
    ],
)
def test_a_labelled_new_action_with_its_reference(
    line: str, ref: str, owner: str, due: str
) -> None:
    [action] = extract_actions(paper_of(line, "notes.txt", kind="board_notes",
                                        date="2025-05-01"))
    assert (action.ref, action.owner, action.due) == (ref, owner, due)
    assert line.endswith(action.text)  # the printed owner stays in the text
