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


def test_a_rank_out_of_forces_not_named_as_forces() -> None:
    """'31st of 43 for X' (no word 'forces') is the national ranking for X, a count even
    when X is a rate per 1,000; the 43 is no figure."""
    text = statistics_in("Fernmoor ranks 31st of 43 for the burglary charge rate.\n", "r.txt")
    assert text == {31: ("National ranking for burglary charge rate", None)}
    markdown = statistics_in("- The force ranks 14th of 43 for total crime per 1,000 "
                             "population, up from 17th.\n", "r.md")
    assert markdown[14][0] == "National ranking for total crime per 1,000 population"
    assert markdown[17][0] == markdown[14][0]
    html = statistics_in("<html><body><p>The precept would rank 9th lowest of the 41 police "
                         "areas for Band D council tax.</p></body></html>", "r.html")
    assert html[9][0] == "National ranking for Band D council tax"


def test_emphasised_figures_and_labels_with_a_qualifier() -> None:
    """'<label>, <qualifier>: **value**' in Markdown, plain text and HTML: the whole label
    names the figure and emphasis is no part of it; a sentence opening 'However, ...' is
    no label."""
    markdown = statistics_in("- Average days from arrest to charge, robbery: **41 days**\n"
                             "- Satisfaction among burglary victims: **74.5%**\n", "b.md")
    assert markdown[41][0] == "Average days from arrest to charge, robbery"
    assert markdown[74.5][0] == "Satisfaction among burglary victims"
    text = statistics_in("Positive outcome rate, knife possession: 38%\n", "b.txt")
    assert text[38][0] == "Positive outcome rate, knife possession"
    html = statistics_in("<html><body><p>Vehicle crime, catalytic converters: 1,322</p>"
                         "<p>However, the rate was: 12%</p></body></html>", "b.html")
    assert html[1322][0] == "Vehicle crime, catalytic converters"
    assert not html.get(12, ("",))[0].startswith("However")
