"""Statistics in two more invented house styles: minutes in reported speech (a member's
question, changes told with "risen"/"fewer", levels "from A in <month> to B") and a
scorecard whose measures start with digits ("999 calls ...") and whose headers carry
units ("(%)")."""

from __future__ import annotations

import pytest
from tests.extract.test_statistics import find, statistics_of

from scrutiny.records import Statistic


@pytest.fixture(scope="module")
def minutes() -> list[Statistic]:
    return statistics_of("statistics_minutes.txt")


@pytest.fixture(scope="module")
def scorecard() -> list[Statistic]:
    return statistics_of("statistics_scorecard.md")


def test_measure_is_the_subject_not_the_verb_of_change(minutes: list[Statistic]) -> None:
    assert find(minutes, 1204).measure == "Burglary offences"
    assert "shoplifting" in find(minutes, 86).measure.lower()


def test_measure_leaves_out_the_questioner(minutes: list[Statistic]) -> None:
    savings = find(minutes, 3_100_000)
    assert savings.measure == "Savings" and savings.period == "2025/26"


def test_period_carries_to_an_answer_but_not_into_the_present(
        minutes: list[Statistic]) -> None:
    assert find(minutes, 212).period == "2025/26"  # the answer to a question about 2025/26
    assert find(minutes, 310).period == "2023/24"
    assert find(minutes, 4120).period is None  # "It now has ...": the present


def test_each_level_of_a_change_has_its_own_period(minutes: list[Statistic],
                                                   scorecard: list[Statistic]) -> None:
    assert (find(minutes, 1240).period, find(minutes, 690).period) == (
        "September 2024", "March 2025")
    assert (find(scorecard, 88).period, find(scorecard, 71).period) == ("Q1", "Q2")
    assert find(scorecard, 88).place is None
    one_sided = statistics_of(text="Waiting times fell from 1,240 in September 2024 to 690.")
    assert find(one_sided, 690).period is None


def test_measure_starting_with_digits(minutes: list[Statistic],
                                      scorecard: list[Statistic]) -> None:
    answered = find(minutes, 68)
    assert (answered.measure, answered.unit, answered.period) == (
        "999 calls answered within 10 seconds", "percent", "2024")
    assert not [s for s in minutes if s.value in (999, 10)]
    assert {(s.measure, s.unit) for s in scorecard if s.value in (81, 84)} == {
        ("999 calls answered within 10 seconds", "percent")}
    assert find(scorecard, 12.5).unit == "percent"


def test_numbers_that_label_the_document_are_not_figures(minutes: list[Statistic]) -> None:
    labels = {3.0, 1.0, 2.0, 4.0, 12.0, 5.0, 6.0}
    assert not [(s.measure, s.value) for s in minutes if s.value in labels]


def test_rows_of_places_give_the_place_and_the_column_the_measure(
        scorecard: list[Statistic]) -> None:
    rate = find(scorecard, 11.2)
    assert (rate.measure, rate.unit, rate.place) == ("Charge rate", "percent", "Eastgate")
    assert (find(scorecard, 512).measure, find(scorecard, 512).place) == (
        "Victims contacted", "Millford")


def test_target_column_beside_periods() -> None:
    found = statistics_of(text="| Measure | Q1 2024/25 | Target |\n|---|---|---|\n"
                               "| Victims satisfied (%) | 77 | 80 |\n")
    assert find(found, 80).measure == "Victims satisfied (target)"
    assert (find(found, 77).measure, find(found, 77).period) == ("Victims satisfied",
                                                                 "Q1 2024/25")


def test_a_count_at_a_day_is_as_at_that_day() -> None:
    found = statistics_of(text="At 31 March 2025 the force had 2,340 fte police officers.")
    assert find(found, 2340).period == "as at 31 March 2025"


def test_answer_named_in_the_questions_words() -> None:
    found = statistics_of(text=(
        "Mrs Okafor asked how many drivers had been referred to speed awareness courses in "
        "2024. The Commissioner replied that 3,100 drivers had been referred, 12% more than "
        "the year before."))
    assert find(found, 3100).measure == "Drivers referred to speed awareness courses"
    assert find(found, 12).measure.startswith("Increase in drivers referred to speed")
    assert {s.period for s in found} == {"2024"}


def test_a_year_on_year_change_is_about_the_year_after_its_baseline() -> None:
    found = statistics_of(text=(
        "Vehicle crime fell by 6.1% compared with 2022/23, to 4,480 offences. "
        "Robbery fell by 2.5%."))
    assert find(found, 4480).measure == "Vehicle crime"
    assert find(found, 4480).period == "2023/24"
    assert find(found, 2.5).period == "2023/24"
    assert find(found, 6.1).period.startswith("2023/24 compared with 2022/23")


