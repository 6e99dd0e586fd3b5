"""parse_period and find_periods on the periods statistics are given for."""

from __future__ import annotations

import pytest

from scrutiny.parse.dates import Period, find_periods, parse_period


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2021", "2021-01-01", "2021-12-31"),
        ("calendar year 2023", "2023-01-01", "2023-12-31"),
        ("2023/24", "2023-04-01", "2024-03-31"),
        ("2023-24", "2023-04-01", "2024-03-31"),
        ("2023/2024", "2023-04-01", "2024-03-31"),
        ("FY 2023/24", "2023-04-01", "2024-03-31"),
        ("financial year 2019/20", "2019-04-01", "2020-03-31"),
        ("2017/18 to 2019/20", "2017-04-01", "2020-03-31"),
        ("financial year to August 2022", "2022-04-01", "2022-08-31"),
        ("Financial Year to February 2023", "2022-04-01", "2023-02-28"),
        ("FYTD to end of Jan 2024", "2023-04-01", "2024-01-31"),
        ("year to date to June 2024", "2024-04-01", "2024-06-30"),
        ("rolling 12 months to Sep 2024", "2023-10-01", "2024-09-30"),
        ("Rolling 12 months to end of September 2024", "2023-10-01", "2024-09-30"),
        ("rolling year to August 2022", "2021-09-01", "2022-08-31"),
        ("12 months to September 2024", "2023-10-01", "2024-09-30"),
        ("twelve months ending March 2024", "2023-04-01", "2024-03-31"),
        ("year ending March 2024", "2023-04-01", "2024-03-31"),
        ("Year ended 31 March 2024", "2023-04-01", "2024-03-31"),
        ("12 months ending 30 September 2024", "2023-10-01", "2024-09-30"),
        ("3 months to June 2024", "2024-04-01", "2024-06-30"),
        ("quarter to June 2024", "2024-04-01", "2024-06-30"),
        ("Q2 2024/25", "2024-07-01", "2024-09-30"),
        ("Q4 2024/25", "2025-01-01", "2025-03-31"),
        ("Quarter 1 2023/24", "2023-04-01", "2023-06-30"),
        ("Q2 2024", "2024-04-01", "2024-06-30"),
        ("Apr 2024 to Jul 2024", "2024-04-01", "2024-07-31"),
        ("April to July 2024", "2024-04-01", "2024-07-31"),
        ("Apr-Jul 2024", "2024-04-01", "2024-07-31"),
        ("April and May 2024", "2024-04-01", "2024-05-31"),
        ("between April and June 2023", "2023-04-01", "2023-06-30"),
        ("November to February 2024", "2023-11-01", "2024-02-29"),
        ("August 2021 to July 2022", "2021-08-01", "2022-07-31"),
        ("Oct 2023 to Oct 2024", "2023-10-01", "2024-10-31"),
        ("Sep-23 to Aug-24", "2023-09-01", "2024-08-31"),
        ("21-27 October 2024", "2024-10-21", "2024-10-27"),
        ("21st – 27th October 2024", "2024-10-21", "2024-10-27"),
        ("28 October to 3 November 2024", "2024-10-28", "2024-11-03"),
        ("1 April 2024 to 31 March 2025", "2024-04-01", "2025-03-31"),
        ("Spring 2025", "2025-03-01", "2025-05-31"),
        ("Winter 2024", "2024-12-01", "2025-02-28"),
        ("September 2022", "2022-09-01", "2022-09-30"),
        ("Sep 2024", "2024-09-01", "2024-09-30"),
        ("Feb-24", "2024-02-01", "2024-02-29"),
        ("as at 31 July 2022", "2022-07-31", "2022-07-31"),
        ("in 2023", "2023-01-01", "2023-12-31"),
        ("during 2023/24", "2023-04-01", "2024-03-31"),
    ],
)
def test_parse_period_bounds(text: str, start: str, end: str) -> None:
    assert parse_period(text) == Period(text, start, end)


