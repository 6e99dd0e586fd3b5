"""Measure keys: one key for one measure however a paper words it."""

from __future__ import annotations

import pytest

from scrutiny.parse.measures import measure_key


@pytest.mark.parametrize(("first", "second"), [
    ("Rape charge rate", "Charged rate - rape"),
    ("Rape charge rate", "charged rate for rape"),
    ("ASB incidents", "Anti-social behaviour incidents"),
    ("Domestic abuse offences", "DA offences"),
    ("Recorded burglary offences", "Burglary offence"),
    ("PCSO strength (FTE)", "Police Community Support Officers strength (full time equivalent)"),
    ("Reduction in knife crime", "Decrease in knife crime"),
])
def test_synonyms_share_a_key(first: str, second: str) -> None:
    assert measure_key(first) == measure_key(second)


@pytest.mark.parametrize(("first", "second"), [
    ("Rape charge rate", "Rape solved rate"),
    ("Increase in knife crime", "Decrease in knife crime"),
    ("Officer strength", "Staff strength"),
])
def test_different_measures_differ(first: str, second: str) -> None:
    assert measure_key(first) != measure_key(second)


def test_key_is_plain_words() -> None:
    assert measure_key("Officers per 1,000 population") == "1000 officer population"
