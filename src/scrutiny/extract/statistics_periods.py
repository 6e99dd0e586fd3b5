"""The period and place a figure in a sentence covers.

The period is the period phrase nearest the figure in its clause; a period with another
figure between it and this one is that figure's, one after "than" / "compared with" is a
baseline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scrutiny.parse.dates import find_periods
from scrutiny.parse.quantities import Quantity

PLACE = re.compile(
    r"\b(?:in|across|near|within|around)\s+(?P<place>(?:the\s+)?(?:[A-Z][\w'’-]+\s+)*?"
    r"(?:[A-Z][\w'’-]+)(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)*(?:\s+areas?\s+of\s+[A-Z][\w'’-]+|"
    r"\s+areas?)?)(?=[\s,.;)]|$)",
)
EXTRA_PERIOD = re.compile(
    # a bare quarter: "from 88 in Q1 to 71 in Q2"
    r"(?<![\w/-])Q[1-4](?![\w/-])(?!\s+(?:19|20)\d{2})|"
    r"\b(?:(?:during|in|for|over)\s+)?(?:the\s+)?(?:quarter\s+(?:one|two|three|four)|"
    r"(?<!within\sthe\s)(?:first|last|past|next)\s+(?:two|three|four|six|\d+)\s+"
    r"(?:weeks|days|months|years)|"
    r"(?:two|three|four|six|nine|\d+)\s+months\s+to\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)(?!\s+(?:19|20)?\d\d)|"
    r"(?:this|last)\s+(?:financial\s+)?(?:quarter|year)|the\s+quarter|rolling\s+(?:12\s+month\s+"
    r"period|year)|financial\s+year|since\s+(?:19|20)\d{2}|by\s+(?:19|20)\d{2}|\d+\s+months\s+"
    r"ago|to\s+date|(?<=for\s)the\s+(?:financial\s+)?year(?!\s+(?:before|to|ending|ended)))\b"
    r"|(?:(?<=\b[Ii]n\s)|(?<=\b[Ff]or\s)|(?<=[Dd]uring\s)|(?<=[Ff]rom\s)|(?<=\bend\sof\s))"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?:\s+(?:to|and|-|–)\s+(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)?(?!\s+\d)"
    r"|(?<=\d\s)(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\s+\d)"
    # a season: "recruited in the autumn", "over the winter"
    r"|(?:(?<=\bin\sthe\s)|(?<=during\sthe\s)|(?<=\bover\sthe\s))"
    r"(?:spring|summer|autumn|winter)\b(?!\s+\d)",
    re.IGNORECASE,
)
# Each alternative of EXTRA_PERIOD holds one of these phrases (a looser form of it): a
# text with none (most sentences) is not scanned by that much slower pattern.
EXTRA_PERIOD_CUES = re.compile(
    r"q[1-4]|quarter|(?:first|last|past|next)\s+(?:two|three|four|six|\d)|(?:this|last)\s+"
    r"(?:financial\s+)?(?:quarter|year)|rolling\s+(?:12|year)|financial\s+year|(?:since|by)\s+"
    r"(?:19|20)\d\d|\d\s+months\s+ago|months\s+to\s|to\s+date|the\s+(?:financial\s+)?year|"
    r"(?:in|for|during|from|of|\d)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|the\s+(?:spring|summer|autumn|winter)",
    re.IGNORECASE)
NOT_PLACE = {"Police", "Force", "The", "England", "Wales", "UK", "April", "May", "June",
             "July", "August", "September", "October", "November", "December", "January",
             "February", "March"}


# --- periods and places -------------------------------------------------------------------------


PERIOD_CUE = re.compile(r"(?:\b(?:by|until|up\s+to|since|as\s+at|prior\s+to|before|between|from|"
                        r"during|in|for|over|throughout)"
                        r"(?:\s+the\s+end\s+of(?:\s+the)?)?\s+|\bthe\s+end\s+of\s+)$",
                        re.IGNORECASE)
EVENT_DATE = re.compile(r"\b(?:devised|introduced|created|established|formed|launched|published|"
                        r"founded|built|opened|appointed|commenced|started|began|set\s+up|"
                        r"agreed|approved|went\s+live|implemented)\s+(?:on\s+|in\s+)?$",
                        re.IGNORECASE)
AT_DATE = re.compile(r"\b[Aa]t\s+$")
MAX_PERIOD_DISTANCE = 250  # characters: a period further away belongs to another clause


def _periods(text: str) -> list[tuple[int, int, str]]:
    return list(_cached_periods(text))


@lru_cache(maxsize=4096)
def _cached_periods(text: str) -> tuple[tuple[int, int, str], ...]:
    """Period phrases in a sentence with a leading "by the end of" / "since" / "as at"
    kept, since it changes what the period means."""
    spans = [(s, e, p.label) for s, e, p in find_periods(text)]
    extra = EXTRA_PERIOD.finditer(text) if EXTRA_PERIOD_CUES.search(text) else ()
    for m in extra:
        if not any(s < m.end() and m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), m.group(0)))
    out = []
    for start, end, label in sorted(spans):
        if re.search(r"\bwithin\s+(?:the\s+)?$", text[max(0, start - 12):start], re.I):
            continue  # "leave within the first 2 years": part of what is measured
        if EVENT_DATE.search(text[max(0, start - 40):start]):
            continue  # "the formula was devised in 2006": when something happened
        cue = PERIOD_CUE.search(text[max(0, start - 30):start])
        at_date = AT_DATE.search(text[max(0, start - 4):start])
        if cue:
            start -= len(cue.group(0))
            label = text[start:end]
        elif at_date and re.match(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]", label):
            start -= len(at_date.group(0))  # "At 30 September 2024": a count as at a day
            label = f"as at {label}"
        out.append((start, end, _tidy_period(label)))
    return tuple(out)


BASELINE = re.compile(r"\b(?:than|compared\s+(?:to|with)|on|against|versus|vs\.?)\s+(?:the\s+)?"
                      r"(?:same\s+[a-z]+\s+(?:(?:of|in)\s+)?)?$", re.IGNORECASE)


REPORTING = re.compile(r"[,;]\s*(?:and\s+)?(?:he|she|they|it|we|the\s+\w+)\s+(?:also\s+)?(?:said|"
                       r"stated|added|reported|advised|noted|explained|confirmed)\b", re.I)


def _aside(text: str, start: int, end: int) -> bool:
    """Is the period inside a bracketed aside that says more than the period itself?"""
    opening = text.rfind("(", 0, start)
    closing = text.find(")", end)
    inside = text[opening + 1:start] + " " + text[end:closing if closing >= 0 else len(text)]
    return len(re.findall(r"[A-Za-z]+", inside)) > 2


BASELINE_OF_FIGURE = re.compile(r"\b(?:than|compared\s+(?:to|with)|on|against|versus|vs\.?)\s+"
                                r"(?:the\s+)?(?:£?[\d.,]+\s*%?\s+)?(?:the\s+)?$", re.IGNORECASE)


OTHER_SIDE = {"this year": "last year", "last year": "this year", "this quarter": "last quarter",
              "last quarter": "this quarter", "this month": "last month",
              "last month": "this month"}


def _side_of_comparison(period: str | None, periods: list[tuple[int, int, str]],
                        sentence: str, q: Quantity) -> str | None:
    """In "2,748 offences this year compared to 2,331", the figure after "compared to" is
    last year's; in "1,075 compared to 1,081 in the same period last year" the first is
    this year's. Only this/last year (quarter, month) pairs are swapped."""
    baseline_figure = re.search(r"\b(?:compared\s+(?:to|with)|than|against|versus|vs\.?)\s+"
                                r"(?:the\s+)?(?:[£]\s?)?$", sentence[:q.start], re.I)
    current = (period or "").lower().removeprefix("same period ").strip()
    if baseline_figure and current in OTHER_SIDE and not _periods(sentence[q.end:q.end + 40]):
        return OTHER_SIDE[current]
    later = re.match(r"[^.;]{0,20}?\b(?:compared\s+(?:to|with)|than|against)\s+[£\d][^.;]*?"
                     r"\b(?:the\s+)?(?:same\s+period\s+)?(last\s+(?:year|quarter|month))\b",
                     sentence[q.end:], re.I)
    if period is None and later:
        return OTHER_SIDE[later.group(1).lower()]
    return period


