"""The lines that open a paper ("MINUTES of a meeting ...", "AGENDA", a cover sheet)."""

from __future__ import annotations

import re

from scrutiny.ingest.document import Block
from scrutiny.ingest.split.body_names import body_line
from scrutiny.ingest.split.cover_sheet import (
    COVER_LABELS,
    is_cover_start,
    is_cover_table,
    read_fields,
)
from scrutiny.ingest.split.plain_text import plain

_I = re.IGNORECASE

START_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("minutes", re.compile(r"^\W*minutes\s+of\s+(?:a|an|the|meeting)\b.{0,300}?\b"
                           r"(?:held|meeting)\b", _I | re.S)),
    ("minutes", re.compile(r"^\W*(?:confirmed\s+|draft\s+|unconfirmed\s+)?minutes(?!\s*:)\W*$",
                           _I)),  # "Minutes:" is the label over an item's minute
    ("notes", re.compile(r"^\W*(?:meeting\s+notes|action\s+notes|record\s+of\s+(?:a|the)\s+"
                         r"meeting\b|notes?\s+of\s+(?:a|an|the|(?=meeting))\b"
                         r".{0,120}?\b(?:meeting|board|group|committee|panel|forum)\b)"
                         r"|^.{0,80}\b(?:(?:meeting|board)\s+notes|notes\s+of\s+(?:the\s+)?meeting)\W*$",
                         _I | re.S)),
    ("agenda", re.compile(r"^\W*(?:agenda\W*$|agenda\s+(?:for|of)\s+(?:a|the)\b|notice\s+of\s+"
                          r"(?:a\s+|the\s+)?meeting\b|notice\s+is\s+(?:hereby\s+)?given\b)", _I)),
    ("report", re.compile(r"^(?!\W*\()\W*(?:report\s+(?:of|to|by|from)\s+(?:the\s+)?[A-Z]|"
                          r"agenda\s+item\s*(?:no\.?\s*)?[A-Z]?\d{1,3}[a-z]?\W*$|item\s+(?:no\.?\s*)?[A-Z]?"
                          r"\d{1,3}[a-z]?\W*$)", _I)),
    ("questions", re.compile(r"^.{0,120}\bquestions?\s+(?:(?:asked|put|submitted|raised)\s+by|"
                             r"(?:and|&)\s+(?:answers|responses))\b", _I)),
    ("work_programme", re.compile(r"^.{0,80}\b(?:work\s*programme|forward\s+(?:work\s+)?plan)"
                                  r"\b", _I)),
]
REPORT_START = dict(START_RULES)["report"]
HELD_ON = re.compile(r"\b(?:held|be\s+held|take\s+place|meet|convened)\b", _I)
QUESTIONS_HEADING = re.compile(
    r"^\W*(?:written\s+|public\s+|members['’]?\s+|panel\s+)?questions?\s+(?:to|for|from)\s+"
    r"(?:the\s+)?\S", _I)
MEETING_CLOSED = re.compile(r"^\W*the\s+meeting\s+(?:closed|ended|finished|concluded|"
                            r"terminated)\s+at\b", _I)


BARE_ITEM_LINE = re.compile(r"^\W*(?:agenda\s+)?item\s*(?:no\.?\s*)?[A-Z]?\d{1,3}[a-z]?(?:\.\d+)?"
                            r"\W*$", _I)
ITEM_NUMBERED = re.compile(  # "4 ...", "B1 ...", "23/41 ...", "PCP/24/07 ...", "Minute 5 ..."
    r"^(?:(?:agenda\s+)?item\s+|minute\s+)?(?:[A-Z]{2,6}/\d{2}/\d{1,3}|[A-Z]{2,6}\s?\d{1,3}/\d{2,4}|"
    r"\d{1,3}/\d{1,4}|[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?|\d{1,3}(?:\.\d{1,2})?)[a-z]?[.):]?\s+\S", _I)


def start_cue(blocks: list[Block], i: int) -> str | None:
    """The kind of paper block ``i`` opens, if it reads like the first line of one."""
    block = blocks[i]
    if block.kind == "table":
        return "report" if is_cover_table(block) else None
    if block.kind == "list_item":
        return None
    text = plain(block.text)
    if ITEM_NUMBERED.match(text):
        return None  # "116. Future Work Programme": an item of the paper we are in
    low = text.lower()
    for kind, pattern in START_RULES:
        if _may_open(kind, low) and pattern.search(text) and _short_enough(kind, text):
            if kind == "report" and not _opens_report(blocks, i):
                continue
            if kind == "work_programme" and not _names_programme(blocks, i, text):
                continue
            return kind
    if is_cover_start(blocks, i):
        return "report"
    if (block.kind == "heading" or block.bold) and QUESTIONS_HEADING.search(text) and \
            len(text.split()) <= 16:
        return "questions"
    return None


# Words without which a start rule cannot match (its costliest rules scan the whole line)
RULE_WORDS = {"notes": ("note", "record"), "questions": ("question",),
              "work_programme": ("programme", "plan")}


def _may_open(kind: str, low: str) -> bool:
    """Whether the lower-cased line holds a word the ``kind`` rule needs: a substring test
    that spares most lines three whole-line searches."""
    words = RULE_WORDS.get(kind)
    return words is None or any(word in low for word in words)


def _names_programme(blocks: list[Block], i: int, text: str) -> bool:
    """A work programme's title names its body or its year, or tops a page; a bare
    "Forward Plan" heading is an item of minutes."""
    top_of_page = i > 0 and blocks[i - 1].page != blocks[i].page
    return top_of_page or bool(re.search(r"\b20\d{2}\b", text)) or body_line(text) is not None


def _opens_report(blocks: list[Block], i: int) -> bool:
    """"Report of the Chief Executive" heads a paper only at the top of a page or over a
    cover sheet's fields; under an agenda item it describes the item."""
    if BARE_ITEM_LINE.match(plain(blocks[i].text)):
        return True  # "Agenda Item 5" alone on a line is the header a pack puts on a paper
    top_of_page = i > 0 and blocks[i - 1].page != blocks[i].page
    window = "\n".join(plain(b.text) for b in blocks[i + 1 : i + 5])
    return top_of_page or bool(set(read_fields(window)) & (COVER_LABELS | {"date"}))


def _short_enough(kind: str, text: str) -> bool:
    """A title line is short and is not a sentence; minutes and notices may open with one
    long sentence ("MINUTES of a meeting of ... held on ...")."""
    words = len(text.split())
    if kind in ("minutes", "agenda"):
        return words <= 80 and (words <= 30 or text.lstrip("#* ")[:7].isupper()
                                or bool(HELD_ON.search(text)))
    return words <= 16 and not text.rstrip().endswith(".")


def start_kind(line: str) -> str | None:
    """The kind of paper a line opens by the start rules (without block context)."""
    return next((kind for kind, p in START_RULES if p.search(line)), None)
