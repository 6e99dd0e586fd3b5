"""Periods that statistics cover, as UK police and crime papers write them.

A figure in a paper is for a period: a calendar year ("2021"), a UK financial year
("2023/24", "2023-24", "FY24/25": 1 April to 31 March), a financial quarter ("Q2
2024/25": Jul–Sep) or a calendar one ("Q2 2024"), a window ending in a month ("rolling
12 months to Sep 2024", "year ending March 2024", "financial year to August 2022"), a
range ("Apr 2024 to Jul 2024", "21-27 October 2024"), a season (meteorological:
"Spring 2025" is Mar–May), a point ("as at 31 July 2022"), an open period ("since April
2020", "by 2050", "2024 (to date)") or a relative one ("this year", "past 12 months").

``find_periods`` finds them in running text with their spans; ``parse_period`` reads one
label. Labels keep the text as written; ``start``/``end`` are ISO days, inclusive, or
None where the text leaves them open or only a reference date could place them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from scrutiny.parse.date_patterns import (
    DAY_N,
    FIN_YEAR,
    MAX_TEXT,
    MONTH,
    ORD,
    SEASON,
    SEASON_MONTHS,
    WEEK_OF,
    YEAR,
    fin_year_start,
    full_year,
    month_end,
    month_number,
    month_start,
    parse_reference,
    quarter_parts,
    quarter_pattern,
)

__all__ = ["Period", "find_periods", "parse_period"]


@dataclass(frozen=True)
class Period:
    """A period a figure covers: the label as written, ISO day bounds inclusive or None."""

    label: str
    start: str | None
    end: str | None


def _period(label: str, start: date | None, end: date | None) -> Period:
    return Period(label, start.isoformat() if start else None, end.isoformat() if end else None)


def _months_back(end_year: int, end_month: int, months: int) -> date:
    """First day of the month ``months - 1`` before the end month: the start of a window."""
    return month_start(end_year, end_month) - relativedelta(months=months - 1)


FROM = r"(?:(?i:between|from)\s+)?"
RANGE_DASH = r"\s*(?:-|–|—|(?i:to|until|till|through|and))\s*"
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
                "twenty-four": 24, "thirty-six": 36}
NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
Bounds = tuple[date | None, date | None]


def _mon_y(m: str, y: str) -> str:
    """A month and year ("Sep 2024", "Sep-24") with the named groups ``m`` and ``y``."""
    return rf"(?P<{m}>{MONTH})(?:,?\s+|\s*[-'’]\s*)(?P<{y}>{YEAR}|(?<=[-'’])\d{{2}}(?!\d))"


def _dmy(p: str) -> str:
    """A whole day date, written ("1st April 2024") or numeric ("01/04/2024"), groups ``p*``."""
    return (
        rf"(?:(?P<{p}d>{DAY_N}){ORD}\s+(?:of\s+)?(?P<{p}m>{MONTH}),?\s+(?P<{p}y>{YEAR})"
        rf"|(?P<{p}iy>{YEAR})-(?P<{p}im>[01]\d)-(?P<{p}id>[0-3]\d)(?!\d)"
        rf"|(?<![\d/.])(?P<{p}nd>{DAY_N})(?P<{p}sep>[/.-])(?P<{p}nm>[01]?\d)(?P={p}sep)"
        # "01/04/24-30/09/24": after a slash date a hyphen is a range dash
        rf"(?P<{p}ny>(?:19|20)\d{{2}}|\d{{2}})(?!\d|/|(?P={p}sep)\d))"
    )


def _point(p: str) -> str:
    """A day date, a month and year, or a year: what "since", "by" and "as at" take."""
    year = rf"(?<![\d£$€.,])(?P<{p}yy>{YEAR})(?!\s*[/–-]\s*\d|[.,]\d|%)"
    return rf"(?:{_dmy(p)}|{_mon_y(p + 'om', p + 'oy')}|{year})"


WINDOW = (
    rf"(?:YE\s*|(?i:(?:rolling\s+)?(?:(?P<wn>{NUMBER})\s+(?P<wu>months?|years?)"
    r"|(?P<half>half[\s-]year)|(?:rolling\s+|financial\s+|calendar\s+)?year|quarter)"
    r"(?:\s+period)?\s+(?:to|ending|ended|up\s+to)(?:\s+(?:the\s+)?end\s+of)?\s+))"
)

# (name, pattern); ordered so the longest sensible reading wins at one position.
_PERIOD_ALTERNATIVES = [
    ("fyrange", rf"{FROM}(?:FY\s*)?(?P<fa>{FIN_YEAR}){RANGE_DASH}(?:FY\s*)?(?P<fb>{FIN_YEAR})"),
    ("fullrange", rf"{FROM}{_dmy('a')}{RANGE_DASH}{_dmy('b')}"),
    ("daterange", rf"{FROM}(?P<da>{DAY_N}){ORD}\s+(?P<dam>{MONTH}){RANGE_DASH}(?P<db>{DAY_N})"
     rf"{ORD}\s+(?P<dbm>{MONTH}),?\s+(?P<dby>{YEAR})"),
    ("dayrange", rf"{FROM}(?P<ra>{DAY_N}){ORD}\s*(?:-|–|(?i:to|and))\s*(?P<rb>{DAY_N}){ORD}\s+"
     rf"(?P<rm>{MONTH}),?\s+(?P<ry>{YEAR})"),
    ("weekend", rf"(?i:week\s+(?:ending|ended|to)|w/e)\s*:?\s*{_dmy('we')}"),
    ("weekof", rf"{WEEK_OF}{_dmy('wc')}"),
    ("fytomonth", r"(?i:(?:financial\s+year(?:\s+to\s+date)?|FYTD|FY|year\s+to\s+date"
     r"|YTD)\s+(?:to|up\s+to|ending)\s+(?:(?:the\s+)?end\s+of\s+)?)"
     rf"{_mon_y('fm', 'fmy')}"),
    # ends on a day ("12 months to 30/09/2024") or at a month's end ("to Sep 2024")
    ("window", rf"{WINDOW}(?:{_dmy('wd')}|(?:{DAY_N}{ORD}\s+)?{_mon_y('wm', 'wy')})"),
    ("monthrange", rf"{FROM}(?P<ma>{MONTH})"
     rf"(?:(?:,?\s+|\s*[-'’]\s*)(?P<may>{YEAR}|(?<=[-'’])\d{{2}}(?!\d)))?"
     rf"{RANGE_DASH}{_mon_y('mb', 'mby')}"),
    # "April to July" with no year: placed only by a reference date (see _resolve)
    ("yearless", rf"{FROM}(?P<ya_m>{MONTH}){RANGE_DASH}(?P<yb_m>{MONTH})(?![\s,'’-]*\d)"),
    # "Apr 24 - Sep 24": two-digit years after a space, safe only as a pair
    ("shortrange", rf"(?P<sa>{MONTH})\s+(?P<say>\d{{2}})\s*(?:-|–|(?i:to))\s*(?P<sb>{MONTH})"
     r"\s+(?P<sby>\d{2})(?![\d/])"),
    # "Q1-Q3 2024/25", "Q1 to Q2 2024", "H1 2024/25", "first half of 2024/25"
    ("quarters", rf"Q(?P<qa>[1-4])\s*(?:-|–|(?i:to))\s*Q(?P<qb>[1-4])\s+(?:FY\s*)?"
     rf"(?P<qry>{FIN_YEAR}|{YEAR})"),
    ("half", rf"(?:H(?P<h>[12])|(?P<hw>(?i:first|second))\s+(?i:half)\s+(?i:of)\s+"
     rf"(?:(?i:the\s+)?(?i:financial\s+year)\s+)?)\s*(?:FY\s*)?(?P<hy>{FIN_YEAR}|{YEAR})"),
    ("quarter", quarter_pattern("p")),
    ("season", rf"(?P<s>{SEASON})\s+(?:of\s+)?(?P<sy>{YEAR}(?:\s*/\s*\d{{2,4}})?)"),
    ("yearrange", rf"{FROM}(?<![\d£$€.,])(?P<ya>{YEAR})(?P<ysep>{RANGE_DASH})(?P<yb>{YEAR})"),
    ("fy", rf"(?:(?i:(?:the\s+)?financial\s+year)\s*|FY\s*)?(?P<fy>{FIN_YEAR})"),
    ("since", rf"(?i:since|from|after)\s+(?:(?i:the\s+)?(?i:start|beginning)\s+of\s+)?"
     rf"{_point('si')}"),
    ("until", rf"(?i:(?:by|until|till|up\s+to)\s+(?:(?:the\s+)?end\s+of\s+)?"
     rf"(?:the\s+)?(?:financial\s+year\s+|FY\s*)?)(?:(?P<unfy>{FIN_YEAR})|{_point('un')})"),
    ("prior", rf"(?i:prior\s+to|before)\s+{_point('pr')}"),
    ("asat", rf"(?i:as\s+(?:at|of)|at\s+the\s+end\s+of)\s+(?:(?i:the\s+)?end\s+of\s+)?"
     rf"{_point('at')}"),
    ("day", _dmy("x")),
    ("month", _mon_y("om", "oy")),
    ("calyear", rf"(?:(?i:(?:the\s+)?calendar\s+year)\s+|CY\s*)?(?<![\d£$€.,/])(?<!\d )"
     rf"(?P<cy>{YEAR})(?![/%]|\s*[-–]\s*\d|[.,]\d)"),  # not "01622 2024"; yes "2023\t2024"
]
# Speed: a match may start only at a digit, a capital or one of the lower-case words the
# alternatives open with, so most positions are rejected by this look-ahead alone. Add a
# word here when adding an alternative (or a NUMBER word) that opens with it.
_OPENING_WORDS = [
    "between", "from", "since", "after", "by", "until", "till", "up", "prior", "before",
    "as", "at", "rolling", "year", "half", "financial", "calendar", "quarter", "spring",
    "summer", "autumn", "winter", "first", "second", "third", "fourth", "week", "w/e", "w/c",
    "w/b", "wc", "wb", *NUMBER_WORDS,
]
_PERIOD_OPENINGS = (
    r"\b(?=[\dA-Z]|(?:"
    + "|".join(re.escape(w) for w in sorted(_OPENING_WORDS, key=len, reverse=True))
    + r")\b)"
)
PERIOD_RE = re.compile(
    _PERIOD_OPENINGS
    + "(?:"
    + "|".join(f"(?P<p_{name}>{pattern})" for name, pattern in _PERIOD_ALTERNATIVES)
    + ")"
)
_TO_DATE = re.compile(
    r"\s*\(?\s*(?:to\s+date|year\s+to\s+date|so\s+far|F?YTD)\s*\)?(?!\w)", re.IGNORECASE
)
_UNITS = r"(?:days?|weeks?|months?|quarters?|years?)"
RELATIVE_PERIOD = re.compile(
    r"\b(?=th|sa|la|pr|cu|pa|ne|ro|ye|fi|to|yt|se|fo|qu|fy)"  # cheap filter first, for speed
    r"(?:(?:same\s+period\s+)?(?:this|last|previous|current|past|next|latest|"
    r"preceding)\s+(?:financial\s+|calendar\s+|rolling\s+)?(?:year|quarter|month|week)"
    rf"|(?:past|last|previous|rolling|preceding|first|next|following)\s+{NUMBER}"
    rf"\s+(?:(?:full|complete|whole|calendar|financial)\s+)?{_UNITS}(?:\s+period)?"
    r"|(?:first|second|third|fourth|last|latest|current|previous)\s+quarter"
    r"|quarter\s+(?:one|two|three|four|[1-4])(?![\d/])"
    r"|(?:financial\s+)?year\s+to\s+date|to\s+date|FYTD|YTD"
    r"|rolling\s+(?:year|quarter)|financial\s+year)\b",
    re.IGNORECASE,
)


def _day_of(g: dict[str, str], p: str) -> date:
    """The date of a ``_dmy(p)`` match."""
    if g.get(p + "d"):
        return date(int(g[p + "y"]), month_number(g[p + "m"]), int(g[p + "d"]))
    if g.get(p + "iy"):
        return date(int(g[p + "iy"]), int(g[p + "im"]), int(g[p + "id"]))
    if g[p + "sep"] != "/" and len(g[p + "ny"]) != 4:
        raise ValueError("a dotted date needs a four-digit year")  # 3.1.12 is a paragraph
    return date(full_year(g[p + "ny"]), int(g[p + "nm"]), int(g[p + "nd"]))


def _point_bounds(g: dict[str, str], p: str) -> tuple[date, date]:
    """First and last day of a ``_point(p)`` match: a day, a month or a year."""
    if g.get(p + "d") or g.get(p + "nd") or g.get(p + "iy"):
        day = _day_of(g, p)
        return day, day
    if g.get(p + "om"):
        year, month = full_year(g[p + "oy"]), month_number(g[p + "om"])
        return month_start(year, month), month_end(year, month)
    year = int(g[p + "yy"])
    return date(year, 1, 1), date(year, 12, 31)


def _fy_bounds(text: str) -> tuple[date, date] | None:
    start = fin_year_start(text)
    return (date(start, 4, 1), date(start + 1, 3, 31)) if start is not None else None


def _p_fyrange(g: dict[str, str]) -> Bounds | None:
    a, b = fin_year_start(g["fa"]), fin_year_start(g["fb"])
    if a is None or b is None or b < a:
        return None
    return date(a, 4, 1), date(b + 1, 3, 31)


def _p_fullrange(g: dict[str, str]) -> Bounds | None:
    first, last = _day_of(g, "a"), _day_of(g, "b")
    return (first, last) if first <= last else None


def _p_daterange(g: dict[str, str]) -> Bounds | None:
    end_year = int(g["dby"])
    start_month, end_month = month_number(g["dam"]), month_number(g["dbm"])
    start_year = end_year - (start_month > end_month)
    return date(start_year, start_month, int(g["da"])), date(end_year, end_month, int(g["db"]))


def _p_dayrange(g: dict[str, str]) -> Bounds | None:
    year, month = int(g["ry"]), month_number(g["rm"])
    first, last = int(g["ra"]), int(g["rb"])
    if last < first:
        return None
    return date(year, month, first), date(year, month, last)


def _p_weekend(g: dict[str, str]) -> Bounds | None:
    last = _day_of(g, "we")
    return last - timedelta(days=6), last


def _p_weekof(g: dict[str, str]) -> Bounds | None:
    first = _day_of(g, "wc")
    return first, first + timedelta(days=6)


def _p_fytomonth(g: dict[str, str]) -> Bounds | None:
    year, month = full_year(g["fmy"]), month_number(g["fm"])
    start_year = year if month >= 4 else year - 1
    return date(start_year, 4, 1), month_end(year, month)


def _window_months(g: dict[str, str]) -> int:
    """How many months a window covers: "12 months", "three years", "half year", "quarter"."""
    count = g.get("wn")
    if count:
        number = NUMBER_WORDS.get(count.lower()) or int(count)
        return number * (12 if g["wu"].lower().startswith("year") else 1)
    if g.get("half"):
        return 6
    return 3 if re.match(r"(?i)(?:rolling\s+)?quarter", g["p_window"]) else 12


def _p_window(g: dict[str, str]) -> Bounds | None:
    """A window ending at a month's end, or on a day: the day after the same date before."""
    months = _window_months(g)
    if not 1 <= months <= 120:
        return None
    if g.get("wdd") or g.get("wdnd") or g.get("wdiy"):
        last = _day_of(g, "wd")
        if last != month_end(last.year, last.month):  # "12 months to 15 March 2024"
            return last - relativedelta(months=months) + timedelta(days=1), last
        year, month = last.year, last.month
    else:
        year, month = full_year(g["wy"]), month_number(g["wm"])
    return _months_back(year, month, months), month_end(year, month)


