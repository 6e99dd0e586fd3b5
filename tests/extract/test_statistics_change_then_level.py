"""'X fell 2.3 percentage points to 71.5%' is a change in X and then X's level, in three
invented house styles (no comma before "to" and no "by"); the level is X itself, without
the change's "(points)" note. Only a rate is read so; a count after "to" keeps
the noun printed after it."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def measures_in(text: str, name: str) -> dict[float, str]:
    document = read_bytes(text.encode(), name)
    found: list[Statistic] = extract_statistics(Paper(document, 0, len(document.blocks)))
    return {s.value: s.measure for s in found}


TEXT = """Lowmere Police - performance headlines

Vehicle crime fell 6.4% to 1,212 offences in the 12 months to August 2025. The
solved rate fell 0.6 points to 9.1% in the same period.
"""

MARKDOWN = """# Fordingham OPCC scorecard

- The share of 999 calls answered within ten seconds rose by 3 points to 88%.
"""

HTML = """<html><body><h1>Ashbury Constabulary</h1>
<p>The positive outcome rate for robbery improved 1.8 percentage points to 14.2% in the
year.</p></body></html>"""


def test_text_percentage_change_then_level() -> None:
    measures = measures_in(TEXT, "headlines.txt")
    assert measures[9.1] == "Solved rate"
    assert measures[6.4] == "Decrease in Vehicle crime"


def test_markdown_points_change_then_level_drops_the_points_note() -> None:
    measures = measures_in(MARKDOWN, "scorecard.md")
    assert measures[88] == "Share of 999 calls answered within ten seconds"


def test_html_percentage_points_then_level() -> None:
    measures = measures_in(HTML, "board.html")
    assert measures[14.2].lower() == "positive outcome rate for robbery"
    assert measures[1.8].startswith("Increase in")
