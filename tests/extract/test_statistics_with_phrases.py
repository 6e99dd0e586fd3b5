"""'with' after 'satisfied', 'dealt', 'associated', 'charged' is part of the noun
("victims satisfied with the service"), not a new clause, in three invented house styles.
Negative: ', with 312 offences' still starts a clause of its own."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def measures_in(text: str, name: str) -> dict[float, str]:
    document = read_bytes(text.encode(), name)
    found: list[Statistic] = extract_statistics(Paper(document, 0, len(document.blocks)))
    return {s.value: s.measure.lower() for s in found}


TEXT = """Dunmarsh Police and Crime Panel - performance

The proportion of victims satisfied with the service was 74.2% in the quarter.
"""

MARKDOWN = """# Keldon OPCC update

* The number of incidents dealt with by the neighbourhood team was 1,406 this year.
"""

HTML = """<html><body><h1>Rothley Constabulary</h1>
<p>Offences associated with the night-time economy rose by 8.3% in the year.</p>
<p>Burglary has risen, with 412 offences in the year.</p></body></html>"""


def test_text_satisfied_with_stays_in_the_noun() -> None:
    assert "satisfied with the service" in measures_in(TEXT, "performance.txt")[74.2]


def test_markdown_dealt_with_stays_in_the_noun() -> None:
    assert "incidents dealt with" in measures_in(MARKDOWN, "update.md")[1406]


def test_html_associated_with_and_a_with_clause() -> None:
    measures = measures_in(HTML, "board.html")
    assert "associated with the night-time economy" in measures[8.3]
    assert measures[412].startswith("burglary")
