"""A question that opens with a label naming its asker ("Cllr Ada Vine (Kelby Borough
Council): How many ...?", "From Mr Tom Ree, Kelby: ...") gives the asker and council, and
the question is the words after the label (invented papers, three house styles)."""

from __future__ import annotations

from scrutiny.extract.questions import extract_questions
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes

ROWS = [["No.", "Question", "Response"],
        ["1", "Cllr Ada Vine (Kelby Borough Council): How many officers are based in Kelby?",
         "There are 88."],
        ["2", "From Mr Tom Ree, Kelby: When will the station reopen?", "In May."]]
EXPECTED = [("Cllr Ada Vine", "Kelby Borough Council", "How many officers are based in Kelby?"),
            ("Mr Tom Ree", None, "When will the station reopen?")]


def found(paper: Paper) -> list[tuple[str | None, str | None, str]]:
    return [(q.asker, q.affiliation, q.question) for q in extract_questions(paper)]


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="questions")  # type: ignore[arg-type]


def test_asker_labels_in_a_markdown_table() -> None:
    text = "| No. | Question | Response |\n|---|---|---|\n" + "".join(
        "| " + " | ".join(row) + " |\n" for row in ROWS[1:])
    assert found(paper_of(text, "questions.md")) == EXPECTED


def test_asker_labels_in_an_html_table() -> None:
    text = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ROWS
    ) + "</table>"
    assert found(paper_of(text, "questions.html")) == EXPECTED


def test_asker_labels_in_a_docx_table() -> None:
    builder = DocumentBuilder("questions.docx", "docx")
    builder.extend([Block("table", "", rows=ROWS)])
    document = builder.build()
    assert found(Paper(document, 0, len(document.blocks), kind="questions")) == EXPECTED


def test_a_topic_label_is_no_asker() -> None:
    text = ("| No. | Question | Response |\n|---|---|---|\n"
            "| 1 | Rural crime: how many thefts were reported? | 140 thefts. |\n")
    [question] = extract_questions(paper_of(text, "questions.md"))
    assert question.asker is None