def test_part_of_a_counted_whole() -> None:
    found = statistics_of(text="Three of the nine recommendations are now closed; five are "
                               "rated green and one amber.")
    assert find(found, 3).measure == "Recommendations closed"
    assert find(found, 9).measure == "Recommendations"
    assert find(found, 5).measure == "Recommendations rated green"
    assert not statistics_of(text="Two of them were late.")


def test_unit_in_the_corner_cell() -> None:
    found = statistics_of(text="| Rate (%) | 2023 | 2024 |\n|---|---|---|\n"
                               "| Burglaries solved | 9 | 11 |\n")
    assert {(s.measure, s.unit) for s in found} == {("Burglaries solved", "percent")}


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Knife crime has risen, with 312 offences in 2024.", 312, "Knife crime offences"),
    ("Robbery rose to 410 offences.", 410, "Robbery offences"),
    ("Anti-social behaviour fell, with 1,020 fewer incidents.", 1020,
     "Decrease in Anti-social behaviour incidents (number)"),
    ("There were 12% fewer burglaries.", 12, "Decrease in burglaries"),
    ("Calls to 101 have risen sharply to 9,400 a month.", 9400, "Calls to 101 per month"),
])
def test_measure_names_what_rose_or_fell_not_the_verb(text: str, value: float,
                                                      measure: str) -> None:
    assert find(statistics_of(text=text), value).measure == measure


def test_rank_among_forces_and_the_rank_it_rose_from() -> None:
    found = statistics_of(text=(
        "In 2024 the force was placed 7th of 43 forces for the burglary solved rate, "
        "up from 15th in 2023."))
    assert {(s.value, s.measure, s.period) for s in found} == {
        (7, "National ranking for burglary solved rate", "2024"),
        (15, "National ranking for burglary solved rate", "2023")}


def test_the_papers_own_procedure_is_not_a_figure() -> None:
    assert not statistics_of(text="Each Member may put one supplementary question, received "
                                  "no later than three working days before the meeting.")


@pytest.mark.parametrize(("text", "measure", "unit"), [
    ("Officers lost 5,200 working days to sickness in 2024.", "Days lost to sickness", "days"),
    ("Special constables gave 1,300 hours in 2024.", "Hours given", "hours"),
])
def test_time_spent_named_by_its_verb(text: str, measure: str, unit: str) -> None:
    (found,) = statistics_of(text=text)
    assert (found.measure, found.unit, found.period) == (measure, unit, "2024")


def test_the_whole_of_a_part_unless_already_stated() -> None:
    found = statistics_of(text="Officers reported that 64 of the 180 schools now had a named "
                               "officer.")
    assert {(s.value, s.measure) for s in found} == {
        (64, "Schools had a named officer"), (180, "Schools")}
    restated = statistics_of(text="In 2024, 180 schools joined the scheme.\n\n"
                                  "Of these, 64 of the 180 schools now had a named officer.")
    assert [s.value for s in restated].count(180) == 1


@pytest.mark.parametrize(("text", "value", "period"), [
    ("The team took on 12 new investigators in the autumn.", 12, "autumn"),
    ("The force reported an underspend of £310k at the end of August.", 310_000,
     "end of August"),
])
def test_seasons_and_month_ends_are_periods(text: str, value: float, period: str) -> None:
    assert find(statistics_of(text=text), value).period == period


def test_a_period_after_for_is_not_a_purpose() -> None:
    found = statistics_of(text="The force is forecasting an overspend of £2.1m for 2025/26.")
    assert "funding" not in find(found, 2_100_000).measure.lower()
    assert not statistics_of(text="The PCC asked for a plan for 101 staffing by June.")


def test_rows_coded_by_a_letter_take_the_corner_header() -> None:
    found = statistics_of(text="| Grade | 2023/24 (£) | 2024/25 (£) |\n|---|---|---|\n"
                               "| A | 101.50 | 104.25 |\n| B | 118.00 | 121.10 |\n")
    assert {(s.measure, s.unit, s.period) for s in found if s.value == 104.25} == {
        ("Grade A", "gbp", "2024/25")}
    assert len(found) == 4


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Arrests for drug supply rose to 412 in 2024. This is an increase of 9%.", 9,
     "Increase in arrests for drug supply"),
    ("There was an increase of 4% in reports of fraud since 2023.", 4,
     "Increase in reports of fraud"),
])
def test_an_increase_of(text: str, value: float, measure: str) -> None:
    assert find(statistics_of(text=text), value).measure == measure
