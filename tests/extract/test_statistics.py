"""Statistics from invented performance papers: prose in several phrasings, tables with
periods on either axis, and the numbers that must not become statistics."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.formats.text import read_text
from scrutiny.ingest.paper import Paper
from scrutiny.records import Statistic

FIXTURES = Path(__file__).parent / "fixtures_inspection"


def statistics_of(name: str | None = None, text: str | None = None) -> list[Statistic]:
    data = (FIXTURES / name).read_bytes() if name else (text or "").encode()
    document = read_text(data, name or "inline.txt")
    return extract_statistics(Paper(document, 0, len(document.blocks)))


def find(found: list[Statistic], value: float) -> Statistic:
    matches = [s for s in found if abs(s.value - value) < 1e-9]
    assert matches, f"no statistic with value {value}: {[(s.measure, s.value) for s in found]}"
    return matches[0]


@pytest.fixture(scope="module")
def prose() -> list[Statistic]:
    return statistics_of("performance_prose.txt")


@pytest.mark.parametrize(("value", "unit", "words"), [
    (2_300_000, "gbp", "underspend"),
    (450_000, "gbp", "safer streets"),
    (1_234_567, "gbp", "serious violence fund"),
    (3412.5, "fte", "officer strength"),
    (4.6, "days", "sickness absence"),
    (12.5, "percent", "decrease in residential burglary"),
    (9.8, "percent", "charge rate for rape"),
    (2.1, "percentage_points", "increase in charge rate"),
    (3, "count", "ranking"),
    (214, "count", "arrests for drug supply"),
    (37, "count", "vehicles seized"),
])
def test_prose_figures(prose: list[Statistic], value: float, unit: str, words: str) -> None:
    statistic = find(prose, value)
    assert statistic.unit == unit
    assert words in statistic.measure.lower()


def test_prose_periods_and_places(prose: list[Statistic]) -> None:
    assert find(prose, 214).period == "July to September 2024"
    assert find(prose, 214).place == "Eastport area of Westvale"
    assert (find(prose, 214).period_start, find(prose, 214).period_end) == ("2024-07-01",
                                                                            "2024-09-30")
    assert find(prose, 4.6).period == "rolling 12 months to September 2024"
    # A change's period names its baseline: "fell by 12.5% compared with the same period
    # last year".
    assert find(prose, 12.5).period == "compared with same period last year"


def test_not_statistics(prose: list[Statistic]) -> None:
    values = {s.value for s in prose}
    for value in (1234, 567890, 4.2, 10, 12, 136, 7, 1000, 2024):
        assert value not in values, f"{value} is not a statistic"


def test_per_thousand_is_a_ratio_not_a_count(prose: list[Statistic]) -> None:
    ratios = [s for s in prose if s.unit == "ratio"]
    assert ratios and "per 1,000" in ratios[0].measure


def test_table_with_periods_as_columns_and_as_rows() -> None:
    found = statistics_of("performance_table.md")
    knife = [s for s in found if s.measure == "Recorded knife crime"]
    assert [(s.value, s.period) for s in knife] == [(312, "Q1 2024/25"), (287, "Q2 2024/25")]
    assert knife[1].period_start == "2024-07-01"
    overtime = [s for s in found if s.measure == "Overtime spend"]
    assert [(s.value, s.unit) for s in overtime] == [(1_200_000, "gbp"), (950_000, "gbp")]
    assert find(found, 14.2).unit == "percent"
    calls = find(found, 41230)
    assert (calls.measure, calls.period) == ("Calls answered", "July 2024")
    assert calls.source is not None and calls.source.text == "41,230", "cites its cell"
    assert len(found) == 10


def test_table_cells_of_running_text_are_read_as_prose() -> None:
    builder = DocumentBuilder("progress.docx", "docx")
    builder.add(Block("table", "", rows=[
        ["Action taken", "Next steps"],
        ["An additional 45 officers were posted to response teams", "Review in spring"],
    ]))
    document = builder.build()
    found = extract_statistics(Paper(document, 0, len(document.blocks)))
    assert [(s.value, s.measure) for s in found] == [
        (45, "Additional officers posted to response teams")]
    assert found[0].source and "45" in found[0].source.text


@pytest.mark.parametrize(("text", "value", "unit", "words"), [
    ("Anti-social behaviour fell by 6.4% in the year to March 2025.", 6.4, "percent",
     "decrease in anti-social behaviour"),
    ("There was a 3.4 pts rise in victim satisfaction.", 3.4, "percentage_points",
     "increase in victim satisfaction"),
    ("The force was allocated £7.1 million from the uplift grant.", 7_100_000, "gbp",
     "uplift grant"),
    ("Across the quarter 1,204 calls were abandoned.", 1204, "count", "calls abandoned"),
    ("Average days lost per officer was 3.9 in Q1 2025/26.", 3.9, "days",
     "days lost per officer"),
    ("Recorded cycle theft was up 1.4% (+61 offences).", 61, "count", "(number)"),
])
def test_phrasings(text: str, value: float, unit: str, words: str) -> None:
    statistic = find(statistics_of(text=text), value)
    assert statistic.unit == unit
    assert words in statistic.measure.lower()


def test_signed_change_keeps_its_sign() -> None:
    found = statistics_of(text="Knife crime: -12 offences compared with last year.")
    assert find(found, -12).value == -12


def test_agenda_numbers_are_not_statistics() -> None:
    found = statistics_of(text="- 1 Introduction\n- 2 Apologies and Substitutes\n"
                               "- 3 Declarations of Interest\n")
    assert found == []


def test_measure_keys_link_phrasings() -> None:
    first = find(statistics_of(text="The rape charge rate was 4.2% in 2023/24."), 4.2)
    second = find(statistics_of(text="The charged rate for rape was 5.1% in 2024/25."), 5.1)
    assert first.measure_key == second.measure_key


def test_caption_names_what_a_period_table_counts() -> None:
    found = statistics_of(text=(
        "The table below shows stop and search activity across the county.\n\n"
        "| | 2023/24 | 2024/25 |\n|---|---|---|\n| Drugs | 1,402 | 1,650 |\n"))
    assert [(s.measure, s.value, s.period) for s in found] == [
        ("Drugs (stop and search activity)", 1402, "2023/24"),
        ("Drugs (stop and search activity)", 1650, "2024/25")]


def test_restated_figure_counts_once_and_event_dates_are_not_periods() -> None:
    found = statistics_of(text=(
        "There were 912 special constables (11.4%). At 11.4%, the proportion is the highest "
        "in the region. The grant formula was introduced in 2011, and the force has an "
        "efficiency target of £4.6 million."))
    assert sorted(s.value for s in found) == [11.4, 912, 4_600_000]
    assert find(found, 4_600_000).period is None


def test_an_aside_in_brackets_lends_no_period() -> None:
    found = statistics_of(text=(
        "The repeat caller rate was 4% lower than last year (a caller who had rung more than "
        "three times in the last 12 month period)."))
    assert find(found, 4).period == "compared with last year"


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("The Burglary Squad continue to target prolific offenders. In the last year they made "
     "212 arrests.", 212, "Burglary Squad arrests"),
    ("Noting Vehicle Crime was falling, the PCC asked about outcomes. The CC reported the "
     "charge rate was 6.5%.", 6.5, "Vehicle Crime charge rate"),
    ("With regards to the youth diversion scheme, there were 44 referrals.", 44,
     "youth diversion scheme referrals"),
])
def test_bare_measures_take_the_paragraph_subject(text: str, value: float,
                                                  measure: str) -> None:
    assert find(statistics_of(text=text), value).measure.lower() == measure.lower()


def test_comparisons_and_owners() -> None:
    found = statistics_of(text=(
        "The solved rate for the year was 14.1% compared with 12.9% last year, a 1.2 "
        "percentage point increase. The force restarted the Safer Schools Programme (SSP) "
        "with 40 places prior to March 2026."))
    assert find(found, 12.9).period == "last year"
    assert find(found, 1.2).period == "year compared with last year"
    assert find(found, 40).measure == "SSP places"


def test_change_columns_and_units_in_headers() -> None:
    found = statistics_of("change_table.md")
    by = {(s.measure, s.period): (s.value, s.unit) for s in found}
    assert by[("Knife crime", "2024/25")] == (287, "count")
    # A change column beside two periods is the change to the latest of them.
    assert by[("Change in Knife crime", "2024/25")] == (-25, "count")
    assert by[("% change in Knife crime", "2024/25")] == (-8.0, "percent")
    assert by[("Overtime spend", "2023/24")] == (1_250_000, "gbp")
    assert by[("Change in Overtime spend", "2024/25")] == (-150_000, "gbp")
    assert by[("Victim satisfaction", "2023/24")] == (71.5, "percent")
    assert by[("Change in Victim satisfaction", "2024/25")] == (
        2.5, "percentage_points")


def test_scorecard_lines() -> None:
    found = statistics_of(text=(
        "Total recorded crime: 12,345 (-3.2%). Emergency calls answered within 10 seconds: "
        "89.4% (target 90%). There were 45 fewer burglaries than last year."))
    assert find(found, 12345).measure == "Recorded crime"
    assert (find(found, -3.2).measure, find(found, -3.2).unit) == (
        "Change in recorded crime", "percent")
    assert find(found, 89.4).measure == "Emergency calls answered within 10 seconds"
    assert find(found, 90).measure.startswith("Target for Emergency calls")
    assert find(found, 45).measure == "Decrease in burglaries (number)"
    assert 10 not in {s.value for s in found}, "a threshold in a definition is no figure"


def test_two_sides_of_a_comparison() -> None:
    found = statistics_of(text=(
        "For robbery, officers recorded 412 offences this year compared to 398, a 3.5% rise. "
        "Vehicle crime eased slightly, with 2,210 compared to 2,305 in the same period last "
        "year."))
    assert find(found, 412).period == "this year"
    assert find(found, 398).period == "last year"
    assert find(found, 3.5).period == "this year compared with last year"
    assert find(found, 2210).period == "this year"
    assert find(found, 2305).period == "same period last year"
