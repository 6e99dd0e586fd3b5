"""A change stated in bare "points" ("rose by 3 points to 88%") is a change in a rate, in
percentage points, in three invented house styles. Negative: points that are not a change
("scored 7 points in the league") stay a count."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def found_in(text: str, name: str) -> dict[float, tuple[str, str]]:
    document = read_bytes(text.encode(), name)
    found: list[Statistic] = extract_statistics(Paper(document, 0, len(document.blocks)))
    return {s.value: (s.measure, s.unit) for s in found}


TEXT = """Brantholm Police - headlines

The share of 101 calls answered within five minutes rose by 4 points to 71% in June.
"""

MARKDOWN = """# Crossfell OPCC scorecard

- Victim satisfaction fell 2.5 points to 68.1% in the quarter.
"""

HTML = """<html><body><h1>Tollerby Constabulary</h1>
<p>The solved rate for burglary improved by 1.2 points in the year.</p>
<p>The force team scored 7 points in the regional league.</p></body></html>"""


def test_text_points_change_is_percentage_points() -> None:
    measure, unit = found_in(TEXT, "headlines.txt")[4]
    assert unit == "percentage_points" and measure.startswith("Increase in")
    assert not measure.endswith("(points)")


def test_markdown_points_change_is_percentage_points() -> None:
    assert found_in(MARKDOWN, "scorecard.md")[2.5][1] == "percentage_points"


def test_html_points_change_and_league_points() -> None:
    found = found_in(HTML, "board.html")
    assert found[1.2][1] == "percentage_points"
    assert found.get(7, ("", "count"))[1] == "count"