def _p_monthrange(g: dict[str, str]) -> Bounds | None:
    end_year, end_month = full_year(g["mby"]), month_number(g["mb"])
    start_month = month_number(g["ma"])
    start_year = full_year(g["may"]) if g.get("may") else end_year - (start_month > end_month)
    if (start_year, start_month) > (end_year, end_month):
        return None
    return month_start(start_year, start_month), month_end(end_year, end_month)


def _p_yearless(g: dict[str, str]) -> Bounds | None:
    return None, None


def _p_shortrange(g: dict[str, str]) -> Bounds | None:
    first = (full_year(g["say"]), month_number(g["sa"]))
    last = (full_year(g["sby"]), month_number(g["sb"]))
    if first > last:
        return None
    return month_start(*first), month_end(*last)


def _year_start(year_text: str) -> date | None:
    """1 April of a financial year written "2024/25", else 1 January of the year."""
    year_text = re.sub(r"^FY\s*", "", year_text)
    if re.search(r"[/-]", year_text):
        start = fin_year_start(year_text)
        return date(start, 4, 1) if start is not None else None
    return date(int(year_text), 1, 1)


def _quarters(year_text: str, first: int, last: int) -> Bounds | None:
    """Quarters ``first``..``last`` of a year: financial (Q1 = Apr–Jun) or calendar."""
    start = _year_start(year_text)
    if start is None or not 1 <= first <= last <= 4:
        return None
    return (start + relativedelta(months=3 * (first - 1)),
            start + relativedelta(months=3 * last) - timedelta(days=1))