@pytest.mark.parametrize("text", ["2023/25", "2024/23", "the Panel", "", "3.1.12", "Q3"])
def test_parse_period_none(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize(
    ("text", "label"), [("Q5 2024/25", "2024/25"), ("32-35 October 2024", "October 2024")]
)
def test_impossible_forms_fall_back_to_the_valid_part(text: str, label: str) -> None:
    period = parse_period(text)
    assert period is not None and period.label == label


def test_label_is_trimmed_text_as_written() -> None:
    assert parse_period("  Rolling year to August 2022: ") == Period(
        "Rolling year to August 2022", "2021-09-01", "2022-08-31"
    )


def test_one_period_inside_longer_text_gets_its_own_label() -> None:
    period = parse_period("Rolling year to August 2022: 1,310 charges / 4.7%")
    assert period == Period("Rolling year to August 2022", "2021-09-01", "2022-08-31")


def test_two_periods_are_ambiguous() -> None:
    assert parse_period("2022/23 compared with 2023/24") is None


@pytest.mark.parametrize(
    ("text", "reference", "start", "end"),
    [
        ("2024 (to date)", "2024-12-18", "2024-01-01", "2024-12-18"),
        ("Nov 2024 (to date)", "2024-12-18", "2024-11-01", "2024-12-18"),
        ("past 12 months", "2024-12-18", "2023-12-19", "2024-12-18"),
        ("last six months", "2024-12-18", "2024-06-19", "2024-12-18"),
    ],
)
def test_reference_closes_open_periods(text: str, reference: str, start: str, end: str) -> None:
    assert parse_period(text, reference=reference) == Period(text, start, end)


def test_open_period_without_reference_keeps_end_open() -> None:
    assert parse_period("2024 (to date)") == Period("2024 (to date)", "2024-01-01", None)


@pytest.mark.parametrize(
    "text", ["this year", "last year", "the same period last year", "past 12 months",
             "year to date", "the previous quarter"]
)
def test_relative_periods_are_labelled_without_bounds(text: str) -> None:
    assert parse_period(text) == Period(text, None, None)


def test_find_periods_in_running_text() -> None:
    text = (
        "In the rolling year to August 2022 there were 1,310 charges (4.7%), against "
        "1,900 in 2020/21; this year so far the rate is higher. Q2 2024/25 figures follow."
    )
    found = find_periods(text)
    labels = [period.label for _, _, period in found]
    assert labels == ["rolling year to August 2022", "2020/21", "this year", "Q2 2024/25"]
    for start, end, period in found:
        assert text[start:end] == period.label


def test_find_periods_ignores_money_and_counts() -> None:
    text = "A budget of £2,024,000 and 2,023 officers; 2023% is not a year; call 01622 2024."
    assert [p.label for _, _, p in find_periods(text)] == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # whole-date ranges, written and numeric
        ("01/04/2024 to 31/03/2025", "2024-04-01", "2025-03-31"),
        ("1 April 2024 - 31 March 2025", "2024-04-01", "2025-03-31"),
        ("between 1 April and 30 June 2024", "2024-04-01", "2024-06-30"),
        ("from 1st April 2024 until 30th June 2024", "2024-04-01", "2024-06-30"),
        # weeks
        ("week ending 27 October 2024", "2024-10-21", "2024-10-27"),
        ("w/c 14 October 2024", "2024-10-14", "2024-10-20"),
        ("Week commencing 14/10/2024", "2024-10-14", "2024-10-20"),
        # year ranges: calendar unless a dash joins consecutive years
        ("2019 to 2023", "2019-01-01", "2023-12-31"),
        ("between 2019 and 2023", "2019-01-01", "2023-12-31"),
        ("2022-2023", "2022-04-01", "2023-03-31"),
        # financial-year and quarter spellings
        ("FY24/25", "2024-04-01", "2025-03-31"),
        ("FY 2024-25", "2024-04-01", "2025-03-31"),
        ("Q3 24/25", "2024-10-01", "2024-12-31"),
        ("2024/25 Q3", "2024-10-01", "2024-12-31"),
        ("Quarter Three 2024/25", "2024-10-01", "2024-12-31"),
        ("third quarter of 2024/25", "2024-10-01", "2024-12-31"),
        ("Q3 FY24/25", "2024-10-01", "2024-12-31"),
        # month ranges with other dashes and a leading "from"
        ("April 2023 – March 2024", "2023-04-01", "2024-03-31"),
        ("April 2023 — March 2024", "2023-04-01", "2024-03-31"),
        ("from April to July 2024", "2024-04-01", "2024-07-31"),
        # points in time
        ("as at 31/07/2022", "2022-07-31", "2022-07-31"),
        ("as at end of March 2024", "2024-03-31", "2024-03-31"),
        ("at the end of March 2024", "2024-03-31", "2024-03-31"),
        ("as of 1 April 2024", "2024-04-01", "2024-04-01"),
        ("18 December 2024", "2024-12-18", "2024-12-18"),
        # open periods
        ("since April 2020", "2020-04-01", None),
        ("since 2019", "2019-01-01", None),
        ("from 14 October 2024", "2024-10-14", None),
        ("by 2050", None, "2050-12-31"),
        ("by the end of March 2023", None, "2023-03-31"),
        ("by the end of the financial year 2022/23", None, "2023-03-31"),
        ("prior to March 2023", None, "2023-02-28"),
        ("before 1 April 2024", None, "2024-03-31"),
    ],
)
def test_more_period_forms(text: str, start: str | None, end: str | None) -> None:
    assert parse_period(text) == Period(text, start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("since April 2020", "2020-04-01", "2024-12-18"),
        ("financial year to date", "2024-04-01", "2024-12-18"),
        ("year to date", "2024-01-01", "2024-12-18"),
        ("last 3 years", "2021-12-19", "2024-12-18"),
        ("past four weeks", "2024-11-21", "2024-12-18"),
    ],
)
def test_reference_places_open_and_relative_periods(text: str, start: str, end: str) -> None:
    assert parse_period(text, reference="2024-12-18") == Period(text, start, end)


