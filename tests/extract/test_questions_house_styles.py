"""Rules for question house styles met outside the Kent corpus (invented examples).

Each rule is written for the layout, not for one paper: heading codes ("PQ1", "MQ2",
"Public question 3") before an asker and their town or council; an answer label on a line
of its own that a plain-text reader runs into the answer; a reply in the question's own
sentence after a semicolon; a title row above a question table's header; and promises in
written answers, which are answers, not actions.
"""

from __future__ import annotations

import pytest

from scrutiny.extract.actions import extract_actions
from scrutiny.extract.questions import answer_label, extract_questions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str = "paper.md", kind: str = "questions") -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("heading", "asker", "affiliation"),
    [
        ("### PQ1 — Mrs Ann Example, Townsville", "Mrs Ann Example", None),
        ("### MQ12 – Cllr Bo Lane (Dale Council)", "Cllr Bo Lane", "Dale Council"),
        ("## WQ3 - Dr Cy Moss, Fenby Parish Council", "Dr Cy Moss", "Fenby Parish Council"),
        ("### Public question 4 — Mr Di Holt, Upton", "Mr Di Holt", None),
        ("### PQ/6 — Ms Fay Orr, Kirkby", "Ms Fay Orr", None),
        ("### PQ7 — Mx Gus Hale, Kirkby", "Mx Gus Hale", None),
        ("### PQ8 — Revd Hal Ince (Kirkby)", "Revd Hal Ince", None),
        ("### Written question 9 — Ivy Jones, Kirkby Town Council", "Ivy Jones",
         "Kirkby Town Council"),
        ("### Members' question 5 — Councillor Ed Rye", "Councillor Ed Rye", None),
    ],
)
def test_coded_question_headings_name_the_asker(
    heading: str, asker: str, affiliation: str | None
) -> None:
    paper = paper_of(f"{heading}\n\nHow many officers work nights?\n\nThirty-two officers.\n")
    [question] = extract_questions(paper)
    assert (question.asker, question.affiliation) == (asker, affiliation)
    assert question.question == "How many officers work nights?"
    assert question.answer == "Thirty-two officers."


def test_question_and_answer_labels_under_a_coded_heading() -> None:
    text = (
        "### PQ2 — Mr Gil Penn, Ashby\n\n**Question:** Why was the station closed?\n\n"
        "**Response of the Commissioner:** It moved to the fire station.\n"
    )
    [question] = extract_questions(paper_of(text))
    assert (question.asker, question.affiliation, question.respondent) == (
        "Mr Gil Penn", None, "Commissioner")
    assert (question.question, question.answer) == (
        "Why was the station closed?", "It moved to the fire station.")


@pytest.mark.parametrize(
    ("text", "respondent", "rest"),
    [
        ("Answer from the Police and Crime Commissioner Eight PCSOs start in May.",
         "Police and Crime Commissioner", "Eight PCSOs start in May."),
        ("Response from the Chief Constable The review ends in June.",
         "Chief Constable", "The review ends in June."),
        # a label ending in a colon keeps its whole name
        ("Response from the Force Control Room: calls are answered in 9 seconds.",
         "Force Control Room", "calls are answered in 9 seconds."),
    ],
)
def test_answer_label_run_into_the_answer(text: str, respondent: str, rest: str) -> None:
    assert answer_label(text) == (respondent, rest)


def test_numbered_questions_with_run_on_labels_and_one_to_follow() -> None:
    text = (
        "1. Question from Mr Al Bray, Oxley\nWhy did the front counter close?\n\n"
        "Answer from the Police and Crime Commissioner\nStaff moved to the contact centre.\n\n"
        "2. Question from Ms Bea Cole, Oxley Town Council\nWhen will it reopen?\n\n"
        "Answer from the Police and Crime Commissioner\nResponse to follow.\n"
    )
    first, second = extract_questions(paper_of(text, "questions.txt"))
    assert (first.respondent, first.answer) == (
        "Commissioner", "Staff moved to the contact centre.")
    assert (second.asker, second.affiliation) == ("Ms Bea Cole", "Oxley Town Council")
    assert second.answer is None


