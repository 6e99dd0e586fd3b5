"""Properties of the date and period parsers over arbitrary text (hypothesis)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny.parse.dates import find_dates, find_periods, parse_date, parse_period

ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# Text that looks like papers: words, numbers, separators and month names mixed.
TOKENS = st.sampled_from(
    ["by", "w/c", "end of", "Q3", "2024/25", "11/12/2024", "31", "March", "Sept.", "2023",
     "-", "–", "to", "and", "rolling", "12 months", "year", "(to date)", "£2,024", "3.1.12",
     "Wednesday,", "18th", "December", "TBC", "the", "Panel", ",", ".", "\n", "\t", "Spring"]
)
PAPERLIKE = st.lists(st.one_of(TOKENS, st.text(max_size=8)), max_size=40).map(" ".join)
REFERENCES = st.one_of(st.none(), st.dates().map(date.isoformat), st.text(max_size=12))


@given(text=st.one_of(st.text(max_size=300), PAPERLIKE), reference=REFERENCES)
@settings(max_examples=300)
def test_find_dates_spans_lie_in_text_and_do_not_overlap(text: str, reference: str | None) -> None:
    previous_end = 0
    for match in find_dates(text, reference=reference):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert match.start >= previous_end
        previous_end = match.end
        assert match.iso is None or ISO.match(match.iso)


@given(text=st.one_of(st.text(max_size=300), PAPERLIKE), reference=REFERENCES,
       default_year=st.one_of(st.none(), st.integers(1, 9999)))
@settings(max_examples=300)
def test_parse_date_never_raises_and_returns_iso(
    text: str, reference: str | None, default_year: int | None
) -> None:
    iso = parse_date(text, reference=reference, default_year=default_year)
    assert iso is None or ISO.match(iso)


@given(text=st.one_of(st.text(max_size=300), PAPERLIKE), reference=REFERENCES)
@settings(max_examples=300)
def test_periods_are_well_formed(text: str, reference: str | None) -> None:
    for start, end, period in find_periods(text):
        assert text[start:end] == period.label
        if period.start and period.end:
            assert period.start <= period.end
    parsed = parse_period(text, reference=reference)
    if parsed is not None and parsed.start and parsed.end:
        assert parsed.start <= parsed.end


@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_every_real_day_round_trips_in_every_style(day: date) -> None:
    month = calendar.month_name[day.month]
    styles = [
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day} {month} {day.year}",
        f"{calendar.day_name[day.weekday()]}, {day.day}th {month}, {day.year}",
        f"{calendar.month_abbr[day.month]} {day.day}, {day.year}",
        day.isoformat(),
    ]
    for text in styles:
        assert parse_date(text) == day.isoformat(), text


@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_missing_year_lands_within_a_year_of_reference(day: date) -> None:
    month = calendar.month_name[day.month]
    for text in (f"by {day.day} {month}", f"on {day.day} {month}"):
        iso = parse_date(text, reference=day.isoformat())
        assert iso is not None
        assert abs((date.fromisoformat(iso) - day).days) <= 366


@given(year=st.integers(1950, 2098), quarter=st.integers(1, 4))
def test_financial_quarters_tile_the_financial_year(year: int, quarter: int) -> None:
    label = f"Q{quarter} {year}/{(year + 1) % 100:02d}"
    period = parse_period(label)
    assert period is not None and period.start and period.end
    whole = parse_period(f"{year}/{(year + 1) % 100:02d}")
    assert whole is not None and whole.start and whole.end
    assert whole.start <= period.start <= period.end <= whole.end
    if quarter == 1:
        assert period.start == whole.start
    if quarter == 4:
        assert period.end == whole.end
    assert parse_date(label) == period.end[:7]


@given(text=st.one_of(st.text(max_size=200), PAPERLIKE), reference=REFERENCES)
@settings(max_examples=200)
def test_parse_period_label_comes_from_the_text(text: str, reference: str | None) -> None:
    period = parse_period(text, reference=reference)
    if period is not None:
        assert period.label and period.label in text


# Two-digit years are this century by rule ("Sep-24" is 2024), so years stay in it.
MONTH_STYLES: list[Callable[[int, int], str]] = [
    lambda y, m: f"{calendar.month_name[m]} {y}",
    lambda y, m: f"{calendar.month_abbr[m]} {y}",
    lambda y, m: f"{calendar.month_abbr[m]}-{y % 100:02d}",
]
JOINERS = [" to ", " - ", " – ", " until "]


@given(
    first=st.tuples(st.integers(2000, 2060), st.integers(1, 12)),
    span=st.integers(0, 36),
    style=st.sampled_from(MONTH_STYLES),
    joiner=st.sampled_from(JOINERS),
)
def test_month_ranges_round_trip(
    first: tuple[int, int], span: int, style: Callable[[int, int], str], joiner: str
) -> None:
    year, month = first
    index = year * 12 + month - 1 + span
    last_year, last_month = divmod(index, 12)
    last_month += 1
    label = style(year, month) + joiner + style(last_year, last_month)
    period = parse_period(label)
    assert period is not None, label
    assert period.start == date(year, month, 1).isoformat()
    end_day = calendar.monthrange(last_year, last_month)[1]
    assert period.end == date(last_year, last_month, end_day).isoformat()


@given(
    text=st.sampled_from(["by 31 March", "on 31 March", "Tuesday 4 February", "in June",
                          "past 12 months", "April to July", "financial year to date"]),
    reference=st.dates().map(date.isoformat),
    default_year=st.one_of(st.none(), st.integers(-5, 10_000)),
)
def test_any_reference_or_default_year_never_raises(
    text: str, reference: str, default_year: int | None
) -> None:
    iso = parse_date(text, reference=reference, default_year=default_year)
    assert iso is None or ISO.match(iso)
    parse_period(text, reference=reference)
