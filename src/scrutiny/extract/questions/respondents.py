"""Askers and respondents a title or section heading names ("Questions asked by the PCC")."""

from __future__ import annotations

import re

from scrutiny.extract.context import clean, looks_like_title
from scrutiny.extract.questions.answers import answer_label
from scrutiny.extract.questions.memo import per_paper
from scrutiny.extract.questions.speech import who
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper

_ASKED_BY = re.compile(
    r"\b(?i:questions?\s+(?:asked|put|raised|submitted|posed)"
    r"(?:\s+to\s+(?:the\s+)?[\w ]{2,40}?)?\s+by|questions\s+from)\s+"
    r"(?:the\s+)?"
    r"(?P<who>[A-Z][\w'’&-]*(?:(?:,\s*|\s+(?:(?:and|&|of|for|the)\s+)?)[A-Z][\w'’&-]*){0,5})"
    # "the Police, Fire and Crime Commissioner (PFCC)": the paper's own short name
    r"(?:\s*\((?P<abbr>[A-Z]{2,6})\))?"
    r"|\b(?P<who2>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})(?:'s|’s)\s+questions\b"
)


_ANSWERED_BY = re.compile(
    r"\b(?:(?i:responses?|answers?|replies)\s+(?i:from|by)|"
    # "Questions from members of the public to the Commissioner"
    r"(?i:questions?(?:\s+from(?:\s+[\w'’]+){1,5}?)?\s+(?:asked\s+of|put\s+to|addressed\s+to|"
    r"directed\s+to|to)))\s+(?:the\s+)?"
    # "the Police, Fire and Crime Commissioner": a comma may join the role's words
    r"(?P<who>[A-Z][\w'’&-]*(?:(?:,\s*|\s+(?:(?:and|&|of|for|the)\s+)?)[A-Z][\w'’&-]*){0,5})"
    r"|\b(?P<who2>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})(?:'s|’s)?\s+(?i:responses?)\b"
    # "... and the Commissioner's written answers"
    r"|\b(?P<who3>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})(?:'s|’s)\s+"
    r"(?i:(?:written\s+)?(?:answers?|replies))\b"
)


_SECTION_ASKER = re.compile(
    r"\bquestions?\s+(?:from|by|asked|put|raised|submitted|to|for)\b", re.I
)


def section_roles(paper: Paper) -> list[tuple[str | None, str | None]]:
    """(asker, respondent) in force at each block, from the title and section headings
    (worked out once per paper: several finders ask; callers must not change it).

    "Questions asked by the PCC" in the title sets them for the whole paper; a heading
    such as "Questions from the public", or a lead-in line ending with a colon, further
    down starts a section with its own.
    """
    return per_paper("roles", paper, _section_roles)


def _section_roles(paper: Paper) -> list[tuple[str | None, str | None]]:
    asker, respondent = _asker_from_title(paper), _respondent_from_title(paper)
    roles: list[tuple[str | None, str | None]] = []
    for block in paper.blocks:
        if _opens_section(block):
            text = clean(block.text)
            m = _ASKED_BY.search(text)
            asker = _asker(m) if m else None
            r = _ANSWERED_BY.search(text)
            respondent = _named(r) if r else respondent
        roles.append((asker, respondent))
    return roles


def _opens_section(block: Block) -> bool:
    """A heading, title, bold or lead-in line that speaks of questions ("Questions from
    the public"). The wording is tested first: it rules out nearly every block cheaply."""
    if block.kind == "table" or len(block.text) >= 160:
        return False
    text = clean(block.text)
    if "question" not in text.lower() or not _SECTION_ASKER.search(text):
        return False
    return (block.kind == "heading" or block.bold or _lead_in(block.text)
            or looks_like_title(block))


def _lead_in(text: str) -> bool:
    """A line that introduces what follows ("Questions from the PCC on the report, and the
    responses given:"): it opens a section of questions as a heading would."""
    return text.rstrip().endswith(":")


def _named(m: re.Match[str]) -> str | None:
    """The person or role a title pattern matched, whichever alternative matched."""
    return who(next((g for g in m.groups() if g), None))


def _title_texts(paper: Paper) -> list[str]:
    """The title and the first lines, where a paper says whose questions it holds; an
    answer among them ("Answer from the Commissioner There were ...") is not a title."""
    return [paper.title or ""] + [clean(b.text) for b in paper.blocks[:4]
                                  if b.kind != "table" and not answer_label(b.text)]


def _asker_from_title(paper: Paper) -> str | None:
    """"Questions asked by the PCC" in a title or early heading -> "PCC"."""
    for text in _title_texts(paper):
        m = _ASKED_BY.search(text)
        if m:
            return _asker(m)
    return None


def _asker(m: re.Match[str]) -> str | None:
    """The asker an ``_ASKED_BY`` match names: the short name the paper gives in brackets
    ("PFCC"), else the name as written."""
    return m.group("abbr") or who(m.group("who") or m.group("who2"))


def _respondent_from_title(paper: Paper) -> str | None:
    """"... and responses from the Chief Constable" -> "Chief Constable"."""
    for text in _title_texts(paper):
        m = _ANSWERED_BY.search(text)
        if m:
            return _named(m)
    return None


_COMMISSIONER_TITLE = re.compile(
    r"\bPolice(?:\s*,\s*Fire)?\s+(?:and|&)\s+Crime\s+Commissioner(?:\s+for\s+[A-Z][\w'’ -]*)?$"
)


def respondent_role(respondent: str | None) -> str | None:
    """"Police and Crime Commissioner", "Police, Fire and Crime Commissioner" ->
    "Commissioner": the role the papers shorten it to, so one respondent is one value
    whichever form a heading or label spells out. Abbreviations (PCC, PFCC) stay as
    written."""
    if not respondent:
        return respondent
    return _COMMISSIONER_TITLE.sub("Commissioner", respondent)
