"""Dates and periods as UK police and crime papers write them.

Papers write the same date many ways ("11/12/2024", "Wednesday, 18th December, 2024",
"w/c 14 April", "Anticipated completion date – May 2023", "Q3 2024/25") and statistics
cover periods no general date library knows (UK financial years, "rolling 12 months to
Sep 2024", "21-27 October 2024"). This module keeps those UK rules in one place, regex
first because ``find_dates`` runs on every paragraph, with python-dateutil only as the
last resort for whole strings the rules do not recognise.

Rules, decided once here so every extractor agrees:

* **Day first.** ``11/12/2024`` is 11 December; a four-digit year first reads year,
  month, day (``2025.04.01``). In running text, numeric dates need a four-digit year when
  written with dots or hyphens (``3.1.12`` is a paragraph number, not a date), and a
  two-digit year after a written month needs a hyphen or apostrophe (``1-Apr-25``; in
  "3 March 25 officers" the 25 is a count). ``parse_date`` accepts ``18.12.24`` and
  ``01 Apr 25`` when they are the whole value (a cell). Two-digit years are 20xx.
* **Precision as written.** ``"2024-12-11"`` for a day, ``"2023-05"`` for a month,
  ``"2023"`` for a year. Qualifiers ("end of", "early", "mid", "late") keep the month.
* **A period where a date is expected means its end**, because a target written as a
  period is a deadline: ``"Q3 2024/25"`` → ``"2024-12"`` (financial Q3 is Oct–Dec),
  ``"end of 2024/25"`` → ``"2025-03"``, and a cell holding only ``"2024/25"`` →
  ``"2025-03"`` (in running text a bare financial year is a period, not a date);
  ``"H2 2025"`` → ``"2025-12"``. Seasons are too loosely bounded for a month, so
  ``"Spring 2025"`` → ``"2025"``.
* **A range as a date is its start**: ``"21-27 October 2024"`` → ``"2024-10-21"``,
  ``"April and May 2024"`` → ``"2024-04"`` (``parse_period`` gives the whole range).
* **Missing years.** A written weekday decides when exactly one year near
  ``default_year`` (or the reference's year) fits it: "Tuesday 4 February" in a
  December 2024 paper is 2025-02-04. Otherwise ``"31 March"`` takes ``default_year``
  when given; with a ``reference`` (the ISO meeting date), a date in a forward-looking
  clause ("by", "due", "w/c", "until", "deadline", "target", ...) is the first
  occurrence on or after ``reference`` minus one month (a deadline just missed is still
  this year's); any other is the occurrence nearest the reference. With neither, the
  year is unknown and the match's ``iso`` is ``None``.
* **A month or year alone needs a cue**: "by June", "in 2023", "end of June"; "May I"
  and "the 2023 cohort" are not dates. Words before a date that belong to it ("end of",
  "w/c", "mid-") join its span.
* **Never guess.** ``TBC``, ``TBA``, ``unknown``, ``ongoing``, ``n/a`` give ``None`` and
  so does any text that does not hold a date. References and default years outside
  1900–2100 are ignored.

Periods (``Period``, ``find_periods``, ``parse_period``) live in ``periods.py`` and are
re-exported here; the regex pieces both share are in ``date_patterns.py``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as dateutil_parser
from dateutil.relativedelta import relativedelta

from scrutiny.parse.date_patterns import (
    DAY,
    DAY_N,
    FIN_YEAR,
    MAX_TEXT,
    MONTH,
    MONTHS,
    SEASON,
    WEEK_OF,
    YEAR,
    fin_year_start,
    full_year,
    iso_date,
    month_number,
    parse_reference,
    quarter_parts,
    quarter_pattern,
)
from scrutiny.parse.periods import Period, find_periods, parse_period

__all__ = [
    "MONTHS",
    "DateMatch",
    "Period",
    "find_dates",
    "find_periods",
    "parse_date",
    "parse_period",
]


@dataclass(frozen=True)
class DateMatch:
    """A date phrase found in running text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    iso: str | None


WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?)"
DASH = r"\s*(?:-|–|—|to|until|and)\s*"
# Words before a date that belong to it, found by looking back from the date (cheaper than
# letting every "the", "in" or "end" start a match): "end of June", "End June",
# "mid-September", "late October" (the month is kept) and "w/c 14 April".
QUALIFIER_BEFORE = re.compile(
    r"(?i:\b(?:very\s+)?(?:end|beginning|start|middle|close)(?:\s+of)?(?:\s+the)?\s+"
    r"|\b(?:early|mid|late)[\s-]+|\bmid-)$"
)
WEEK_OF_BEFORE = re.compile(rf"\b{WEEK_OF}$")
# A month or a year alone is a date only after one of these ("by June", "in 2023").
CUE_BEFORE = re.compile(r"\b(?i:by|in|until|till|during|from|before|after|since)\s+$")
FIN_YEAR_END_BEFORE = re.compile(
    r"\b(?i:end\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?)$"
)
FORWARD_CUE = re.compile(
    r"\b(?:by|due|deadline|until|till|before|next|expected|anticipated|target(?:ed)?|"
    r"complet\w*|scheduled|planned|will|to\s+be|no\s+later\s+than|w/c|w/b|"
    r"week\s+(?:commencing|beginning)|forthcoming|upcoming|revised)\b",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(
    r"^\W*(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|determined|arranged)|unknown|"
    r"ongoing|on-going|n/?a|none|not\s+known|various)\b",
    re.IGNORECASE,
)


def _alt(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


# One master pattern; the order of the alternatives is the priority at one position.
# Every alternative wraps its core date in a group named c_<kind> so that a leading cue
# ("by", "in") can be matched for context but left out of the span.
_DATE_ALTERNATIVES = [
    _alt("dayrange", rf"(?P<rd1>{DAY}){DASH}(?P<rd2>{DAY})\s+(?:of\s+)?"
         rf"(?P<rm>{MONTH})(?:,?\s+(?P<ry>{YEAR}))?"),
    _alt("dmy", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})"
         rf"(?:\s+of)?[\s-]+(?P<m>{MONTH})"
         # a two-digit year only after a hyphen or apostrophe: "1-Apr-25", "1 Apr '25"
         rf"(?:,?[\s-]+(?P<y>{YEAR}|(?<=-)\d{{2}}(?![\d:.]))|\s*['’](?P<ya>\d{{2}})(?!\d))?"),
    _alt("mdy", rf"(?:(?P<wd2>{WEEKDAY}),?\s+)?(?P<m2>{MONTH})\s+"
         rf"(?P<d2>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th|(?=,?\s+{YEAR}))"
         rf"(?:,?\s+(?P<y2>{YEAR}))?"),
    _alt("iso", rf"(?<![\d/.-])(?P<iy>{YEAR})(?P<isep>[-./])(?P<im>[01]?\d)(?P=isep)"
         r"(?P<id>[0-3]?\d)(?![\d-])"),  # year first: "2025-04-01", "2025.04.01", "2025/4/1"
    _alt("half", rf"H(?P<h>[12])\s*(?:FY\s*)?(?P<hy>{FIN_YEAR}|{YEAR})"),
    _alt("num", r"(?<![\d/.-])(?P<nd>[0-3]?\d)(?P<sep>[/.-])"
         r"(?P<nm>[01]?\d)(?P=sep)(?P<ny>(?:19|20)\d{2}|\d{2})(?![\d/]|[.-]\d)"),
    _alt("quarter", quarter_pattern("d")),
    _alt("season", rf"(?P<s>{SEASON})\s+(?:of\s+)?(?P<sy>{YEAR})(?!\s*[/-]\s*\d)"),
    _alt("monthpair", rf"(?P<mp1>{MONTH})\s*(?:-|–|(?i:to|and|until))\s*"
         rf"(?P<mp2>{MONTH})(?:,?\s+|\s*[-'’]\s*)(?P<mpy>{YEAR}|(?<=[-'’])\d{{2}}(?!\d))"),
    _alt("my", rf"(?P<m3>{MONTH})(?:,?\s+|\s*[-'’]\s*)"
         r"(?P<y3>(?:19|20)\d{2}(?!\d)(?!\s*[/-]\s*\d)|(?<=[-'’])\d{2}(?!\d))"),
    # kept only after an "end of" (checked by looking back): "end of 2024/25"
    _alt("fyend", rf"(?:FY\s*)?(?P<fy>{FIN_YEAR})"),
    # a month or a year alone: kept only after a cue or a qualifier (looked back for)
    _alt("month", rf"(?P<m4>{MONTH})(?!\s*(?:-|–|(?i:to|and|until))\s*{MONTH})"),
    _alt("year", rf"(?<![\d£$€.,])(?P<yy>{YEAR})(?!\s*[/%-]\s*\d|[.,]\d|%)"),
]
# Speed: find_dates runs on every paragraph, so a match may start only at a digit, a
# capital or one of a few words ("spring 2025", "quarter 3", "third quarter"); the words
# that may come before a date ("by", "end of", "w/c") are found by looking back from it.
_DATE_OPENINGS = (
    r"\b(?=[\dA-Z]|(?:spring|summer|autumn|winter|quarter|first|second|third|fourth)\b)"
)
DATE_RE = re.compile(_DATE_OPENINGS + "(?:" + "|".join(_DATE_ALTERNATIVES) + ")")


