"""The Band D precept and its rise, in three invented house styles: a Word-style report
summary with 'from ... to ...', panel minutes in HTML with the year only in the item
heading and a resolution restating the charge, and a plain-text recommendation with a
bracketed percentage and a fire precept."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> list[Statistic]:
    document = read_bytes(text.encode(), name)
    found = extract_statistics(Paper(document, 0, len(document.blocks)))
    return [s for s in found if isinstance(s, Statistic)]


def readings(found: list[Statistic], value: float) -> list[tuple[str, str | None]]:
    return [(s.measure, s.period) for s in found if abs(s.value - value) < 1e-9]


REPORT = """# Ravensholt Police and Crime Panel

Title: Proposed police precept 2026/27

The Commissioner proposes to raise the police element of the council tax for a Band D
property by £12.00, from £262.80 in 2025/26 to £274.80 in 2026/27.
"""

MINUTES = """<html><body><h2>Item 7: Commissioner's Proposed Precept 2026/27</h2>
<p>The Commissioner presented his proposal to increase the policing element of the Band D
council tax by £11.25 to £290.10, an increase of 4.0%, producing a net revenue budget of
£201.3 million.</p>
<p>RESOLVED: that the Panel supports the proposed precept of £290.10 for a Band D
property.</p></body></html>"""

RECOMMENDATION = """CALDERMOOR FIRE AND POLICE PANEL

PROPOSED PRECEPTS 2026/27

That the Panel supports an increase in the policing element of the council tax for a
Band D property by £13.00 (4.6%) to £295.40 for 2026/27.

The Commissioner proposed a Band D fire precept of £91.35, an increase of 2.99%.
"""


def test_the_rise_and_both_charges_from_a_summary() -> None:
    found = statistics_in(REPORT, "precept.md")
    assert readings(found, 12) == [("Increase in Band D police precept", "2026/27")]
    assert readings(found, 262.8) == [("Band D police precept", "2025/26")]
    assert readings(found, 274.8) == [("Band D police precept", "2026/27")]


def test_minutes_take_the_year_of_the_item_and_count_a_restated_charge_once() -> None:
    found = statistics_in(MINUTES, "minutes.html")
    assert readings(found, 11.25) == [("Increase in Band D policing precept", "2026/27")]
    assert readings(found, 4.0) == [("Increase in Band D policing precept", "2026/27")]
    assert readings(found, 290.1) == [("Band D policing precept", "2026/27")]
    # The budget in the same sentence keeps its own reading.
    assert all("precept" not in m.lower() for m, _ in readings(found, 201_300_000))


def test_bracketed_percentage_and_a_fire_precept() -> None:
    found = statistics_in(RECOMMENDATION, "panel.txt")
    assert readings(found, 4.6) == [("Increase in Band D policing precept", "2026/27")]
    assert readings(found, 295.4) == [("Band D policing precept", "2026/27")]
    assert readings(found, 91.35) == [("Band D fire precept", "2026/27")]
    assert readings(found, 2.99) == [("Increase in Band D fire precept", "2026/27")]


def test_no_precept_reading_without_a_band_d_charge() -> None:
    """Negatives: the tax base in Band D equivalents and council tax without a Band D
    charge keep the general readings."""
    found = statistics_in("The tax base is 402,118.5 Band D equivalent properties, and "
                          "council tax income will be £118.2m.\n", "base.txt")
    assert not [s for s in found if "precept" in s.measure.lower()]
