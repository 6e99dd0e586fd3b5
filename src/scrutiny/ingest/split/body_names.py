"""Names of committees and boards: found in a line, tidied, compared."""

from __future__ import annotations

import re
from functools import lru_cache

from scrutiny.ingest.split.plain_text import plain

_I = re.IGNORECASE

BODY_WORDS = (r"(?:Panel|Board|Committee|Sub-Committee|Sub\s+Committee|Forum|Commission|Group|"
              r"(?<=Accountability )Meeting|(?<=Scrutiny )Meeting|(?<=Assurance )Meeting)")
# "to" joins a name only before another capitalised word: "Holding to Account Board" is one
# name; "Report to the Panel" is not
NAME_TO = r"to(?=[ \t]+(?!The\b)[A-Z])"
BODY_NAME = re.compile(
    rf"((?:[A-Z][\w'’&-]*|&|and|of|for|the|on)(?:,?[ \t]+(?:[A-Z][\w'’&-]*|&|and|of|for|the|on|"
    rf"{NAME_TO}))*[ \t]+(?i:{BODY_WORDS}))\b")
BODY_IN_SENTENCE = re.compile(  # no "held on", no figures: those are the meeting, not the body
    rf"\b(?:meeting|minutes|notes)\s+of\s+(?:a\s+meeting\s+of\s+)?(?:the\s+)?"
    rf"(?P<body>(?:(?!\bheld\b|\bon\s)[^\d\n]){{3,120}}?{BODY_WORDS})\b"
    r"(?!\s+(?:room|rooms|chamber|suite|hall)\b)", _I)
REPORT_TO = re.compile(rf"^\W*report\s+to\s+(?:the\s+)?(?P<body>.{{3,120}}?{BODY_WORDS})\b", _I)


LEADING_NOISE = re.compile(
    r"^(?:(?:the|a|an|of|on|for|at|in)\s+|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|annual|quarterly|monthly|special|extraordinary|confirmed|"
    r"draft|minutes|notes|meeting)\s+|(?:[\w&]+\s+){0,5}?(?:commissioner|constable|pcc|"
    r"mayor|executive|officer|chair(?:man)?)['’]s\s+|(?:all\s+)?members\s+of\s+|"
    r"office\s+of\s+the\s+(?:[\w,&]+\s+){0,6}?(?:commissioner|constable)"
    r"(?:\s+for\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2}?)?\s+(?=[A-Z]))+", _I)
VENUE_AFTER = re.compile(r"\s+(?:room|rooms|chamber|suite|hall|centre)\b", _I)
SMALL_WORDS = {"and", "of", "for", "the", "on", "in", "to", "a", "an", "at", "&"}


def body_line(line: str) -> str | None:
    """A body named in a title line ("Police and Crime Panel - Work Programme")."""
    for m in BODY_NAME.finditer(line):
        body = clean_body(m.group(1))
        if body:
            return body
    return None


def clean_body(text: str) -> str | None:
    """The committee or board named by ``text``, tidied; None if it names none.

    Leading articles, month and weekday words and a possessive owner ("the
    Commissioner's Performance and Delivery Board") are dropped; an ALL-CAPS name is
    given title case. A name must end in a body word (Panel, Board, Committee, ...).
    """
    text = re.sub(r"\s+", " ", plain(text)).strip(" .,:;-–")
    m = re.search(rf"^(.*?\b{BODY_WORDS})\b", text, _I)
    if not m:
        return None
    name = LEADING_NOISE.sub("", m.group(1)).strip()
    if len(name.split()) < 2 or len(name.split()) > 12:
        return None
    if re.search(r"\d", name) or VENUE_AFTER.match(text[m.end() :]):
        return None  # "9 April 2025, 10.00am, Committee Room 2": a date and a venue
    return title_case(name) if name.isupper() else name


def title_case(text: str) -> str:
    """"NORTHSHIRE POLICE AND CRIME PANEL" -> "Northshire Police and Crime Panel"."""
    words = text.lower().split()
    return " ".join(w if (w in SMALL_WORDS and k) else w.capitalize() for k, w in
                    enumerate(words))


@lru_cache(maxsize=4096)
def body_key(name: str | None) -> str:
    """A body name compared loosely: lower case, "&" as "and", no punctuation. Cached:
    merging a file's meetings compares every name with every other."""
    text = (name or "").lower().replace("&", " and ")
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def same_body(a: str | None, b: str | None) -> bool:
    """Two names of one body: equal, or one the tail of the other ("Panel" forms)."""
    ka, kb = body_key(a), body_key(b)
    if not ka or not kb:
        return not ka and not kb
    return ka == kb or ka.endswith(" " + kb) or kb.endswith(" " + ka)


def fullest_name(name: str, names: list[str]) -> str:
    """The longest name in ``names`` that names the same body as ``name``."""
    same = [n for n in names if same_body(n, name)]
    return max(same, key=len) if same else name
