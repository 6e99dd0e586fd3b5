"""Tables whose column headers take two rows, in three invented house styles: an HTML
grid of quarters under spanning financial years, an HTML year-to-date table with a
spanning period over the years and a change column, and a Markdown table whose first row
names half-years over spanned blanks. Each cell's period joins both rows ("Q3 2023/24",
"April to June 2025"); a level beside a change in points is a percentage."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> list[Statistic]:
    document = read_bytes(text.encode(), name)
    found = extract_statistics(Paper(document, 0, len(document.blocks)))
    return [s for s in found if isinstance(s, Statistic)]


def by_value(found: list[Statistic]) -> dict[float, tuple[str, str | None, str]]:
    return {s.value: (s.measure, s.period, s.unit) for s in found}


QUARTERS_UNDER_YEARS = """<html><body><h1>Harrowfield OPCC: licensing casework</h1>
<table><thead>
<tr><th rowspan="2">Indicator</th><th colspan="2">2023/24</th><th colspan="2">2024/25</th></tr>
<tr><th>Q3</th><th>Q4</th><th>Q3</th><th>Q4</th></tr></thead>
<tbody><tr><th>Firearms licence renewals issued</th><td>611</td><td>587</td><td>640</td>
<td>702</td></tr></tbody></table></body></html>"""

SPAN_OVER_YEARS = """<html><body><p>Performance of Corvale Police, year to date.</p>
<table><tr><th rowspan="2">Measure</th><th colspan="3">April to June</th></tr>
<tr><th>2024</th><th>2025</th><th>Change</th></tr>
<tr><td>Solved rate, burglary</td><td>6.2</td><td>7.9</td><td>+1.7 pts</td></tr>
<tr><td>Vehicle crime</td><td>1,480</td><td>1,391</td><td>-89</td></tr>
<tr><td>Average hours to attend priority calls</td><td>4.5</td><td>3.25</td><td>-1.25 hours</td>
</tr></table></body></html>"""

MARKDOWN_HALF_YEARS = """# Tolverne Police and Crime Panel: custody

| Measure | 2023/24 | | 2024/25 | |
|---|---|---|---|---|
| | H1 | H2 | H1 | H2 |
| Detainees held over 24 hours | 131 | 118 | 109 | 97 |
"""


def test_quarters_under_spanning_years() -> None:
    found = by_value(statistics_in(QUARTERS_UNDER_YEARS, "casework.html"))
    assert found[611][:2] == ("Firearms licence renewals issued", "Q3 2023/24")
    assert found[587][1] == "Q4 2023/24"
    assert found[640][1] == "Q3 2024/25"
    assert found[702][1] == "Q4 2024/25"


def test_a_span_of_months_over_years_and_a_change_column() -> None:
    found = by_value(statistics_in(SPAN_OVER_YEARS, "ytd.html"))
    assert found[6.2] == ("Solved rate, burglary", "April to June 2024", "percent")
    assert found[7.9] == ("Solved rate, burglary", "April to June 2025", "percent")
    assert found[1.7] == ("Change in Solved rate, burglary", "April to June 2025",
                          "percentage_points")
    assert found[-1.25][1:] == ("April to June 2025", "hours")
    # No change in points beside it: a count stays a count.
    assert found[1391] == ("Vehicle crime", "April to June 2025", "count")


def test_markdown_half_years_under_spanned_blanks() -> None:
    found = by_value(statistics_in(MARKDOWN_HALF_YEARS, "custody.md"))
    assert found[131][1] == "H1 2023/24"
    assert found[97][1] == "H2 2024/25"


def test_a_second_row_of_figures_is_no_header() -> None:
    """Negative: a blank-labelled second row of numbers is data, the header stays one
    row, and no year of a header becomes a figure."""
    table = ("| Area | 2023/24 | 2024/25 |\n|---|---|---|\n| | 1,204 | 1,311 |\n"
             "| Eastbrook | 402 | 415 |\n")
    found = statistics_in(table, "areas.md")
    assert {s.period for s in found if s.value == 415} == {"2024/25"}
    assert not [s for s in found if s.value in (2023, 2024, 2025)]
