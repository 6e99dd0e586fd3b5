"""The Band D precept: the one money figure every police and crime panel is asked about
each year, written the same few ways: "increase the police element of the council tax
for a Band D property by £14.00, from £255.50 in 2024/25 to £269.50 in 2025/26", "by £14
(4.9%) to £298.62", "a Band D fire precept of £88.20, an increase of 2.99%". The general
readings name these by the verb around them ("Raising the Band D charge", "Funding for a
Band D property"); here the charge is "Band D <kind> precept" and the rise is "Increase
in Band D <kind> precept".
"""

from __future__ import annotations

import re

from scrutiny.extract.statistics_phrases import Reading
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import parse_period
from scrutiny.parse.quantities import Quantity
from scrutiny.records import Statistic

BAND_D = re.compile(r"\bBand\s+D\b")
PRECEPT_WORDS = re.compile(r"\b(?:precept|council\s+tax|Band\s+D\s+charge)\b", re.IGNORECASE)
KIND = re.compile(r"\b(?P<k>police|policing|fire(?:\s+and\s+rescue)?)\s+(?:element|precept|"
                  r"charge|part)\b", re.IGNORECASE)
RISE_BEFORE = re.compile(r"\b(?:increas\w*|rais\w*|ris\w*|up)\b[^.;£%]{0,120}\bby\s+$|"
                         r"\ban?\s+(?:increase|rise)\s+of\s+$", re.IGNORECASE)
RISE_AFTER = re.compile(r"\s*(?:increase|rise)\b", re.IGNORECASE)  # "the £14 increase"
LEVEL_BEFORE = re.compile(r"(?:\bto|\bfrom|\bof|\bat|\bis|\bbe|\bremains?|charge)\s+$",
                          re.IGNORECASE)
WEEKLY = re.compile(r"\s*(?:a|per|each)\s+week\b", re.IGNORECASE)
BAND_D_CHARGE_LIMIT = 1000.0  # a Band D charge is hundreds of pounds; more is a budget


def _precept_reading(sentence: str, q: Quantity, previous: Reading | None) -> Reading | None:
    """The Band D charge or its rise, in a sentence about the precept; None otherwise
    (a budget, an income or a gap in the same sentence keeps its own reading)."""
    if q.unit not in {"gbp", "percent"} or not BAND_D.search(sentence) \
            or not PRECEPT_WORDS.search(sentence):
        return None
    before, after = sentence[:q.start], sentence[q.end:]
    kind = KIND.search(sentence)
    word = kind.group("k").lower() if kind else "police"
    charge = f"Band D {word} precept"
    if q.unit == "gbp" and q.value >= BAND_D_CHARGE_LIMIT:
        return None
    weekly = " per week" if WEEKLY.match(after) else ""
    bracketed = re.search(r"\(\s*$", before) and previous is not None \
        and previous.measure.startswith("Increase in Band D")
    if RISE_BEFORE.search(before) or RISE_AFTER.match(after) or bracketed:
        return Reading(f"Increase in {charge}{weekly}", charge)
    if q.unit == "gbp" and LEVEL_BEFORE.search(before):
        return Reading(f"{charge}{weekly}", charge)
    return None


PRECEPT_YEAR = re.compile(r"\bprecepts?\b[^.\n]{0,40}?\b(?P<a>20\d\d[/-]\d\d)\b|"
                          r"\b(?P<b>20\d\d[/-]\d\d)\b[^.\n]{0,25}?\bprecepts?\b", re.IGNORECASE)
CHARGE_MEASURE = re.compile(r"^(?:Increase\s+in\s+)?Band\s+D\s+[a-z]+(?:\s+and\s+rescue)?\s+"
                            r"precept(?:\s+per\s+week)?$")
LOOK_BACK = 4000  # an item's heading and its opening paragraphs


def with_precept_year(found: list[Statistic], paper: Paper) -> list[Statistic]:
    """The Band D charge and its rise are for the year the precept is set for ("Proposed
    precept 2025/26" above them) when their sentence names none; a charge restated later
    ("Resolved: to support the proposed precept of £276.40") is the same figure, once."""
    text = paper.document.text
    kept: list[Statistic] = []
    seen: set[tuple[float, str, str]] = set()
    for statistic in found:
        if not CHARGE_MEASURE.match(statistic.measure):
            kept.append(statistic)
            continue
        start = statistic.source.start if statistic.source else 0
        if statistic.period in {None, "year", "the year"}:
            years = list(PRECEPT_YEAR.finditer(text, max(0, start - LOOK_BACK), start + 200))
            if years:
                year = years[-1].group("a") or years[-1].group("b")
                resolved = parse_period(year, reference=paper.date)
                statistic.period = year
                statistic.period_start = resolved.start if resolved else None
                statistic.period_end = resolved.end if resolved else None
        key = (statistic.value, statistic.unit, statistic.measure.split()[0].lower())
        if key in seen:
            continue
        seen.add(key)
        kept.append(statistic)
    return kept
