"""Figures after the noun they measure, joined by a copula or a verb that reaches a
level: "PCSO strength was 78.17 fte", "the charged rate for the year was 10.5%",
"Burglary offences had risen to 1,204".
"""

from __future__ import annotations

import re
from functools import lru_cache

from scrutiny.extract.statistics_cleanup import _clean, _weak
from scrutiny.extract.statistics_periods import _periods
from scrutiny.extract.statistics_phrases import QUALIFIER, WORD, Reading, _subject_before

COPULA_TAIL = (
    r"(?:\b(?:was|were|is|are|stood\s+at|remained\s+at|"
    r"remains\s+at|of|at|totalled|totaled|reached|rose\s+to|fell\s+to|increased\s+to|"
    r"decreased\s+to|improved\s+to|reduced\s+to|dropped\s+to|down\s+to|grew\s+to|to|"
    r"amounted\s+to|equates\s+to|equating\s+to|averaged|averages|averaging|"
    r"exceeded|exceeds|stands\s+at|(?:could|would|will|may|might)\s+be)|[:–—=-])\s+"
    rf"{QUALIFIER}$"
)


COPULA = re.compile(rf"(?P<np>(?:{WORD})(?:\s+(?:{WORD}))*)\s*{COPULA_TAIL}", re.IGNORECASE)


# COPULA backtracks over every start and every word end of the text before a figure
# (quadratic); most texts end in no copula at all, which this much cheaper test settles.
ENDS_IN_COPULA = re.compile(COPULA_TAIL, re.IGNORECASE)


# Characters no noun phrase of COPULA can hold (a comma can, only inside "per 1,000").
BARRIER = re.compile(r"[.;:!?\"“”=–—|\[\]{}*+<>•]|(?<![\d,]),")


def _phrase_may_start(text: str, tail: int) -> int:
    """Where COPULA's noun phrase may start at the earliest: after the last barrier before
    the copula at ``tail``, so the search does not retry every earlier position (each
    retry re-reads the words to the end: quadratic). 0 when brackets (which may hold
    anything) come first."""
    if "(" in text[:tail] or ")" in text[:tail]:
        return 0
    ends = [m.end() for m in BARRIER.finditer(text, 0, tail)]
    return ends[-1] if ends else 0


CHANGED_TO = re.compile(
    r"\s+(?:(?:has|had|have|was|were)\s+(?:been\s+)?)?(?:risen|rose|fallen|fell|grown|grew|"
    r"climbed|dropped|increased|decreased|reduced|improved|gone\s+(?:up|down)|"
    r"went\s+(?:up|down))(?:\s+[a-z]+ly)?$", re.IGNORECASE)


# A whole line's label with a lower-case qualifier after a comma, ending in a colon.
QUALIFIED_LABEL = re.compile(r"^\W*(?:\d+[.)]\s*)?(?!(?:However|But|And|Also|Although|Overall|"
                             r"In|As|At|For|If|When|While|Whilst)\b)(?P<label>[A-Z][^:;.,\d]{3,100}),"
                             r"\s*(?P<q>(?![\w' -]*\b(?:was|were|is|are|has|had|have|said|be)\b)"
                             r"[a-z][\w' -]{1,30}?)\s*:\s*$")


def _copula_reading(before: str) -> Reading | None:
    """"PCSO strength was", "the charged rate for the year was": the noun phrase a copula
    (or a verb that reaches a level) names; a new Reading each call, as callers edit it."""
    subject = _copula_subject(before)
    return Reading(subject, subject) if subject is not None else None


@lru_cache(maxsize=1024)
def _copula_subject(before: str) -> str | None:
    """The subject for ``_copula_reading``; cached, as a figure's words are read more than
    once (the change reading, then the level reading of the same figure)."""
    for start, end, _ in reversed(_periods(before)):  # "strength as at 31 August 2022 is"
        before = before[:start] + " " + before[end:]
    # "Spending per head, 2023/24: £221": the label's comma goes with its period.
    # "Satisfaction: **78.3%**": emphasis around the figure is no part of the label.
    window = re.sub(r",\s*(:\s*)$", r"\1", re.sub(r"(?<=\S)\s*[*_]{1,3}\s*$", " ",
                                                   before[-160:]))
    qualified = QUALIFIED_LABEL.match(window) if len(before) <= 160 else None
    if qualified:  # "Average time from report to charge, rape:": the label's qualifier
        return _clean(f"{qualified.group('label')}, {qualified.group('q')}")
    tail = ENDS_IN_COPULA.search(window)
    if not tail:
        return None
    match = COPULA.search(window, _phrase_may_start(window, tail.start()))
    if not match:
        return None
    # "Burglary offences had risen to 1,204": the subject is before the verb of change.
    text = CHANGED_TO.sub("", window[: match.end("np")])
    subject = re.sub(r"\s+(?:rose|fell|increased|decreased|reduced|dropped|grew|improved|"
                     r"amounted|equates|equating|remained|remains|stood|stands|has|had|have|"
                     r"is|was|are|were)$", "", _subject_before(text), flags=re.I)
    if _weak(subject) or len(subject) < 3 or (re.search(r"\d", subject) and not re.search(
            r"\b(?:within|under|over|per|than|in|top|after)\s+[\d,.]+|(?:^|\bto\s+)(?:999|101|"
            r"111)\b", subject)):
        return None  # "075 compared" is debris; "calls answered within 10 seconds" is not
    return subject