def _p_quarter(g: dict[str, str]) -> Bounds | None:
    quarter, year_text = quarter_parts(dict(g), "p")
    return _quarters(year_text, quarter, quarter)


def _p_quarters(g: dict[str, str]) -> Bounds | None:
    return _quarters(g["qry"], int(g["qa"]), int(g["qb"]))


def _p_half(g: dict[str, str]) -> Bounds | None:
    half = int(g["h"]) if g.get("h") else 1 + (g["hw"].lower() == "second")
    return _quarters(g["hy"], 2 * half - 1, 2 * half)


def _p_season(g: dict[str, str]) -> Bounds | None:
    """Meteorological seasons (Spring = Mar–May); Winter 2024 is Dec 2024–Feb 2025."""
    first_month, last_month = SEASON_MONTHS[g["s"].lower()]
    year = int(g["sy"][:4])
    end_year = year + (last_month < first_month)
    return month_start(year, first_month), month_end(end_year, last_month)


def _p_yearrange(g: dict[str, str]) -> Bounds | None:
    """"2019 to 2023" is calendar years; "2022-2023" (consecutive, a dash) a financial year."""
    first, last = int(g["ya"]), int(g["yb"])
    if last == first + 1 and g["ysep"].strip() in "-–":
        return date(first, 4, 1), date(last, 3, 31)
    return (date(first, 1, 1), date(last, 12, 31)) if first < last else None


