"""'X rose from A to B <unit>' states two levels of X, in three invented house styles: the
first figure is X (not the unit word after the second, "Fte") and is in the second's
unit ("from 14 to 21 fte": both fte). Negative: "and" pairs ("29 and 23 reports") are
still read as pairs."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> dict[float, tuple[str, str]]:
    document = read_bytes(text.encode(), name)
    found: list[Statistic] = extract_statistics(Paper(document, 0, len(document.blocks)))
    return {s.value: (s.measure, s.unit) for s in found}


TEXT = """Pennock Vale Police and Crime Panel - tracker

Position: complete. The digital forensics unit establishment rose from 9 to 16 fte in
November 2024.
"""

MARKDOWN = """# Carbury OPCC update

* Average time to first contact fell from 11 to 7 days in the last quarter.
"""

HTML = """<html><body><h1>Westerfold Constabulary</h1>
<p>Roads policing strength increased from 48.5 to 55 fte over the year.</p>
<p>The panel received 29 and 23 reports in the two quarters.</p></body></html>"""


def test_text_establishment_levels_are_the_subject_in_fte() -> None:
    found = statistics_in(TEXT, "tracker.txt")
    assert found[9] == ("Digital forensics unit establishment", "fte")
    assert found[16][1] == "fte"


def test_markdown_average_days_from_to() -> None:
    found = statistics_in(MARKDOWN, "update.md")
    assert found[11] == ("Average time to first contact", "days")


def test_html_strength_from_to_and_an_and_pair() -> None:
    found = statistics_in(HTML, "board.html")
    assert found[48.5] == ("Roads policing strength", "fte")
    assert found[29][0].lower().startswith("reports")
