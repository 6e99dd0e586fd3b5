"""Dates and periods as UK police and crime papers write them.

Papers write the same date many ways ("11/12/2024", "Wednesday, 18th December, 2024",
"w/c 14 April", "Anticipated completion date – May 2023", "Q3 2024/25") and statistics
cover periods no general date library knows (UK financial years, "rolling 12 months to
Sep 2024", "21-27 October 2024"). This module keeps those UK rules in one place, regex
first because ``find_dates`` runs on every paragraph, with python-dateutil only as the
last resort for whole strings the rules do not recognise.

Rules, decided once here so every extractor agrees:

* **Day first.** ``11/12/2024`` is 11 December. In running text, numeric dates need a
  four-digit year when written with dots or hyphens (``3.1.12`` is a paragraph number,
  not a date); ``parse_date`` accepts ``18.12.24`` when it is the whole value (a cell).
* **Precision as written.** ``"2024-12-11"`` for a day, ``"2023-05"`` for a month,
  ``"2023"`` for a year. Qualifiers ("end of", "early", "mid", "late") keep the month.
* **A period where a date is expected means its end**, because a target written as a
  period is a deadline: ``"Q3 2024/25"`` → ``"2024-12"`` (financial Q3 is Oct–Dec),
  ``"end of 2024/25"`` → ``"2025-03"``. Seasons are too loosely bounded for a month, so
  ``"Spring 2025"`` → ``"2025"``.
* **A range as a date is its start**: ``"21-27 October 2024"`` → ``"2024-10-21"``,
  ``"April and May 2024"`` → ``"2024-04"`` (``parse_period`` gives the whole range).
* **Missing years.** ``"31 March"`` takes ``default_year`` when given. Otherwise, with a
  ``reference`` (the ISO meeting date), a date in a forward-looking context ("by", "due",
  "w/c", "until", "deadline", "target", ...) is the first occurrence on or after
  ``reference`` minus one month (a deadline just missed is still this year's); any other
  is the occurrence nearest the reference. With neither, the year is unknown and the
  match's ``iso`` is ``None``.
* **Never guess.** ``TBC``, ``TBA``, ``unknown``, ``ongoing``, ``n/a`` give ``None`` and
  so does any text that does not hold a date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil import parser as dateutil_parser
from dateutil.relativedelta import relativedelta

__all__ = [
    "MONTHS",
    "DateMatch",
    "Period",
    "find_dates",
    "find_periods",
    "parse_date",
    "parse_period",
]

MAX_TEXT = 2_000_000  # characters; documents are untrusted, and regexes scale with length

MONTHS: dict[str, int] = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9


@dataclass(frozen=True)
class DateMatch:
    """A date phrase found in running text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    iso: str | None


@dataclass(frozen=True)
class Period:
    """A period a figure covers: the label as written, ISO day bounds inclusive or None."""

    label: str
    start: str | None
    end: str | None


def _month_alternation() -> str:
    """Month names in Title or UPPER case only: lower-case "may" and "mar" are verbs.

    Only an abbreviation takes a full stop ("Sept."), so "by 31 March." ends at "March".
    """
    full: list[str] = []
    short: list[str] = []
    for number in range(1, 13):
        name, abbr = calendar.month_name[number], calendar.month_abbr[number]
        full += [name, name.upper()]
        short += [abbr, abbr.upper()] if abbr != name else []
    short += ["Sept", "SEPT"]
    full.sort(key=len, reverse=True)  # longest first so "June" wins over "Jun"
    short.sort(key=len, reverse=True)
    return (
        "(?:" + "|".join(full) + r"(?![A-Za-z])|(?:" + "|".join(short) + r")(?![A-Za-z])\.?)"
    )


