"""Whose action it is: the organisation that must act, from the owner a paper prints.

The record contract gives an action's ``owner`` as the organisation responsible
(``Force``, ``PCC``, ``OPCC``), and papers print a role instead: "DCC to provide ...",
"ACC Operations" in a Lead column, "The Chief Executive undertook to ...". A role is read
as its organisation the way a reader of such papers would:

* police officers and force staff ("Chief Constable", "DCC", "ACC Crime", "Ch Supt Dale",
  "Head of HR", "Director of Finance", a force's own name) are the ``Force``;
* the Commissioner, by any title ("PFCC", "Police, Fire and Crime Commissioner", a deputy
  Commissioner) is the ``PCC``;
* the Commissioner's office and its officers ("OPCC", "Chief Executive, OPFCC", "the
  PCC's Treasurer", "Chief Finance Officer to the Commissioner") are the ``OPCC``;
* anyone else (a council, a fire service, a panel officer, auditors, a partner body)
  stays as printed.

A role a paper qualifies elsewhere decides for itself: when the attendance list says
"Chief of Staff to the Chief Constable" or "Director of Resources, Fenwold Constabulary",
a bare "Chief of Staff" owner is the Force's. A role the paper gives to both sides (a
committee attended by the OPCC's and the Force's Chief Finance Officers) is left as
printed: no guess.
"""

from __future__ import annotations

import re

from scrutiny.extract.context import clean

ORGANISATIONS = ("Force", "PCC", "OPCC")

_COMMISSIONER = (r"(?:(?:deputy\s+)?(?:(?:police(?:,)?\s+(?:fire\s+)?(?:and|&)\s+crime\s+)?"
                 r"commissioner|p(?:f)?cc)|dp(?:f)?cc)")
_PCC_NAME = re.compile(rf"^(?:the\s+)?{_COMMISSIONER}$", re.IGNORECASE)
# the office: "OPCC", "OPFCC", "Office of the PCC", "the Commissioner's office/staff"
_OFFICE = re.compile(
    rf"\bop(?:f)?cc\b|\boffice\s+of\s+the\s+{_COMMISSIONER}\b|\b{_COMMISSIONER}['’]s\s+"
    r"(?:office|staff|team)\b",
    re.IGNORECASE,
)
# an officer of the Commissioner: "the PCC's Treasurer", "Chief Executive to the PFCC"
_OF_COMMISSIONER = re.compile(
    rf"\b{_COMMISSIONER}['’]s\b|\b(?:to|of|for)\s+the\s+{_COMMISSIONER}\b", re.IGNORECASE
)
# the force itself, or a role of it: "the Force", "Fenwold Constabulary", "Chief
# Constable's Chief of Staff", "Chief of Staff to the Chief Constable"
_FORCE_NAME = re.compile(
    r"\b(?:force|constabulary)\b|\b[A-Z][\w-]+(?:\s+(?:and|&)\s+[A-Z][\w-]+)?\s+police\b"
    r"|\bchief\s+constable['’]s\b|\b(?:to|of|for)\s+the\s+chief\s+constable\b",
    re.IGNORECASE,
)
# bodies that are neither side, whatever role is named in them
_OTHER_BODY = re.compile(
    r"\b(?:fire|rescue|council|panel|audit(?:or)?s?|district|borough|county|nhs|health|"
    r"probation|university|cps|ipoc|iopc|hmicfrs|home\s+office|partnership|trust|"
    r"federation|union|association|college\s+of\s+policing)\b",
    re.IGNORECASE,
)
# a force post named by its portfolio, whatever the portfolio's words: "Head of
# Partnerships", "Director of Health and Safety" (not one of another body: "..., Council")
_FORCE_PORTFOLIO = re.compile(
    r"^(?:head|director)\s+of\s+(?!.*\b(?:council|fire|rescue|nhs|university|probation|"
    r"audit|public\s+health)\b)",
    re.IGNORECASE,
)
# police ranks and chief officer roles, with or without a name or portfolio after them
_FORCE_ROLE = re.compile(
    r"^(?:t/|temporary\s+|acting\s+|a/|det(?:ective)?\.?\s+)?(?:"
    r"chief\s+constable|(?:deputy|assistant)\s+chief\s+constable|cc|dcc|acc|"
    r"(?:deputy\s+)?chief\s+officers?(?:\s+(?:team|group))?|dco|cog|psd|"
    r"professional\s+standards(?:\s+department)?|"
    r"(?:chief\s+)?superintendent|(?:ch\.?\s*)?supt\.?|c/supt|"
    r"(?:chief\s+)?inspector|(?:ch\.?\s*)?insp\.?|sergeant|sgt\.?|commander|cdr|"
    r"head\s+of\s+\S.*|director\s+of\s+\S.*|(?:force|police)\s+\S.*"
    r")\b",
    re.IGNORECASE,
)
# a post named by its rank: "Custody Inspector", "Duty Superintendent"
_RANK_LAST = re.compile(r"\b(?:inspector|superintendent|sergeant|constable)$", re.IGNORECASE)
# roles of the Commissioner's office when a paper does not say otherwise
_OFFICE_ROLE = re.compile(
    r"^(?:interim\s+|acting\s+)?(?:chief\s+executive(?:\s+officer)?|ceo|cex|treasurer|"
    r"chief\s+finance\s+officer|cfo|monitoring\s+officer)$",
    re.IGNORECASE,
)
# roles both sides have: only the paper can say whose
_EITHER_ROLE = re.compile(r"^(?:chief\s+of\s+staff|chief\s+executive|head\s+of\s+\S.*|"
                          r"director\s+of\s+\S.*|chief\s+finance\s+officer|cfo|treasurer)$",
                          re.IGNORECASE)
