"""Supplementary questions and askers named by a paper's short name (invented papers in
text, Markdown and HTML).

A supplementary put in reported speech after a written answer ("By way of a
supplementary question, Mr X asked whether ...") is a question of its own, not the end of
the answer above; a labelled "Supplementary question:" with a "Response:" is asked by the
member whose question it follows; "Questions from the Police, Fire and Crime Commissioner
(PFCC)" names the asker by the short name the paper gives.
"""

from __future__ import annotations

import pytest

from scrutiny.extract.questions import extract_questions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str, kind: str = "questions") -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind=kind)  # type: ignore[arg-type]


_REPORTED = [
    "Question 1 from Mr Alan Pengelly, Trewith",
    "Will the Commissioner fund a speed camera for Trewith?",
    "Response from the Commissioner",
    "The camera partnership will assess the road in the spring.",
    "By way of a supplementary question, Mr Pengelly asked whether the parish could help. "
    "The Commissioner replied that the partnership would welcome local data.",
]


@pytest.mark.parametrize("name", ["q.txt", "q.md", "q.html"])
def test_a_reported_supplementary_ends_the_answer_above(name: str) -> None:
    if name.endswith(".html"):
        text = "".join(f"<p>{line}</p>" for line in _REPORTED)
    else:
        text = "\n\n".join(_REPORTED) + "\n"
    first, second = extract_questions(paper_of(text, name, kind="minutes"))
    assert first.answer == "The camera partnership will assess the road in the spring."
    assert second.asker == "Mr Pengelly"
    assert second.answer is not None and second.answer.startswith("The Commissioner replied")


MD_LABELS = (
    "### Question 1 – Mr R Tallis, Hartwell\n\n"
    "**Question:** How many cars were broken into on Mill Lane?\n\n"
    "**Response:** Twelve thefts were recorded since October.\n\n"
    "**Supplementary question:** Will the Commissioner fund CCTV on Mill Lane?\n\n"
    "**Response:** The Safer Streets round opens in April.\n"
)
HTML_LABELS = (
    "<h3>Question 1 – Mr R Tallis, Hartwell</h3>"
    "<p><strong>Question:</strong> How many cars were broken into on Mill Lane?</p>"
    "<p><strong>Response:</strong> Twelve thefts were recorded since October.</p>"
    "<p><strong>Supplementary question:</strong> Will the Commissioner fund CCTV on Mill "
    "Lane?</p><p><strong>Response:</strong> The Safer Streets round opens in April.</p>"
)
TXT_LABELS = (
    "Question 1 - Mr R Tallis, Hartwell\n\n"
    "Question: How many cars were broken into on Mill Lane?\n\n"
    "Response: Twelve thefts were recorded since October.\n\n"
    "Supplementary question: Will the Commissioner fund CCTV on Mill Lane?\n\n"
    "Response: The Safer Streets round opens in April.\n"
)


@pytest.mark.parametrize(("text", "name"), [(MD_LABELS, "q.md"), (HTML_LABELS, "q.html"),
                                           (TXT_LABELS, "q.txt")])
def test_a_labelled_supplementary_is_asked_by_the_member_above(text: str, name: str) -> None:
    first, second = extract_questions(paper_of(text, name))
    assert (first.asker, second.asker) == ("Mr R Tallis", "Mr R Tallis")
    assert second.question == "Will the Commissioner fund CCTV on Mill Lane?"
    assert second.answer == "The Safer Streets round opens in April."


_SHORT_NAME = ("Questions from the Police, Fire and Crime Commissioner (PFCC) and responses "
               "from Brenmoor Police")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"STRATEGIC BOARD\n\n{_SHORT_NAME}\n\nQ1. Why did arrests fall?\n\n"
         "Response: Two teams were moved to response duties.\n", "q.txt"),
        (f"# Strategic Board\n\n## {_SHORT_NAME}\n\n**Q1. Why did arrests fall?**\n\n"
         "Two teams were moved to response duties.\n", "q.md"),
        (f"<h1>Strategic Board</h1><h2>{_SHORT_NAME}</h2><p>Q: Why did arrests fall?</p>"
         "<p>A: Two teams were moved to response duties.</p>", "q.html"),
    ],
)
def test_the_asker_by_the_short_name_the_paper_gives(text: str, name: str) -> None:
    [question] = extract_questions(paper_of(text, name))
    assert question.asker == "PFCC"
    assert question.answer == "Two teams were moved to response duties."
