"""Layouts the general reading gets wrong: ranks ("12th of 43 forces"), pairs ("29 and
23 reports"), money for a purpose ("£600,000 for extra patrols"), parts of a whole ("21
of the 120 referrals", "24 of which ..."), shares of a numbered service ("68% of 999
calls") and bracketed restatements ("157 officers (3.8%)").
"""

from __future__ import annotations

import re

from scrutiny.extract.statistics_benchmark import _benchmark_reading
from scrutiny.extract.statistics_changes import DOWN_WORDS, FROM_LEVEL
from scrutiny.extract.statistics_cleanup import _clean
from scrutiny.extract.statistics_periods import _periods
from scrutiny.extract.statistics_phrases import (
    PARTICIPLE,
    QUALIFIER,
    WORD_NUMBERS,
    Reading,
    _clause_words,
    _noun_after,
    _subject_before,
)
from scrutiny.extract.statistics_precept import _precept_reading
from scrutiny.parse.quantities import Quantity

RANKING = re.compile(r"\b(?P<r>(?:national\s+|force\s+|regional\s+)?rank(?:ing|ed)?|position|"
                     r"league\s+table\s+position)(?P<for>\s+for\s+[^,;]{3,80}?)?(?=\s+(?:improving|"
                     r"from|was|is|of|at|to|rose|fell|moved|has|had)\b|[,;]|$)", re.IGNORECASE)


BRACKETED_STATE = re.compile(r"\s*(?:vacant|outstanding|overdue|open|unfilled|unresolved|"
                             r"unallocated)\b", re.IGNORECASE)
COMPARATOR = re.compile(r"[\d%]\s*\(\s*(?:[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}|"
                        r"(?:the\s+)?(?:force|national|regional|peer|similar\s+forces?|"
                        r"most\s+similar\s+group)(?:\s+average)?)\s*[:=]\s*$")


PAIR = re.compile(r"^\s*(?:and|or|to)\s+(?:£\s?)?[\d,.]+\s*(?:%|k|m|million)?\s+"
                  r"(?:respectively\s+)?")


SHARE_OF_NUMBERED = re.compile(
    r"\s+of\s+(?:all\s+|the\s+)?(?P<np>\d{2,4}\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*s)"
    rf"(?:\s+(?:(?:had|have|has)\s+been|were|was|being)\s+(?P<v>{PARTICIPLE}))?"
    r"(?P<rest>\s+(?:within|in\s+under|under|inside|in\s+less\s+than)\s+(?:\d+|one|two|three|"
    r"five|ten|fifteen|twenty|thirty|sixty)\s+[a-z]+)?"
    r"(?=\s+(?:in|during|for|by|across|compared|against|than|were|was)\b|[,.;)]|$)")


def _share_of_numbered(before: str, after: str) -> Reading | None:
    """"answered 68% of 999 calls within 10 seconds": a measure that starts with digits
    (a service's number, not a figure) -> "999 calls answered within 10 seconds"."""
    match = SHARE_OF_NUMBERED.match(after)
    if not match:
        return None
    verb = re.search(rf"\b(?P<v>{PARTICIPLE})\s+(?:{QUALIFIER})$", before)
    done = match.group("v") or (verb.group("v") if verb else "")
    words = [match.group("np"), done, match.group("rest") or ""]
    measure = " ".join(" ".join(words).split())
    return Reading(measure, match.group("np"))


def _inside_measures(sentence: str, quantities: list[Quantity]) -> set[int]:
    """Starts of numbers that are part of another figure's measure ("68% of 999 calls"),
    so they are not figures themselves."""
    inside: set[int] = set()
    for q in quantities:
        match = SHARE_OF_NUMBERED.match(sentence[q.end:]) if q.unit == "percent" else None
        if match:
            inside.add(q.end + match.start("np"))
    return inside


