"""An asker's council or group, split from their name."""

from __future__ import annotations

import re

from scrutiny.extract.questions.speech import _HONORIFIC

_COUNCIL = re.compile(
    r"^(?:[A-Z][\w'’&-]*\s+(?:(?:and|&)\s+)?){1,4}(?:(?:Borough|District|County|City|Town|"
    r"Parish|Metropolitan)\s+)?Council$"
)


_NAME_FORMS = (
    rf"(?:{_HONORIFIC}\s+)+(?:[A-Z]\.?\s+)+[A-Z][\w'’-]+",  # Cllr A B Smith
    rf"(?:{_HONORIFIC}\s+)+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+",  # Cllr Jane Smith
    rf"(?:{_HONORIFIC}\s+)+[A-Z][\w'’-]+",  # Cllr Smith
)


def _split_affiliation(text: str) -> tuple[str | None, str | None]:
    """"Cllr X (Y Council)", "Cllr X, Y Council", "Cllr X - Y Council" or "Cllr X Y
    Council" (a cell's line break lost) -> (name, affiliation)."""
    m = (
        re.match(r"^(.+?)\s*\(([^()]+)\)\s*$", text)
        or re.match(r"^(.+?),\s*(.+)$", text)
        or re.match(r"^(.+?)\s+[–—-]\s+(.+)$", text)
    )
    if m and not re.match(r"^(?:OBE|MBE|CBE|JP|DL|KC|QC)\b", m.group(2)):
        return m.group(1).strip(), m.group(2).strip()
    if text.endswith("Council"):
        for form in _NAME_FORMS:  # initials first, then forename and surname, then surname
            name = re.match(form, text)
            rest = text[name.end():].strip() if name else ""
            if name and _COUNCIL.match(rest):
                return name.group(0), rest
    return text.strip() or None, None


def _bracketed_council(asker: str) -> str | None:
    """"Cllr X (Y Borough Council)" -> "Y Borough Council"; a role in brackets is not one."""
    m = re.search(r"\(([^()]+)\)\s*$", asker)
    if m and re.search(r"\b(?:Council|Authority|Association|Group|Partnership)\b", m.group(1)):
        return m.group(1).strip()
    return None
