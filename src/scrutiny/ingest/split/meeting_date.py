"""The date of the meeting a paper is for: a Date field, a "held on" sentence, a title line."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from scrutiny.ingest.split.start_cues import HELD_ON, ITEM_NUMBERED

if TYPE_CHECKING:
    from scrutiny.ingest.split.header import Header

_I = re.IGNORECASE


DISCUSSED_ON = re.compile(r"\b(?:discussed|held|considered|meeting)\s+(?:on\s+)?", _I)


def date_of(header: Header, lines: list[str]) -> str | None:
    """The meeting date a paper states: a Date field, else a "held on" sentence."""
    from scrutiny.extract.parse.dates import find_dates, parse_date

    year = usual_year(header.opening)
    for label in ("meeting date", "date of meeting", "date & time", "date", "meeting"):
        if label in header.fields:
            iso = parse_date(header.fields[label], default_year=year)
            if iso and len(iso) == 10:
                return iso
    for k, line in enumerate(lines[:10]):
        if ITEM_NUMBERED.match(line):
            continue  # "3 Minutes of the meeting held on ...": an item about another meeting
        if HELD_ON.search(line) or DISCUSSED_ON.search(line):
            # "... to be held on" may leave the date itself to the next line
            for text in (line, *lines[k + 1 : k + 2]) if line.rstrip().endswith(
                    ("on", "at", ":")) else (line,):
                found = [d.iso for d in find_dates(text, default_year=year) if d.iso]
                days = [iso for iso in found if len(iso) == 10]
                if days:
                    return days[0]
    return None


def date_in_text(opening: str, text: str, lines: int = 3) -> str | None:
    """A meeting date in the paper's title lines, with the year the paper mostly uses."""
    from scrutiny.extract.parse.dates import find_dates

    year = usual_year(text)
    for line in opening.splitlines()[:lines]:
        if len(line.split()) > 40:
            continue
        for found in find_dates(line, default_year=year):
            if found.iso and len(found.iso) == 10:
                return found.iso
    return None


def usual_year(text: str) -> int | None:
    """The year a paper mentions most (for dates printed without one)."""
    years = Counter(int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", text))
    if not years:
        return None
    top = max(years.values())
    return max(y for y, n in years.items() if n == top)
