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


def test_period_of_a_question_or_the_past_does_not_carry(minutes: list[Statistic]) -> None:
    assert find(minutes, 212).period is None  # the answer after a question about 2025/26
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
