"""A finding's label: value fields as cards print them ("Position: In progress (Amber)",
"Original deadline: 30 June 2024", "Revised deadline: not yet known", "Completed: May
2024"), the entry they fill while a card is read, and how a date line moves the dates.

The date in force is the revised one where printed (the original is kept beside it for
slippage); a revision "not yet known" / "TBC" leaves it unknown; an original date with no
revision is simply the date in force.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny.parse.dates import parse_date

DATE_LINE = re.compile(
    r"^\W*(?P<label>(?:anticipated|expected|projected|estimated|forecast|target)\s+completion"
    r"(?:\s+date)?|timescales?|completion\s+by|by\s+when|(?:anticipated|expected|projected|"
    r"estimated|forecast)\s+completion"
    r"(?:\s+date)?|(?:revised|new|amended)(?:\s+(?:target|completion|due)(?:\s+date)?|\s+date|"
    # a bare "Revised" is a label only before a separator or a date ("Revised policy
    # published on 12 May" is progress text)
    r"(?=\s*[:\-–—]|\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]\b|"
    r"tb[cad]\b|spring|summer|autumn|winter|end\b)))|"
    r"(?:original\s+)?target(?:\s+(?:completion\s+)?date)?|"
    r"(?:original|initial|agreed|revised|new|amended)\s+deadline|"
    r"completed(?:\s+(?:on|in|by))?(?=\s*[:\-–—])|"
    r"(?:completion|due)\s+date|due\s+by|deadline|completion(?=\s*[:\-–—])|"
    r"(?:due|timeframe|delivery\s+date|date)(?=\s*[:\-–—]))\s*[:\-–—]?\s*"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
FIELD_LABEL = re.compile(
    r"^\W*(?:(?:current\s+)?status|rag(?:\s+status|\s+rating)?|progress\s+status|"
    r"(?:current\s+)?position|completion|"
    r"(?:original\s+|revised\s+|new\s+)?target(?:\s+(?:completion\s+)?date)?|"
    r"(?:original|initial|agreed|revised|new|amended)\s+deadline|completed|"
    r"(?:anticipated|expected|revised|forecast)\s+(?:completion\s+)?(?:date)?|"
    r"completion\s+date|due\s+date|deadline|timescales?)\s*:?\s*$", re.IGNORECASE)
STATUS_LINE = re.compile(r"^\W*(?:current\s+|overall\s+)?(?:status|progress\s+status|"
                         r"b?rag(?:\s+status|\s+rating)?|position)"
                         # the value ends at a full stop, or after a bracketed colour
                         # when a reader ran the next sentence into it
                         r"\s*[:\-–—]\s*(?P<value>[^.;()]{2,40}?\s*\((?:red|amber|green|blue)\)"
                         r"|[^.;]{2,40}?(?=\s*(?:[.;]|$))"
                         # "Closed – evidence accepted by HMICFRS in March 2024",
                         # "Complete (closed by HMICFRS in January 2026)"
                         r"|[a-z]+(?:\s+[a-z]+)?(?=\s+[-–—]\s|\s*\()).*$",
                         re.IGNORECASE)
# A field label a reader ran into the text before it ("... within six months. Position: In
# progress (Amber) Original deadline: 30 June 2024"): a capitalised label and a colon, so
# a sentence that merely mentions a position or a target is not cut.
FIELD_CUT = re.compile(
    r"\b(?=[A-Z])(?i:(?:current\s+|overall\s+)?(?:status|position)|b?rag(?:\s+status|\s+rating)?|"
    r"(?:original|initial|agreed|revised|new|amended|anticipated|expected|projected|estimated|"
    r"forecast|target)\s+(?:(?:completion|target|due)\s+)?(?:date|deadline|completion|target)|"
    r"target|deadline|completed|completion(?:\s+date)?|due(?:\s+date)?|timescales?|timeframe|"
    r"date)"
    r"\s*:")
LINE_CUT = re.compile(
    r"(?=\b(?:Anticipated|Expected|Revised|Target)\s+(?:completion|date|target)\b|"
    rf"\bRevised\b|{FIELD_CUT.pattern})")
ORIGINALLY = re.compile(r"\(\s*(?:originally|previously|was|original(?:\s+(?:target|date|"
                        r"deadline))?)\s*:?\s*(?P<date>[^)]{3,30})\)", re.IGNORECASE)
REVISED_INLINE = re.compile(r"\b(?:revised|new)\s*(?:target|date)?\s*[:\-–—]\s*(?P<rest>.+)$", re.I)
NOT_KNOWN = re.compile(r"\b(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|decided|determined|set)|"
                       r"(?:not\s+(?:yet\s+)?|un)known|not\s+yet\s+(?:set|agreed|confirmed))\b",
                       re.IGNORECASE)
NO_REVISION = re.compile(r"^\W*(?:[-–—]+|n/?a|none|no\s+change|nil)?\W*$", re.IGNORECASE)


@dataclass
class Entry:
    """What a card has said so far about one finding, while its units are read."""

    number: str | None
    text: str
    start: int
    end: int
    inspection: str | None
    kind: str | None
    rag: str | None = None
    completed: bool = False
    ongoing: bool = False
    anticipated: str | None = None
    original: str | None = None
    status_word: str | None = None
    closed: bool = False
    progress_seen: bool = False
    implicit: bool = False  # no statement printed; kept only if progress content follows
    labelled: bool = False  # "AFI 3:" / "Recommendation 2": a finding even with no progress
    extended: bool = False  # a short labelled title took the sentence under it
    bulleted: bool = False  # one of a list of findings under a findings heading
    content: bool = False
    slot: int = 0  # date cells read so far of a flattened register row
    unknown: bool = False  # a revised date of "TBC": the date in force is not known


def apply_date_line(entry: Entry, line: str) -> None:
    """Fill ``entry``'s dates from one "<label>: <date>" line; other lines change nothing."""
    match = DATE_LINE.match(line)
    if not match:
        return
    label = match.group("label").lower()
    rest = match.group("rest")
    earlier = ORIGINALLY.search(rest)  # "June 2025 (originally March 2025)"
    if earlier:
        rest = rest[:earlier.start()] + rest[earlier.end():]
        entry.original = entry.original or parse_date(earlier.group("date"))
    revised = REVISED_INLINE.search(rest)
    iso = parse_date(rest[: revised.start()] if revised else rest)
    entry.progress_seen = True
    if revised:
        entry.original = entry.original or iso
        entry.anticipated = parse_date(revised.group("rest")) or iso
    elif re.match(r"(?:revised|new|amended)", label):
        entry.original = entry.original or entry.anticipated
        entry.anticipated = iso or entry.anticipated
        # "Revised deadline: not yet known": the date in force is unknown.
        entry.unknown = iso is None and bool(NOT_KNOWN.search(rest))
    elif re.match(r"original|initial|agreed", label) or (
            label.startswith("target") and entry.anticipated):
        entry.original = iso
    else:
        entry.anticipated = entry.anticipated or iso
    entry.closed = entry.closed or bool(re.match(r"anticipated|expected|projected", label))
