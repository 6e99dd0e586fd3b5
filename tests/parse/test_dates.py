"""parse_date and find_dates on the ways papers from different forces write dates."""

from __future__ import annotations

import pytest

from scrutiny.parse.dates import DateMatch, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # numeric, day first
        ("11/12/2024", "2024-12-11"),
        ("1/2/2023", "2023-02-01"),
        ("03/04/25", "2025-04-03"),
        ("18.12.2024", "2024-12-18"),
        ("18-12-2024", "2024-12-18"),
        ("2024-12-18", "2024-12-18"),
        # written out, in several house styles
        ("3rd March 2025", "2025-03-03"),
        ("3 March 2025", "2025-03-03"),
        ("3 Mar 2025", "2025-03-03"),
        ("3-Mar-2025", "2025-03-03"),
        ("the 3rd of March 2025", "2025-03-03"),
        ("Wednesday, 18th December, 2024", "2024-12-18"),
        ("Wednesday 18 December 2024", "2024-12-18"),
        ("Weds 18 Dec 2024", "2024-12-18"),
        ("TUESDAY 4 FEBRUARY 2025", "2025-02-04"),
        ("March 3rd, 2025", "2025-03-03"),
        ("March 3, 2025", "2025-03-03"),
        ("Thursday 22nd Sept 2022", "2022-09-22"),
        ("Date of meeting: 7 June 2017 at 10.00am", "2017-06-07"),
        # month precision
        ("May 2023", "2023-05"),
        ("end of June 2025", "2025-06"),
        ("the end of June 2025", "2025-06"),
        ("mid-September 2024", "2024-09"),
        ("Late October 2024", "2024-10"),
        ("early 2025", "2025"),
        ("Anticipated completion date – May 2023", "2023-05"),
        ("Anticipated completion date - April 2023", "2023-04"),
        ("Revised target: Sept 2024", "2024-09"),
        ("December 2024 meeting", "2024-12"),
        ("Mar-23", "2023-03"),
        ("Jun '24", "2024-06"),
        ("MARCH 2023", "2023-03"),
        # periods where a date is expected: the end of the period
        ("Q3 2024/25", "2024-12"),
        ("Q4 2024/25", "2025-03"),
        ("Q1 2024/25", "2024-06"),
        ("Quarter 2 2025", "2025-06"),
        ("by the end of the financial year 2022/23", "2023-03"),
        ("end of 2024/25", "2025-03"),
        ("Spring 2025", "2025"),
        ("by 2030", "2030"),
        # day ranges: the first day
        ("21-27 October 2024", "2024-10-21"),
        ("w/c 14 April 2025", "2025-04-14"),
        ("week commencing 14th April 2025", "2025-04-14"),
    ],
)
def test_parse_date(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    ["TBC", "tba", "TBC (was March 2023)", "Ongoing", "on-going", "N/A", "n/a", "Unknown",
     "To be confirmed", "", "   ", "Complete", "see paragraph 3.1.12", "31 February 2024",
     "30/02/2024", "13/13/2024", "the meeting", "£2024", "2023/25", "figures for 2023/24"],
)
def test_parse_date_none_when_unsure(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "reference", "iso"),
    [
        # forward-looking: first occurrence on/after reference minus one month
        ("by 31 March", "2024-12-18", "2025-03-31"),
        ("by 30 November", "2024-12-18", "2024-11-30"),
        ("w/c 14 April", "2024-12-18", "2025-04-14"),
        ("w/c 9th September", "2022-09-26", "2022-09-09"),
        ("due end of June", "2024-12-18", "2025-06"),
        ("Deadline: 5 January", "2024-12-18", "2025-01-05"),
        ("by end of January", "2025-01-20", "2025-01"),
        # not forward: nearest occurrence
        ("on 14 October", "2024-12-18", "2024-10-14"),
        ("held on 2 October", "2024-12-18", "2024-10-02"),
        ("in January", "2024-12-18", "2025-01"),
        ("in June", "2024-12-18", "2024-06"),
        # a written year always wins over the reference
        ("by 31 March 2023", "2024-12-18", "2023-03-31"),
    ],
)
def test_missing_year_from_reference(text: str, reference: str, iso: str) -> None:
    assert parse_date(text, reference=reference) == iso


def test_default_year_wins_over_reference() -> None:
    assert parse_date("by 31 March", default_year=2023) == "2023-03-31"
    assert parse_date("by 31 March", default_year=2023, reference="2024-12-18") == "2023-03-31"


def test_missing_year_without_context_is_none() -> None:
    assert parse_date("by 31 March") is None
    assert parse_date("w/c 14 April") is None


def test_bad_reference_is_ignored() -> None:
    assert parse_date("by 31 March", reference="not a date") is None


def test_dateutil_fallback_keeps_precision() -> None:
    assert parse_date("2024-12-18T10:00:00") == "2024-12-18"
    assert parse_date("18 December 2024 10:00") == "2024-12-18"


def test_find_dates_spans_and_order() -> None:
    text = (
        "The Panel met on Wednesday 18 December 2024. The Force will report by 31 March "
        "and the review (w/c 14 April 2025) follows the 11/12/2024 board. Target: Q3 2024/25."
    )
    found = find_dates(text, reference="2024-12-18")
    assert [m.iso for m in found] == [
        "2024-12-18", "2025-03-31", "2025-04-14", "2024-12-11", "2024-12",
    ]
    for match in found:
        assert text[match.start : match.end] == match.text
    assert found[1].text == "31 March"  # the cue "by" is context, not part of the span
    assert found[2].text == "w/c 14 April 2025"