def _p_fy(g: dict[str, str]) -> Bounds | None:
    return _fy_bounds(g["fy"])


def _p_since(g: dict[str, str]) -> Bounds | None:
    return _point_bounds(g, "si")[0], None


def _p_until(g: dict[str, str]) -> Bounds | None:
    if g.get("unfy"):
        bounds = _fy_bounds(g["unfy"])
        return (None, bounds[1]) if bounds else None
    return None, _point_bounds(g, "un")[1]


def _p_prior(g: dict[str, str]) -> Bounds | None:
    return None, _point_bounds(g, "pr")[0] - timedelta(days=1)


def _p_asat(g: dict[str, str]) -> Bounds | None:
    """"as at 31 July 2022" is that day; "as at March 2024" is the month's last day."""
    point = _point_bounds(g, "at")[1]
    return point, point


def _p_day(g: dict[str, str]) -> Bounds | None:
    day = _day_of(g, "x")
    return day, day


def _p_month(g: dict[str, str]) -> Bounds | None:
    year, month = full_year(g["oy"]), month_number(g["om"])
    return month_start(year, month), month_end(year, month)


def _p_calyear(g: dict[str, str]) -> Bounds | None:
    year = int(g["cy"])
    return date(year, 1, 1), date(year, 12, 31)


# Each alternative ``name`` of PERIOD_RE has its reader ``_p_<name>`` above.
_PERIOD_BOUNDS: dict[str, Callable[[dict[str, str]], Bounds | None]] = {
    name: globals()[f"_p_{name}"] for name, _ in _PERIOD_ALTERNATIVES
}


