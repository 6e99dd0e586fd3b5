"""A table's period from the text before it, in three invented house styles: the text
states the table's period and then a baseline it compares with ("compared with 41 in the
previous 12 months", "against 2,310 in the same quarter of 2023/24", "than in the year to
March 2024"). The table's figures are for the period stated as the text's own, not for the
baseline, which is the period only when the text states no other."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> list[Statistic]:
    document = read_bytes(text.encode(), name)
    return extract_statistics(Paper(document, 0, len(document.blocks)))


def periods_by_value(found: list[Statistic]) -> dict[float, str | None]:
    return {s.value: s.period for s in found}


PLAIN_TEXT = """Glenhaven Police and Crime Panel - Questions and Answers

Answer: The solved rate for vehicle crime was 8.2% in the 12 months to June 2025,
compared with 6.1% in the previous 12 months. The table below shows each district.

District              Offences   Solved
Marrowby                  733        64
Tillford                  518        39
"""

MARKDOWN = """# Brackwater Constabulary: quarterly update

Shoplifting rose to 2,466 offences in Quarter 3 2024/25, against 2,310 in the same
quarter of 2023/24. The breakdown by area is below.

| Area | Shoplifting offences |
|---|---|
| Fenbridge | 1,087 |
| Holt Cross | 1,379 |
"""

HTML = """<html><body><h1>Saltreach Office of the Commissioner</h1>
<p>Fewer people were killed or seriously injured on the county's roads in the year to
March 2025 than in the year to March 2024. Casualties by local authority:</p>
<table>
<tr><th>Local authority</th><th>KSI casualties</th></tr>
<tr><td>Pendrick</td><td>148</td></tr>
<tr><td>Orlestone</td><td>97</td></tr>
</table></body></html>"""

BASELINE_ONLY = """Glenhaven Police and Crime Panel

Burglary was down compared with the previous 12 months. The table below shows each
district.

District              Burglaries
Marrowby                  212
Tillford                  187
"""


def test_plain_text_table_takes_the_stated_period_not_the_previous_one() -> None:
    periods = periods_by_value(statistics_in(PLAIN_TEXT, "answers.txt"))
    assert periods[733] == "12 months to June 2025"
    assert periods[39] == "12 months to June 2025"


def test_markdown_table_after_a_same_quarter_baseline_takes_the_current_quarter() -> None:
    periods = periods_by_value(statistics_in(MARKDOWN, "update.md"))
    assert periods[1087] == "Quarter 3 2024/25"
    assert periods[1379] == "Quarter 3 2024/25"


def test_html_table_after_a_than_baseline_takes_the_current_year() -> None:
    periods = periods_by_value(statistics_in(HTML, "roads.html"))
    assert periods[148] == "year to March 2025"


def test_a_baseline_is_the_period_when_the_text_states_no_other() -> None:
    periods = periods_by_value(statistics_in(BASELINE_ONLY, "answers.txt"))
    assert periods[212] == "previous 12 months"