_SPELLED = {"cfo": "chief finance officer", "ceo": "chief executive", "cex": "chief executive"}


_OFFICE_NAME = re.compile(rf"^(?:the\s+)?(?:op(?:f)?cc|office\s+of\s+the\s+{_COMMISSIONER})$",
                          re.IGNORECASE)
_FORCE_ITSELF = re.compile(r"^(?:the\s+)?(?:(?i:force|constabulary)|[A-Z][a-z]+(?:\s+(?:and|&)\s+"
                           r"[A-Z][a-z]+)?\s+(?i:police|constabulary))$")


def named_organisation(name: str) -> str | None:
    """``PCC``, ``OPCC`` or ``Force`` when ``name`` is that organisation's own name ("the
    Police and Crime Commissioner", "Office of the PCC", "Westshire Police"), else None."""
    if name in ORGANISATIONS:
        return name
    if _PCC_NAME.match(name):
        return "PCC"
    if _OFFICE_NAME.match(name):
        return "OPCC"
    if _FORCE_ITSELF.match(name):
        return "Force"
    return None


def organisation(owner: str | None, paper_text: str = "") -> str | None:
    """The organisation that must act for a printed ``owner`` (see the module docstring);
    ``paper_text`` is the whole paper, read only for a role both sides could hold."""
    if not owner:
        return owner
    name = re.sub(r"^the\s+", "", clean(owner), flags=re.IGNORECASE).strip(" .,:;-–")
    if not name:
        return None
    named = named_organisation(name)
    if named:
        return named
    parts = [part for part in _JOINT.split(name) if part]
    if len(parts) > 1:
        # "DCC / ACC Crime" is the Force's; "DCC / OPCC" is shared, so kept as printed
        sides = {_one(part, paper_text) for part in parts}
        if sides <= set(ORGANISATIONS):
            return sides.pop() if len(sides) == 1 else name
    person = _PERSON.match(name)
    if person and paper_text and not _ROLE_WORD.search(name):
        # "Jo Bell" in an Owner column, "Jo Bell (Head of Estates, OPCC)" in the attendance
        role = _role_of_person(name, person.group("surname"), paper_text)
        side = _one(role, paper_text) if role else None
        if side in ORGANISATIONS:
            return side
    return _one(name, paper_text)


def _one(name: str, paper_text: str) -> str:
    """The organisation of one owner (no "/" or "and" joining two)."""
    named = named_organisation(name)
    if named:
        return named
    if _OFFICE.search(name) or _OF_COMMISSIONER.search(name):
        return "OPCC"
    if _FORCE_NAME.search(name):
        return "Force"
    if _OTHER_BODY.search(name) and not _FORCE_PORTFOLIO.match(name):
        return name
    role = re.sub(r"\s*\([^)]*\)$", "", name)  # "CFO (OPCC)" is read by the rules above
    if _EITHER_ROLE.match(role):
        side = _side_in_paper(role, paper_text)
        if side:
            return side if side in ORGANISATIONS else name
    if _FORCE_ROLE.match(role) or _RANK_LAST.search(role):
        return "Force"
    if _OFFICE_ROLE.match(role):
        return "OPCC"
    return name


