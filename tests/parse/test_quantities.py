"""Figures and units as papers print them, and the numbers that are not figures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrutiny.parse.quantities import find_quantities, word_value


def only(text: str) -> tuple[float, str]:
    found = find_quantities(text)
    assert len(found) == 1, f"{text!r} gave {found}"
    return found[0].value, found[0].unit


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a grant of £1,568,614 was made", 1_568_614, "gbp"),
    ("savings of £7.1 million were made", 7_100_000, "gbp"),
    ("circa £40k each year", 40_000, "gbp"),
    ("an underspend of £2.3m", 2_300_000, "gbp"),
    ("£1.2bn of spending", 1_200_000_000, "gbp"),
    ("ASB fell by 8.1% on the year", 8.1, "percent"),
    ("37 per cent of applicants", 37, "percent"),
    ("a 2.8 percentage point increase", 2.8, "percentage_points"),
    ("up 3 pts on last quarter", 3, "percentage_points"),
    ("strength was 78.17 fte", 78.17, "fte"),
    ("2.74 days lost", 2.74, "days"),
    ("over 5,000 hours of patrol", 5000, "hours"),
    ("nearly 200 years of sentences", 200, "years"),
    ("Additional sixty-nine officers", 69, "count"),
    ("seven children were protected", 7, "count"),
    ("the charge rate rose (+28 offences)", 28, "count"),
    ("a message share of 9.6 per person", 9.6, "ratio"),
])
def test_figures(text: str, value: float, unit: str) -> None:
    assert only(text) == (value, unit)


@pytest.mark.parametrize("text", [
    "Meeting on 18 December 2024 at 10.00 am",
    "Call 01622 677055 or 03000 416624",
    "Sutton Road, Maidstone ME15 9BZ",
    "detentions under s.136 and section 136",
    "see circular 1/2013 and Pages 1 - 10",
    "officers per 1,000 population",
    "20 mph zones and a 24/7 service",
    "children aged 11-17 years of age",
    "under 25 years old",
    "10 or 20 years ago",
    "within 90 days of activity commencing",
    "he served for over eight years",
    "the PEEL 2023-25 inspection and the 2021/22 report",
    "999 calls and 101 calls",
    "question 15 asks",
    "in quarter 2",
    "one of the best forces",
    "Table 1 and Figure 2 set out",
    "Recommendation 3 of the report",
    "Action 12 and minute 4 refer",
    "signed by the Chair - page 4 of 12",
    "item 3 of 12 on the agenda",
    "five working days before a meeting",
    "a reply within 20 working days",
])
def test_not_figures(text: str) -> None:
    assert find_quantities(text) == []


def test_ordinals_are_ranks_only_when_ranked() -> None:
    ranked = find_quantities("its national ranking improved from 30th to 1st")
    assert [(q.value, q.ordinal) for q in ranked] == [(30, True), (1, True)]
    assert find_quantities("on the 3rd floor") == []


def test_spans_point_at_the_figure() -> None:
    text = "The force recorded 15,500 offences."
    (quantity,) = find_quantities(text)
    assert text[quantity.start:quantity.end] == "15,500"


@pytest.mark.parametrize(("words", "value"), [
    ("sixty-nine", 69), ("twenty one", 21), ("three hundred", 300), ("twelve", 12)])
def test_word_values(words: str, value: float) -> None:
    assert word_value(words) == value


@given(st.integers(min_value=10_000, max_value=999_999_999))
def test_thousands_separators_round_trip(number: int) -> None:
    assert only(f"a total of {number:,} incidents") == (number, "count")


@pytest.mark.parametrize(("text", "value"), [("an increase of 27p a week", 0.27),
                                             ("it costs 50p.", 0.5)])
def test_pence(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, "gbp")