def _int(text: str) -> int:
    return int(re.sub(r"\D", "", text))


@dataclass(frozen=True)
class _YearContext:
    default_year: int | None
    reference: date | None
    forward: bool


def _infer_year(month: int, day: int | None, ctx: _YearContext) -> int | None:
    """The year of a day-month or month written without one; see the module docstring."""
    if ctx.default_year is not None:
        return ctx.default_year
    if ctx.reference is None:
        return None
    ref = ctx.reference
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        last = calendar.monthrange(year, month)[1]
        candidates.append((year, date(year, month, min(day or last, last))))
    if ctx.forward:
        floor = ref - relativedelta(months=1)
        if day is None:  # month precision: compare whole months
            floor = floor.replace(day=1)
        return next(year for year, when in candidates if when >= floor)
    return min(candidates, key=lambda c: abs((c[1] - ref).days))[0]


def _day_month(day: int, month: int, year_text: str | None, ctx: _YearContext) -> str | None:
    year = full_year(year_text) if year_text else _infer_year(month, day, ctx)
    return iso_date(year, month, day) if year is not None else None


def _month_year(month: int, year_text: str | None, ctx: _YearContext) -> str | None:
    year = full_year(year_text) if year_text else _infer_year(month, None, ctx)
    return iso_date(year, month) if year is not None else None


def _quarter_end(quarter: int, year_text: str) -> str | None:
    """The last month of a quarter: financial when written "2024/25", else calendar."""
    year_text = re.sub(r"^FY\s*", "", year_text)
    if re.search(r"[/-]", year_text):
        start = fin_year_start(year_text)
        if start is None:
            return None
        month = 3 * quarter + 3
        return iso_date(start + (month > 12), (month - 1) % 12 + 1)
    return iso_date(int(year_text), 3 * quarter)


Match = re.Match[str]


def _d_written(
    day: str, month: str, year: str, weekday: str | None = None, year_alt: str | None = None
) -> Callable[[Match, _YearContext], str | None]:
    """A reader for a written day date whose parts are in the groups named."""

    def read(m: Match, ctx: _YearContext) -> str | None:
        d, mo = _int(m.group(day)), month_number(m.group(month))
        written = m.group(year) or (m.group(year_alt) if year_alt else None)
        named = m.group(weekday) if weekday else None
        if named and not written:
            found = _year_from_weekday(d, mo, named, ctx)
            if found is not None:
                return iso_date(found, mo, d)
        return _day_month(d, mo, written, ctx)

    return read


def _year_from_weekday(day: int, month: int, weekday: str, ctx: _YearContext) -> int | None:
    """"Tuesday 4 February" in a paper of late 2024: the one year near it where 4 February
    is a Tuesday (2025). Only used when exactly one nearby year fits."""
    around = ctx.default_year or (ctx.reference.year if ctx.reference else None)
    wanted = _WEEKDAYS.get(weekday[:3].lower())
    if around is None or wanted is None:
        return None
    fits = []
    for year in (around - 1, around, around + 1):
        try:
            if date(year, month, day).weekday() == wanted:
                fits.append(year)
        except ValueError:  # 29 February
            continue
    return fits[0] if len(fits) == 1 else None


