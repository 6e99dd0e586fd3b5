"""Register tables that a PDF reader flattened into paragraphs.

A register drawn without ruling lines may come out of a PDF reader as paragraphs instead
of a table, in two shapes:

* a paragraph per row: a header line "Ref Finding Original target Revised target RAG",
  then "AFI1 The force should ... Sep 2024 Mar 2025 Amber Progress text ...";
* a paragraph per cell: "Ref", "Finding", "Original target", ... then "AFI1", "The force
  should ...", "Sep 2024", "–", "Amber", ...

Either way the header gives the order of the date columns, which is what a bare date
cannot say for itself (is "Mar 2025" the original target or the revised one?). This
module reads the header and cuts a row's tail into cells; ``findings`` applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Column names as a register prints them, and the role each plays.
COLUMN_WORDS = [
    ("number", r"ref(?:erence)?\.?|no\.?|number|#"),
    ("revised", r"(?:revised|new|amended|forecast|anticipated)(?:\s+(?:target|completion|due))?"
                r"(?:\s+date)?"),
    ("target", r"(?:original\s+)?(?:target|due|completion|deadline)(?:\s+date)?|date"),
    ("rag", r"rag(?:\s+status|\s+rating)?|brag"),
    ("status", r"(?:current\s+)?(?:status|position)"),
    ("text", r"finding|recommendation|area\s+for\s+improvement|afi|cause\s+of\s+concern|"
             r"description"),
    ("progress", r"(?:progress|update|action\s+taken|comments?)(?:\s+(?:summary|update))?|"
                 r"owner|lead"),
]
COLUMN = re.compile("|".join(f"(?P<{role}>{words})" for role, words in COLUMN_WORDS),
                    re.IGNORECASE)
SEPARATORS = re.compile(r"[ |\t/:-]*")
MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
DATE_CELL = (rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\s+\d{{4}}|"
             r"Q[1-4]\s+\d{4}(?:/\d{2})?|(?:Spring|Summer|Autumn|Winter)\s+\d{4}|TBC|TBA")
DASH_CELL = r"[-–—]|n/a|N/A"
RAG_CELL = r"(?:Red|Amber|Green|Blue|RED|AMBER|GREEN|BLUE)"
STATUS_CELL = (r"(?:Complete[d]?|Closed|Discharged|Achieved|In\s+progress|On\s+track|Ongoing|"
               r"Not\s+started|At\s+risk|Off\s+track|Delayed)")
CELL = re.compile(rf"\s*(?:(?P<date>{DATE_CELL})|(?P<dash>{DASH_CELL})|(?P<rag>{RAG_CELL})|"
                  rf"(?P<status>{STATUS_CELL}))(?=\s|[.,;]|$)")
FIRST_DATE = re.compile(rf"\s(?:{DATE_CELL})(?=\s|$)")


def header_roles(text: str) -> list[str] | None:
    """The column roles a one-line header names, in order ("Ref Finding Original target
    Revised target RAG" -> number, text, target, revised, rag); None unless the line is
    nothing but column names, among them a findings column and a date column."""
    roles: list[str] = []
    position, end = 0, len(text)
    while True:
        # Column names one after another, only separators between them: each name is
        # matched where the last one ended, so a sentence fails at its first word
        # instead of being scanned to its end.
        position = SEPARATORS.match(text, position).end()  # type: ignore[union-attr]
        if position == end:
            break
        match = COLUMN.match(text, position)
        if match is None:
            return None  # words that name no column: a sentence, not a header
        roles.append(match.lastgroup or "")
        position = match.end()
    if "text" not in roles:
        return None
    return roles if {"target", "revised"} & set(roles) else None


def cell_role(text: str) -> str | None:
    """The role of one short paragraph that is a single column name, else None."""
    match = COLUMN.fullmatch(text.strip(" |\t:")) if len(text) <= 40 else None
    return next(role for role, value in match.groupdict().items() if value) if match else None


@dataclass
class FlatHeader:
    """A header being read a cell per paragraph; ``roles`` once it is complete."""

    pending: list[str] = field(default_factory=list)
    roles: list[str] | None = None

    def feed(self, text: str) -> bool:
        """Take one paragraph; True when it was part of a header (and so read)."""
        whole = header_roles(text)
        if whole:
            self.roles, self.pending = whole, []
            return True
        role = cell_role(text)
        if role and (self.pending or role == "number" or role == "text"):
            self.pending.append(role)
            return True
        if len(self.pending) >= 3 and "text" in self.pending and {"target", "revised"} & set(
                self.pending):
            self.roles = self.pending
        self.pending = []
        return False

    @property
    def date_roles(self) -> list[str]:
        return [r for r in self.roles or [] if r in {"target", "revised"}]


def split_row(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """(statement, cells, rest) of a row run into one paragraph: the statement runs to
    the first date; then dates, dashes, RAG and status words, in order; then any
    progress text."""
    first = FIRST_DATE.search(text)
    if not first:
        return text, [], ""
    statement, tail = text[: first.start()], text[first.start():]
    cells: list[tuple[str, str]] = []
    while True:
        match = CELL.match(tail)
        if not match:
            break
        kind = next(k for k, v in match.groupdict().items() if v)
        cells.append((kind, match.group(kind)))
        tail = tail[match.end():]
    return statement.strip(), cells, tail.strip(" .;,")


def is_cell(text: str) -> tuple[str, str] | None:
    """A paragraph that is one short cell: a date, a dash, a RAG word or a status."""
    match = CELL.fullmatch(text.strip()) if len(text) < 30 else None
    if match is None:
        return None
    kind = next(k for k, v in match.groupdict().items() if v)
    return kind, match.group(kind)
