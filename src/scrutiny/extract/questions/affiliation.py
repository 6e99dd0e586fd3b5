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


# Words that make a printed affiliation a body or a standing rather than a place: a
# council, a group or a role on the panel ("Independent Member").
_BODY_WORD = re.compile(
    r"\b(?:Council|Authority|Association|Group|Partnership|Network|Forum|Watch|Society|"
    r"Trust|Union|Federation|Alliance|Board|Committee|Club|Church|Charity|Service|Services|"
    r"Support|Action|Aid|Ltd|Limited|CIC|Centre|Center|Campaign|Coalition|Residents|Panel|"
    r"Party|Member|Members|Foundation|Initiative|Project|Company|Chamber|Commission|School|"
    r"College|University|Police|Office|Team|Institute|League|Movement|Collective|Hub|"
    r"Scheme|Programme|Community|Communities|Parents|Business|Businesses|Farmers)\b"
    r"|\b[A-Z]{2,}\b",  # an acronym: "Age UK", "NFU"
)


# A role printed before the body it is held in: "Chair, Lower Brayford Neighbourhood Watch".
_ROLE_BEFORE = re.compile(
    r"^(?i:(?:vice[- ]?)?chair(?:man|woman|person)?|secretary|treasurer|president|director|"
    r"chief\s+executive|co-?ordinator|organiser|founder|trustee|manager|clerk|spokes"
    r"(?:man|woman|person)|representative|volunteer|resident|local\s+resident|"
    r"member\s+of\s+the\s+public)\s*(?:,|of\s+(?:the\s+)?|at\s+(?:the\s+)?|for\s+(?:the\s+)?)\s*"
)


_NOT_A_BODY = re.compile(
    r"^(?i:(?:a\s+)?(?:local\s+)?residents?|member\s+of\s+the\s+public|public|private\s+"
    r"individual|individual)$"
)


def organisation(affiliation: str | None) -> str | None:
    """The council or organisation in a printed affiliation, or None when it names none.

    Public questions print a town after the asker ("Mrs X, Hartsfield") or a standing
    ("resident, Eastcote"); neither is an organisation, so both give None. A role before
    the body ("Chair, Y Neighbourhood Watch") is dropped and the body kept.
    """
    if not affiliation:
        return None
    text = _ROLE_BEFORE.sub("", affiliation.strip(), count=1).strip(" ,.;")
    if not text or _NOT_A_BODY.match(text):
        return None
    return text if _BODY_WORD.search(text) else None