_WEEKDAYS = {name: number for number, name in
             enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def _d_fyend(m: Match, ctx: _YearContext) -> str | None:
    return _fin_year_end(m.group("fy"))


def _d_monthpair(m: Match, ctx: _YearContext) -> str | None:
    """"April to July 2024" as a date is its first month; "Nov-Feb 2025" starts in 2024."""
    first, last = month_number(m.group("mp1")), month_number(m.group("mp2"))
    return iso_date(full_year(m.group("mpy")) - (first > last), first)


def _d_month(m: Match, ctx: _YearContext) -> str | None:
    month_text = m.group("m3") or m.group("m4")
    return _month_year(month_number(month_text), m.group("y3"), ctx)


_ISO_READERS: dict[str, Callable[[Match, _YearContext], str | None]] = {
    "dayrange": _d_written("rd1", "rm", "ry"),
    "dmy": _d_written("d", "m", "y", "wd", "ya"),
    "mdy": _d_written("d2", "m2", "y2", "wd2"),
    "iso": lambda m, ctx: iso_date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))),
    "num": lambda m, ctx: _numeric(m.group("nd"), m.group("nm"), m.group("ny"), m.group("sep")),
    "quarter": lambda m, ctx: _quarter_end(*quarter_parts(m.groupdict(), "d")),
    "season": lambda m, ctx: iso_date(int(m.group("sy"))),
    "half": lambda m, ctx: _quarter_end(2 * int(m.group("h")), m.group("hy")),
    "fyend": _d_fyend,
    "monthpair": _d_monthpair,
    "my": _d_month,
    "month": _d_month,
    "year": lambda m, ctx: iso_date(int(m.group("yy"))),
}


def _numeric(day: str, month: str, year: str, sep: str) -> str | None:
    """11/12/2024 day first; dotted and hyphenated dates need a four-digit year."""
    if sep in ".-" and len(year) != 4:
        return None
    return iso_date(full_year(year), int(month), int(day))


def _is_forward(text: str, start: int, match_text: str) -> bool:
    """Whether the clause the date sits in looks ahead ("will report by 31 March").

    Only the clause counts: a "will" in the sentence before says nothing of "On 14
    October the board met".
    """
    window = text[max(0, start - 60) : start]
    window = _CLAUSE_BREAK.split(window)[-1]
    return FORWARD_CUE.search(window + " " + match_text) is not None


_CLAUSE_BREAK = re.compile(r"[.;!?]\s|\n|\t")


def find_dates(
    text: str, *, default_year: int | None = None, reference: str | None = None
) -> list[DateMatch]:
    """Every date phrase in ``text``, in order, with spans; spans never overlap.

    A phrase whose year cannot be known (``"31 March"`` with no ``default_year`` or
    ``reference``) or that names no real day (``"31 February 2024"``) is still returned,
    with ``iso=None``, so callers can cite it. Text beyond ``MAX_TEXT`` is not searched.
    """
    return list(_find_dates(text[:MAX_TEXT], default_year, reference))


@lru_cache(maxsize=4096)
def _find_dates(text: str, default_year: int | None, reference: str | None
                ) -> tuple[DateMatch, ...]:
    """``find_dates`` of one text, kept: several extractors scan the same sentence or
    cell, and DateMatches are immutable."""
    ref = parse_reference(reference)
    if default_year is not None and not 1900 <= default_year <= 2100:
        default_year = None  # not a year a paper is from: ignore it rather than fail
    found: list[DateMatch] = []
    for m in DATE_RE.finditer(text):
        kind = m.lastgroup or ""
        start = _start_with_prefix(text, m, found[-1].end if found else 0)
        if start is None:
            continue
        forward = _is_forward(text, start, m.group(0))
        iso = _ISO_READERS[kind](m, _YearContext(default_year, ref, forward))
        found.append(DateMatch(start, m.end(), text[start : m.end()], iso))
    return tuple(found)


_PREFIXES = {"dmy": WEEK_OF_BEFORE, "mdy": WEEK_OF_BEFORE, "num": WEEK_OF_BEFORE,
             "dayrange": WEEK_OF_BEFORE, "my": QUALIFIER_BEFORE, "monthpair": QUALIFIER_BEFORE,
             "month": QUALIFIER_BEFORE, "year": QUALIFIER_BEFORE}