def _compared(period: str | None, periods: list[tuple[int, int, str]],
              sentence: str) -> str | None:
    """A change's period names both sides when the sentence gives its baseline: "a 2.8
    point increase" on "10.5% for the year compared with 7.7% last year" covers "year
    compared with last year"."""
    baselines = [label for start, _, label in periods
                 if BASELINE_OF_FIGURE.search(sentence[max(0, start - 30):start])]
    if not baselines and period and period.lower() in OTHER_SIDE and re.search(
            r"\bcompared\s+(?:to|with)\s+[£\d]", sentence, re.I):
        return f"{period} compared with {OTHER_SIDE[period.lower()]}"  # "... compared to 2,331"
    if not baselines:
        return period
    current = [label for start, end, label in periods if label not in baselines
               and not (_depth(sentence, start) > 0 and _aside(sentence, start, end))]
    if current:
        return f"{current[0]} compared with {baselines[-1]}"
    if period and baselines[-1] in period:
        return period
    return f"{period} compared with {baselines[-1]}" if period else \
        f"compared with {baselines[-1]}"


def _depth(text: str, position: int) -> int:
    """How many brackets are open at ``position``."""
    return text.count("(", 0, position) - text.count(")", 0, position)


def _nearest_period(periods: list[tuple[int, int, str]], q: Quantity, sentence: str,
                    quantities: list[Quantity]) -> str | None:
    """The period phrase nearest the figure in its clause. A period with another figure
    between it and this one belongs to that figure; one introduced by "than" or
    "compared with" is a baseline; one outside the brackets a figure sits in is not its.
    A period before a run of figures ("Apr 2024: 85 drivers ...; 3,954 ...") covers all."""
    best: tuple[int, str] | None = None
    for start, end, label in periods:
        after = start >= q.end
        between = sentence[q.end:start] if after else sentence[end:q.start]
        distance = len(between)
        if BASELINE.search(sentence[max(0, start - 32):start]):
            continue
        if not after and _follows_other_figure(sentence, start, q, quantities):
            continue  # "from 1,240 in September 2024 to 690": September is 1,240's
        if not after and _opens_sentence(sentence, start, end):
            distance = min(distance, MAX_PERIOD_DISTANCE)  # "In 2023, ..." governs it all
        elif distance > MAX_PERIOD_DISTANCE or REPORTING.search(between):
            continue  # "since 2014, he said it also had a target of £7.3 million"
        if after and any(q.end <= o.start and o.end <= start and
                         _depth(sentence, o.start) <= _depth(sentence, q.start)
                         for o in quantities):
            continue
        if after and _depth(sentence, q.start) > _depth(sentence, start) and re.search(
                r"\)\s+[A-Z]", between):
            continue  # "(43 to teams and 26 to VITs) Full evaluation ... March 2023"
        if _depth(sentence, start) > _depth(sentence, q.start) and (any(
                _depth(sentence, o.start) > _depth(sentence, q.start) for o in quantities)
                or _aside(sentence, start, end)):
            continue  # "88 (34 September, 27 October)"; "(someone who ... in the last 12 months)"
        if best is None or distance < best[0]:
            best = (distance, label)
    return best[1] if best else None


