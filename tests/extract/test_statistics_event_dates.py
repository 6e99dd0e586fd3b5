"""A sentence that dates an event (a report published, an inspection carried out) says
when it happened, not what period the figures after it are for, in three invented house
styles. Negatives: a period that is the figures' own ("In 2024/25 the team ...") still
carries to the next sentence."""

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


TEXT = """Redholm Police and Crime Panel

The inspectorate carried out an unannounced inspection of custody in Redholm in
September 2024 and published its report in January 2025. The report contained three
causes of concern and eight recommendations.
"""

MARKDOWN = """# Aldwater OPCC: inspection summary

In March 2025 the inspectorate published its review of stalking in Aldwater Police. The
review made 13 recommendations to forces nationally.
"""

HTML = """<html><body><h1>Coldbrook Constabulary</h1>
<p>The PEEL report on Coldbrook was published on 9 May 2025. It identified 7 areas for
improvement.</p>
<p>In 2024/25 the rural crime team made many arrests. It recovered 41 stolen vehicles.</p>
</body></html>"""


def test_text_inspection_and_publication_dates_lend_no_period() -> None:
    periods = periods_by_value(statistics_in(TEXT, "panel.txt"))
    assert periods[3] is None
    assert periods[8] is None


def test_markdown_publication_date_lends_no_period() -> None:
    periods = periods_by_value(statistics_in(MARKDOWN, "summary.md"))
    assert periods[13] is None


def test_html_event_date_lends_nothing_but_the_figures_own_period_carries() -> None:
    periods = periods_by_value(statistics_in(HTML, "peel.html"))
    assert periods[7] is None
    assert periods[41] == "2024/25"
