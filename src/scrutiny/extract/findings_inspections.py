"""The inspection a finding or judgement comes from, as progress papers name it.

PEEL is named with its cycle ("HMICFRS PEEL 2021/22", "PEEL 2023–25" -> "2023-25"); a
thematic inspection keeps its title; a heading that names an inspection without a title
("Joint inspection") keeps those words. A response to the latest inspection recalls
earlier ones in passing, so ``better_name`` decides which mention a finding belongs to.
"""

from __future__ import annotations

import re

CYCLE = r"(?:19|20)\d{2}(?:\s*[/–—-]\s*(?:19|20)?\d{2})?"
PEEL = re.compile(rf"\bPEEL\b(?:\s+(?:inspection|assessment|report))?[\s:,–-]*(?P<cycle>{CYCLE})?",
                  re.IGNORECASE)
THEMATIC = re.compile(
    r"\b(?:HMICFRS|HMIC|HM\s+Inspectorate\s+of\s+Constabulary[\w\s&,]*?)\s*(?:'s\s+)?"
    # "HMICFRS published its inspection of ...", "HMICFRS carried out a thematic review of"
    r"(?:(?:published|carried\s+out|conducted|completed|undertook)\s+(?:its|their|an?|the)\s+)?"
    r"(?:(?:thematic\s+)?(?:inspection|report|review)\s+(?:of|into|on)\s+|:\s*)"
    r"(?P<title>['‘\"“]?[A-Z][^.;:\n]{3,90}?)(?=['’\"”]?\s*(?:[.;:(\n]|\s[–—-]|–|\s+progress\b|"
    # the force the report was about is no part of its title
    r"\s+(?:in|of|at)\s+(?-i:[A-Z])\w+(?:\s+\w+)?\s+(?:Police|Constabulary)\b|$))",
    re.IGNORECASE,
)
THEMATIC_HEADING = re.compile(
    # "A. Joint inspection of ...", "National child protection inspection of ...": an
    # enumerator, then up to three words saying what kind of inspection
    r"^\W*(?:[A-Z0-9]{1,3}[.)]\s+)?(?:(?:an?|the)\s+)?"
    r"(?P<lead>(?:(?!(?:on|to|of|the|for|from|and|into|progress|update|response|report)\b)"
    r"[A-Za-z-]+\s+){0,3}?)inspection\s+(?:of|into)\s+(?:the\s+)?"
    r"(?P<title>[A-Za-z][^.;:\n]{3,90}?)(?=\s*(?:[.;:(\n–-]|\s+progress\b|$))",
    re.IGNORECASE,
)
NAMED_INSPECTION = re.compile(
    r"(?:^|[–:—-]\s*|\b(?:to|on|of)\s+(?:the\s+)?)(?P<name>(?:joint\s+|national\s+|thematic\s+)?"
    r"(?:[A-Za-z&'-]+\s+){0,4}inspection)\b(?!\s+(?:of|into))",
    re.IGNORECASE,
)
PEEL_BODY = "HMICFRS PEEL"


def inspection_name(text: str) -> str | None:
    """The inspection a heading or sentence names, normalised to ``HMICFRS PEEL 2021/22``.

    PEEL is named with its cycle as printed ("2021/22", "2023-25"); a thematic
    inspection keeps its title ("HMICFRS inspection of vetting and misconduct").
    Returns None when the text names no inspection.
    """
    lowered = text.lower()
    if "peel" not in lowered and "hmic" not in lowered and "inspect" not in lowered:
        return None  # every pattern below needs one of these words
    peel = PEEL.search(text)
    if peel:
        cycle = peel.group("cycle")
        return f"{PEEL_BODY} {normal_cycle(cycle)}" if cycle else PEEL_BODY
    thematic = THEMATIC.search(text) or THEMATIC_HEADING.match(text)
    if thematic:
        title = thematic.group("title").strip(" '‘’\"“”")
        lead = (thematic.groupdict().get("lead") or "").lower()
        return f"HMICFRS {lead}inspection of {title}"
    named = NAMED_INSPECTION.search(text) if len(text) < 120 else None
    if named:
        name = re.sub(r"^(?:(?:response|update|progress|reply)\s+(?:to|on)\s+)?(?:the\s+)?", "",
                      named.group("name"), flags=re.I)
        return name[:1].upper() + name[1:]
    return None


def normal_cycle(cycle: str) -> str:
    """A cycle as printed, without spaces and with a dash for an en or em dash, so
    "2023 – 25" and "2023-25" name the same inspection."""
    return re.sub(r"[–—]", "-", "".join(cycle.split()))


def _cycle_start(name: str | None) -> int | None:
    match = re.search(r"\b((?:19|20)\d{2})", name or "")
    return int(match.group(1)) if match else None


def better_name(old: str | None, new: str | None) -> str | None:
    """Keep a name with a cycle over a later mention of the same inspection without one,
    and a PEEL cycle over a mention of an earlier one ("in its PEEL 2021/22 inspection the
    force was graded ..."): a response to the latest inspection recalls earlier ones in
    passing, and its findings stay the latest's. A bare "the inspection" names
    nothing new."""
    if new is None or (old and new.lower() == "inspection"):
        return old  # "The inspection grades": the inspection already named
    old_year, new_year = _cycle_start(old), _cycle_start(new)
    if (old and old.startswith(PEEL_BODY) and new.startswith(PEEL_BODY)
            and old_year and new_year and new_year < old_year):
        return old
    if old and old.startswith(new) and len(old) > len(new):
        return old
    return new
