"""A period the paper states once for all its figures, and bracketed changes after a figure
("1,012 (down 4.1%)"), in three invented house styles: a Markdown briefing with a note, a
plain-text report with a numbered introduction, and an HTML scorecard."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> list[Statistic]:
    document = read_bytes(text.encode(), name)
    return extract_statistics(Paper(document, 0, len(document.blocks)))


def one(found: list[Statistic], value: float) -> Statistic:
    matches = [s for s in found if abs(s.value - value) < 1e-9]
    assert matches, [(s.measure, s.value) for s in found]
    return matches[0]


BRIEFING = """# Harrowdene Police and Crime Panel: members' briefing

> Figures are for the **12 months to January 2025** unless stated, compared with the
> previous 12 months.

## Headline figures

- Burglary charge rate: 7.4% (up 0.9 pts)
- Robbery offences recorded: 688 (down 6.2%)
- Victim care referrals in December 2024: 512
"""

REPORT = """WESTBRIAR POLICE AND CRIME PANEL

1.1  This report sets out performance for Q2 2024/25, the second quarter of the year.

2.1  Officers made 1,406 arrests for violent offences. 214 drivers were prosecuted for using
     a mobile phone.
"""

SCORECARD = """<html><body><h1>Elmsworth Constabulary scorecard</h1>
<p>Unless otherwise stated, data cover April to September 2024.</p>
<ul><li>Anti-social behaviour incidents: 3,190 (a decrease of 11%)</li>
<li>Call handlers in post: 96</li></ul></body></html>"""


def test_bare_figures_take_the_period_the_paper_states() -> None:
    found = statistics_in(BRIEFING, "briefing.md")
    assert one(found, 688).period == "12 months to January 2025"
    assert one(found, 688).period_end == "2025-01-31"
    assert one(found, 512).period == "December 2024"  # its own period wins
    report = statistics_in(REPORT, "report.txt")
    assert {one(report, 1406).period, one(report, 214).period} == {"Q2 2024/25"}
    scorecard = statistics_in(SCORECARD, "scorecard.html")
    assert one(scorecard, 96).period == "April to September 2024"


def test_a_change_in_brackets_after_a_figure() -> None:
    found = statistics_in(BRIEFING, "briefing.md")
    assert (one(found, 0.9).measure, one(found, 0.9).unit) == (
        "Increase in burglary charge rate", "percentage_points")
    assert (one(found, 6.2).measure, one(found, 6.2).value) == (
        "Decrease in robbery offences recorded", 6.2)
    scorecard = statistics_in(SCORECARD, "scorecard.html")
    assert one(scorecard, 11).measure == "Decrease in anti-social behaviour incidents"


def test_no_stated_period_without_the_cue() -> None:
    """Negatives: a date a paper was written on, a meeting date or a period in passing
    ("the plan for 2024/25 was agreed") is no period for every figure."""
    found = statistics_in("Report date: 4 March 2025. The plan for 2024/25 was agreed in "
                          "May.\n\nOfficers made 310 arrests.\n", "notes.txt")
    assert one(found, 310).period is None
    before = statistics_in("Officers made 77 arrests.\n\nFigures are for 2024 unless "
                           "stated.\n\nThere were 12 knife crimes.\n", "late.txt")
    assert one(before, 77).period is None and one(before, 12).period == "2024"


def test_an_average_of_time_lost() -> None:
    """Three phrasings of sickness absence; a count of days given by a team is no average."""
    minutes = statistics_in("Officers lost an average of 10.4 days to sickness in "
                            "2024/25.\n", "minutes.txt")
    assert one(minutes, 10.4).measure == "Average days lost to sickness per officer"
    report = statistics_in("2.3  Police staff had lost an average of 61 hours through "
                           "stress absence.\n", "report.txt")
    assert one(report, 61).measure == "Average hours lost to stress absence per staff"
    html = statistics_in("<p>PCSOs each lost an average of 7.5 days to injury.</p>",
                         "notes.html")
    assert one(html, 7.5).measure == "Average days lost to injury per pcso"
    plain = statistics_in("The team lost 40 days to training.\n", "plain.txt")
    assert not one(plain, 40).measure.startswith("Average")


TITLED_MARKDOWN = """# Fernmoor Police and Crime Plan 2025-2030: delivery report, Quarter 2 2025/26

- Officers in rural teams: 148
- Stop searches with a positive outcome: 31.5%
"""

TITLED_HTML = """<html><body><h1>Performance update: April to June 2025</h1>
<p>The force answered 41,220 emergency calls.</p></body></html>"""

TITLED_TEXT = """OAKHURST POLICE AND CRIME PANEL

SCORECARD FOR Q4 2024/25

Neighbourhood officers in post: 412
"""


def test_a_report_titled_with_its_period() -> None:
    """The title's period (after 'report', 'update', 'scorecard') goes to bare figures; a
    plan's span before it is not the figures' period."""
    assert one(statistics_in(TITLED_MARKDOWN, "plan.md"), 148).period == "Quarter 2 2025/26"
    assert one(statistics_in(TITLED_HTML, "update.html"), 41220).period == "April to June 2025"
    assert one(statistics_in(TITLED_TEXT, "scorecard.txt"), 412).period == "Q4 2024/25"


def test_an_item_heading_is_not_the_papers_title() -> None:
    """Negatives: a numbered item's heading names that item's report, and a heading with
    a period but no word for a report ('Budget 2025/26') states nothing for the paper."""
    minutes = ("# Dunharrow Joint Audit Committee\n\n## 4. External audit: annual report "
               "2023/24\n\nThe committee noted 17 open recommendations.\n")
    assert one(statistics_in(minutes, "minutes.md"), 17).period is None
    budget = "# Budget 2025/26\n\nThe committee noted 17 open recommendations.\n"
    assert one(statistics_in(budget, "budget.md"), 17).period is None


def test_a_plan_that_records_progress_to_a_date() -> None:
    """'This plan records progress to 31 March 2025': the summary counts after it take the
    date; a figure earlier in the same paragraph ('published with 12 recommendations')
    does not."""
    markdown = statistics_in("The report was published with 12 recommendations. This plan "
                             "records progress to 31 March 2025.\n\nSummary: 5 complete, "
                             "4 Green.\n", "plan.md")
    assert one(markdown, 12).period is None
    assert one(markdown, 5).period == "31 March 2025"
    html = statistics_in("<html><body><p>This tracker shows progress as at 30 June 2025.</p>"
                         "<p>Summary: 7 complete, 2 Amber.</p></body></html>", "tracker.html")
    assert one(html, 7).period == "as at 30 June 2025"
    text = statistics_in("This log reports progress up to 31 May 2025.\n\nSummary: 6 "
                         "complete, 1 Red.\n", "log.txt")
    assert one(text, 6).period == "up to 31 May 2025"
