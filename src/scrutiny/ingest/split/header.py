"""What a paper's opening lines say about it: title, body, date, labelled fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrutiny.ingest.document import Block
from scrutiny.ingest.split.body_names import (
    BODY_IN_SENTENCE,
    REPORT_TO,
    SMALL_WORDS,
    body_line,
    clean_body,
)
from scrutiny.ingest.split.cover_sheet import FIELD, read_fields
from scrutiny.ingest.split.meeting_date import date_of, masthead_body
from scrutiny.ingest.split.plain_text import plain
from scrutiny.ingest.split.start_cues import ITEM_NUMBERED, start_kind

_I = re.IGNORECASE

MARKING = re.compile(r"^\W*(?:public\s+document\s+pack|(?:not\s+protectively\s+marked|official|"
                     r"restricted)(?:[\s-]+sensitive)?|public|part\s+(?:1|i|one))\W*$", _I)


@dataclass
class Header:
    """What a paper's opening lines say about it."""

    fields: dict[str, str] = field(default_factory=dict)
    opening: str = ""
    title: str | None = None
    body: str | None = None
    date: str | None = None


def read_header(blocks: list[Block], size: int = 12) -> Header:
    """Title, body, date and labelled fields from a paper's first blocks."""
    lines = [plain(line) for b in blocks[:size] for line in _block_lines(b)]
    lines = [ln for ln in lines if ln]
    opening = "\n".join(lines)
    header = Header(fields=read_fields("\n".join(_before_items(lines))), opening=opening)
    header.body = _body_of(header, lines)
    header.title = _title_of(header, lines)
    header.date = date_of(header, lines)
    return header


def _before_items(lines: list[str]) -> list[str]:
    """The lines above the paper's first numbered item: its header. A "Date:" under the
    items is the date a signature block was signed, not the meeting's."""
    first = next((k for k, line in enumerate(lines) if k and ITEM_NUMBERED.match(line)), None)
    return lines[:first]


def _block_lines(block: Block) -> list[str]:
    """A block as lines; a table row "Date: | 5 June" reads as "Date: 5 June"."""
    if block.rows:
        return [" ".join(c for c in row if c.strip()) for row in block.rows]
    if block.kind == "list_item" and block.marker and block.marker[0].isalnum():
        return [f"{block.marker} {block.text}"]  # "2. Minutes of ..." is an item, not a title
    return [block.text]


def _body_of(header: Header, lines: list[str]) -> str | None:
    f = header.fields
    for label in ("to", "report to", "title", "meeting"):
        body = clean_body(f.get(label, ""))
        if body:
            return body
    for line in lines[:8]:
        m = REPORT_TO.search(line) or BODY_IN_SENTENCE.search(line)
        if m and clean_body(m.group("body")):
            return clean_body(m.group("body"))
    for line in lines[:8]:
        body = body_line(line) if len(line.split()) <= 15 else None
        if body:
            return body
    # a long masthead that opens with the body: "X Board – 28 January 2025 Item 5: ..."
    return next((body for line in lines[:8] if (body := masthead_body(line))), None)


def _title_of(header: Header, lines: list[str]) -> str | None:
    f = header.fields
    for label in ("subject", "title"):
        value = f.get(label)
        if value and clean_body(value) != value:
            return value[:300]
    lines = [ln for ln in lines if not MARKING.match(ln)]
    cue = next((ln for k, ln in enumerate(lines[:20]) if start_kind(ln) not in (None, "report")
                and (k < 6 or len(ln.split()) <= 12)), None)
    kind = start_kind(cue) if cue else None
    if cue and kind in ("minutes", "notes") and len(cue.split()) > 3:
        return _short_title(cue)  # "Minutes of the X Panel held on ..." names the paper
    if cue and kind in ("agenda", "minutes", "notes"):  # "AGENDA", "Meeting Notes"
        named = f" – {header.body}" if header.body else ""
        label = _short_title(cue).capitalize() if len(cue.split()) <= 4 else kind.capitalize()
        return label + named
    for line in lines[:5]:
        if start_kind(line) == "report" or FIELD.match(line) or is_masthead(line):
            continue  # "Report of the Commissioner", "Agenda Item 4", a letterhead
        if len(line.split()) <= 20:
            return _short_title(line)
    return _short_title(cue or lines[0]) if lines else None


def is_masthead(line: str) -> bool:
    """A line that only names a body or office, perhaps with a date: "X Panel – 2 June 2025"."""
    from scrutiny.parse.dates import find_dates

    body = body_line(line) if len(line.split()) <= 15 else None
    rest = line
    if body:
        rest = re.sub(re.escape(body), " ", rest, flags=_I)
    for found in reversed(find_dates(rest)):
        rest = rest[: found.start] + " " + rest[found.end :]
    words = re.findall(r"[A-Za-z]{2,}", rest)
    office = re.search(r"\b(?:commissioner|council|constabulary|police|office)\W*$", line, _I)
    proper = all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in line.split())
    return (body is not None and len(words) <= 1) or (office is not None and proper and
                                                     len(line.split()) <= 8)


def _short_title(line: str) -> str:
    return re.split(r"\s+held\b", line.lstrip("#").strip())[0][:300].rstrip(" :")
