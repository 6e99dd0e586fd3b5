"""Numbers with their units as performance papers print them.

``find_quantities(text)`` returns every figure that could be a statistic, with its
value in base units (pounds, percent, counts) and its span, and leaves out numbers
that are not claims: dates and years, times, phone numbers, paragraph and page
numbers, statute sections ("s.136", "section 136", "circular 1/2013"), "per 1,000"
definitions, speed limits, ages and other thresholds ("under 10 seconds", "top 20").

Why hand-written rules rather than a quantities library: quantulum3 0.10 (the maintained
one on PyPI, no downloads at run time) was measured on 12 figures and 9 non-figures written
as papers write them. It read 11 of the figures' values but gave "£2.3m" as pounds x
metres, percentage points as percent, "fte" as dimensionless and "last quarter" as 0.25;
6 of the 9 non-figures came back as quantities ("999 or 101", "24/7" as 3.43, "Pages 1 - 10"
as 5.5, "10.00 am" as attometres, ages); and it took 6.3 s for those 21 strings. These
rules read all of them right (tests/parse/test_quantities.py): the units here are
few, and the hard part, deciding what *not* to count, is about these papers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scrutiny.parse.dates import find_dates, find_periods

UNITS = ("count", "percent", "percentage_points", "gbp", "fte", "days", "hours", "years",
         "ratio")

WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
WORD_NUMBER = (
    rf"(?:(?:{TENS})(?:[\s-](?:{UNITS_WORDS}))?|eleven|twelve|thirteen|fourteen|fifteen|"
    rf"sixteen|seventeen|eighteen|nineteen|ten|{UNITS_WORDS})"
    r"(?:\s+(?:hundred|thousand))?"
)
SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9,
         "billion": 1e9, "hundred": 1e2}
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

QUANTITY = re.compile(
    r"(?P<sign>[+\-−–](?=\d))?"
    r"(?P<pound>£\s?)?"
    rf"(?:(?P<digits>{DIGITS})|(?<![\w-])(?P<word>{WORD_NUMBER})(?![\w-]))"
    r"(?P<ordinal>st|nd|rd|th)?"
    r"(?P<pence>p(?=\s+(?:a|per|each)\s|[\s,.;)]|$))?"  # "27p a week": pence
    r"(?:\s?(?P<scale>k|m|mn|bn|million|billion|thousand)(?![a-z]))?"
    r"(?:\s?(?P<unit>%|per\s?cent\b|percentage\s+points?\b|pp\b|ppts?\b|pts\b|"
    r"%\s*points?\b|fte\b|FTE\b|(?:working\s+|calendar\s+|business\s+|clear\s+)?days?\b|"
    r"hours?\b|hrs\b|years?\b))?",
    re.IGNORECASE,
)

# Numbers in these surroundings are not statistics.
BEFORE_EXCLUDE = re.compile(
    r"(?:\b(?:s|section|sections|page|pages|item|items|para|paragraph|paragraphs|"
    r"appendix|annex|circular|version|v|no|number|tel|telephone|phone|room|op|operation|"
    r"level|tier|phase|stage|priority|band|grade|step|pillar|wave|cohort|top|under|"
    r"aged|age|ages|per|every|chapter|schedule|article|rule|clause|act|category|"
    r"week|year|years|period|mph|call|calls|dial|ext|line|question|questions|"
    r"table|tables|figure|figures|fig|chart|graph|map|annexe|slide|footnote|"
    r"recommendation|recommendations|action|actions|minute|minutes)\.?\s*$)"
    r"|(?:[/#]$)|(?:\d\s*[-–]\s*$)|(?:\b[A-Z]{1,3}$)|"
    r"(?:\d(?:st|nd|rd|th)?\s+(?:out\s+)?of\s+$)",
    re.IGNORECASE,
)
AFTER_EXCLUDE = re.compile(
    r"^(?:\s*(?:mph|am|pm|a\.m\.|p\.m\.|years?\s+of\s+age|years?\s+old|year[\s-]olds?|"
    r"-year|-month|-day|-week|-hour|/7|/\d|:\d|\.\d+\.|st\s+century|"
    r"per\s+\d|x\s+\d|hours?\s+a\s+day|seconds?|minutes?|mins?|months?|weeks?|"
    r"(?:full\s+)?(?:calendar\s+|financial\s+)?years\s+of\s+data|of\s+age|old)\b)"
    r"|^(?:[-–]\s*\d)|^(?:/\d)|^(?:\s*(?:and|or|to|-|–)\s*\d+\s*(?:years?\s+of\s+age|"
    r"years?\s+old|years?\s+ago|months?|weeks?))|^\s*(?:(?:years?|months?|days?|weeks?)\s+)?ago\b",
    re.IGNORECASE,
)
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
PHONE = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b0\d{9,10}\b|\b\d{5}\s\d{6}\b")
DURATION_LEAD = re.compile(
    r"\b(?:for|after|within|in|during|than|next|past|last|previous|first|every|"
    r"each|up\s+to|over\s+the)\s+(?:the\s+)?(?:over\s+|nearly\s+|almost\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
SERVICE_NUMBERS = {"999", "101", "111"}  # the phone services, when named as such
TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:am|pm|hours|hrs)\b|\b\d{1,2}:\d{2}\b|"
                  r"\b\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)
YEAR_RANGE = re.compile(r"\b(?:19|20)\d{2}\s*[/-]\s*(?:(?:19|20)\d{2}|\d{2})\b")
RANK_CONTEXT = re.compile(r"\b(?:rank\w*|place[d]?|position|in\s+the\s+country|nationally|"
                          r"of\s+\d+\s+(?:police\s+)?forces|"
                          r"league|out\s+of|highest|lowest|best|worst)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A figure in running text: value in base units, its unit and where it is."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    word: bool = False  # written in words ("sixty-nine")
    ordinal: bool = False


def word_value(text: str) -> float | None:
    """The value of a number written in words ("sixty-nine", "three hundred")."""
    total = 0.0
    for part in re.split(r"[\s-]+", text.lower()):
        if part in WORD_VALUES:
            total += WORD_VALUES[part]
        elif part in SCALE and total:
            total *= SCALE[part]
        else:
            return None
    return total


def _unit(raw: str | None, pound: bool) -> str:
    if pound:
        return "gbp"
    if not raw:
        return "count"
    raw = raw.lower().replace(" ", "")
    if raw.startswith(("%point", "percentagepoint", "pp", "pt")):
        return "percentage_points"
    if raw in {"%", "percent"} or raw.startswith("percent"):
        return "percent"
    if raw == "fte":
        return "fte"
    if raw.startswith("day") or raw.endswith(("day", "days")):
        return "days"
    if raw.startswith(("hour", "hr")):
        return "hours"
    if raw.startswith("year"):
        return "years"
    return "count"


@lru_cache(maxsize=4096)
def _masked(text: str) -> tuple[tuple[int, int], ...]:
    """Spans that hold dates or phone numbers: numbers inside them are not figures."""
    spans = [(d.start, d.end) for d in find_dates(text)]
    spans += [m.span() for m in PHONE.finditer(text)]
    spans += [m.span() for m in POSTCODE.finditer(text)]
    spans += [(s, e) for s, e, p in find_periods(text) if p.start is not None]
    spans += [m.span() for m in TIME.finditer(text)]
    spans += [m.span() for m in YEAR_RANGE.finditer(text)]
    return tuple(spans)


def _is_year(m: re.Match[str]) -> bool:
    digits = m.group("digits")
    return bool(digits and re.fullmatch(r"(?:19|20)\d{2}", digits) and not m.group("pound")
                and not m.group("unit") and not m.group("scale"))


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text`` that may state a statistic, in order (a new list each call;
    the work behind it is cached, as extractors ask about the same sentence repeatedly)."""
    return list(_find_quantities(text))


