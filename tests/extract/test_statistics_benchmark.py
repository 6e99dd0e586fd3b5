"""A figure set against its benchmark, in three invented house styles: panel minutes in
HTML ("against a national standard of 90%"), a plain-text answer to a question ("against
a target of 21 days", "in post against an establishment of 88") and a Markdown finance
note ("against a budget of £48.2m"). The benchmark is named for the figure before it;
a standing national standard has no period. "Violence against the person" is a crime
type, not a benchmark."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def statistics_in(text: str, name: str) -> dict[float, tuple[str, str | None]]:
    document = read_bytes(text.encode(), name)
    found = extract_statistics(Paper(document, 0, len(document.blocks)))
    return {s.value: (s.measure, s.period) for s in found if isinstance(s, Statistic)}


MINUTES = """<html><body><h2>Item 5: Contact management</h2>
<p>The Deputy Chief Constable reported that 88.7% of 999 calls had been answered within ten
seconds in January 2025, against a national standard of 90%.</p></body></html>"""

ANSWER = """Question 3 from Cllr Veronica Ashdown

Response: The average time to complete a firearms licence renewal was 26 days, against a
target of 21 days. There are 81 firearms enquiry officers in post against an establishment
of 88.
"""

NOTE = """## Finance

- Overtime spend stood at £51.9m against a budget of £48.2m.
- Violence against the person offences fell by 3% to 9,120.
"""


def test_a_national_standard_after_a_share_of_calls() -> None:
    found = statistics_in(MINUTES, "minutes.html")
    assert found[88.7] == ("999 calls answered within ten seconds", "January 2025")
    assert found[90] == ("National standard for 999 calls answered within ten seconds", None)


def test_a_target_and_an_establishment_in_an_answer() -> None:
    found = statistics_in(ANSWER, "answers.txt")
    assert found[21][0] == "Target for average time to complete a firearms licence renewal"
    assert found[81][0] == "Firearms enquiry officers in post"
    assert found[88][0] == "Firearms enquiry officers establishment"


def test_a_budget_and_a_crime_type_with_against() -> None:
    found = statistics_in(NOTE, "finance.md")
    assert found[48_200_000][0] == "Overtime budget"
    assert found[51_900_000][0] == "Overtime spend"
    assert "against the person" in found[9120][0].lower()


def test_areas_for_improvement_counted_in_three_styles() -> None:
    """'areas for improvement' are what an inspection report counts, even though 'areas'
    alone is the paper's structure ('four areas of policing'), which is no figure."""
    text = statistics_in("The inspection report contains 13 areas for improvement and two "
                         "causes of concern.\n", "peel.txt")
    assert text[13][0] == "Areas for improvement"
    html = statistics_in("<html><body><p>HMICFRS raised 6 areas for improvement, of which "
                         "2 are complete.</p></body></html>", "peel.html")
    assert html[6][0] == "Areas for improvement"
    markdown = statistics_in("- It contained 8 areas for improvement (AFIs).\n", "peel.md")
    assert markdown[8][0].startswith("Areas for improvement")
    assert 4 not in statistics_in("The plan covers 4 areas of policing.\n", "plan.txt")


def test_a_budget_that_names_itself() -> None:
    """'against a net revenue budget of £X': the budget is named by its own words, in an
    HTML note, a text report and a Markdown bullet."""
    html = statistics_in("<html><body><p>The Treasurer reported an underspend of £0.8m "
                         "against a net revenue budget of £143.9m.</p></body></html>", "f.html")
    assert html[143_900_000][0] == "Net revenue budget"
    text = statistics_in("The force expects an overspend of £1.1m against its capital "
                         "budget of £12.5m.\n", "f.txt")
    assert text[12_500_000][0] == "Capital budget"
    markdown = statistics_in("- Overtime spend was £3.2m against a budget of £2.9m.\n", "f.md")
    assert markdown[2_900_000][0] == "Overtime budget"


def test_a_count_in_brackets_after_its_noun() -> None:
    """'police staff vacancies (94 fte vacant ...)': the bracketed count is of the noun
    before it, in three styles; a bracket without a state word keeps its own reading."""
    md = statistics_in("- The underspend came mainly from detective vacancies (41 fte "
                       "vacant at 31 March 2025).\n", "v.md")
    assert md[41][0] == "Detective vacancies"
    txt = statistics_in("Delays were caused by audit actions (9 overdue) and absence.\n", "v.txt")
    assert txt[9][0] == "Audit actions"
    html = statistics_in("<html><body><p>The board reviewed open complaints (15 "
                         "outstanding).</p></body></html>", "v.html")
    assert html[15][0] == "Open complaints"
