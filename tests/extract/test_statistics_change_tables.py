"""Change columns and rows in tables, in three invented house styles: a Markdown scorecard
whose change column names its own periods, an HTML table with periods down the side (one
row per quarter and a change row), and a plain-text table with a bare "Change" column
beside two period columns. A change is the change *to* the latest period, so its period is
that one ("Q3 2024/25"), not the column header as written."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> list[Statistic]:
    document = read_bytes(text.encode(), name)
    return extract_statistics(Paper(document, 0, len(document.blocks)))


def by_value(found: list[Statistic]) -> dict[float, tuple[str, str | None, str]]:
    return {s.value: (s.measure, s.period, s.unit) for s in found}


MARKDOWN_SCORECARD = """# Ashcombe Police: quarterly scorecard

| Measure | Q2 2023/24 | Q2 2024/25 | Change, Q2 2024/25 on Q2 2023/24 |
|---|---|---|---|
| Robbery offences | 412 | 377 | -8.5% |
| Positive outcome rate (%) | 11.2 | 12.9 | +1.7pp |
"""

HTML_TRANSPOSED = """<html><body><h1>Brennock Constabulary performance</h1>
<table>
<tr><th>Quarter</th><th>Calls answered in 10 seconds (%)</th><th>Officer strength (fte)</th></tr>
<tr><td>Q1 2024/25</td><td>81.4</td><td>1,905.5</td></tr>
<tr><td>Q2 2024/25</td><td>86.0</td><td>1,944.0</td></tr>
<tr><td>% change, Q2 2024/25 vs Q1 2024/25</td><td>+4.6</td><td>+2.0</td></tr>
</table></body></html>"""

TEXT_TABLE = """CASTLEMERE POLICE AND CRIME PANEL

| Crime type | 2023/24 | 2024/25 | Change |
|---|---|---|---|
| Vehicle crime | 2,140 | 1,987 | -153 |
| Hate crime | 611 | 650 | +39 |
"""


def test_change_column_that_names_its_periods() -> None:
    found = by_value(statistics_in(MARKDOWN_SCORECARD, "scorecard.md"))
    assert found[-8.5] == ("Change in Robbery offences", "Q2 2024/25", "percent")
    assert found[1.7] == ("Change in Positive outcome rate", "Q2 2024/25", "percentage_points")
    assert found[377][:2] == ("Robbery offences", "Q2 2024/25")
    assert found[412][:2] == ("Robbery offences", "Q2 2023/24")


def test_change_row_of_a_table_with_periods_down_the_side() -> None:
    found = by_value(statistics_in(HTML_TRANSPOSED, "scorecard.html"))
    assert found[4.6][:2] == ("% change in Calls answered in 10 seconds", "Q2 2024/25")
    assert found[86.0][:2] == ("Calls answered in 10 seconds", "Q2 2024/25")
    assert found[1905.5] == ("Officer strength", "Q1 2024/25", "fte")


def test_bare_change_column_takes_the_latest_period() -> None:
    found = by_value(statistics_in(TEXT_TABLE, "panel.txt"))
    assert found[-153][:2] == ("Change in Vehicle crime", "2024/25")
    assert found[39][:2] == ("Change in Hate crime", "2024/25")
    assert found[2140][:2] == ("Vehicle crime", "2023/24")


def test_a_period_column_is_not_a_change_column() -> None:
    """Negatives: a header that merely holds periods ("Q2 2024/25") or a "Change" with no
    periods anywhere keeps its own reading; years in headers are never figures."""
    found = statistics_in(MARKDOWN_SCORECARD, "scorecard.md")
    assert not [s for s in found if s.value in (2023, 2024, 23, 24, 25)]
    plain = by_value(statistics_in("| Team | Officers | Change |\n|---|---|---|\n"
                                   "| Response | 310 | 12 |\n", "teams.md"))
    assert plain[12][1] is None