def _bounds(m: re.Match[str]) -> Bounds | None:
    kind = (m.lastgroup or "").removeprefix("p_")
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    try:
        return _PERIOD_BOUNDS[kind](groups)
    except (ValueError, KeyError):  # 31 February, a month name the table lacks
        return None


def find_periods(text: str) -> list[tuple[int, int, Period]]:
    """Spans of period phrases in running text, in order, never overlapping.

    Relative phrases ("this year", "past 12 months", "to date") are returned with
    ``start``/``end`` None: only a reference date could place them (see parse_period).
    "since April 2020" has no end and "by 2050" no start. A "(to date)" after a period is
    part of its label, and leaves its end open.
    """
    return list(_find_periods(text[:MAX_TEXT]))


@lru_cache(maxsize=4096)
def _find_periods(text: str) -> tuple[tuple[int, int, Period], ...]:
    """``find_periods`` of one text, kept: the same sentence or cell is scanned by several
    extractors (quantities, statistics), and Periods are immutable."""
    found: list[tuple[int, int, Period]] = []
    if not _MAY_HOLD_PERIOD.search(text):  # most sentences: only relative phrases possible
        return tuple(_merge_relative(text, found))
    for m in PERIOD_RE.finditer(text):
        bounds = _bounds(m)
        if bounds is None:
            continue
        start, end = m.span()
        lead = _RANGE_LEAD.match(m.group(0)) if m.lastgroup in _RANGES else None
        if lead:  # "from April to July 2024": the period is "April to July 2024"
            start += lead.end()
        to_date = _TO_DATE.match(text, end)
        if to_date:
            end = to_date.end()
        label = text[start:end]
        found.append((start, end, _period(label, bounds[0], None if to_date else bounds[1])))
    return tuple(_merge_relative(text, found))


