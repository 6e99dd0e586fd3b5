"""A question table whose column headers say who asked and who answered ("Question (PCC)
| Response (Force)") gives every row that asker and respondent, before a section heading
that names the asker another way (invented papers, three house styles)."""

from __future__ import annotations

from scrutiny.extract.questions import extract_questions
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="notes")  # type: ignore[arg-type]


MD = (
    "## Questions from the Police, Fire and Crime Commissioner to the Constabulary\n\n"
    "| Ref | Question (PFCC) | Response (Constabulary) |\n"
    "|---|---|---|\n"
    "| B/1 | How many PCSOs are in post in the rural wards? | 41 PCSOs were in post at the "
    "end of May. |\n"
    "| B/2 | When will the drone unit be staffed? | Response to follow. |\n"
)

HTML = (
    "<h2>Board questions</h2><table><tr><th>No.</th><th>Query (Commissioner)</th>"
    "<th>Reply (Chief Constable)</th></tr>"
    "<tr><td>1</td><td>Why did burglary outcomes fall in the spring?</td>"
    "<td>Two investigators left the team and the posts are now filled.</td></tr></table>"
)


def test_a_markdown_table_header_names_the_asker_and_respondent() -> None:
    questions = extract_questions(paper_of(MD, "board.md"))
    assert [(q.asker, q.respondent, q.answer is None) for q in questions] == [
        ("PFCC", "Constabulary", False), ("PFCC", "Constabulary", True)]


def test_an_html_table_header_names_the_asker() -> None:
    [question] = extract_questions(paper_of(HTML, "board.html"))
    assert (question.asker, question.respondent) == ("Commissioner", "Chief Constable")


def test_a_docx_table_header_names_the_asker_over_the_heading() -> None:
    builder = DocumentBuilder("board.docx", "docx")
    builder.extend([
        Block("heading", "Questions raised by Members", level=2),
        Block("table", "", rows=[
            ["Item", "Questions (from the Chair)", "Answer (OPCC)"],
            ["4", "Is the victims' hub contract out to tender yet?",
             "The tender closes on 30 June and the award follows in August."],
        ]),
    ])
    document = builder.build()
    [question] = extract_questions(Paper(document, 0, len(document.blocks), kind="notes"))
    assert (question.asker, question.respondent) == ("Chair", "OPCC")


def test_a_header_without_brackets_names_no_asker() -> None:
    text = ("| No. | Question | Answer |\n|---|---|---|\n"
            "| 1 | Will the custody suite open on time? | It opens in July. |\n")
    [question] = extract_questions(paper_of(text, "questions.md"))
    assert question.asker is None
