"""Who asked and who answered, in public-question papers of several house styles
(invented papers, forces, people and places).

The rules: an asker's town or standing ("Hartsfield", "resident, Eastcote") is not an
organisation, so the affiliation is null; a role before the body ("Chair, X Watch")
leaves the body; a heading whose dash a converter left as an HTML entity ("PQ1 &mdash;
Mrs X") still names the asker; a line ending with a colon that introduces the questions
("Questions from the PCC on the report, and the responses given:") names their asker; a
horizontal rule ends the answer above it; and the Commissioner's full title is the
respondent "Commissioner".
"""

from __future__ import annotations

import pytest

from scrutiny.extract.questions import extract_questions
from scrutiny.extract.questions.affiliation import organisation
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str, kind: str = "questions") -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Hartsfield", None),
        ("Burton upon Trent", None),
        ("resident, Eastcote", None),
        ("a local resident", None),
        ("Member of the public", None),
        ("Chair, Lower Brayford Neighbourhood Watch", "Lower Brayford Neighbourhood Watch"),
        ("Secretary of the Ashmoor Residents' Association", "Ashmoor Residents' Association"),
        ("Thornby Parish Council", "Thornby Parish Council"),
        ("Independent Member", "Independent Member"),
        ("Age UK Kelmoor", "Age UK Kelmoor"),
        (None, None),
    ],
)
def test_a_place_or_standing_is_not_an_organisation(
    printed: str | None, expected: str | None
) -> None:
    assert organisation(printed) == expected


MD_ENTITIES = (
    "# Kelmoor Police, Fire and Crime Panel\n\n"
    "## Public questions to the Police, Fire and Crime Commissioner and the "
    "Commissioner's written answers\n\n"
    "### PQ1 &mdash; Mrs Olive Tarrant, Brindley\n\n"
    "**Question:** Will the Commissioner fund more speed checks on the B4410?\n\n"
    "**Answer:** The camera van visited the B4410 on nine occasions in the summer.\n\n"
    "### PQ2 &ndash; Mr Sol Adeyemi, Chair, Brindley Allotment Society\n\n"
    "**Question:** How many sheds were broken into this year?\n\n"
    "**Answer:** Response to follow.\n\n"
    "---\n\n"
    "*Kelmoor Panel Support Team, Shire Hall, Brindley*\n"
)
TXT_HEADINGS = (
    "WRITTEN QUESTIONS TO THE POLICE AND CRIME COMMISSIONER\n\n"
    "Public question 1 - Mrs Olive Tarrant, Brindley\n\n"
    "Will the Commissioner fund more speed checks on the B4410?\n\n"
    "Response from the Police and Crime Commissioner:\n"
    "The camera van visited the B4410 on nine occasions in the summer.\n\n"
    "Public question 2 - Mr Sol Adeyemi (Chair, Brindley Allotment Society)\n\n"
    "How many sheds were broken into this year?\n\n"
    "Response from the Police and Crime Commissioner:\n"
    "Answer to follow.\n"
)
HTML_TABLE = (
    "<h2>Questions from members of the public to the Police and Crime Commissioner</h2>"
    "<table><tr><th>No.</th><th>Question from</th><th>Question</th><th>Answer</th></tr>"
    "<tr><td>1</td><td>Mrs Olive Tarrant, Brindley</td>"
    "<td>Will the Commissioner fund more speed checks on the B4410?</td>"
    "<td>The camera van visited the B4410 on nine occasions in the summer.</td></tr>"
    "<tr><td>2</td><td>Mr Sol Adeyemi, Chair, Brindley Allotment Society</td>"
    "<td>How many sheds were broken into this year?</td><td>Answer to follow</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [(MD_ENTITIES, "public-questions.md"), (TXT_HEADINGS, "public-questions.txt"),
     (HTML_TABLE, "public-questions.html")],
)
def test_public_askers_with_a_town_or_a_body(text: str, name: str) -> None:
    first, second = extract_questions(paper_of(text, name))
    assert (first.asker, first.affiliation, first.respondent) == (
        "Mrs Olive Tarrant", None, "Commissioner")
    assert first.answer == "The camera van visited the B4410 on nine occasions in the summer."
    assert (second.asker, second.affiliation, second.answer) == (
        "Mr Sol Adeyemi", "Brindley Allotment Society", None)


def test_a_horizontal_rule_ends_the_answer_above_it() -> None:
    text = (
        "### PQ1 — Mr Ned Corley, Fallowby Rural Forum\n\n"
        "**Question:** How many rural officers are there?\n\n"
        "**Answer:** There are six rural officers.\n\n"
        "* * *\n\n"
        "Fallowby Panel Secretariat, Market Street, Fallowby\n"
    )
    [question] = extract_questions(paper_of(text, "rule.md"))
    assert question.answer == "There are six rural officers."


LEAD_IN_HTML = (
    "<h2>2. Performance report</h2>"
    "<p>Questions from the PCC on the report, and the responses given:</p>"
    "<p>Q: Why did 999 answer times lengthen in June?</p>"
    "<p>Response (Chief Constable): Two call handlers left and were replaced in July.</p>"
)
LEAD_IN_TXT = (
    "3. Finance update\n\n"
    "Questions put by the Commissioner, with the answers given by the Force:\n\n"
    "Q: Why did 999 answer times lengthen in June?\n\n"
    "A: Two call handlers left and were replaced in July.\n"
)
LEAD_IN_MD = (
    "## 4. Custody\n\n"
    "Questions asked by the PFCC during the item:\n\n"
    "**Why did 999 answer times lengthen in June?**\n\n"
    "Two call handlers left and were replaced in July.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "asker"),
    [(LEAD_IN_HTML, "notes.html", "PCC"), (LEAD_IN_TXT, "notes.txt", "Commissioner"),
     (LEAD_IN_MD, "notes.md", "PFCC")],
)
def test_a_lead_in_line_names_the_asker(text: str, name: str, asker: str) -> None:
    [question] = extract_questions(paper_of(text, name, kind="board_notes"))
    assert question.asker == asker
    assert question.question == "Why did 999 answer times lengthen in June?"
    assert question.answer == "Two call handlers left and were replaced in July."
