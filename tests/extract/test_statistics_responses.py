"""What drew responses, in three invented house styles: "the Commissioner's road safety
survey received 2,204 responses" counts "road safety survey responses", not bare
"responses"; an owner ("the Commissioner's") and determiners are no part of the name.
Negative: responses with nothing named as receiving them stay as they are."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> list[Statistic]:
    document = read_bytes(text.encode(), name)
    return extract_statistics(Paper(document, 0, len(document.blocks)))


def measures_by_value(found: list[Statistic]) -> dict[float, str]:
    return {s.value: s.measure for s in found}


TEXT = """Tarnwick Police and Crime Panel - Written answers

Answer: The Commissioner's road safety survey received 2,204 responses; most asked for
more speed enforcement.
"""

MARKDOWN = """# Beltane Vale OPCC update

- The youth diversion consultation ran for six weeks in the autumn and attracted 387
  replies from young people.
"""

HTML = """<html><body><h1>Hexley Constabulary recruitment</h1>
<p>The detective recruitment campaign has received 164 applications.</p>
<p>We had 52 responses by the closing date.</p></body></html>"""


def test_text_owned_survey_names_its_responses() -> None:
    assert measures_by_value(statistics_in(TEXT, "answers.txt"))[2204] == \
        "Road safety survey responses"


def test_markdown_consultation_with_a_clause_between_names_its_replies() -> None:
    assert measures_by_value(statistics_in(MARKDOWN, "update.md"))[387].startswith(
        "Youth diversion consultation replies")


def test_html_campaign_applications_and_unnamed_responses() -> None:
    measures = measures_by_value(statistics_in(HTML, "recruitment.html"))
    assert measures[164].startswith("Detective recruitment campaign applications")
    assert "survey" not in measures.get(52, "").lower()
