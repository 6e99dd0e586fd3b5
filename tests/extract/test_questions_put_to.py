"""A question heading that says whom the question was put to ("Question from Cllr X to
the Commissioner") names the asker without the addressee (invented papers, three house
styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.questions import extract_questions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="questions")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("<h3>Question from Councillor Liam Ford to the Commissioner</h3><p>Will the "
         "Commissioner fund more PCSOs in Brackley?</p><h4>Response</h4><p>Six more PCSOs "
         "are funded this year.</p>", "questions.html", None),
        ("## Question 2 from Cllr Liam Ford, Brackley District Council, to the Police, Fire "
         "and Crime Commissioner\n\nWill the Commissioner fund more PCSOs in Brackley?\n\n"
         "Answer: Six more PCSOs are funded this year.\n", "questions.md",
         "Brackley District Council"),
        ("QUESTION 3 - FROM CLLR LIAM FORD TO THE CHIEF CONSTABLE\n\nWill the Force post more "
         "PCSOs in Brackley?\n\nResponse: Six more PCSOs are posted this year.\n",
         "questions.txt", None),
    ],
)
def test_the_addressee_is_not_part_of_the_asker(text: str, name: str,
                                                affiliation: str | None) -> None:
    [question] = extract_questions(paper_of(text, name))
    assert question.asker is not None
    assert question.asker.lower() in ("councillor liam ford", "cllr liam ford")
    assert question.affiliation == affiliation
