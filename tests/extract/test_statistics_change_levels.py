"""A change and the level it reached in one clause ("X fell by 11.5% to 702 offences"),
two such clauses joined by "and" / "while", a baseline period ("than the same quarter
last year") that stays with its comparison, and a bare "the quarter" in a quarter's
report, in three invented house styles: a plain-text report, a Markdown briefing and an
HTML panel paper."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> list[Statistic]:
    document = read_bytes(text.encode(), name)
    found = extract_statistics(Paper(document, 0, len(document.blocks)))
    return [s for s in found if isinstance(s, Statistic)]


def by_value(found: list[Statistic]) -> dict[float, tuple[str, str | None]]:
    return {s.value: (s.measure, s.period) for s in found}


TEXT_REPORT = """GLENCARRICK POLICE AND CRIME PANEL

PERFORMANCE REPORT FOR Q3 2024/25

1. Vehicle crime fell by 7.2% to 1,204 offences, while cycle theft rose by 3.5% to 388
offences.
"""

MARKDOWN_BRIEFING = """# Pellacombe OPCC briefing

Figures are for the 12 months to March 2025.

- Hate crime rose by 12% to 940 crimes and criminal damage fell by 4% to 3,115 crimes.
"""

HTML_PAPER = """<html><body><h1>Quarterly performance update: Q2 2025/26</h1>
<p>Total recorded crime fell to 21,640 offences in the quarter, 2.4% lower than the same
quarter last year. Robbery fell by 9.1% to 140 offences.</p></body></html>"""


def test_a_change_and_its_level_in_clauses_joined_by_while() -> None:
    found = by_value(statistics_in(TEXT_REPORT, "report.txt"))
    assert found[7.2] == ("Decrease in Vehicle crime", "Q3 2024/25")
    assert found[1204] == ("Vehicle crime offences", "Q3 2024/25")
    assert found[3.5][0] == "Increase in cycle theft"
    assert found[388][0] == "Cycle theft offences"


def test_clauses_joined_by_and() -> None:
    found = by_value(statistics_in(MARKDOWN_BRIEFING, "briefing.md"))
    assert found[940] == ("Hate crime crimes", "12 months to March 2025")
    assert found[4][0] == "Decrease in criminal damage"
    assert found[3115][0] == "Criminal damage crimes"


def test_the_quarter_of_a_quarterly_report_and_a_baseline_that_stays_put() -> None:
    found = by_value(statistics_in(HTML_PAPER, "update.html"))
    assert found[21640][1] == "Q2 2025/26"
    # "than the same quarter last year" is the comparison's side: the next sentence's
    # figures are for the report's quarter, not last year.
    assert found[9.1] == ("Decrease in Robbery", "Q2 2025/26")
    assert found[140][1] == "Q2 2025/26"


def test_a_true_pair_and_a_range_stay_pairs() -> None:
    """Negatives: '310 and 295 burglaries' and 'between 10 and 15 officers' are pairs of
    the same kind, both read with the noun after the second."""
    found = by_value(statistics_in("Response teams attended 310 and 295 burglaries "
                                   "respectively.\n", "survey.txt"))
    assert found[310][0] == found[295][0] == "Burglaries"
    found = by_value(statistics_in("Between 10 and 15 officers attended.\n", "notes.txt"))
    assert found[10][0] == found[15][0] == "Officers attended"