# Every PERIOD_RE alternative holds a month name, a four-digit year (19xx, 20xx), a
# two-digit pair ("FY24/25", "24/25") or a numeric day date ("1/4/24"): a text with none
# (most sentences with a figure: "the charge rate was 12%") is not scanned by PERIOD_RE.
_MAY_HOLD_PERIOD = re.compile(
    rf"(?:19|20)\d{{2}}|{MONTH}|\d{{2}}\s*[/-]\s*\d{{2}}|\d[/.-]\d{{1,2}}[/.-]\d{{2}}")
_RANGES = {f"p_{kind}" for kind in ("fullrange", "daterange", "dayrange", "monthrange",
                                     "yearrange", "yearless")}
_RANGE_LEAD = re.compile(r"(?i:between|from)\s+")


def _merge_relative(
    text: str, found: list[tuple[int, int, Period]]
) -> list[tuple[int, int, Period]]:
    """Add relative phrases that do not overlap an absolute period, keeping order."""
    taken = [(s, e) for s, e, _ in found]
    for m in RELATIVE_PERIOD.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append((m.start(), m.end(), Period(m.group(0), None, None)))
    return sorted(found, key=lambda item: item[0])


_LEAD = re.compile(
    r"^(?:(?:in|during|for|over|across|covering)\s+)?(?:the\s+)?", re.IGNORECASE
)


