"""An asker given in a field between a question and its answer ("Asked by: Cllr X (Y
Council)", "Submitted by: Mr Z"), and a lead-in naming the asker's town ("Mrs A Smith of
Hollowby asked: ...") (invented papers, three house styles)."""

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
        ("QUESTIONS\n\nQuestion: How will the precept be spent?\nAsked by: Cllr Dee Holt "
         "(Fenby Town Council)\nResponse (PCC): The precept funds 40 officers.\n",
         "questions.txt"),
        ("<p>Question: How will the precept be spent?</p><p>Asked by: Cllr Dee Holt (Fenby "
         "Town Council)</p><p>Answer: The precept funds 40 officers.</p>", "questions.html"),
        ("**Question:** How will the precept be spent?\n\n**Submitted by:** Cllr Dee Holt "
         "(Fenby Town Council)\n\n**Answer:** The precept funds 40 officers.\n",
         "questions.md"),
    ],
)
def test_an_asked_by_field_names_the_asker(text: str, name: str) -> None:
    [question] = extract_questions(paper_of(text, name))
    assert (question.asker, question.affiliation) == ("Cllr Dee Holt", "Fenby Town Council")
    assert question.question == "How will the precept be spent?"
    assert question.answer == "The precept funds 40 officers."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Public Question Time\n\n1. Mrs A Smith of Hollowby asked: When will the Hollowby "
         "office reopen?\n\nThe Commissioner replied: The office will reopen in June.\n",
         "pq.txt"),
        ("<p><b>Q1. Mrs A Smith of Hollowby asked:</b> When will the Hollowby office "
         "reopen?</p><p>A1. The Commissioner replied that it would reopen in June.</p>",
         "pq.html"),
        ("**Q1. Mrs A Smith of Hollowby asked:** When will the Hollowby office reopen?\n\n"
         "A1. The Commissioner replied that it would reopen in June.\n", "pq.md"),
    ],
)
def test_a_lead_in_with_the_askers_town(text: str, name: str) -> None:
    [question] = extract_questions(paper_of(text, name))
    assert (question.asker, question.affiliation) == ("Mrs A Smith", None)