def test_find_dates_keeps_undatable_phrases_with_none() -> None:
    found = find_dates("Report back by 31 March.")
    assert found == [DateMatch(15, 23, "31 March", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Paragraph 3.1.12 sets out the plan.",
        "Call 01622 677055 or 0300 333 5866.",
        "There were 2024 incidents and 1,998 arrests.",
        "Section 136 of the Mental Health Act 1983 applies.",
        "The officer may report this; he said it may be late.",
        "Budget of £2,025,000 for 2024/25.",
    ],
)
def test_find_dates_ignores_numbers_that_are_not_dates(text: str) -> None:
    assert [m.iso for m in find_dates(text) if m.iso] == []


def test_lower_case_month_words_are_not_dates() -> None:
    assert find_dates("the team may 2 weeks later march on") == []


def test_year_only_needs_a_cue() -> None:
    assert [m.iso for m in find_dates("since 2019 and by 2050, with 2024 crimes")] == [
        "2019", "2050",
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [("in April and May 2024", "2024-04"), ("April to July 2024", "2024-04"),
     ("Nov-Feb 2025", "2024-11"), ("21-27 October 2024", "2024-10-21")],
)
def test_a_range_as_a_date_is_its_start(text: str, iso: str) -> None:
    assert parse_date(text) == iso
    assert len(find_dates(text)) == 1


@pytest.mark.parametrize(
    ("text", "iso"),
    [("31<sup>st</sup> July 2022", "2022-07-31"), ("31 st July 2022", "2022-07-31"),
     ("18.12.24", "2024-12-18"), (" 01-04-25 ", "2025-04-01")],
)
def test_converter_and_cell_forms(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_dotted_short_dates_in_running_text_stay_undated() -> None:
    assert [m.iso for m in find_dates("See paragraph 18.12.24 below.")] == [None]


@pytest.mark.parametrize(
    ("text", "iso"),
    [("was launched in June 2023", "2023-06"), ("by the end of March 2023", "2023-03"),
     ("since April 2020", "2020-04"), ("from November 2020", "2020-11"),
     ("In September 2022 the team", "2022-09")],
)
def test_a_cue_before_a_month_never_hides_its_written_year(text: str, iso: str) -> None:
    # the reference is far away: a written year must win over any inferred one
    assert parse_date(text, reference="2026-01-15") == iso
    assert [m.iso for m in find_dates(text, reference="2026-01-15")] == [iso]


def test_prefixes_join_the_span() -> None:
    found = find_dates("Due: End June 2025; W/C 14/04/2025; mid-2025; end of FY24/25.")
    assert [m.text for m in found] == ["End June 2025", "W/C 14/04/2025", "mid-2025",
                                       "end of FY24/25"]
    assert [m.iso for m in found] == ["2025-06", "2025-04-14", "2025", "2025-03"]


def test_bare_month_or_year_without_a_cue_is_not_a_date() -> None:
    assert find_dates("May I thank the 2023 cohort; March on.") == []


@pytest.mark.parametrize(("text", "iso"), [("2024/25", "2025-03"), ("FY24/25", "2025-03"),
                                           ("Financial year 2023-24", "2024-03")])
def test_a_cell_holding_only_a_financial_year_means_its_end(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("iso", ["2024-12-18", "2023-05", "2023", "2011-12"])
def test_iso_values_read_back_as_themselves(iso: str) -> None:
    # "2011-12" could be a financial year, but a whole value in our own format wins
    assert parse_date(iso) == iso


def test_forward_cue_counts_only_in_its_own_clause() -> None:
    text = "The Force will report back. On 14 October the board met; due by 31 March."
    assert [m.iso for m in find_dates(text, reference="2024-12-18")] == [
        "2024-10-14", "2025-03-31",
    ]


@pytest.mark.parametrize(
    ("text", "kwargs", "iso"),
    [
        ("Tuesday 4 February", {"default_year": 2024}, "2025-02-04"),
        ("Tuesday 4 February", {"reference": "2024-12-18"}, "2025-02-04"),
        ("Wednesday 2 October", {"reference": "2025-01-10"}, "2024-10-02"),
        ("Thursday, March 6th", {"default_year": 2025}, "2025-03-06"),
        # no year near fits the weekday: fall back to the ordinary rule
        ("Monday 4 February", {"default_year": 2024}, "2024-02-04"),
    ],
)
def test_weekday_picks_the_year(text: str, kwargs: dict[str, object], iso: str) -> None:
    assert parse_date(text, **kwargs) == iso  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "iso"),
    [("1-Apr-25", "2025-04-01"), ("1 Apr '25", "2025-04-01"), ("01 Apr 25", "2025-04-01"),
     ("2025.04.01", "2025-04-01"), ("2025/4/1", "2025-04-01"), ("H2 2025", "2025-12"),
     ("H1 2024/25", "2024-09"), ("31 Feb 25", None)],
)
def test_short_years_year_first_and_halves(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_a_two_digit_number_after_a_date_in_prose_is_not_its_year() -> None:
    assert [m.text for m in find_dates("On 3 March 25 officers attended.")] == ["3 March"]
