"""A figure set against what it is measured by: "91.4% ..., against a national standard
of 90%", "38 days, against a target of 30 days", "312 fte against an establishment of
330", "£1.4m against a budget of £186.4m". The second figure is the benchmark of the
first's measure ("National standard for ...", "Target for ...", "... establishment",
"... budget"), not a reading of the words "against a target".
"""

from __future__ import annotations

import re

from scrutiny.extract.statistics_cleanup import AGAINST_TAIL
from scrutiny.extract.statistics_phrases import Reading

AGAINST = re.compile(r"\bagainst\s+(?:a|an|the|its|our)\s+(?P<k>(?:(?:national|force|local|"
                     r"agreed|revised|annual|funded|budgeted|net|gross|revenue|capital|total|"
                     r"overtime|pay|staff|officer)\s+){0,2}(?:target|standard|aim|"
                     r"ambition|benchmark|budget|establishment))\s+of\s+(?:just\s+)?$",
                     re.IGNORECASE)
# The last word of a measure that names what was done, not what was planned for it.
ACTUAL_WORD = re.compile(r"\s+(?:underspend|overspend|spend|spending|outturn|strength|numbers|"
                         r"in\s+post|stands?|stood)$", re.IGNORECASE)


def _benchmark_reading(before: str, previous: Reading | None) -> Reading | None:
    """The benchmark named by "against a <kind> of" straight before the figure, for the
    measure of the figure before it; None when there is no such figure."""
    match = AGAINST.search(before)
    if not match or previous is None or not previous.measure:
        return None
    kind = " ".join(match.group("k").lower().split())
    measure = AGAINST_TAIL.sub("", previous.measure)  # "PCSOs in post against an ..."
    if kind.endswith(("budget", "establishment")):
        base = ACTUAL_WORD.sub("", measure) or measure
        # "Forecasting an underspend" leaves no owner of the budget: the kind alone.
        own = len(kind.split()) >= 2 or re.search(r"\b(?:a|an|the)$", base, re.I)
        # "a net revenue budget" names itself; "an establishment" is the measure's own.
        named = f"{kind[:1].upper()}{kind[1:]}" if own else f"{base} {kind}"
    else:
        lowered = measure[:1].lower() + measure[1:] if not measure[:2].isupper() else measure
        named = f"{kind[:1].upper()}{kind[1:]} for {lowered}"
    return Reading(named, previous.head, True, timeless=kind.endswith("standard"))
