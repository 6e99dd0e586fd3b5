"""The pieces dates and periods are written with, as regex fragments, and the small
calendar arithmetic both ``dates.py`` and ``periods.py`` need.

Kept apart so the two parsers agree on what a month name, a day, a year or a UK
financial year looks like: a fix here (a new abbreviation, a converter's split ordinal)
reaches both.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

MAX_TEXT = 2_000_000  # characters; documents are untrusted, and regexes scale with length

MONTHS: dict[str, int] = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9


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
    # The look-ahead on the first letter is for speed: most capitals start no month, and
    # it rejects them before the long alternation is tried.
    return (
        "(?=[JFMASOND])(?:" + "|".join(full) + r"(?![A-Za-z])|(?:" + "|".join(short)
        + r")(?![A-Za-z])\.?)"
    )


MONTH = _month_alternation()
# An ordinal may be split off or marked up by a converter: "31 st", "31<sup>st</sup>".
ORDINAL = r"(?:\s?(?:<sup>)?(?:st|nd|rd|th)(?:</sup>)?)"
DAY = rf"(?:[12]\d|3[01]|0?[1-9])(?![\d]){ORDINAL}?"
DAY_N = r"(?:[12]\d|3[01]|0?[1-9])"  # a day number, its ordinal (ORD) written apart
ORD = rf"{ORDINAL}?"
YEAR = r"(?:19|20)\d{2}(?!\d)"
WEEK_OF = (
    r"(?i:w/c|w/b|w\.c\.|wc|wb|week\s+(?:commencing|beginning|starting)(?:\s+on)?)\s*:?\s*"
)

SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                 "winter": (12, 2)}
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|SPRING|SUMMER|AUTUMN|WINTER)"
FIN_YEAR = (  # "2024/25", "2024-25", "2024/2025", and "FY24/25" (short only after FY)
    r"(?:(?:19|20)\d{2}\s*[/-]\s*(?:(?:19|20)\d{2}|\d{2})|(?<=FY)\d{2}\s*[/-]\s*\d{2}"
    r"|(?<=FY\s)\d{2}\s*[/-]\s*\d{2})(?![\d/]|-\d)"  # not the "2024-12" of "2024-12-18"
)
FIN_YEAR_SHORT = r"\d{2}\s*/\s*\d{2}(?![\d/])"  # "24/25": only where a quarter says so
QUARTER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2,
                 "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def quarter_pattern(prefix: str) -> str:
    """A quarter of a financial or calendar year, its groups named with ``prefix``.

    "Q3 2024/25", "Quarter 3 of 2024/25", "Quarter Three 2024", "Q3 FY24/25", "Q3 24/25",
    "third quarter of 2024/25", "2024/25 Q3". The prefix lets the dates and the periods
    master patterns each hold a copy without their group names clashing.
    """
    year = rf"(?:FY\s*)?(?:{FIN_YEAR}|{FIN_YEAR_SHORT}|{YEAR})"
    return (
        rf"(?:(?:Q|(?i:quarter)\s*)(?P<{prefix}q>[1-4]|(?i:one|two|three|four))\s*[,:]?\s*"
        rf"(?:(?i:of|in)\s+)?(?:(?i:the\s+)?(?i:financial\s+year)\s+)?(?P<{prefix}qy>{year})"
        rf"|(?P<{prefix}qo>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)\s+"
        rf"(?:(?i:of|in)\s+)?(?:(?i:the\s+)?(?i:financial\s+year)\s+)?(?P<{prefix}qoy>{year})"
        rf"|(?P<{prefix}qty>(?:FY\s*)?{FIN_YEAR})\s*(?:,\s*)?Q(?P<{prefix}qt>[1-4]))(?![\w/])"
    )


def quarter_parts(groups: dict[str, str | None], prefix: str) -> tuple[int, str]:
    """(quarter number, year text) from the groups of a ``quarter_pattern`` match."""
    number = groups.get(prefix + "q") or groups.get(prefix + "qo") or groups.get(prefix + "qt")
    year = groups.get(prefix + "qy") or groups.get(prefix + "qoy") or groups.get(prefix + "qty")
    word = (number or "").lower()
    return (QUARTER_WORDS[word] if word in QUARTER_WORDS else int(word)), (year or "")


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text at the precision given, or None when the parts make no real date."""
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    return f"{year:04d}"


def month_number(text: str | None) -> int:
    """1-12 for a month name or abbreviation as MONTH matches it ("Sept.", "JUNE")."""
    return MONTHS[(text or "").rstrip(".").lower()]


def full_year(text: str) -> int:
    """"24" -> 2024; a two-digit year is this century (papers of the 1900s are not ours)."""
    value = int(text)
    return value + 2000 if value < 100 else value


def fin_year_start(text: str) -> int | None:
    """"2024/25" -> 2024; None when the second year does not follow the first."""
    first, second = re.split(r"\s*[/-]\s*", re.sub(r"^\D+", "", text.strip()))
    start = full_year(first)
    follows = int(second) == start + 1 if len(second) == 4 else int(second) == (start + 1) % 100
    if not follows:  # "2023/25" is a typo or a range, not a financial year
        return None
    return start


def parse_reference(reference: str | None) -> date | None:
    """The ISO reference date a caller passed ("2024-12-18"), or None if it is not one.

    Only 1900–2100 counts: arithmetic a year either side must stay within ``date``.
    """
    if not reference:
        return None
    try:
        found = date.fromisoformat(reference[:10])
    except ValueError:
        return None
    return found if 1900 <= found.year <= 2100 else None


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])

