"""A budget figure's financial year from its finance section's heading, in three invented
house styles (Markdown minutes, HTML board notes, a plain-text report with numbered
headings). Negatives: a figure that states its own year keeps it, a heading that is not
about finance lends nothing, a heading spanning several years names no one year, and a
count in a finance section is not a budget."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> list[Statistic]:
    document = read_bytes(text.encode(), name)
    return extract_statistics(Paper(document, 0, len(document.blocks)))


def by_value(found: list[Statistic]) -> dict[float, Statistic]:
    return {s.value: s for s in found}


MARKDOWN = """# Hollinmoor Strategic Board – notes

## 5. Quarter 2 revenue monitoring 2025/26

The Treasurer reported a forecast overspend of £2.4m against a net revenue budget of
£301.7m.

## 6. Estates update

The revenue budget for the estates team was £3.1m.
"""

HTML = """<html><body><h1>Dunhallow OPCC board</h1>
<h2>Item 7: Finance outturn 2024/25</h2>
<p>The Force reported an underspend of £950,000, and savings of £1.6m had been delivered
against a savings target of £2.0m for 2023/24.</p>
<p>14 posts remained vacant in the finance team.</p>
</body></html>"""

TEXT = """WESTRAY POLICE AND CRIME PANEL

3. CAPITAL PROGRAMME 2026/27

3.1 The authorised borrowing limit is £48m.

4. MEDIUM-TERM FINANCIAL PLAN 2026/27 TO 2029/30

4.1 The plan shows a budget gap of £7.5m.
"""


def test_markdown_quarterly_monitoring_heading_gives_the_financial_year() -> None:
    found = by_value(statistics_in(MARKDOWN, "notes.md"))
    assert found[2_400_000].period == "2025/26"
    assert found[301_700_000].period == "2025/26"
    assert found[301_700_000].period_start is not None
    assert found[3_100_000].period is None  # an estates heading is not a finance heading


def test_html_outturn_heading_unless_the_figure_names_its_own_year() -> None:
    found = by_value(statistics_in(HTML, "board.html"))
    assert found[950_000].period == "2024/25"
    assert found[2_000_000].period == "2023/24"
    assert found[14].period is None  # a count is not a budget


def test_text_capital_heading_but_not_a_multi_year_plan() -> None:
    found = by_value(statistics_in(TEXT, "panel.txt"))
    assert found[48_000_000].period == "2026/27"
    assert found[7_500_000].period is None