@lru_cache(maxsize=4096)
def _find_quantities(text: str) -> tuple[Quantity, ...]:
    masked: tuple[tuple[int, int], ...] | None = None  # found only if a candidate survives
    found: list[Quantity] = []
    for m in QUANTITY.finditer(text):
        if _is_year(m):
            continue
        quantity = _quantity(text, m)
        if quantity is None:
            continue
        masked = _masked(text) if masked is None else masked
        if not any(s <= m.start() < e for s, e in masked):
            found.append(quantity)
    return tuple(found)


def _quantity(text: str, m: re.Match[str]) -> Quantity | None:
    start, end = m.span()
    before, after = text[max(0, start - 25):start], text[end:end + 30]
    word = m.group("word")
    if BEFORE_EXCLUDE.search(before) or AFTER_EXCLUDE.search(after):
        return None
    if re.search(r"[\w.]$", before) and not m.group("pound") and not m.group("sign"):
        return None  # inside a token: "B1", "s.136", "COVID-19"
    if m.group("sign") and re.search(r"\d\s*$", before):
        return None  # the far end of a range: "11-17"
    if word and not _word_is_figure(word, before, after):
        return None
    if re.search(r"\bthe\s+$", before) and re.match(r"\s+(?:service|line|number|app)\b", after):
        return None  # "the 836 service": a name
    if m.group("digits") in SERVICE_NUMBERS and not m.group("unit") and (
            re.match(r"\s*(?:calls?\b|line|service|number|non|and\s+\d|or\s+\d|/|\)|"
                     r"attrition|demand|contact|performance|staffing|answer|abandon\w*|"
                     r"figures|data|call[- ]handl\w*|[,.;]|$)", after, re.I)
            or re.search(r"\b(?:dial|call|phone|ring|via|on|the|to|and|or|for)\s+$", before,
                         re.I)):
        return None
    if start < 4 and re.match(r"\s*[.)]\s", after):
        return None  # a paragraph number at the start of a block
    raw_value = word_value(word) if word else float(m.group("digits").replace(",", ""))
    if raw_value is None:
        return None
    if raw_value in {1, 2, 3, 4} and re.search(r"\b(?:q|quarter)\s*\.?\s*$", before, re.I):
        return None  # "quarter 2", "Q.3"
    value = raw_value * SCALE.get((m.group("scale") or "").lower(), 1.0)
    unit = _unit(m.group("unit"), bool(m.group("pound")))
    if m.group("pence") and m.group("digits") and not m.group("pound"):
        value, unit = round(raw_value / 100, 4), "gbp"
    if m.group("ordinal") and not RANK_CONTEXT.search(text[max(0, start - 200):end + 80]):
        return None
    if unit in {"days", "hours", "years"} and DURATION_LEAD.search(before) and not \
            re.match(r"\s*lost\b", after):
        return None  # "for over eight years", "within 24 hours": a span of time, not a figure
    if unit == "days" and re.match(r"\s*(?:before|after|prior\s+to|from|of\s+(?:receipt|the))\b",
                                   after):
        return None  # "five working days before a meeting": a deadline
    if m.group("sign") in {"-", "−", "–"} and not re.search(r"[\d]\s*$", before):
        value = -value
    if unit == "count" and re.match(r"\s*per\s+(?!cent)[a-z]", after, re.I) and "." in (
            m.group("digits") or ""):
        unit = "ratio"
    return Quantity(start, end, m.group(0), value, unit, word=bool(word),
                    ordinal=bool(m.group("ordinal")))