def test_reference_before_start_leaves_end_open() -> None:
    assert parse_period("since April 2025", reference="2024-12-18") == Period(
        "since April 2025", "2025-04-01", None
    )


@pytest.mark.parametrize(
    "text", ["first two weeks", "quarter two", "the previous quarter", "last year",
             "this financial year", "next 6 months"]
)
def test_more_relative_periods(text: str) -> None:
    period = parse_period(text)
    assert period is not None and period.label == text and period.start is None


def test_a_day_date_is_not_read_as_its_month() -> None:
    labels = [p.label for _, _, p in find_periods("Recorded on 18 December 2024 (provisional).")]
    assert labels == ["18 December 2024"]


def test_range_labels_leave_out_from_and_between() -> None:
    text = "Recorded from November 2020 to July 2021, and between 2019 and 2023 overall."
    assert [p.label for _, _, p in find_periods(text)] == [
        "November 2020 to July 2021", "2019 and 2023",
    ]


def test_table_header_years_separated_by_tabs() -> None:
    header = "Area\t2021\t2022\t2023\t2024 (to date)"
    assert [p.label for _, _, p in find_periods(header)] == [
        "2021", "2022", "2023", "2024 (to date)",
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("YE Mar 2024", "2023-04-01", "2024-03-31"),
        ("YE Sep-24", "2023-10-01", "2024-09-30"),
        ("half year to September 2024", "2024-04-01", "2024-09-30"),
        ("six months to 30 September 2024", "2024-04-01", "2024-09-30"),
        ("Apr 24 - Sep 24", "2024-04-01", "2024-09-30"),
        ("Oct 23 to Sep 24", "2023-10-01", "2024-09-30"),
        ("as at 31st July 2022", "2022-07-31", "2022-07-31"),
        ("as at 31 st July 2022", "2022-07-31", "2022-07-31"),
    ],
)
def test_compact_and_converter_forms(text: str, start: str, end: str) -> None:
    assert parse_period(text) == Period(text, start, end)


def test_relative_full_years() -> None:
    assert parse_period("the last 3 full years", reference="2024-12-18") == Period(
        "the last 3 full years", "2021-12-19", "2024-12-18"
    )


@pytest.mark.parametrize(
    ("text", "reference", "start", "end"),
    [
        ("April to July", "2024-12-18", "2024-04-01", "2024-07-31"),
        ("April to July", "2024-05-10", "2023-04-01", "2023-07-31"),
        ("between April and June", "2024-12-18", "2024-04-01", "2024-06-30"),
        ("Nov-Feb", "2024-05-10", "2023-11-01", "2024-02-29"),
    ],
)
def test_yearless_month_ranges_are_the_latest_before_the_reference(
    text: str, reference: str, start: str, end: str
) -> None:
    assert parse_period(text) == Period(text, None, None)
    assert parse_period(text, reference=reference) == Period(text, start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Q1-Q3 2024/25", "2024-04-01", "2024-12-31"),
        ("Q1 to Q2 2024", "2024-01-01", "2024-06-30"),
        ("H1 2024/25", "2024-04-01", "2024-09-30"),
        ("H2 2024", "2024-07-01", "2024-12-31"),
        ("first half of 2024/25", "2024-04-01", "2024-09-30"),
        ("second half of the financial year 2023/24", "2023-10-01", "2024-03-31"),
        ("between 2019/20 and 2023/24", "2019-04-01", "2024-03-31"),
    ],
)
def test_quarter_and_half_ranges(text: str, start: str, end: str) -> None:
    assert parse_period(text) == Period(text, start, end)


def test_ytd_after_a_period_leaves_it_open() -> None:
    assert parse_period("2024/25 YTD") == Period("2024/25 YTD", "2024-04-01", None)
    assert parse_period("2024/25 YTD", reference="2024-12-18") == Period(
        "2024/25 YTD", "2024-04-01", "2024-12-18"
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("12 months to 30/09/2024", "2023-10-01", "2024-09-30"),
        ("year to 31.03.2024", "2023-04-01", "2024-03-31"),
        ("12 months to 15 March 2024", "2023-03-16", "2024-03-15"),
        ("three years to March 2024", "2021-04-01", "2024-03-31"),
        ("01/04/24-30/09/24", "2024-04-01", "2024-09-30"),
        ("2024-04-01 to 2024-09-30", "2024-04-01", "2024-09-30"),
        ("2024-12-18", "2024-12-18", "2024-12-18"),
        ("12 months to 2024-09-30", "2023-10-01", "2024-09-30"),
    ],
)
def test_windows_and_ranges_on_numeric_days(text: str, start: str, end: str) -> None:
    assert parse_period(text) == Period(text, start, end)
