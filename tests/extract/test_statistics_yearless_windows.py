"""A window ending in a month without its year ("in the six months to September", "the
3 months to June") is the period of the figures beside it, in three invented house styles;
with a year the full window is kept. Negative: "six months to complete" is no period."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def periods_in(text: str, name: str) -> dict[float, str | None]:
    document = read_bytes(text.encode(), name)
    found: list[Statistic] = extract_statistics(Paper(document, 0, len(document.blocks)))
    return {s.value: s.period for s in found}


TEXT = """Harrowden Fire and Rescue - answers

Response: crews attended 212 accidental dwelling fires in the six months to September.
"""

MARKDOWN = """# Millbeck OPCC update

- 1,482 Safe and Well visits were delivered in the 3 months to June.
- 377 home fire checks were delivered in the nine months to December 2024.
"""

HTML = """<html><body><h1>Stannington OPCC</h1>
<p>The review of 64 cases is expected to take six months to complete.</p></body></html>"""


def test_text_yearless_six_month_window() -> None:
    assert periods_in(TEXT, "answers.txt")[212] == "six months to September"


def test_markdown_yearless_and_dated_windows() -> None:
    periods = periods_in(MARKDOWN, "update.md")
    assert periods[1482] == "3 months to June"
    assert periods[377] == "nine months to December 2024"


def test_html_months_to_complete_is_no_period() -> None:
    assert periods_in(HTML, "review.html").get(64) is None