_JOINT = re.compile(r"\s*/\s*|\s+(?:and|&)\s+|\s*,\s*")
_PERSON = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof)\.?\s+)?(?:[A-Z][a-z'’-]+\s+|[A-Z]\.?\s*)"
    r"(?:[A-Z]\.?\s+)?(?P<surname>[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?)$"
)
# words of a post, not of a person's name ("Chief Executive", "Panel Officer")
_ROLE_WORD = re.compile(
    r"\b(?:chief|head|director|officer|executive|constable|commissioner|chair\w*|panel|"
    r"secretary|treasurer|manager|lead|inspector|superintendent|sergeant|team|group|board|"
    r"unit|service|staff|deputy|assistant|clerk|member|council|office)\b",
    re.IGNORECASE,
)
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof)\.?\s+)?"


def _role_of_person(name: str, surname: str, paper_text: str) -> str | None:
    """The role the paper gives a person where it lists them: "Jo Bell (Head of Estates,
    OPCC)", "Mrs J Bell – Chief Finance Officer, OPCC"; the owner may be written shorter
    than the attendance ("J Bell", "Mrs Bell")."""
    first = name.split()[0].rstrip(".")
    if re.fullmatch(r"Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof", first):
        first = ""
    initial = re.escape(first[:1]) if first else r"[A-Z]"
    pattern = re.compile(
        rf"\b{_HONORIFIC}{initial}[\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+)?{re.escape(surname)}\b"
        # a name, then its role after a bracket, comma, dash or the next table cell
        r"(?:\s+[A-Z]{2,4}\b)?[ \t]*(?:\(|,|–|—|-|\t|\|)[ \t]*(?P<role>[^()\n\t|;]{2,80})"
    )
    m = pattern.search(paper_text)
    return m.group("role").strip() if m else None


def _side_in_paper(role: str, paper_text: str) -> str | None:
    """Whose ``role`` is where the paper names its holder's side ("Chief Finance Officer,
    OPCC", "Chief of Staff to the Chief Constable", "the Force's Director of Finance"):
    the one side, ``"both"`` when the paper names more than one, None when it names none."""
    if not paper_text:
        return None
    spelled = _SPELLED.get(role.lower(), role)
    names = {spelled, role}
    holder = "(?:" + "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names) + ")"
    sides: set[str] = set()
    for m in re.finditer(rf"\b{holder}\b", paper_text, re.IGNORECASE):
        side = _side_after(paper_text[m.end():m.end() + 60]) or _side_before(
            paper_text[max(0, m.start() - 30):m.start()])
        if side:
            sides.add(side)
    if len(sides) > 1:
        return "both"
    return sides.pop() if sides else None


_AFTER = re.compile(
    r"^ *(?:\([A-Za-z]{2,5}\) *)?(?:,|\(|–|—|-| (?:of|to|for|at|in) ) *"
    r"(?:the\s+)?(?P<body>[^,;:()\n]{2,50})"
)
_OFFICE_START = re.compile(rf"^(?:op(?:f)?cc\b|office\s+of\b|{_COMMISSIONER}\b)", re.I)
_FORCE_START = re.compile(r"^(?:(?i:force|constabulary|chief\s+constable)\b|"
                          r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?i:police|constabulary)\b)")
_BEFORE = re.compile(
    r"(?:\b(?P<office>op(?:f)?cc|(?:commissioner|p(?:f)?cc)['’]s)"
    r"|\b(?P<force>force(?:['’]s)?|constabulary(?:['’]s)?|chief\s+constable['’]s)) +$",
    re.IGNORECASE,
)


def _side_after(text: str) -> str | None:
    """The side named just after a role: "Chief Finance Officer, OPCC", "Chief of Staff to
    the Chief Constable", "Chief Executive, Marford Council" (neither side: "other")."""
    m = _AFTER.match(text)
    if not m:
        return None
    words = m.group("body").strip()
    if _OFFICE_START.match(words):
        return "OPCC"
    if _FORCE_START.match(words):
        return "Force"
    if _OTHER_BODY.search(" ".join(words.split()[:4])):
        return "other"
    return None


def _side_before(text: str) -> str | None:
    """The side named just before a role: "OPCC Chief Executive", "the Force's Director of
    Finance", "the Chief Constable's Chief of Staff"."""
    m = _BEFORE.search(text)
    if not m:
        return None
    return "OPCC" if m.group("office") else "Force"
