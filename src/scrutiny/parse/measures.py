"""Normalised measure keys, so one measure printed many ways becomes one time series.

Papers name the same measure differently from month to month and force to force:
"Rape charge rate", "charged rate for rape", "Charge Rate (Rape)". ``measure_key``
maps them to one key by lower-casing, dropping punctuation and filler words, reducing
plurals, replacing synonyms and abbreviations with one spelling, and sorting the
words, so word order ("rate of charge" / "charge rate") does not matter.
"""

from __future__ import annotations

import re
from functools import lru_cache

# One spelling per synonym; keys are single words or phrases (matched as whole words).
SYNONYMS: dict[str, str] = {
    "charged": "charge",
    "charging": "charge",
    "solved": "solve",
    "outcome rate": "solve rate",
    "detection": "solve",
    "detected": "solve",
    "asb": "antisocial behaviour",
    "anti social behaviour": "antisocial behaviour",
    "anti-social behaviour": "antisocial behaviour",
    "da": "domestic abuse",
    "domestic violence": "domestic abuse",
    "vawg": "violence against women and girls",
    "rasso": "rape and serious sexual offences",
    "ksi": "killed or seriously injured",
    "pcsos": "pcso",
    "police community support officers": "pcso",
    "police community support officer": "pcso",
    "fte": "full time equivalent",
    "reduction": "decrease",
    "fall": "decrease",
    "drop": "decrease",
    "decline": "decrease",
    "rise": "increase",
    "growth": "increase",
    "crimes": "offence",
    "crime": "offence",
    "offences": "offence",
    "no": "number",
    "num": "number",
    "percentage": "percent",
    "%": "percent",
    "proportion": "percent",
    "vol": "volume",
    "calls for service": "call",
    "999": "emergency",
    "101": "non emergency",
}
FILLER = {"the", "a", "an", "of", "for", "in", "on", "to", "and", "by", "with", "at", "from",
          "number", "total", "recorded", "overall", "all", "per", "as", "its", "their"}


def _singular(word: str) -> str:
    """A crude singular: enough to equate "offences"/"offence", "arrests"/"arrest"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


SYNONYM_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(p) for p in sorted(SYNONYMS, key=len, reverse=True))
    + r")(?!\w)")


def _apply_synonyms(text: str) -> str:
    """One pass, longest phrase first, so "anti-social behaviour" wins over its words."""
    return SYNONYM_RE.sub(lambda m: SYNONYMS[m.group(1)], text)


@lru_cache(maxsize=4096)
def measure_key(measure: str) -> str:
    """The normalised key of a measure ("Charged rate – Rape" -> "charge rape rate");
    cached, as a measure is keyed again each time a rule adds to it."""
    text = measure.lower().replace("’", "'").replace("–", " ").replace("—", " ")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = _apply_synonyms(text)
    text = re.sub(r"[^a-z0-9% ]+", " ", text)
    text = _apply_synonyms(text)
    words = {_singular(w) for w in text.split() if w not in FILLER}
    words = {_singular(w) for w in _apply_synonyms(" ".join(sorted(words))).split()
             if w not in FILLER}
    return " ".join(sorted(words))
