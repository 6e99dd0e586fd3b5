"""The date of the meeting a paper is for: a Date field, a "held on" sentence, a title line."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from scrutiny.ingest.split.body_names import BODY_WORDS, clean_body
from scrutiny.ingest.split.start_cues import HELD_ON, ITEM_NUMBERED

if TYPE_CHECKING:
    from scrutiny.ingest.split.header import Header

_I = re.IGNORECASE


DISCUSSED_ON = re.compile(r"\b(?:discussed|held|considered|meeting)\s+(?:on\s+)?", _I)
# "... by 31 March 2025": a date something is due by, never the date of a meeting
DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|due|deadline|than)\W*$", _I)
MASTHEAD_SEPARATOR = " -–—,:|"
SEGMENT_SEPARATOR = re.compile(r"\s[·•|]\s|\s[–—]\s")
BODY_AT_END = re.compile(rf"\b{BODY_WORDS}$", _I)
DOT_SEPARATOR = re.compile(r"\s[·•|]\s")
VENUE_WORD = re.compile(r"\b(?:room|chamber|hall|guildhall|centre|center|suite|house|offices|"
                        r"headquarters|building|library|boardroom)\b", _I)
BODY_IN_PART = re.compile(rf"\b{BODY_WORDS}\b(?!\s+(?:room|rooms|chamber|suite|hall)\b)", _I)
# What a masthead may print after its date: the time, then the venue
# ("... Thursday, 23rd January, 2025 10.30 am Venue: Trelawny Room, County Hall")
CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2}"
MASTHEAD_TAIL = re.compile(
    rf"^[\s,.|–—-]*(?:(?:at|from)\s+)?(?:{CLOCK})(?:\s*(?:[–—-]|to|until)\s*(?:{CLOCK}))?"
    r"[\s,.|–—-]*(?:(?:venue|location|place)\b.*|(?:agenda\s+)?item\s+[A-Z]?\d.*)?$"
    r"|^[\s,.|–—-]*(?:venue|location|place)\s*:.*$"
    r"|^[\s,.|–—-]*(?:agenda\s+)?item\s+[A-Z]?\d.*$", _I | re.S)  # "... Item 5: Tracker"


def date_of(header: Header, lines: list[str]) -> str | None:
    """The meeting date a paper states: a Date field, else a "held on" sentence."""
    from scrutiny.parse.dates import parse_date

    year = usual_year(header.opening)
    for label in ("meeting date", "date of meeting", "date & time", "date", "meeting"):
        if label in header.fields:
            iso = parse_date(header.fields[label], default_year=year)
            if iso and len(iso) == 10:
                return iso
    return masthead_date(lines[:6], year) or _sentence_date(lines, year)


def masthead_date(lines: list[str], year: int | None) -> str | None:
    """The date of a title line that is a body and a date and nothing else:
    "NAME OF THE POLICE AND CRIME PANEL - 16 JANUARY 2025" (the meeting the paper is of),
    or a body, a date, the time and the venue, as a committee system prints a meeting."""
    from scrutiny.parse.dates import find_dates

    for line in lines:
        days = [d for d in find_dates(line, default_year=year) if d.iso and len(d.iso) == 10]
        if len(days) != 1:
            continue
        tail = line[days[0].end :]
        if tail.strip(MASTHEAD_SEPARATOR + ".") and not MASTHEAD_TAIL.match(tail):
            continue
        name = line[: days[0].start].strip(MASTHEAD_SEPARATOR)
        # the whole of what precedes the date names the body: not "Jo Bloggs, Panel
        # Secretary – Published 19 November 2024"
        if clean_body(name) and BODY_AT_END.search(name):
            return days[0].iso
    return None


def masthead_body(line: str) -> str | None:
    """The body a long masthead names before its date: "Strategic Scrutiny Board – 28
    January 2025 Item 5: Inspection recommendations tracker (thematic and joint
    inspections)", "X Panel · Committee Room 1 · Monday 3 February 2025 at 10.30am"."""
    from scrutiny.parse.dates import find_dates

    days = find_dates(line[:200])
    if not days:
        return None
    # "Tyneholm Police and Crime Panel · Committee Room 1 · Monday 3 February 2025": the
    # masthead's parts between its separators, the body first
    for name in SEGMENT_SEPARATOR.split(line[: days[0].start]):
        name = name.strip(MASTHEAD_SEPARATOR)
        if name and len(name.split()) <= 12 and BODY_AT_END.search(name):
            return clean_body(name)
    return None


def masthead_venue(line: str) -> str | None:
    """The place a masthead prints between its dots or bars, before or after the date:
    "X Panel · Committee Room 1, Civic Centre · Monday 3 February 2025 at 10.30am",
    "X Board | 4 March 2025 | Blue Room, Fell House". The part that holds a building's
    or room's word and neither the body's name nor the date."""
    if not DOT_SEPARATOR.search(line) or len(line) > 300:
        return None
    for part in DOT_SEPARATOR.split(line):
        part = part.strip(MASTHEAD_SEPARATOR + ".")
        if VENUE_WORD.search(part) and not BODY_IN_PART.search(part) and not re.search(
                r"\d{4}", part):
            return part
    return None


def _sentence_date(lines: list[str], year: int | None) -> str | None:
    """The date of a "held on ..." sentence in the first lines (not a deadline in one)."""
    from scrutiny.parse.dates import find_dates

    for k, line in enumerate(lines[:10]):
        if ITEM_NUMBERED.match(line):
            continue  # "3 Minutes of the meeting held on ...": an item about another meeting
        if HELD_ON.search(line) or DISCUSSED_ON.search(line):
            # "... to be held on" may leave the date itself to the next line
            for text in (line, *lines[k + 1 : k + 2]) if line.rstrip().endswith(
                    ("on", "at", ":")) else (line,):
                days = [d.iso for d in find_dates(text, default_year=year) if d.iso and
                        len(d.iso) == 10 and not DEADLINE_BEFORE.search(text[: d.start])]
                if days:
                    return days[0]
    return None


def date_in_text(opening: str, text: str, lines: int = 3) -> str | None:
    """A meeting date in the paper's title lines, with the year the paper mostly uses."""
    from scrutiny.parse.dates import find_dates

    year = usual_year(text)
    for line in opening.splitlines()[:lines]:
        if len(line.split()) > 40:
            continue
        for found in find_dates(line, default_year=year):
            if found.iso and len(found.iso) == 10 and not DEADLINE_BEFORE.search(
                    line[: found.start]):
                return found.iso
    return None


def usual_year(text: str) -> int | None:
    """The year a paper mentions most (for dates printed without one)."""
    years = Counter(int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", text))
    if not years:
        return None
    top = max(years.values())
    return max(y for y, n in years.items() if n == top)