def _special_reading(sentence: str, q: Quantity, previous: Reading | None) -> Reading | None:
    """Layouts the general reading gets wrong: ranks, "29 and 23 reports", "£600,000 for
    extra patrols", "24 of which encompass ...". Returns None when none applies."""
    after = sentence[q.end:]
    precept = _precept_reading(sentence, q, previous) or _benchmark_reading(
        sentence[:q.start], previous)
    if precept:
        return precept
    state = BRACKETED_STATE.match(after)
    named = re.search(r"(?P<np>[A-Za-z][\w'’ -]{3,80}?)\s*\(\s*$", sentence[:q.start])
    if state and named:  # "police staff vacancies (94 fte vacant at 31 March)": the noun's count
        subject = _subject_before(re.split(r"\b(?:from|by|to|with|for|because\s+of|"
                                           r"[a-z]{3,}ed)\s+",
                                           named.group("np"))[-1])
        if subject:
            return Reading(subject, subject)
    if previous is not None and COMPARATOR.search(sentence[:q.start]):
        # "71.4 (England and Wales: 78.9)", "24.1 (force: 17.6)": the same measure elsewhere
        return Reading(previous.measure, previous.head, True)
    numbered = _share_of_numbered(sentence[:q.start], after) if q.unit == "percent" else None
    if numbered:
        return numbered
    level = re.match(r"(?:Increase|Decrease)\s+in\s+(?P<x>.+)$", previous.measure) \
        if previous else None
    joined = r",\s*|(?:\d|%|\bpoints?|\bpts|\bpp)\s+" if q.unit == "percent" else r",\s*"
    if level and re.search(rf"(?:{joined})(?:down\s+|up\s+)?to\s+(?:{QUALIFIER})$",
                           sentence[:q.start]):
        # "fell by 3.2% compared with last year, to 21,906 offences", "fell 2.3 percentage
        # points to 71.5%": the level reached (a count after "to" names its noun: below)
        reached = re.sub(r"\s*\((?:points|number)\)$", "", level.group("x"))
        return Reading(reached, reached)
    if q.ordinal:
        among = re.match(r"\s+(?:lowest\s+|highest\s+)?(?:of|out\s+of)\s+(?:the\s+)?\d+"
                         r"(?:\s+(?:police\s+)?(?:forces|areas)\b)?[^,.;]*?"
                         r"\s+for\s+(?:the\s+)?(?P<x>(?:[^,.;]|(?<=\d)[,.](?=\d)){3,80}?)"
                         r"(?=\s+(?:up|down|from|"
                         r"compared|and|in)\b|(?<!\d)[,.;]|[,.;](?!\d)|$)", after)
        if among:  # "ranked 12th of 43 forces for the all-crime charge rate"
            return Reading(f"National ranking for {among.group('x')}", "ranking")
        if previous is not None and previous.head == "ranking" and re.search(
                r"\b(?:from|compared\s+(?:to|with)|than)\s+$", sentence[:q.start]):
            return Reading(previous.measure, "ranking", True)  # "..., up from 19th"
        rank = RANKING.search(sentence)
        if rank:
            return Reading(_clean(rank.group(0)), "ranking")
        where = re.match(r"\s+(?:in|of)\s+the\s+(?:country|force|region|league)(?:\s+for\s+"
                         r"(?P<x>[^,.;]{3,80}))?", after)
        return Reading(f"National ranking for {where.group('x')}" if where and where.group("x")
                       else "National ranking", "ranking")
    pair = PAIR.match(after)
    if pair and (q.unit == "percent") != ("%" in pair.group(0)):
        pair = None  # "fell by 11.5% to 702 offences": a change and its level, not a pair
    if pair and pair.group(0).split()[0] == "to" and FROM_LEVEL.search(
            re.sub(QUALIFIER + "$", "", sentence[:q.start])):
        pair = None  # "establishment rose from 14 to 21 fte": two levels of the subject
    if pair:
        noun, clause = _noun_after(after[pair.end() - 1:])
        if noun:
            return Reading(_clean(f"{noun} {clause}"), noun)
    if q.unit == "gbp":
        held = re.match(r"\s+(?:in|of)\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)(?=\s+(?:since|in|by|from|"
                        r"over|during|this|last|and|to)\b|[,.;]|$)", after)
        verb = re.search(r"\b(?P<v>made|delivered|achieved|saved|secured|received|spent|raised)\s+"
                         r"$", re.sub(QUALIFIER + "$", "", sentence[:q.start]))
        if held and verb:  # "the Force had made £93 million in savings"
            return Reading(f"{held.group('n')} {verb.group('v')}", held.group("n"))
        purpose = re.match(r"\s+(?P<p>(?:for|from|towards|to|on)\s+[^,.;()]{3,70}?)"
                           r"(?=\s+(?:and|but|which|with)\b|[,.;()]|$)", after)
        if purpose and not _periods(purpose.group("p")):  # "£1.4m for 2024/25" is no purpose
            return Reading(_clean(f"Funding {purpose.group('p')}"), "funding")
    relative = re.match(r"\s+(?:of\s+which|which|who|that)\s+(?P<t>[^,.;()]{3,60})", after)
    if relative and previous is not None:
        return Reading(_clean(f"{previous.head} {relative.group('t')}"), previous.head)
    if previous is not None and re.search(r"\bof\s+(?:which|whom),?\s*$", sentence[:q.start]):
        rest = re.sub(r"^\s*\([^()]*\)", "", after)
        rest = re.sub(r"^\s*of\s+(?:those|these|them|the)\s+", " ", rest)
        return Reading(_clean(f"{previous.head} {_clause_words(rest, 8)}"), previous.head)
    counted = "|".join(WORD_NUMBERS)
    if re.search(rf"\b(?:[\d,]+|{counted})\s+of\s+(?:the|these|those|its|our)\s+$",
                 sentence[:q.start], re.IGNORECASE):
        noun, _ = _noun_after(after)  # the whole of "two of the seven AFIs are complete"
        if noun:
            return Reading(_clean(noun), noun)
    subset = re.match(rf"\s+of\s+(?:the|these|those|its|our)\s+(?:[\d,]+|{counted})\s+", after,
                      re.IGNORECASE)
    if subset:  # "21 of the 120 referrals were referred on ...", "two of the seven are done"
        rest = after[subset.end() - 1:]
        noun, clause = _noun_after(rest)
        state = re.match(r"\s+(?:are|were|is|was)\s+(?:now\s+|currently\s+|still\s+)?"
                         r"(?P<s>complete|completed|closed|open|outstanding|overdue|late|"
                         r"discharged|achieved|ongoing|on\s+track|off\s+track)\b",
                         rest[rest.find(noun) + len(noun):] if noun else "")
        if noun and not clause and state:
            clause = state.group("s")
        if noun:
            return Reading(_clean(f"{noun} {clause}"), noun)
    return None


