"""People's names as attendance lists, question headers and action logs print them.

Names are kept as written, title and honours included ("Mr K Lowe OBE", "Cllr Mrs J
Hartley"): the record contract says so, and a name rewritten is a name that no
longer matches the paper it cites. What this module does is find where one name ends
and the next begins, and peel off what is not the name: a role in brackets
("(Chairman)"), a substitution ("(substituting for Cllr B Jones)"), an affiliation after
a dash, a tab or a comma ("– Northtown Borough Council").

The comma rule in attendance lists: a comma separates two people only when what follows
it reads as a person (a title, initials and a surname, or two or more capitalised words
none of which is an organisation or role word). Anything else ("Northshire Police", "Chief
Executive", "Northtown BC") belongs to the entry before it, so "Chief Constable Smith,
Northshire Police" stays one entry. A plural title ("Councillors A Smith, Jones and B Patel")
lets bare surnames count as people in the list it opens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "COMMON_WORDS",
    "HONOURS",
    "ORGANISATION_WORDS",
    "PLURAL_TITLES",
    "ROLE_WORDS",
    "TITLES",
    "Person",
    "is_person_name",
    "parse_person",
    "split_names",
]

MAX_TEXT = 20_000  # characters; an attendance list longer than this is not one

# Forms of address that begin a name. Longest first, so "Councillor" wins over "Cllr".
TITLES: tuple[str, ...] = (
    "The Rt Hon", "The Rt. Hon.", "The Right Honourable", "Rt Hon", "Rt. Hon.",
    "Councillor", "Professor", "Baroness", "Reverend", "Cllr.", "Cllr", "Prof.", "Prof",
    "Dame", "Lady", "Lord", "Revd", "Rev.", "Rev", "Sir", "Mrs.", "Mrs", "Miss", "Mr.", "Mr",
    "Ms.", "Ms", "Mx", "Dr.", "Dr",
    # police ranks, which papers print as titles ("Ch Supt J Smith")
    "Chief Constable", "Deputy Chief Constable", "Assistant Chief Constable",
    "Chief Superintendent", "Superintendent", "Chief Inspector", "Inspector",
    "Detective Chief Superintendent", "Detective Superintendent", "Detective Chief Inspector",
    "Detective Inspector", "Detective Sergeant", "Sergeant", "Ch Supt", "Det Supt", "Supt",
    "DCC", "ACC", "T/ACC", "DCS", "DSU", "DCI", "DI", "DS", "Sgt", "PC", "PCSO",
    # offices printed before a name ("PCC Morgan Pryce")
    "Deputy PCC", "DPCC", "PCC",
)
# A plural title before a list applies to every name in it: "Councillors A Smith and B Jones".
PLURAL_TITLES: tuple[str, ...] = ("Councillors", "Cllrs", "Cllrs.", "Messrs", "Messrs.")
HONOURS: tuple[str, ...] = (
    "GBE", "KBE", "DBE", "CBE", "OBE", "MBE", "BEM", "KPM", "QPM", "DL", "JP", "KC", "QC",
    "MP", "MSP", "MS", "AM", "GM", "CB", "KCB", "CVO", "LVO", "MVO", "FRSA", "PhD",
)
# Words that make a phrase a role rather than a person; matched case-insensitively as words.
ROLE_WORDS: tuple[str, ...] = (
    "Chairman", "Chairwoman", "Chairperson", "Chair", "Vice-Chairman", "Vice-Chair",
    "Vice Chairman", "Vice Chair", "Deputy", "Commissioner", "PCC", "DPCC",
    "Constable", "Chief Executive", "Monitoring Officer", "Officer", "Clerk", "Secretary",
    "Treasurer", "Director", "Head", "Manager", "Lead", "Member", "Independent",
    "Co-opted", "Co-optee", "Advisor", "Adviser", "Analyst", "Coordinator", "Representative",
    "Substitute", "Observer", "Solicitor", "Auditor", "Scrutiny", "Finance", "Panel",
    "Superintendent", "Inspector", "Force", "Chief", "Governance", "Policy", "Support",
    "Performance", "Strategic", "Assistant", "Acting", "Interim", "Temporary", "Mayor",
    "Mayoress", "Sheriff", "Lieutenant",
)
# Words that make a phrase an organisation or place rather than a person.
ORGANISATION_WORDS: tuple[str, ...] = (
    "Council", "Borough", "District", "County", "City", "Police", "Constabulary", "Office",
    "Service", "Services", "Trust", "University", "Authority", "Fire", "Rescue", "NHS",
    "Group", "Partnership", "Commission", "Ltd", "Limited", "Panel", "Board", "Committee",
    "Agency", "Department", "Ministry", "Unit", "Team", "Centre", "Association", "Forum",
    "BC", "DC", "CC", "MBC", "UA", "HMICFRS", "Home", "Government", "Network", "Charity",
    "Foundation", "Society", "Institute", "College", "School", "Hospital", "Health",
    "Court", "Courts", "Prison", "Probation", "Kingdom", "Constabularies", "OPCC", "OPFCC",
)
# Capitalised words papers use in headings that no first name or surname is. Used only for
# untitled names ("Morgan Pryce"): "Agenda Item" and "Any Other Business" are not people.
_COMMON = """
    a an the of and or for to in on at by with from any other all this that these those
    agenda item items minutes notes action actions log apologies present attendance
    thank thanks you date next meeting business report reports update updates summary
    appendix annex section part paper papers recommendation recommendations resolved
    question questions answer answers response responses introduction background purpose
    total average rate number figure figures table chart key main new national local
    performance delivery crime police plan budget finance risk issue issues matters
    arising declarations interests welcome close closing open public private exempt
    january february march july september october november december
    monday tuesday wednesday thursday friday saturday sunday yes no none not noted