@pytest.mark.parametrize(
    ("sentence", "question", "respondent", "answer"),
    [
        ("Councillor Al Roe asked whether cameras would be fitted; the Commissioner replied "
         "that they would.", "Councillor Al Roe asked whether cameras would be fitted",
         "Commissioner", "the Commissioner replied that they would."),
        ("Cllr Bea Fox queried the cost, to which the PCC responded that it was £2m.",
         "Cllr Bea Fox queried the cost", "PCC", "the PCC responded that it was £2m."),
        ("Cllr Cy Hunt asked about patrols; in response, the Chief Constable explained that "
         "they were protected.", "Cllr Cy Hunt asked about patrols", "Chief Constable",
         "in response, the Chief Constable explained that they were protected."),
    ],
)
def test_reply_in_the_questions_own_sentence(
    sentence: str, question: str, respondent: str, answer: str
) -> None:
    [found] = extract_questions(paper_of(sentence, "minutes.txt", kind="minutes"))
    assert (found.question, found.respondent, found.answer) == (question, respondent, answer)


def test_a_second_ask_after_a_semicolon_is_no_reply() -> None:
    text = "Cllr Di Lee asked whether cameras worked; she also asked how many there were."
    assert extract_questions(paper_of(text, "minutes.txt", kind="minutes")) == []


def test_promise_in_a_written_answer_is_not_an_action() -> None:
    text = (
        "## Question 1 — from Cllr Al Roe (Oxley Borough Council)\n\n"
        "How many officers were recruited?\n\n"
        "Forty. The Commissioner would provide the Panel with a breakdown by 30 May 2025.\n"
    )
    paper = paper_of(text)
    assert len(extract_questions(paper)) == 1
    assert extract_actions(paper) == []


def test_promise_made_in_debate_is_still_an_action() -> None:
    text = (
        "Cllr Al Roe asked how many officers were recruited; the Commissioner replied that "
        "forty had joined.\n\nThe Commissioner said that he would provide the Panel with a "
        "breakdown by 30 May 2025.\n"
    )
    [action] = extract_actions(paper_of(text, "minutes.txt", kind="minutes"))
    assert action.due == "2025-05-30"


def test_title_row_above_a_question_table_header() -> None:
    text = (
        "<table><tr><td colspan='3'>Questions from the public</td></tr>"
        "<tr><th>Questioner</th><th>Question</th><th>Response from the PCC</th></tr>"
        "<tr><td>Mr Al Bray, Oxley</td><td>Why did the front counter close?</td>"
        "<td>Staff moved to the contact centre.</td></tr></table>"
    )
    [question] = extract_questions(paper_of(text, "minutes.html", kind="minutes"))
    assert (question.asker, question.affiliation, question.respondent) == (
        "Mr Al Bray", None, "PCC")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("### PQ1 — Mrs Ann Example, Townsville\n\n| Question | Response |\n|---|---|\n"
         "| How many officers work nights? | Thirty-two officers. |\n", "questions.md"),
        ("<h3>MQ4 – Cllr Ann Example, Townsville</h3><table><tr><td>Question</td>"
         "<td>How many officers work nights?</td></tr><tr><td>Answer</td>"
         "<td>Thirty-two officers.</td></tr></table>", "questions.html"),
        ("### 2. PQ1 — Mrs Ann Example, Townsville\n\nHow many officers work nights?\n\n"
         "Thirty-two officers.\n", "questions.md"),
    ],
    ids=["table-under-heading", "sideways-table-under-heading", "numbered-heading"],
)
def test_asker_in_the_heading_above_the_question(text: str, name: str) -> None:
    [question] = extract_questions(paper_of(text, name))
    assert question.asker in ("Mrs Ann Example", "Cllr Ann Example")
    assert question.affiliation is None  # a town is not an organisation
    assert (question.question, question.answer) == (
        "How many officers work nights?", "Thirty-two officers.")


def test_a_plain_numbered_heading_without_a_name_is_no_asker() -> None:
    text = "### Question 3 — Road Safety, Speed\n\nHow many cameras work?\n\nNine.\n"
    assert all(q.asker is None for q in extract_questions(paper_of(text)))


def test_question_and_answer_labels_run_together_under_a_heading() -> None:
    text = (
        "### PQ2 — Mr Gil Penn, Ashby\n**Question:** Why was the station closed?\n"
        "**Response from the Commissioner:** Response to follow.\n"
    )
    [question] = extract_questions(paper_of(text))
    assert (question.asker, question.respondent) == ("Mr Gil Penn", "Commissioner")
    assert (question.question, question.answer) == ("Why was the station closed?", None)