def _start_with_prefix(text: str, m: Match, floor: int) -> int | None:
    """Where the date phrase starts once the words before it that belong to it are added
    ("end of", "w/c"); None for a bare month, year or financial year without its cue."""
    kind = m.lastgroup or ""
    before = text[max(floor, m.start() - 40) : m.start()]
    prefix = _PREFIXES.get(kind)
    found = prefix.search(before) if prefix else None
    if found:
        return m.start() - (len(before) - found.start())
    if kind == "fyend":
        end_of = FIN_YEAR_END_BEFORE.search(before)
        return m.start() - (len(before) - end_of.start()) if end_of else None
    if kind in ("month", "year"):
        return m.start() if CUE_BEFORE.search(before) else None
    return m.start()


def parse_date(
    text: str, *, default_year: int | None = None, reference: str | None = None
) -> str | None:
    """The first date in ``text`` as ISO at the precision written, or None.

    ``text`` may be a bare value ("11/12/2024") or a phrase around one ("Anticipated
    completion date – May 2023", "December 2024 meeting"). Text that begins with a
    placeholder (TBC, TBA, ongoing, unknown, n/a) is None even if a date follows, since
    "TBC (was March 2023)" does not say the date is March 2023. Never raises.
    """
    if not text or PLACEHOLDER.match(text):
        return None
    whole = _whole_value(text.strip())
    if whole is not None:
        return whole[0]
    matches = find_dates(text, default_year=default_year, reference=reference)
    for match in matches:
        if match.iso is not None:
            return match.iso
    # A phrase our rules saw but could not date ("3.1.12", "31 March" with no year)
    # stays None; only text they did not see at all goes to dateutil.
    return None if matches else _dateutil_fallback(text)


def _fin_year_end(text: str) -> str | None:
    start = fin_year_start(text)
    return iso_date(start + 1, 3) if start is not None else None


# Forms that are dates only when they are the whole value (a table cell, a "Due:" field);
# in running text each could be something else (a paragraph number, a period, a count).
_WHOLE_VALUES: list[tuple[re.Pattern[str], Callable[[Match], str | None]]] = [
    # "18.12.24": in running text it may be paragraph 18.12.24
    (re.compile(r"([0-3]?\d)[.-]([01]?\d)[.-](\d{2})"),
     lambda m: iso_date(full_year(m.group(3)), int(m.group(2)), int(m.group(1)))),
    # "01 Apr 25": in running text "3 March 25 officers" is a count
    (re.compile(rf"({DAY_N})(?:st|nd|rd|th)?\s+({MONTH})\s+(\d{{2}})"),
     lambda m: iso_date(full_year(m.group(3)), month_number(m.group(2)), int(m.group(1)))),
    # our own month precision ("2023-05") reads back as itself
    (re.compile(r"((?:19|20)\d{2})-(0[1-9]|1[0-2])"),
     lambda m: iso_date(int(m.group(1)), int(m.group(2)))),
    # a due date of "2024/25" is its end; in running text it is a period
    (re.compile(rf"(?:FY\s*|(?i:financial\s+year)\s+)?({FIN_YEAR})"),
     lambda m: _fin_year_end(m.group(1))),
]


def _whole_value(text: str) -> tuple[str | None] | None:
    """(iso,) when ``text`` as a whole is one of _WHOLE_VALUES, else None."""
    for pattern, read in _WHOLE_VALUES:
        found = pattern.fullmatch(text)
        if found:
            return (read(found),)
    return None


_SENTINELS = (datetime(1901, 1, 1), datetime(1902, 2, 2))


def _dateutil_fallback(text: str) -> str | None:
    """Strict dateutil parse of a short whole value, at the precision it states.

    Parsing twice with different defaults shows which fields the text supplied, so a
    bare "March" (no year) gives None rather than a guessed year.
    """
    text = text.strip()
    if len(text) > 40 or not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text):
        return None
    year_first = re.match(r"\d{4}\D", text) is not None  # "2025.04.01" is not 4 January
    try:
        first, second = (
            dateutil_parser.parse(text, dayfirst=not year_first, yearfirst=year_first, default=d)
            for d in _SENTINELS
        )
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year or not 1900 <= first.year <= 2100:
        return None
    if first.month != second.month:
        return iso_date(first.year)
    if first.day != second.day:
        return iso_date(first.year, first.month)
    return iso_date(first.year, first.month, first.day)