"""
COMMON_WORDS: frozenset[str] = frozenset(_COMMON.split())

_TITLE_RE = "|".join(re.escape(t) for t in sorted(set(TITLES), key=len, reverse=True))
_LEADING_TITLES = re.compile(rf"^(?:(?:{_TITLE_RE})(?=\s|$)\s*)+")
_HONOURS_RE = re.compile(
    r"(?:[\s,]+(?:" + "|".join(sorted(set(HONOURS), key=len, reverse=True)) + r")\b\.?)+\s*$"
)
_ROLE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in ROLE_WORDS) + r")\b", re.IGNORECASE
)
_ORG_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ORGANISATION_WORDS) + r")\b")
_SUBSTITUTE_RE = re.compile(
    r"^\s*(?:substitut\w*|sub(?:\.|bing)?|deputi[sz]ing|standing\s+in|in\s+place\s+of|"
    r"replacing|representing|on\s+behalf\s+of)\s*(?:for\s+)?[:\-–]?\s*",
    re.IGNORECASE,
)
_NOT_ABOUT_THEM = re.compile(r"^\s*(?:substituted|replaced|represented)\s+by\b", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[(\[]([^()\[\]]{0,200})[)\]]")
# Letters beyond ASCII too: Siân, Zoë, José, Ó Súilleabháin.
_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_NAME_WORD = (
    rf"(?:[{_UP}][{_LO}]+(?:['’-][{_UP}]?[{_LO}]+)*|[{_UP}]['’][{_UP}][{_LO}]+"
    rf"|Ma?c[{_UP}][{_LO}]+)"
)
_CAPS_WORD = rf"(?:[{_UP}]{{2,}}(?:['’-][{_UP}]{{2,}})*)"  # "SMITH" after a title
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|del|bin|ibn|al)"
_SURNAME = rf"(?:(?:{_PARTICLE}\s+)*{_NAME_WORD}(?:[-‐]{_NAME_WORD})*)"
_INITIALS = rf"(?:[{_UP}]\.?\s*){{1,3}}"
_NAME_BODY = re.compile(
    rf"^(?:{_INITIALS}\s*{_SURNAME}|{_NAME_WORD}(?:\s+(?:{_INITIALS}|{_SURNAME})){{1,3}})$"
)
_TITLED_BODY = re.compile(
    rf"^(?:(?:{_INITIALS}|{_NAME_WORD})\s+){{0,3}}(?:{_SURNAME}|{_CAPS_WORD})$"
    rf"|^{_INITIALS}(?:{_SURNAME}|{_CAPS_WORD})$"
)
_BARE_SURNAME = re.compile(rf"^{_SURNAME}$")
_PLURAL_TITLE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(t) for t in PLURAL_TITLES) + r")(?=\s)\s*"
)
_AFFILIATION_SPLIT = re.compile(r"\s*(?:\t+|\s[-–—]\s|\s*,\s+|:\s+|\s{3,})\s*")
_LABEL = re.compile(
    r"^\s*(?:(?:members?\s+|also\s+|officers?\s+|others?\s+)?(?:present|in\s+attendance|"
    r"attendees?|attending|apologies(?:\s+for\s+absence)?(?:\s+were\s+received\s+from)?|"
    r"apologies\s+received\s+from|absent|substitutes?)\b[^:\n]{0,40}?:?\s+"
    r"|[^:\n]{1,40}:\s*)",
    re.IGNORECASE,
)
# "Apologies: None", "Nil", "No apologies were received": a list that names nobody.
_NOBODY = re.compile(r"^(?:none|nil|n/?a|no\s+apologies\b.*|none\s+received)$", re.IGNORECASE)
_SEPARATORS = re.compile(r"(\s*(?:;|\n|\r|,|\band\b|&|\s\|\s|•|·)\s*)")


@dataclass(frozen=True)
class Person:
    """A person as printed: ``name`` keeps title and honours; the rest is what was beside it."""

    name: str
    title: str | None = None
    honours: tuple[str, ...] = ()
    role: str | None = None
    substituting_for: str | None = None
    affiliation: str | None = None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" \t.,;:-–—")


def _strip_title_and_honours(text: str) -> tuple[str | None, str, tuple[str, ...]]:
    """Split "Cllr Mrs J Hartley OBE" into ("Cllr Mrs", "J Hartley", ("OBE",))."""
    title_match = _LEADING_TITLES.match(text)
    title = " ".join(title_match.group(0).split()) if title_match else None
    body = text[title_match.end() :] if title_match else text
    honours_match = _HONOURS_RE.search(body)
    honours: tuple[str, ...] = ()
    if honours_match and honours_match.start() > 0:
        honours = tuple(re.findall(r"[A-Za-z]+", honours_match.group(0)))
        body = body[: honours_match.start()]
    return title, _clean(body), honours


def is_person_name(text: str) -> bool:
    """Cheap check: a title and a name, initials and a surname, or 2–4 capitalised words.

    Capitalised words that are organisation or role words ("Northshire Police", "Chief
    Executive") do not make a person; a title with a name after it always does
    ("Cllr Dev Kapoor", "Mr Quayle", "Chief Constable Smith"). A bracketed note after the
    name is not looked at ("Mr K Lowe OBE (Chairman)" is a person).
    """
    text = _clean(_BRACKETS.sub("", text[:200]))
    if not text or len(text) > 80 or re.search(r"\d", text):
        return False
    title, body, _ = _strip_title_and_honours(text)
    if not body:
        return False
    if title:  # "Lord Mayor" is an office, "Chief Constable Smith" a person
        is_role = not _ROLE_RE.sub("", body).strip()
        return bool(_TITLED_BODY.match(body)) and not _ORG_RE.search(body) and not is_role
    if _ORG_RE.search(body) or _ROLE_RE.search(body):
        return False
    if any(word.lower() in COMMON_WORDS for word in re.findall(r"\w+", body)):
        return False
    return bool(_NAME_BODY.match(body))


def _bracket_parts(text: str) -> tuple[str, list[str]]:
    """The text with bracketed notes removed, and the notes."""
    notes = [note.strip() for note in _BRACKETS.findall(text)]
    return _BRACKETS.sub("", text), notes


def _classify_note(note: str) -> tuple[str, str]:
    """("substituting_for" | "affiliation" | "role", value) for a note beside a name.

    "(substituted by Cllr C)" says who replaced this person: no field of theirs, so "".
    """
    if _NOT_ABOUT_THEM.match(note):
        return "", ""
    sub = _SUBSTITUTE_RE.match(note)
    if sub and note[sub.end() :].strip():
        return "substituting_for", _clean(note[sub.end() :])
    if _ORG_RE.search(note) and not _ROLE_RE.search(note.split(",")[0]):
        return "affiliation", _clean(note)
    return "role", _clean(note)


def parse_person(text: str) -> Person | None:
    """One printed person: the name as written and what was printed beside it.

    "Mr K Lowe OBE (Chairman)" -> name "Mr K Lowe OBE", role "Chairman";
    "Cllr A Smith (substituting for Cllr B Jones)" -> substituting_for "Cllr B Jones";
    "Councillor Jane Doe - Northtown Borough Council" -> affiliation. Returns None when
    the text does not begin with a person's name.
    """
    if not text or len(text) > 500:
        return None
    body, notes = _bracket_parts(text.strip())
    parts = [_clean(p) for p in _AFFILIATION_SPLIT.split(body.strip()) if _clean(p)]
    # The name is usually first; "Chair – Cllr A Smith" and "Chair: Cllr A Smith" put a
    # role before it, so look at the first two parts.
    at = next((i for i, part in enumerate(parts[:2]) if is_person_name(part)), None)
    if at is None:
        return None
    name = parts[at]
    fields: dict[str, str] = {}
    for note in notes + parts[:at] + parts[at + 1 :]:
        kind, value = _classify_note(note)
        if value and kind not in fields:
            fields[kind] = value
    title, _, honours = _strip_title_and_honours(name)
    return Person(name=name, title=title, honours=honours, **fields)


def _strip_label(text: str) -> str:
    """Drop a leading "Present:" / "Apologies for absence were received from" label."""
    match = _LABEL.match(text)
    if match and not is_person_name(match.group(0).rstrip(": ")):
        return text[match.end() :]
    return text


def _mask_brackets(text: str) -> str:
    """``text`` with the inside of every bracket blanked, so separators there are not seen."""
    return _BRACKETS.sub(lambda m: re.sub(r"[^()\[\]\s]|(?<=\S)\s", "_", m.group(0)), text)


def _pieces(text: str) -> list[tuple[str, str]]:
    """(separator before, piece) pairs of a list split on the separators outside brackets."""
    pairs: list[tuple[str, str]] = []
    separator, at = "", 0
    for match in _SEPARATORS.finditer(_mask_brackets(text)):
        pairs.append((separator, text[at : match.start()]))
        separator, at = match.group(0), match.end()
    pairs.append((separator, text[at:]))
    return [(sep, piece) for sep, piece in pairs if piece.strip()]


def _is_listed_person(piece: str, plural: bool) -> bool:
    """A person's name; under a plural title ("Councillors ...") a bare surname counts."""
    if is_person_name(piece):
        return True
    return plural and bool(_BARE_SURNAME.match(piece) or _NAME_BODY.match(piece)) and not (
        _ORG_RE.search(piece) or _ROLE_RE.search(piece)
    )


def _joins_previous(separator: str, piece: str, plural: bool = False) -> bool:
    """Whether ``piece`` continues the entry before it rather than starting a person.

    Line breaks and semicolons always start an entry; after a comma, "and" or "&" a
    piece must read as a person's name, else it is that entry's organisation or role.
    """
    if re.search(r"[\n\r;•·|]", separator):
        return False
    core = _clean(_BRACKETS.sub("", piece))
    return not _is_listed_person(_clean(_AFFILIATION_SPLIT.split(core)[0]), plural)


def split_names(text: str) -> list[str]:
    """Names of an attendance list as printed, each kept as written.

    Labels ("Present:"), bracketed roles, affiliations and the trailing full stop are
    dropped; entries split on commas, semicolons, line breaks, "and" and "&" (see the
    module docstring for when a comma does not split). Entries that are not names at
    all ("Chief Executive" alone) are kept as written, since a list may name roles.
    """
    text = _unwrap(_strip_label((text or "")[:MAX_TEXT]))
    plural = _PLURAL_TITLE.match(text)
    if plural:  # "Councillors A Smith, B Jones": names as written after the shared title
        text = text[plural.end() :]
    entries: list[str] = []
    for separator, piece in _pieces(text):
        if entries and _joins_previous(separator, piece, bool(plural)):
            entries[-1] += separator + piece
        else:
            entries.append(piece)
    return [name for name in (_entry_name(e) for e in entries) if name and not _NOBODY.match(name)]


# A line break inside a name is a wrap, not a separator: after a title, an initial, a
# hyphen or a dangling "and", or before lower case, a closing bracket or honours.
_WRAP_BEFORE = re.compile(
    rf"(?:\b(?:{_TITLE_RE})|\b[{_UP}]\.?|-|\band|&)[ \t]*$"
)
_WRAP_AFTER = re.compile(rf"^[ \t]*(?:[{_LO}]|\)|(?:" + "|".join(HONOURS) + r")\b)")


def _unwrap(text: str) -> str:
    """Join the line breaks a converter left inside names ("Mrs E\nCarver")."""
    lines = text.split("\n")
    out = lines[0]
    for line in lines[1:]:
        if _WRAP_BEFORE.search(out[-40:]) or _WRAP_AFTER.match(line):
            out = out.rstrip() + ("" if out.rstrip().endswith("-") else " ") + line.lstrip()
        else:
            out += "\n" + line
    return out


def _entry_name(entry: str) -> str:
    person = parse_person(entry)
    if person is not None:
        return person.name
    body, _ = _bracket_parts(entry)
    return _clean(_AFFILIATION_SPLIT.split(body.strip())[0])
