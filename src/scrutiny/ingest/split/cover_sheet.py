"""Cover sheets: "To: / From: / Subject: / Date:" fields, as lines or as a table."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scrutiny.ingest.document import Block
from scrutiny.ingest.split.plain_text import plain

if TYPE_CHECKING:
    from scrutiny.ingest.split.header import Header

_I = re.IGNORECASE

FIELD = re.compile(
    r"(?:^|\n|\s{2,}|\t)(?P<label>to|from|subject|title|date(?:\s*(?:&|and)\s*time)?|"
    r"meeting(?:\s+date)?|date\s+of\s+meeting|venue|location|report\s+(?:of|to|by|from)|"
    r"by|author|purpose|time|chair(?:ed\s+by)?|present|attendees|apologies)\s*:[ \t]*",
    _I)
COVER_LABELS = {"to", "from", "subject", "title", "report of", "report to", "report by",
                "report from", "by", "author", "purpose"}


INLINE_LABEL = re.compile(  # capitalised, as a label is printed: "... 2025 Time: 10am"
    r"[ \t]+(?=(?:Date|Time|Venue|Place|Location|Subject|From|To|Title|Meeting date|Meeting|"
    r"Date of meeting|Report of|Report to|Report by|Author|Purpose|Chair|Attendees|Apologies|"
    r"Present|Prepared by|Status|Contact|Contact officer|Enquiries to|Classification|"
    r"Minute taker|Minutes taken by|Note taker|Notes taken by|Clerk|Secretariat)\s*:)")


def read_fields(text: str) -> dict[str, str]:
    """``label: value`` pairs (lower-case labels; first occurrence wins)."""
    fields: dict[str, str] = {}
    # "Date: 5 March 2025 Time: 10.00 am Venue: Hall" printed on one line
    text = INLINE_LABEL.sub("\n", text)
    matches = list(FIELD.finditer(text))
    for m, nxt in zip(matches, [*matches[1:], None], strict=False):
        end = nxt.start() if nxt else len(text)
        value = text[m.end() : end].split("\n")[0].strip(" \t-–:")
        label = re.sub(r"\s+", " ", m.group("label").lower()).replace(" and ", " & ")
        if value and label not in fields:
            fields[label] = value
    return fields


def is_cover_start(blocks: list[Block], i: int) -> bool:
    """A "To:" line with another cover-sheet field within the next few blocks."""
    text = plain(blocks[i].text)
    if not re.match(r"^\W*to\s*:", text, _I):
        return False
    window = "\n".join(plain(b.text) for b in blocks[i : i + 5])
    return len(set(read_fields(window)) & (COVER_LABELS | {"date"})) >= 2


def is_cover_table(block: Block) -> bool:
    """A cover sheet laid out as a table: "Report to: | X Panel", "Date: | ..."."""
    labels = {re.sub(r"\s+", " ", row[0].strip().rstrip(":").lower())
              for row in block.rows or [] if row}
    return len(labels & (COVER_LABELS | {"date", "date of meeting", "meeting date",
                                          "meeting"})) >= 2 and bool(
        labels & (COVER_LABELS - {"by", "author", "purpose"}))


def has_cover(header: Header) -> bool:
    return len(set(header.fields) & (COVER_LABELS | {"date"})) >= 2