def parse_period(text: str, *, reference: str | None = None) -> Period | None:
    """The period ``text`` names, or None when it names none.

    The label keeps the text as written (trimmed). When ``text`` holds more than the
    period ("Rolling year to August 2022: 1,310 charges"), the single period phrase in it is
    used with that phrase as label; two or more periods make it ambiguous: None.
    With a ``reference`` (ISO date the paper speaks from) "to date" periods end on it and
    "past/last 12 months" ends on it too.
    """
    label = (text or "").strip().strip(" .,:;")
    if not label or len(label) > 500:
        return None
    ref = parse_reference(reference)
    core = _LEAD.sub("", label)
    periods = find_periods(core)
    if len(periods) != 1:
        return None
    start, end, period = periods[0]
    # The whole text is the period when only a range's "from"/"between" comes before it.
    whole = core[:start].strip().lower() in ("", "from", "between") and end >= len(
        core.rstrip(" )")
    )
    period = Period(label if whole else period.label, period.start, period.end)
    return _resolve(period, ref)


_PAST_N = re.compile(
    rf"(?:past|last|previous|rolling|preceding)\s+(?P<n>{NUMBER})\s+"
    r"(?:(?:full|complete|whole|calendar|financial)\s+)?(?P<unit>day|week|month|"
    r"quarter|year)s?", re.IGNORECASE,
)
_UNIT_DELTA = {"day": relativedelta(days=1), "week": relativedelta(weeks=1),
               "month": relativedelta(months=1), "quarter": relativedelta(months=3),
               "year": relativedelta(years=1)}
_YEAR_TO_DATE = re.compile(r"^(?:(?:calendar\s+)?year\s+to\s+date|YTD)$", re.IGNORECASE)
_FIN_YEAR_TO_DATE = re.compile(r"^(?:financial\s+year\s+to\s+date|FYTD)$", re.IGNORECASE)
_YEARLESS = re.compile(rf"(?P<a>{MONTH}){RANGE_DASH}(?P<b>{MONTH})$")


def _latest_before(label: str, m: re.Match[str], ref: date) -> Period:
    """"April to July" said on ``ref``: the latest such months ending by the reference
    month's end (figures report the past; "April to July" in a December paper is this
    year's, in a May paper last year's)."""
    first, last = month_number(m.group("a")), month_number(m.group("b"))
    end_year = ref.year if (last <= ref.month) else ref.year - 1
    start_year = end_year - (first > last)
    return _period(label, month_start(start_year, first), month_end(end_year, last))


def _resolve(period: Period, ref: date | None) -> Period:
    """Place an open or relative period from the reference date the paper speaks from.

    "2024 (to date)" and "since April 2020" end on the reference; "past 12 months" ends on
    it and starts the day after the same date a year before; "financial year to date"
    starts on the 1 April before it. "this year" stays unplaced: calendar or financial?
    """
    if ref is None:
        return period
    if period.start is not None and period.end is None:
        if period.start > ref.isoformat():  # a reference before the start places nothing
            return period
        return Period(period.label, period.start, ref.isoformat())
    if period.start is not None or period.end is not None:
        return period
    return _place_relative(period, ref)


def _place_relative(period: Period, ref: date) -> Period:
    """A relative label ("past 12 months", "April to July", "YTD") placed at ``ref``."""
    past = _PAST_N.search(period.label)
    if past:
        count = past.group("n").lower()
        amount = NUMBER_WORDS.get(count) or int(count)
        start = ref - _UNIT_DELTA[past.group("unit").lower()] * amount + timedelta(days=1)
        return _period(period.label, start, ref)
    yearless = _YEARLESS.search(period.label)
    if yearless:
        return _latest_before(period.label, yearless, ref)
    if _FIN_YEAR_TO_DATE.match(period.label):
        return _period(period.label, date(ref.year - (ref.month < 4), 4, 1), ref)
    if _YEAR_TO_DATE.match(period.label):
        return _period(period.label, date(ref.year, 1, 1), ref)
    return period
