"""Action logs and action lines in more layouts (invented papers in Markdown, HTML and
text): a dotted two-digit-year deadline ("31.10.24"), tables that are not action logs (a
work programme's Meeting / Item / Lead, a scorecard whose "satisfaction" column is not an
action column), numbered lines under "Actions agreed" ("A1. Force to ..."), and an
"ACTION: Force to ..." line in an inspection progress report.
"""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import due_cell, extract_actions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str, kind: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind=kind,  # type: ignore[arg-type]
                 date="2024-09-19")


@pytest.mark.parametrize(
    ("cell", "due"),
    [("31.10.24", "2024-10-31"), ("06.03.25", "2025-03-06"), ("30-11-24", "2024-11-30"),
     ("Ongoing", None)],
)
def test_a_numeric_deadline_with_a_two_digit_year(cell: str, due: str | None) -> None:
    assert due_cell(cell, "2024-09-19") == due


_LOG = [["Ref", "Action", "Owner", "Deadline", "Status"],
        ["A24/12", "OPCC to circulate the commissioning plan.", "OPCC", "31.10.24", "Complete"]]


def _table(rows: list[list[str]], name: str) -> str:
    if name.endswith(".html"):
        return "<table>" + "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    if name.endswith(".md"):
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]) + "\n"
    return "\n".join("\t".join(r) for r in rows) + "\n"


@pytest.mark.parametrize("name", ["log.md", "log.html", "log.txt"])
def test_a_dotted_deadline_in_an_action_log(name: str) -> None:
    [action] = extract_actions(paper_of(_table(_LOG, name), name, "board_notes"))
    assert (action.ref, action.due, action.status) == ("A24/12", "2024-10-31", "discharged")


_PROGRAMME = [["Meeting", "Item", "Purpose", "Lead"],
              ["26 June 2025", "Election of Chair", "Statutory", "Democratic Services"],
              ["", "Treasury management", "Scrutiny", "Chief Finance Officer"]]
_SCORECARD = [["Quarter", "Victim satisfaction (%)", "Within target (%)", "RAG"],
              ["Q1 2024/25", "71.5", "81.0", "A"], ["Q2 2024/25", "72.8", "82.4", "G"]]


@pytest.mark.parametrize("name", ["t.md", "t.html", "t.txt"])
def test_a_work_programme_and_a_scorecard_are_not_action_logs(name: str) -> None:
    assert extract_actions(paper_of(_table(_PROGRAMME, name), name, "work_programme")) == []
    assert extract_actions(paper_of(_table(_SCORECARD, name), name, "board_notes")) == []


_AGREED = ["Actions agreed at the Board",
           "A1. Force to provide the PFCC with rural crime by beat, by 17/01/2025.",
           "A2. FRS to report on on-call vacancies to the next Board.",
           "Date of next Board: Tuesday 21 January 2025."]


@pytest.mark.parametrize("name", ["n.md", "n.html", "n.txt"])
def test_numbered_lines_under_actions_agreed(name: str) -> None:
    text = ("".join(f"<p>{line}</p>" for line in _AGREED) if name.endswith(".html")
            else "\n\n".join(_AGREED) + "\n")
    first, second = extract_actions(paper_of(text, name, "questions"))
    assert (first.ref, first.owner, first.due) == ("A1", "Force", "2025-01-17")
    assert (second.ref, second.owner, second.due) == ("A2", "FRS", "2025-01-21")


@pytest.mark.parametrize("name", ["r.md", "r.html", "r.txt"])
def test_an_action_line_in_an_inspection_progress_report(name: str) -> None:
    lines = ["Action: the force has introduced a new referral triage process.",
             "ACTION: Force to bring a costed plan to the Board on 29 April 2025."]
    text = ("".join(f"<p>{line}</p>" for line in lines) if name.endswith(".html")
            else "\n\n".join(lines) + "\n")
    [action] = extract_actions(paper_of(text, name, "inspection_progress"))
    assert (action.owner, action.due) == ("Force", "2025-04-29")