BRACKETED_MOVE = re.compile(
    r"[^()]{0,40}\(\s*(?P<dir>up|down|rising|falling|increased|decreased|reduced|an?\s+"
    r"(?:increase|decrease|rise|fall|reduction|drop)\s+of)\s+(?:by\s+)?", re.IGNORECASE)


def _parenthetical(sentence: str, q: Quantity, before: Quantity | None,
                   previous: Reading | None) -> Reading | None:
    """A figure in brackets right after another restates it: "157 officers (3.8%)",
    "a 12% decrease (962 fewer crimes)"."""
    if before is None or previous is None:
        return None
    between = sentence[before.end:q.start]
    target = re.search(r"\b(target|aim|goal|benchmark|national\s+average|average|forecast|"
                       r"budget|plan)\s*(?:of|:|=|is|was)?\s*$", between, re.I)
    if target and "(" in between:  # "89.4% (target 90%)"
        return Reading(f"{target.group(1).capitalize()} for {previous.measure}", previous.head)
    moved = BRACKETED_MOVE.fullmatch(between)
    if moved:  # "1,012 (down 4.1%)", "9.8% (up 1.2 pts on last year)"
        word = "Decrease" if DOWN_WORDS.search(moved.group("dir")) else "Increase"
        return Reading(f"{word} in {previous.measure[:1].lower()}{previous.measure[1:]}",
                       previous.head)
    if not re.fullmatch(r"[^()]{0,40}\(\s*[+]?", between):
        return None
    signed = sentence[q.start:q.start + 1] in "+-−–"
    if q.unit == "percent" and signed:  # "12,345 (-3.2%)": the change, not a share
        return Reading(f"Change in {previous.measure}", previous.head)
    if q.unit == "percent" and before.unit == "count":
        return Reading(f"{previous.head} as a proportion", previous.head)
    if q.unit == "count" and before.unit == "percent":
        return Reading(f"{previous.measure} (number)", previous.head)
    return None
