"""An action log headed in plain words ("What | Who | When | Status"), and a promise
whose recipient follows "with" ("share the reply with Members") (invented papers, three
house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import extract_actions
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes

ROWS = [["What", "Who", "When", "Status"],
        ["Circulate the rota review", "DCC", "30/04/2025", "Open"],
        ["Publish the plan", "OPCC", "May 2025", "Done"]]
EXPECTED = [("Force", "2025-04-30", "open"), ("OPCC", "2025-05", "discharged")]


def paper_of(text: str, name: str, kind: str = "board_notes") -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind=kind,  # type: ignore[arg-type]
                 date="2025-03-12")


def test_a_plain_words_log_in_markdown() -> None:
    text = "\n".join("| " + " | ".join(r) + " |" for r in ROWS[:1]) + "\n|---|---|---|---|\n"
    text += "\n".join("| " + " | ".join(r) + " |" for r in ROWS[1:]) + "\n"
    assert [(a.owner, a.due, a.status) for a in extract_actions(paper_of(text, "log.md"))] \
        == EXPECTED


def test_a_plain_words_log_in_html() -> None:
    cells = "".join(f"<th>{c}?</th>" if c in ("Who", "When") else f"<th>{c}</th>"
                    for c in ROWS[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS[1:])
    text = f"<table><tr>{cells}</tr>{body}</table>"
    assert [(a.owner, a.due, a.status) for a in extract_actions(paper_of(text, "log.html"))] \
        == EXPECTED


def test_a_plain_words_log_in_docx() -> None:
    builder = DocumentBuilder("log.docx", "docx")
    builder.extend([Block("table", "", rows=ROWS)])
    document = builder.build()
    actions = extract_actions(Paper(document, 0, len(document.blocks), kind="board_notes",
                                    date="2025-03-12"))
    assert [(a.owner, a.due, a.status) for a in actions] == EXPECTED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minutes\n\nThe Commissioner would write to the Home Secretary about the funding "
         "formula and share the reply with Members.\n", "minutes.txt"),
        ("<p>The Commissioner agreed to share the legal advice with the Panel.</p>",
         "minutes.html"),
        ("# Minutes\n\nThe Commissioner said that she would share the survey results with "
         "all Members.\n", "minutes.md"),
    ],
)
def test_a_promise_to_share_with_members(text: str, name: str) -> None:
    [action] = extract_actions(paper_of(text, name, kind="minutes"))
    assert (action.owner, action.due) == ("PCC", None)


def test_a_promise_to_consider_is_not_an_action() -> None:
    text = "Minutes\n\nThe Chief Constable would consider whether the figures could be shared.\n"
    assert extract_actions(paper_of(text, "minutes.txt", kind="minutes")) == []
