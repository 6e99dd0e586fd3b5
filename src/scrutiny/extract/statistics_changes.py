"""Figures that state a change: "ASB had decreased by 8.1%", "a 12% decrease in DA
offences", "an increase of 4% in reports", "calls had fallen from 81 to 39", "Knife
crime has risen, with 312 offences".
"""

from __future__ import annotations

import re

from scrutiny.extract.statistics_cleanup import JUNK, _clean, _weak
from scrutiny.extract.statistics_phrases import (
    AUX,
    QUALIFIER,
    Reading,
    _noun_after,
    _subject_before,
)
from scrutiny.parse.quantities import Quantity

CHANGE_VERB = re.compile(
    r"\b(?P<verb>increased|decreased|reduced|fell|fallen|rose|risen|dropped|grew|grown|"
    r"declined|went\s+up|went\s+down|improved|deteriorated|up|down|underspend|overspend|"
    r"underspent|overspent)\s+(?:by\s+)?$",
    re.IGNORECASE,
)


CHANGE_NOUN = (r"(?:increase|decrease|reduction|rise|fall|drop|growth|decline|improvement|uplift|"
               r"difference)")


DOWN_WORDS = re.compile(r"decreas|reduc|fell|fall|drop|declin|down|lower|less|fewer|deterior",
                        re.I)


def _direction(word: str) -> str:
    if word.lower().startswith("differen"):
        return "Difference"
    return "Decrease" if DOWN_WORDS.search(word) else "Increase"


FROM_LEVEL = re.compile(r"\b(?:increased|decreased|fallen|fell|risen|rose|dropped|reduced|"
                        r"gone\s+(?:up|down)|went\s+(?:up|down)|improved|improving|moved|changed|"
                        r"grown|grew|declined)\s+from\s+$", re.IGNORECASE)


def _change_reading(before: str, after: str, q: Quantity, previous: Reading | None,
                   topic: str | None) -> Reading | None:
    """"X decreased by 8%", "a 12% decrease in X", "a decrease in X of 20%"; a change
    that names nothing ("an 18% increase") is a change in the figure before it, or in the
    sentence's topic ("With regards to shoplifting, ... it was up 0.7%")."""
    fallback = topic or (previous.measure if previous else None)
    trimmed = re.sub(QUALIFIER + "$", "", before)
    level_from = FROM_LEVEL.search(trimmed)
    if level_from:  # "calls had fallen from 81 in April to 39 in June": the levels
        subject = _subject_before(re.sub(rf"\s+{AUX}$", " ", before[: level_from.start()]))
        if subject and not JUNK.match(subject):
            return Reading(subject, subject)
    verb = CHANGE_VERB.search(trimmed)
    if verb:
        return _verb_change(before, after, q, verb, fallback)
    noun_after = re.match(rf"\s*(?P<n>{CHANGE_NOUN})(?:\s+in\s+(?P<x>[^,.;()]{{3,80}}))?",
                          after, re.I)
    if noun_after:
        return _noun_change(before, noun_after, fallback)
    noun_before = re.search(rf"\b(?P<n>{CHANGE_NOUN})\s+in\s+(?P<x>[^,.;()]{{3,80}}?)\s+"
                            rf"(?:of|by)\s+{QUALIFIER}$", before, re.I)
    if noun_before:
        target = _clean(noun_before.group("x"))
        return Reading(f"{_direction(noun_before.group('n'))} in {target}", target)
    level = re.search(rf"\b(?:{CHANGE_NOUN}|change)\s+in\s+(?P<x>[^,.;()]{{3,80}}?)\s*(?:,\s*with|"
                      rf"\s+to)\s+{QUALIFIER}$", before, re.I)
    if level:  # "an increase in users to over 24,000": the level reached, not the change
        target = _clean(level.group("x"))
        return Reading(target, target)
    bare = re.search(rf"\b(?:an?|the)\s+(?P<n>{CHANGE_NOUN})\s+of\s+{QUALIFIER}$", before, re.I)
    named = re.match(r"\s+in\s+(?:the\s+)?(?P<x>[a-z][^,.;()]{2,60}?)(?=\s+(?:compared|since|"
                     r"from|between|during|over|in|this|last)\b|[,.;()]|$)", after)
    if bare and named:  # "an increase of 4% in reports"
        target = _clean(named.group("x"))
        return Reading(f"{_direction(bare.group('n'))} in {target}", target)
    if bare and fallback and not named:
        # "This is an increase of 5.5%": a change in what was just counted
        word = _direction(bare.group("n"))
        return Reading(f"{word} in {fallback[:1].lower()}{fallback[1:]}", fallback)
    return None