MONTH = _month_alternation()
WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?)"
# An ordinal may be split off or marked up by a converter: "31 st", "31<sup>st</sup>".
ORDINAL = r"(?:\s?(?:<sup>)?(?:st|nd|rd|th)(?:</sup>)?)"
DAY = rf"(?:[12]\d|3[01]|0?[1-9])(?![\d]){ORDINAL}?"
YEAR = r"(?:19|20)\d{2}(?!\d)"
DASH = r"\s*(?:-|–|—|to|until|and)\s*"
# "end of June", "End June", "mid-September", "late October": the month is kept.
QUALIFIER = (
    r"(?i:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)(?:\s+of)?\s+(?:the\s+)?"
    r"|(?:early|mid|late)[\s-]+|mid-)"
)
WEEK_OF = (
    r"(?i:w/c|w/b|w\.c\.|wc|wb|week\s+(?:commencing|beginning|starting)(?:\s+on)?)\s*:?\s*"
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
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                 "winter": (12, 2)}
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|SPRING|SUMMER|AUTUMN|WINTER)"
FIN_YEAR = (  # "2024/25", "2024-25", "2024/2025", and "FY24/25" (short only after FY)
    r"(?:(?:19|20)\d{2}\s*[/-]\s*(?:(?:19|20)\d{2}|\d{2})|(?<=FY)\d{2}\s*[/-]\s*\d{2}"
    r"|(?<=FY\s)\d{2}\s*[/-]\s*\d{2})(?![\d/])"
)
FIN_YEAR_SHORT = r"\d{2}\s*/\s*\d{2}(?![\d/])"  # "24/25": only where a quarter says so
QUARTER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2,
                 "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# "Q3 2024/25", "Quarter 3 of 2024/25", "Quarter Three 2024", "Q3 FY24/25", "Q3 24/25",
# "third quarter of 2024/25", "2024/25 Q3"; group names get a prefix so the pattern can be
# used in both master patterns.
def _quarter(prefix: str) -> str:
    year = rf"(?:FY\s*)?(?:{FIN_YEAR}|{FIN_YEAR_SHORT}|{YEAR})"
    return (
        rf"(?:(?:Q|(?i:quarter)\s*)(?P<{prefix}q>[1-4]|(?i:one|two|three|four))\s*[,:]?\s*"
        rf"(?:(?i:of|in)\s+)?(?:(?i:the\s+)?(?i:financial\s+year)\s+)?(?P<{prefix}qy>{year})"
        rf"|(?P<{prefix}qo>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)\s+"
        rf"(?:(?i:of|in)\s+)?(?:(?i:the\s+)?(?i:financial\s+year)\s+)?(?P<{prefix}qoy>{year})"
        rf"|(?P<{prefix}qty>(?:FY\s*)?{FIN_YEAR})\s*(?:,\s*)?Q(?P<{prefix}qt>[1-4]))(?![\w/])"
    )


def _quarter_parts(groups: dict[str, str | None], prefix: str) -> tuple[int, str]:
    """(quarter number, year text) from the groups of a ``_quarter`` match."""
    number = groups.get(prefix + "q") or groups.get(prefix + "qo") or groups.get(prefix + "qt")
    year = groups.get(prefix + "qy") or groups.get(prefix + "qoy") or groups.get(prefix + "qty")
    word = (number or "").lower()
    return (QUARTER_WORDS[word] if word in QUARTER_WORDS else int(word)), (year or "")


