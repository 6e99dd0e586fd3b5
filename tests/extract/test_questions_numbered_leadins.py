"""Numbered question-and-answer pairs whose question opens with its asker ("Q1. Cllr X
(Y Council) asked: ...") and whose answer opens with its number ("A1. The Commissioner
..."): the asker and council come from the lead-in, the answer loses its label
(invented papers, three house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.questions import extract_questions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="questions")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("<h2>Members' questions</h2><p><b>Q1. Cllr Ann Ray (Marford District Council) asked:"
         "</b> How many PCSOs work in Marford?</p><p><b>A1.</b> The Commissioner responded "
         "that there were 24.</p>", "questions.html"),
        ("## Members' questions\n\n**Q1. Cllr Ann Ray (Marford District Council) asked:** How "
         "many PCSOs work in Marford?\n\nA1. The Commissioner responded that there were 24.\n",
         "questions.md"),
        ("MEMBERS' QUESTIONS\n\nQ1. Cllr Ann Ray (Marford District Council) asked: How many "
         "PCSOs work in Marford?\n\nA1. The Commissioner responded that there were 24.\n",
         "questions.txt"),
    ],
)
def test_a_numbered_pair_with_the_asker_in_the_lead_in(text: str, name: str) -> None:
    [question] = extract_questions(paper_of(text, name))
    assert (question.asker, question.affiliation, question.respondent) == (
        "Cllr Ann Ray", "Marford District Council", "Commissioner")
    assert question.answer is not None
    assert question.answer.startswith("The Commissioner responded")


def test_a_lead_in_that_is_no_person_names_no_asker() -> None:
    text = ("<h2>Questions</h2><p><b>The Panel asked: Is the estate plan funded?</b></p>"
            "<p>Answer: It is funded to 2027.</p>")
    questions = extract_questions(paper_of(text, "questions.html"))
    assert all(q.asker != "The Panel" for q in questions)