def _word_is_figure(word: str, before: str, after: str) -> bool:
    """Words like "one" are pronouns as often as numbers: keep those that count things."""
    lower = word.lower()
    if lower == "one" and re.search(r"\b(?:into|in|as|at|to|on|with|under|within|from|for)\s+$",
                                    before, re.I):
        return False
    if lower == "one" and re.match(r"\s+(?:the|a|an|his|her|their|[a-z]+ing)\b", after):
        return False  # "including one involving a bus", "but one the Force needed"
    if lower == "one" and re.match(r"\s+(?:of|another|which|that|who|in|way|off|to|"
                                   r"day|point|hand|side|time|stop)\b", after, re.I):
        return False
    if re.match(rf"\s+of\s+(?:the|these|those|its|their|our)\s+(?:[\d,]+|{WORD_NUMBER})\s",
                after, re.I):
        return True  # "two of the seven AFIs": a part of a counted whole
    if re.match(r"\s*(?:of\s+(?:the|these|those|them|its|their|our)\b|or\s+(?:two|more)|"
                r"-(?:way|off|to|stop)\b|\s+way\b)", after, re.I):
        return False
    if re.search(r"\b(?:the|a|an|every|each|of|no)\s+$", before, re.I) and lower in {
            "one", "two"}:
        return False
    if re.search(r"\b(?:to|was|were|is|are|at|just|only|totalled|reached|of)\s+$", before,
                 re.I) and re.match(r"\s*[,.;)]", after):
        return True  # "reduced to just seven."
    return bool(re.match(r"\s+[A-Za-z(]", after) or re.match(r"\s*[%]", after))
