"""Labels a text reader runs into the line below them (invented papers, three layouts).

"Supplementary question" and "Answer" set on lines of their own reach a plain-text or PDF
reader as the first words of the question and answer ("Supplementary question Will the
operation continue?", "Answer Yes, it is funded ..."). The supplementary is still asked by
the member above it, the answer is still the words after its label, and an answer among
a paper's first lines ("Answer from the Commissioner There were ...") does not name the
paper's respondent as if it were a title.
"""

from __future__ import annotations

import pytest

from scrutiny.extract.questions import extract_questions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="questions")  # type: ignore[arg-type]


TXT = (
    "1. Question from Councillor Ray Hood (Brindleford City Council)\n"
    "What is the Force doing about off-road bikes?\n\n"
    "Answer from the Police and Crime Commissioner\n"
    "Operation Throttle has seized 41 bikes since May.\n\n"
    "Supplementary question\nWill the operation continue into the summer?\n\n"
    "Answer\nYes, it is funded until September 2025.\n"
)
MD = (
    "### Question 1 - from Councillor Ray Hood (Brindleford City Council)\n\n"
    "What is the Force doing about off-road bikes?\n\n"
    "**Answer:** Operation Throttle has seized 41 bikes since May.\n\n"
    "Supplementary question Will the operation continue into the summer?\n\n"
    "Answer Yes, it is funded until September 2025.\n"
)
HTML = (
    "<h3>Question 1 - from Councillor Ray Hood (Brindleford City Council)</h3>"
    "<p>What is the Force doing about off-road bikes?</p>"
    "<p>Response: Operation Throttle has seized 41 bikes since May.</p>"
    "<p>Supplementary question Will the operation continue into the summer?</p>"
    "<p>Answer Yes, it is funded until September 2025.</p>"
)


@pytest.mark.parametrize(("text", "name"), [(TXT, "q.txt"), (MD, "q.md"), (HTML, "q.html")])
def test_a_supplementary_label_run_into_its_question(text: str, name: str) -> None:
    first, second = extract_questions(paper_of(text, name))
    assert first.answer == "Operation Throttle has seized 41 bikes since May."
    assert (second.asker, second.affiliation) == (
        "Councillor Ray Hood", "Brindleford City Council")
    assert second.question == "Will the operation continue into the summer?"
    assert second.answer == "Yes, it is funded until September 2025."


def test_an_answer_among_the_first_lines_is_not_a_title() -> None:
    text = (
        "Question from Mr Tom Weller, Ashcombe\n\n"
        "How many burglaries were recorded in Ashcombe last year?\n\n"
        "Answer from the Police and Crime Commissioner\n"
        "There were 214 burglaries recorded in Ashcombe in 2024.\n\n"
        "Question from Mrs Jo Patel, Ashcombe\n\n"
        "Will the front counter reopen?\n\n"
        "Yes, in April.\n"
    )
    first, second = extract_questions(paper_of(text, "q.txt"))
    assert first.respondent == "Commissioner"
    assert second.respondent is None  # no label and no title names who answered