def _alt(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


# One master pattern; the order of the alternatives is the priority at one position.
# Every alternative wraps its core date in a group named c_<kind> so that a leading cue
# ("by", "in") can be matched for context but left out of the span.
_DATE_ALTERNATIVES = [
    _alt("dayrange", rf"(?P<c_dayrange>(?P<rd1>{DAY}){DASH}(?P<rd2>{DAY})\s+(?:of\s+)?"
         rf"(?P<rm>{MONTH})(?:,?\s+(?P<ry>{YEAR}))?)"),
    _alt("dmy", rf"(?P<c_dmy>(?:{WEEK_OF})?(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{DAY})"
         rf"(?:\s+of)?[\s-]+(?P<m>{MONTH})(?:,?[\s-]+(?P<y>{YEAR}))?)"),
    _alt("mdy", rf"(?P<c_mdy>(?:{WEEK_OF})?(?:{WEEKDAY},?\s+)?(?P<m2>{MONTH})\s+"
         rf"(?P<d2>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th|(?=,?\s+{YEAR}))"
         rf"(?:,?\s+(?P<y2>{YEAR}))?)"),
    _alt("iso", rf"(?P<c_iso>(?<![\d/.-])(?P<iy>{YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
         r"(?![\d-]))"),
    _alt("num", rf"(?P<c_num>(?:{WEEK_OF})?(?<![\d/.-])(?P<nd>[0-3]?\d)(?P<sep>[/.-])"
         r"(?P<nm>[01]?\d)(?P=sep)(?P<ny>(?:19|20)\d{2}|\d{2})(?![\d/]|[.-]\d))"),
    _alt("quarter", rf"(?P<c_quarter>{_quarter('d')})"),
    _alt("season", rf"(?P<c_season>(?P<s>{SEASON})\s+(?:of\s+)?(?P<sy>{YEAR})(?!\s*[/-]\s*\d))"),
    _alt("fyend", rf"(?P<c_fyend>(?i:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?)"
         rf"(?:FY\s*)?(?P<fy>{FIN_YEAR}))"),
    _alt("monthpair", rf"(?P<c_monthpair>(?P<mp1>{MONTH})\s*(?:-|–|(?i:to|and|until))\s*"
         rf"(?P<mp2>{MONTH})(?:,?\s+|\s*[-'’]\s*)(?P<mpy>{YEAR}|(?<=[-'’])\d{{2}}(?!\d)))"),
    _alt("my", rf"(?P<c_my>(?:{QUALIFIER})?(?P<m3>{MONTH})(?:,?\s+|\s*[-'’]\s*)"
         r"(?P<y3>(?:19|20)\d{2}(?!\d)(?!\s*[/-]\s*\d)|(?<=[-'’])\d{2}(?!\d)))"),
    _alt("mcue", rf"(?:\b(?:by|in|until|till|during|from|before|after|since)\s+)"
         rf"(?P<c_mcue>(?:{QUALIFIER})?(?P<m4>{MONTH}))"
         rf"(?!\s*(?:-|–|(?i:to|and|until))\s*{MONTH})"),  # "in April and May 2024": a pair
    _alt("qmonth", rf"(?P<c_qmonth>{QUALIFIER}(?P<m5>{MONTH}))"),
    _alt("ycue", r"(?:\b(?:[Ii]n|[Bb]y|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]efore|[Aa]fter|"
         r"(?:[Ee]nd|[Ss]tart|[Bb]eginning)\s+of|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)"
         rf"(?P<c_ycue>(?<![\d£$€.,])(?P<yy>{YEAR})(?!\s*[/%-]\s*\d|[.,]\d|%))"),
]
# Speed: find_dates runs on every paragraph. Every alternative starts at a word start (\b is
# twice as fast here as a look-behind) with
# a digit, a capital or one of these lower-case openings (cues, qualifiers, "w/c",
# "quarter", seasons), so a cheap look-ahead rejects most positions before the
# alternatives are tried: ~7x faster on running text (benchmarks/dates.py).
# Add the opening here when adding an alternative that starts with a lower-case word.
_DATE_OPENINGS = (
    r"\b(?=[\dA-Z]|by|in|un|ti|du|fr|be|af|si|th|en|ea|la|mi|w[/.cb]|we|qu|sp|su|au|wi"
    r"|fa|st|cl|ve|se|fo)"
)
DATE_RE = re.compile(_DATE_OPENINGS + "(?:" + "|".join(_DATE_ALTERNATIVES) + ")")


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text at the precision given, or None when the parts make no real date."""
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    return f"{year:04d}"


def _month(text: str | None) -> int:
    return MONTHS[(text or "").rstrip(".").lower()]


def _int(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _full_year(text: str) -> int:
    """"24" -> 2024; a two-digit year is this century (papers of the 1900s are not ours)."""
    value = int(text)
    return value + 2000 if value < 100 else value


def _fin_year_start(text: str) -> int | None:
    """"2024/25" -> 2024; None when the second year does not follow the first."""
    first, second = re.split(r"\s*[/-]\s*", re.sub(r"^\D+", "", text.strip()))
    start = _full_year(first)
    follows = int(second) == start + 1 if len(second) == 4 else int(second) == (start + 1) % 100
    if not follows:  # "2023/25" is a typo or a range, not a financial year
        return None
    return start


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
    year = _full_year(year_text) if year_text else _infer_year(month, day, ctx)
    return _iso(year, month, day) if year is not None else None


def _month_year(month: int, year_text: str | None, ctx: _YearContext) -> str | None:
    year = _full_year(year_text) if year_text else _infer_year(month, None, ctx)
    return _iso(year, month) if year is not None else None


def _quarter_end(quarter: int, year_text: str) -> str | None:
    """The last month of a quarter: financial when written "2024/25", else calendar."""
    year_text = re.sub(r"^FY\s*", "", year_text)
    if re.search(r"[/-]", year_text):
        start = _fin_year_start(year_text)
        if start is None:
            return None
        month = 3 * quarter + 3
        return _iso(start + (month > 12), (month - 1) % 12 + 1)
    return _iso(int(year_text), 3 * quarter)


def _iso_for(m: re.Match[str], ctx: _YearContext) -> str | None:
    kind = m.lastgroup or ""
    g = m.group
    if kind == "dayrange":
        return _day_month(_int(g("rd1")), _month(g("rm")), g("ry"), ctx)
    if kind == "dmy":
        return _day_month(_int(g("d")), _month(g("m")), g("y"), ctx)
    if kind == "mdy":
        return _day_month(_int(g("d2")), _month(g("m2")), g("y2"), ctx)
    if kind == "iso":
        return _iso(int(g("iy")), int(g("im")), int(g("id")))
    if kind == "num":
        return _numeric(g("nd"), g("nm"), g("ny"), g("sep"))
    if kind == "quarter":
        return _quarter_end(*_quarter_parts(m.groupdict(), "d"))
    if kind == "season":
        return _iso(int(g("sy")))
    if kind == "fyend":
        start = _fin_year_start(g("fy"))
        return _iso(start + 1, 3) if start is not None else None
    if kind == "monthpair":  # "April to July 2024" as a date is its first month
        first, last = _month(g("mp1")), _month(g("mp2"))
        return _iso(_full_year(g("mpy")) - (first > last), first)
    if kind in ("my", "mcue", "qmonth"):
        month_text = g("m3") or g("m4") or g("m5")
        return _month_year(_month(month_text), g("y3") if kind == "my" else None, ctx)
    if kind == "ycue":
        return _iso(int(g("yy")))
    return None


def _numeric(day: str, month: str, year: str, sep: str) -> str | None:
    """11/12/2024 day first; dotted and hyphenated dates need a four-digit year."""
    if sep in ".-" and len(year) != 4:
        return None
    return _iso(_full_year(year), int(month), int(day))


def _parse_reference(reference: str | None) -> date | None:
    if not reference:
        return None
    try:
        return date.fromisoformat(reference[:10])
    except ValueError:
        return None


def _is_forward(text: str, start: int, match_text: str) -> bool:
    window = text[max(0, start - 60) : start] + " " + match_text
    return FORWARD_CUE.search(window) is not None


def find_dates(
    text: str, *, default_year: int | None = None, reference: str | None = None
) -> list[DateMatch]:
    """Every date phrase in ``text``, in order, with spans; spans never overlap.

    A phrase whose year cannot be known (``"31 March"`` with no ``default_year`` or
    ``reference``) or that names no real day (``"31 February 2024"``) is still returned,
    with ``iso=None``, so callers can cite it. Text beyond ``MAX_TEXT`` is not searched.
    """
    text = text[:MAX_TEXT]
    ref = _parse_reference(reference)
    found: list[DateMatch] = []
    for m in DATE_RE.finditer(text):
        kind = m.lastgroup or ""
        start, end = m.span("c_" + kind)
        forward = _is_forward(text, m.start(), m.group(0))
        iso = _iso_for(m, _YearContext(default_year, ref, forward))
        found.append(DateMatch(start, end, text[start:end], iso))
    return found


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
    whole = _DOTTED_SHORT.fullmatch(text.strip())
    if whole:  # a cell holding only "18.12.24" is a date; in running text it may be ¶ 18.12.24
        return _iso(_full_year(whole.group(3)), int(whole.group(2)), int(whole.group(1)))
    matches = find_dates(text, default_year=default_year, reference=reference)
    for match in matches:
        if match.iso is not None:
            return match.iso
    # A phrase our rules saw but could not date ("3.1.12", "31 March" with no year)
    # stays None; only text they did not see at all goes to dateutil.
    return None if matches else _dateutil_fallback(text)


_DOTTED_SHORT = re.compile(r"([0-3]?\d)[.-]([01]?\d)[.-](\d{2})")
_SENTINELS = (datetime(1901, 1, 1), datetime(1902, 2, 2))


def _dateutil_fallback(text: str) -> str | None:
    """Strict dateutil parse of a short whole value, at the precision it states.

    Parsing twice with different defaults shows which fields the text supplied, so a
    bare "March" (no year) gives None rather than a guessed year.
    """
    text = text.strip()
    if len(text) > 40 or not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text):
        return None
    try:
        first, second = (dateutil_parser.parse(text, dayfirst=True, default=d) for d in _SENTINELS)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year or not 1900 <= first.year <= 2100:
        return None
    if first.month != second.month:
        return _iso(first.year)
    if first.day != second.day:
        return _iso(first.year, first.month)
    return _iso(first.year, first.month, first.day)


# ---------------------------------------------------------------------------- periods


def _month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _period(label: str, start: date | None, end: date | None) -> Period:
    return Period(label, start.isoformat() if start else None, end.isoformat() if end else None)


def _months_back(end_year: int, end_month: int, months: int) -> date:
    """First day of the month ``months - 1`` before the end month: the start of a window."""
    return _month_start(end_year, end_month) - relativedelta(months=months - 1)


DAY_N = r"(?:[12]\d|3[01]|0?[1-9])"
ORD = rf"{ORDINAL}?"
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
        rf"|(?<![\d/.-])(?P<{p}nd>{DAY_N})(?P<{p}sep>[/.-])(?P<{p}nm>[01]?\d)(?P={p}sep)"
        rf"(?P<{p}ny>(?:19|20)\d{{2}}|\d{{2}})(?![\d/]|[.-]\d))"
    )


def _point(p: str) -> str:
    """A day date, a month and year, or a year: what "since", "by" and "as at" take."""
    year = rf"(?<![\d£$€.,])(?P<{p}yy>{YEAR})(?!\s*[/–-]\s*\d|[.,]\d|%)"
    return rf"(?:{_dmy(p)}|{_mon_y(p + 'om', p + 'oy')}|{year})"


WINDOW = (
    rf"(?:YE\s*|(?i:(?:rolling\s+)?(?:(?P<wn>{NUMBER})\s+months?|(?P<half>half[\s-]year)|"
    r"(?:rolling\s+|financial\s+|calendar\s+)?year|quarter)(?:\s+period)?\s+"
    r"(?:to|ending|ended|up\s+to)(?:\s+(?:the\s+)?end\s+of)?\s+))"
    rf"(?:{DAY_N}{ORD}\s+)?"
)

# (name, pattern); ordered so the longest sensible reading wins at one position.
_PERIOD_ALTERNATIVES = [
    ("fyrange", rf"(?:FY\s*)?(?P<fa>{FIN_YEAR})\s*(?:-|–|(?i:to))\s*(?:FY\s*)?(?P<fb>{FIN_YEAR})"),
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
    ("window", rf"{WINDOW}{_mon_y('wm', 'wy')}"),
    ("monthrange", rf"{FROM}(?P<ma>{MONTH})"
     rf"(?:(?:,?\s+|\s*[-'’]\s*)(?P<may>{YEAR}|(?<=[-'’])\d{{2}}(?!\d)))?"
     rf"{RANGE_DASH}{_mon_y('mb', 'mby')}"),
    # "Apr 24 - Sep 24": two-digit years after a space, safe only as a pair
    ("shortrange", rf"(?P<sa>{MONTH})\s+(?P<say>\d{{2}})\s*(?:-|–|(?i:to))\s*(?P<sb>{MONTH})"
     r"\s+(?P<sby>\d{2})(?![\d/])"),
    ("quarter", _quarter("p")),
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
# As for DATE_RE: the lower-case openings of the alternatives, checked first for speed.
_PERIOD_OPENINGS = (
    r"\b(?=[\dA-Z]|be|qu|sp|su|au|wi|fa|fi|ye|ro|tw|si|th|as|at|ca|fr|af|by|un|ti|up"
    r"|pr|w[/ecb]|se|fo|ha|1st|2nd|3rd|4th)"
)
PERIOD_RE = re.compile(
    _PERIOD_OPENINGS
    + "(?:"
    + "|".join(f"(?P<p_{name}>{pattern})" for name, pattern in _PERIOD_ALTERNATIVES)
    + ")"
)
_TO_DATE = re.compile(r"\s*\(?\s*(?:to\s+date|year\s+to\s+date|so\s+far)\s*\)?", re.IGNORECASE)
_UNITS = r"(?:days?|weeks?|months?|quarters?|years?)"
RELATIVE_PERIOD = re.compile(
    r"\b(?=th|sa|la|pr|cu|pa|ne|ro|ye|fi|to|yt|se|fo|qu|fy)"  # cheap filter first, for speed
    r"(?:(?:same\s+period\s+)?(?:this|last|previous|current|past|next|latest|"
    r"preceding)\s+(?:financial\s+|calendar\s+|rolling\s+)?(?:year|quarter|month|week)"
    rf"|(?:past|last|previous|rolling|preceding|first|next|following)\s+{NUMBER}"
    rf"\s+(?:(?:full|complete|whole|calendar|financial)\s+)?{_UNITS}(?:\s+period)?"
    r"|(?:first|second|third|fourth|last|latest|current|previous)\s+quarter"
    r"|quarter\s+(?:one|two|three|four|[1-4])(?![\d/])"
    r"|(?:financial\s+)?year\s+to\s+date|to\s+date|FYTD|YTD)\b",
    re.IGNORECASE,
)


def _day_of(g: dict[str, str], p: str) -> date:
    """The date of a ``_dmy(p)`` match."""
    if g.get(p + "d"):
        return date(int(g[p + "y"]), _month(g[p + "m"]), int(g[p + "d"]))
    if g[p + "sep"] != "/" and len(g[p + "ny"]) != 4:
        raise ValueError("a dotted date needs a four-digit year")  # 3.1.12 is a paragraph
    return date(_full_year(g[p + "ny"]), int(g[p + "nm"]), int(g[p + "nd"]))


def _point_bounds(g: dict[str, str], p: str) -> tuple[date, date]:
    """First and last day of a ``_point(p)`` match: a day, a month or a year."""
    if g.get(p + "d") or g.get(p + "nd"):
        day = _day_of(g, p)
        return day, day
    if g.get(p + "om"):
        year, month = _full_year(g[p + "oy"]), _month(g[p + "om"])
        return _month_start(year, month), _month_end(year, month)
    year = int(g[p + "yy"])
    return date(year, 1, 1), date(year, 12, 31)


def _fy_bounds(text: str) -> tuple[date, date] | None:
    start = _fin_year_start(text)
    return (date(start, 4, 1), date(start + 1, 3, 31)) if start is not None else None


def _p_fyrange(g: dict[str, str]) -> Bounds | None:
    a, b = _fin_year_start(g["fa"]), _fin_year_start(g["fb"])
    if a is None or b is None or b < a:
        return None
    return date(a, 4, 1), date(b + 1, 3, 31)


def _p_fullrange(g: dict[str, str]) -> Bounds | None:
    first, last = _day_of(g, "a"), _day_of(g, "b")
    return (first, last) if first <= last else None


def _p_daterange(g: dict[str, str]) -> Bounds | None:
    end_year = int(g["dby"])
    start_month, end_month = _month(g["dam"]), _month(g["dbm"])
    start_year = end_year - (start_month > end_month)
    return date(start_year, start_month, int(g["da"])), date(end_year, end_month, int(g["db"]))


def _p_dayrange(g: dict[str, str]) -> Bounds | None:
    year, month = int(g["ry"]), _month(g["rm"])
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
    year, month = _full_year(g["fmy"]), _month(g["fm"])
    start_year = year if month >= 4 else year - 1
    return date(start_year, 4, 1), _month_end(year, month)


def _p_window(g: dict[str, str]) -> Bounds | None:
    year, month = _full_year(g["wy"]), _month(g["wm"])
    count = g.get("wn")
    if count:
        months = NUMBER_WORDS.get(count.lower()) or int(count)
    elif g.get("half"):
        months = 6
    else:
        months = 3 if "quarter" in g["p_window"].lower() else 12
    if not 1 <= months <= 60:
        return None
    return _months_back(year, month, months), _month_end(year, month)


def _p_monthrange(g: dict[str, str]) -> Bounds | None:
    end_year, end_month = _full_year(g["mby"]), _month(g["mb"])
    start_month = _month(g["ma"])
    start_year = _full_year(g["may"]) if g.get("may") else end_year - (start_month > end_month)
    if (start_year, start_month) > (end_year, end_month):
        return None
    return _month_start(start_year, start_month), _month_end(end_year, end_month)


def _p_shortrange(g: dict[str, str]) -> Bounds | None:
    first = (_full_year(g["say"]), _month(g["sa"]))
    last = (_full_year(g["sby"]), _month(g["sb"]))
    if first > last:
        return None
    return _month_start(*first), _month_end(*last)


def _p_quarter(g: dict[str, str]) -> Bounds | None:
    """Financial quarters (Q1 = Apr–Jun) when the year is written "2024/25", else calendar."""
    quarter, year_text = _quarter_parts(dict(g), "p")
    year_text = re.sub(r"^FY\s*", "", year_text)
    if re.search(r"[/-]", year_text):
        start = _fin_year_start(year_text)
        if start is None:
            return None
        first = date(start, 4, 1) + relativedelta(months=3 * (quarter - 1))
    else:
        first = date(int(year_text), 3 * quarter - 2, 1)
    return first, first + relativedelta(months=3) - timedelta(days=1)


def _p_season(g: dict[str, str]) -> Bounds | None:
    """Meteorological seasons (Spring = Mar–May); Winter 2024 is Dec 2024–Feb 2025."""
    first_month, last_month = SEASON_MONTHS[g["s"].lower()]
    year = int(g["sy"][:4])
    end_year = year + (last_month < first_month)
    return _month_start(year, first_month), _month_end(end_year, last_month)


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
    year, month = _full_year(g["oy"]), _month(g["om"])
    return _month_start(year, month), _month_end(year, month)


def _p_calyear(g: dict[str, str]) -> Bounds | None:
    year = int(g["cy"])
    return date(year, 1, 1), date(year, 12, 31)


_PERIOD_BOUNDS = {
    "fyrange": _p_fyrange, "fullrange": _p_fullrange, "daterange": _p_daterange,
    "dayrange": _p_dayrange, "weekend": _p_weekend, "weekof": _p_weekof,
    "fytomonth": _p_fytomonth, "window": _p_window, "monthrange": _p_monthrange,
    "shortrange": _p_shortrange,
    "quarter": _p_quarter, "season": _p_season, "yearrange": _p_yearrange, "fy": _p_fy,
    "since": _p_since, "until": _p_until, "prior": _p_prior, "asat": _p_asat, "day": _p_day,
    "month": _p_month, "calyear": _p_calyear,
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
    text = text[:MAX_TEXT]
    found: list[tuple[int, int, Period]] = []
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
    return _merge_relative(text, found)


_RANGES = {f"p_{kind}" for kind in ("fullrange", "daterange", "dayrange", "monthrange",
                                     "yearrange")}
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
    period ("Rolling year to August 2022: 97 charges"), the single period phrase in it is
    used with that phrase as label; two or more periods make it ambiguous: None.
    With a ``reference`` (ISO date the paper speaks from) "to date" periods end on it and
    "past/last 12 months" ends on it too.
    """
    label = (text or "").strip().strip(" .,:;")
    if not label or len(label) > 500:
        return None
    ref = _parse_reference(reference)
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
_TO_DATE_WORDS = re.compile(r"\b(?:to\s+date|so\s+far|YTD|FYTD)\b", re.IGNORECASE)
_YEAR_TO_DATE = re.compile(r"^(?:(?:calendar\s+)?year\s+to\s+date|YTD)$", re.IGNORECASE)
_FIN_YEAR_TO_DATE = re.compile(r"^(?:financial\s+year\s+to\s+date|FYTD)$", re.IGNORECASE)


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
    past = _PAST_N.search(period.label)
    if past:
        count = past.group("n").lower()
        amount = NUMBER_WORDS.get(count) or int(count)
        start = ref - _UNIT_DELTA[past.group("unit").lower()] * amount + timedelta(days=1)
        return _period(period.label, start, ref)
    if _FIN_YEAR_TO_DATE.match(period.label):
        return _period(period.label, date(ref.year - (ref.month < 4), 4, 1), ref)
    if _YEAR_TO_DATE.match(period.label):
        return _period(period.label, date(ref.year, 1, 1), ref)
    return period