def _verb_change(before: str, after: str, q: Quantity, verb: re.Match[str],
                 fallback: str | None) -> Reading | None:
    """"ASB had decreased by 8.1%", "the budget is forecast to underspend by £2.3m"."""
    head_text = re.sub(r"\s+(?:(?:was|is|were|are)\s+)?(?:expected|forecast|projected|likely)"
                       r"\s+to\s*$", " ", before[: verb.start()])
    subject = _subject_before(re.sub(rf"\s+{AUX}$", " ", head_text))
    subject = re.sub(rf"\s+{AUX}$", "", subject)
    subject = _clean(re.sub(r"\s+(?:had|has|have|been|was|were)(?:\s+been)?$", "", subject))
    if _weak(subject):
        subject = fallback or ""
    if not subject:
        return None
    word = verb.group("verb").lower()
    if re.match(r"(?:under|over)spen", word):
        return Reading(f"{subject} {'underspend' if word.startswith('under') else 'overspend'}",
                       subject)
    direction = "Decrease" if DOWN_WORDS.search(word) else "Increase"
    noun, _ = _noun_after(after)
    suffix = f" ({noun})" if noun and q.unit == "count" else ""
    return Reading(f"{direction} in {subject}{suffix}", subject)


def _noun_change(before: str, noun_after: re.Match[str], fallback: str | None) -> Reading:
    """"a 12% decrease in DA offences"; with nothing after it, the change is in what the
    sentence named before ("Increase in X – 77% increase", "hotspot areas seeing a 4.7%
    reduction") or in the figure or topic before it."""
    target = noun_after.group("x")
    if target:
        target = _clean(re.split(r"\s+(?:compared|since|from|between|during|over|in)\b",
                                 target)[0])
    earlier = re.search(rf"\b{CHANGE_NOUN}\s+in\s+(?:the\s+)?(?P<x>[^,.;()–—]{{3,80}}?)\s*"
                        rf"[–—:-]\s*$", before, re.I)
    if not target and earlier:
        target = _clean(earlier.group("x"))
    if not target:
        trimmed = re.sub(QUALIFIER + "$", "", before)
        seeing = re.sub(r"\s*\b(?:seeing|saw|see|sees|showed|shows|recorded|records|had|has|"
                        r"have|with|experienced|experiencing)\s+(?:an?\s+|the\s+)?$", "", trimmed)
        subject = _subject_before(seeing) if seeing != trimmed else ""
        target = subject if subject and not JUNK.match(subject) and not re.search(
            r"\d", subject) else fallback
    direction = _direction(noun_after.group("n"))
    return Reading(f"{direction} in {target}" if target else direction, target or "")


CHANGED_WITH = re.compile(
    r"(?P<s>[A-Za-z][\w'’ -]{2,60}?)\s+(?:(?:has|have|had)\s+)?(?:risen|rose|fallen|fell|"
    r"increased|decreased|grown|grew|dropped|declined|reduced|gone\s+(?:up|down)|went\s+(?:up|"
    r"down))(?:\s+\w+ly)?(?:\s+by\s+[\d.,]+\s*(?:%|per\s*cent\b|percent\b))?"
    r"\s*(?:,\s*with|\s+to|\s+by)\s+" + QUALIFIER + "$",
    re.IGNORECASE)


def _with_changed_subject(before: str, noun: str) -> str | None:
    """"<subject> has risen, with 312 offences" -> "<subject> offences"; None when the
    figure follows no such clause."""
    match = CHANGED_WITH.search(before)
    if not match:
        return None
    subject = _subject_before(match.group("s"))
    if _weak(subject) or subject.lower().endswith(noun.lower()):
        return subject or None
    return f"{subject} {noun}"
