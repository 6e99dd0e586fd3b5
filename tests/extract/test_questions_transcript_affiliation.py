"""In a transcript, the bracket after the asker ("Cllr Ivy Rowe (Hale BC): ...?") is their
council, and the same member named again without it keeps it (invented papers, three
house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.questions import extract_questions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="minutes")  # type: ignore[arg-type]


LINES = [
    "Cllr Ivy Rowe (Hale BC): What proportion of burglaries are solved?",
    "Commissioner: About 6% of burglaries end in a charge.",
    "Cllr Ivy Rowe: Is that acceptable?",
    "Commissioner: No, and the Chief Constable has a plan.",
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("\n\n".join(LINES) + "\n", "notes.txt"),
        ("".join(f"<p>{line}</p>" for line in LINES), "notes.html"),
        ("\n\n".join(f"- {line}" for line in LINES) + "\n", "notes.md"),
    ],
)
def test_a_transcript_askers_council(text: str, name: str) -> None:
    questions = extract_questions(paper_of(text, name))
    assert [(q.asker, q.affiliation, q.respondent) for q in questions] == [
        ("Cllr Ivy Rowe", "Hale BC", "Commissioner")] * 2