def _opens_sentence(sentence: str, start: int, end: int) -> bool:
    """A period phrase that opens its sentence: "In 2023 alone, ...", "April to July
    2024, the DCO reported ...", "Sep 2024 (two week campaign) – ..."."""
    return not sentence[:start].strip(" -–•*(") and bool(
        re.match(r"\s*(?:alone\b)?\s*(?:\([^()]{0,40}\))?\s*[,:–—-]", sentence[end:]))


def _tidy_period(label: str) -> str:
    label = re.sub(r"^(?:in|during|for|over|from|the|of)\s+", "", label.strip(), flags=re.I)
    label = re.sub(r"^(?:the)\s+", "", label, flags=re.I)
    # "between April and June 2024" is the range "April to June 2024"
    label = re.sub(r"^between\s+(?P<a>[^,;]+?)\s+and\s+", r"\g<a> to ", label, flags=re.I)
    return re.sub(r"\s*[–—-]\s*", " to ", label) if re.search(r"[A-Za-z]{3}\s*[–—]\s*[A-Z]",
                                                               label) else label


def _follows_other_figure(sentence: str, start: int, q: Quantity,
                          quantities: list[Quantity]) -> bool:
    """Is the period at ``start`` printed straight after another figure before ``q``
    ("1,240 in September 2024 to 690"), so that it dates that figure?"""
    return any(o.end <= start and o.start < q.start and o is not q and re.fullmatch(
        r"\s*(?:\(|,)?\s*(?:in|during|for|at|as\s+at|by|on)?\s*(?:the\s+)?",
        sentence[o.end:start], re.IGNORECASE) for o in quantities)


def _place(sentence: str) -> str | None:
    for m in PLACE.finditer(sentence):
        place = re.sub(r"^the\s+", "", m.group("place"))
        if re.fullmatch(r"Q[1-4]", place):
            continue  # "in Q1": a quarter, not a place
        if place.split()[0] in NOT_PLACE or any(w in NOT_PLACE for w in place.split()[-1:]):
            continue
        if re.search(r"\barea", place) or len(place.split()) <= 3:
            return place
    return None
