"""Dates at the papers' precision ("2024", "2024-03", "2024-03-31") as comparable days.

A due date of "March 2024" has not passed until March is over, so comparisons use the
*end* of the stated precision; a raised-on or period-start date uses the *start*.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def end_of(iso: str | None) -> date | None:
    """The last day an ISO date of any precision covers; None when unreadable."""
    parts = _parts(iso)
    if parts is None:
        return None
    year, month, day = parts
    if month is None:
        return date(year, 12, 31)
    if day is None:
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def start_of(iso: str | None) -> date | None:
    """The first day an ISO date of any precision covers; None when unreadable."""
    parts = _parts(iso)
    if parts is None:
        return None
    year, month, day = parts
    return date(year, month or 1, day or 1)


def _parts(iso: str | None) -> tuple[int, int | None, int | None] | None:
    match = ISO.match(str(iso or ""))
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date(year or 1, month or 1, day or 1)
    except ValueError:
        return None
    return year, month, day  # type: ignore[return-value]
