"""Labelled figures ("<measure>, <period>: <value>") with a comparator in brackets
("(England and Wales: 78.9)", "(national average: 71.2%)"), in three invented house
styles: an HTML summary list, a Markdown bullet list and plain-text lines. A thousands
comma inside the label ("per 1,000 population") is part of it, not a clause break."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> dict[float, tuple[str, str | None]]:
    document = read_bytes(text.encode(), name)
    found = extract_statistics(Paper(document, 0, len(document.blocks)))
    return {s.value: (s.measure, s.period) for s in found if isinstance(s, Statistic)}


HTML = """<html><body><ul>
<li>Anti-social behaviour incidents per 1,000 population, year ending June 2025: 18.2
(England and Wales: 21.7).</li></ul></body></html>"""

MARKDOWN = ("- Emergency calls answered within 10 seconds, 2024/25: 91.6% "
            "(national average: 84.0%).\n")

TEXT = """Cost of policing per head of population, 2024/25: £236.
"""


def test_a_rate_per_thousand_and_its_national_comparator() -> None:
    found = statistics_in(HTML, "summary.html")
    measure = "Anti-social behaviour incidents per 1,000 population"
    assert found[18.2] == (measure, "year ending June 2025")
    assert found[21.7] == (measure, "year ending June 2025")


def test_a_share_and_the_national_average() -> None:
    found = statistics_in(MARKDOWN, "summary.md")
    assert found[91.6] == ("Emergency calls answered within 10 seconds", "2024/25")
    assert found[84.0][0].endswith("Emergency calls answered within 10 seconds")


def test_money_label_with_its_year() -> None:
    assert statistics_in(TEXT, "summary.txt")[236] == ("Cost of policing per head of "
                                                      "population", "2024/25")
