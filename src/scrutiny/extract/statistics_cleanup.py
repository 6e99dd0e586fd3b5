"""Tidying a measure phrase read from a paper: trimmed words, debris that names
nothing ("it", "the figure"), month phrases and periods that say when rather than what.
"""

from __future__ import annotations

import re

MONTH_PHRASE = re.compile(
    r"\s+(?:for|in|during|from|by|since|of)\s+(?:the\s+)?(?:(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec)\b).*$")


LEADING_JUNK = re.compile(
    r"^(?:(?:the|a|an|its|their|our|his|her|this|these|those|some|all|current|overall|"
    r"there|of|which|whom|total|so|both|then|also|now|currently|(?:total\s+)?number\s+of|"
    r"level\s+of|volume\s+of)\s+)+",
    re.IGNORECASE,
)


TRAILING_JUNK = re.compile(
    r"(?:\s+(?:the|a|an|of|for|to|in|on|at|by|with|and|or|from|that|which|was|were|is|are|"
    r"had|has|have|been|be|being|this|last|compared|across|its|their|also|now|then|"
    r"already|recently))+$",
    re.IGNORECASE,
)


JUNK = re.compile(
    r"^(?:it|they|there|that|this|these|those|he|she|we|which|who|the|is|was|are|were|"
    r"stated|reported|said|set|up|down|top|above|below|later|ago|figure|number|total|"
    r"increase|decrease|difference|change|average|level|rate|amount|adding|way|time)"
    r"(?:\s+(?:it|is|was|down|up|the|that|there|this))?$",
    re.IGNORECASE,
)


# "PCSOs in post against an establishment": the benchmark is the next figure's measure.
AGAINST_TAIL = re.compile(r"(?<=\w)\s+against\s+(?:a|an|the|its|our)\s+(?:[a-z]+\s+)?(?:target|"
                          r"standard|aim|ambition|benchmark|budget|establishment)$", re.IGNORECASE)


def _clean(phrase: str) -> str:
    phrase = re.sub(r"\s+", " ", phrase.replace("**", "")).strip(" ,;:.-–—'\"‘’“”*_")
    phrase = MONTH_PHRASE.sub("", phrase)
    phrase = AGAINST_TAIL.sub("", phrase)
    phrase = re.sub(r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+", "", phrase, flags=re.I)
    phrase = LEADING_JUNK.sub("", phrase)
    phrase = TRAILING_JUNK.sub("", phrase)
    return phrase.strip(" ,;:.-–—")


def _weak(subject: str | None) -> bool:
    """A subject that names nothing: empty, a pronoun, "the figure"."""
    return not subject or bool(JUNK.match(subject)) or bool(
        re.search(r"\b(?:there|it|this|that|they|he|she|we|which)$", subject, re.I)) or bool(
        re.match(r"(?:this|that|it|they|these|those|which)\b", subject, re.I)) or bool(
        re.fullmatch(r"[a-z]+ed", subject))  # "This reduced to 13%": a verb, not a measure


def _plausible(measure: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", measure)
    return bool(words) and len(measure) <= 140 and not JUNK.match(measure.strip()) and \
        not re.match(r"(?:is|was|are|were|has|had|have)\b", measure, re.I)


def _duration(measure: str) -> bool:
    """"two quarters of data", "six months": a span of time the paper covers, not a count."""
    return bool(re.match(r"(?:quarters?|months?|weeks?)\b", measure, re.IGNORECASE))


def _without_periods(measure: str, periods: list[tuple[int, int, str]], sentence: str) -> str:
    """A measure names what is counted, not when: "leavers for September to November"."""
    for start, end, _ in periods:
        label = sentence[start:end]
        if label and label in measure:
            measure = re.sub(rf"\s*(?:\b(?:for|in|during|of|over|from|to|by|since)\s+)?"
                             rf"(?:the\s+)?{re.escape(label)}", "", measure)
    return _clean(measure)
