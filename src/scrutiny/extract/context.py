"""What every record extractor reads first: a block's words and the meeting it is in.

Text helpers (:func:`clean`, :func:`body`, :func:`sentences`, :func:`looks_like_title`)
strip the marks converted papers keep; :func:`meeting_context` gives the meeting date in
force at each block of a paper. Shared by the questions and actions extractors.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import find_dates

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


_TAG = re.compile(r"</?(?:sup|sub|b|i|em|strong|u|span)[^>]*>", re.IGNORECASE)


_EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,2}|_{1,2})(?=\S)|(?<=\S)(\*{1,2}|_{1,2})(?![\w*_])")


_SPACE = re.compile(r"\s+")


_LEAD_BULLET = re.compile(r"^(?:[○o•▪◦●■\-–*]\s+)+")


_LEAD_LABEL = re.compile(
    r"^(?:\(?[a-z]\)|[a-z][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\)|\d{1,2}[.)])\s+"
)


@lru_cache(maxsize=16384)
def clean(text: str) -> str:
    """Text without Markdown emphasis, links and inline tags, on one line.

    Converted papers keep ``**bold**`` and ``*italic*`` marks inside a block when they do
    not wrap the whole block; records should hold the words only. Cached: every finder
    cleans the same blocks.
    """
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _TAG.sub("", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=16384)
def body(text: str) -> str:
    """Cleaned text without a leading bullet or a sub-paragraph label ("a.", "ii)")."""
    text = _LEAD_BULLET.sub("", clean(text))
    return _LEAD_LABEL.sub("", text, count=1).strip()


_SENTENCE_END = re.compile(r"[.?!][\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])")


_ABBREVIATION = re.compile(r"(?:^|\W)(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|No|St|Cllr|approx|para|vs?)$")


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) spans of the sentences of ``text``; "Mr." or "e.g." end none."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(0, m.start() - 8), m.start()):
            continue
        end = m.end() - len(m.group(0)) + len(m.group(0).rstrip())
        spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple((s, e) for s, e in spans if text[s:e].strip())


_MINUTES_OF = re.compile(
    r"^(?:minutes|notes|record|summary|action notes)\s+of\s+(?:a|an|the)\b.*?\b"
    r"(?:held|took\s+place|on)\b"
    r"|^(?:(?:a|the)\s+)?meeting\b.{0,160}?\b(?:held|took\s+place)\b",
    re.IGNORECASE,
)


_NOTICE = re.compile(r"\bmeeting\s+of\b.*?\bwill\s+be\s+held\b", re.IGNORECASE)


_DATE_LABEL = re.compile(
    r"^(?:(?:date|meeting\s+date|meeting)(?:\s*(?:&|and)\s*time)?"
    r"(?:\s+of\s+(?:the\s+)?meeting)?|held\s+on)\s*[:\-–]\s*",
    re.IGNORECASE,
)


_TITLE_MEETING = re.compile(
    r"\b(?:meeting|board|panel|committee|discussed|questions|minutes|notes)\b", re.IGNORECASE
)


_NEXT_MEETING = re.compile(
    r"\b(?:next|future)\s+(?:\w+\s+){0,6}?(?:meeting|board|panel|committee)\b", re.IGNORECASE
)


_NUMBERED = re.compile(r"^\(?[A-Z]?\d{1,3}(?:[./]\d{1,3})*[.)]?\s")


@dataclass
class MeetingContext:
    """What a paper says about its meetings: the date in force at each block, and the
    dates of meetings it announces as coming next (used for "before the December meeting").
    """

    dates: list[str | None]
    next_meetings: list[str] = field(default_factory=list)

    def at(self, index: int) -> str | None:
        """Meeting date in force at block ``index`` of the paper."""
        return self.dates[index] if 0 <= index < len(self.dates) else None


# Questions and actions both need a paper's context; the cache holds the document itself
# so an id() reused by a later document can never return a stale context.
_CONTEXT_CACHE: dict[tuple[int, int, int, str | None], tuple[object, MeetingContext]] = {}


def meeting_context(paper: Paper) -> MeetingContext:
    """The meeting date in force at each block of ``paper`` (cached per paper).

    ``paper.date`` is the starting value; a declaration inside the paper ("MINUTES of a
    meeting ... held on ...", "Date & time: ...", a title naming a meeting and a date)
    takes over from its block onwards, so an unsplit agenda pack still dates the minutes
    and board notes it carries by their own meetings.
    """
    key = (id(paper.document), paper.first, paper.last, paper.date)
    cached = _CONTEXT_CACHE.get(key)
    if cached is not None and cached[0] is paper.document:
        return cached[1]
    blocks = paper.blocks
    year = _LazyYear(paper)
    current = paper.date
    dates: list[str | None] = []
    upcoming: list[str] = []
    for index, block in enumerate(blocks):
        declared = _declared_date(block, index, year)
        if declared:
            current = declared
        nxt = _next_meeting_date(block, current)
        if nxt:
            upcoming.append(nxt)
        dates.append(current)
    context = MeetingContext(dates, upcoming)
    if any(doc is not paper.document for doc, _ in _CONTEXT_CACHE.values()):
        _CONTEXT_CACHE.clear()  # one document at a time: its papers stay until the next
    _CONTEXT_CACHE[key] = (paper.document, context)
    return context


class _LazyYear:
    """The year the paper's own dates mention most, for dates printed without a year.

    Worked out only when a declaration lacks its year ("Discussed on 26 September"):
    scanning a long paper for dates is the costliest step here.
    """

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.done = False
        self.value: int | None = None

    def __call__(self) -> int | None:
        if not self.done:
            self.done = True
            years: Counter[int] = Counter()
            for match in find_dates(self.paper.text[:50_000]):
                if match.iso and match.iso[:4].isdigit():
                    years[int(match.iso[:4])] += 1
            if years:
                best = max(years.values())
                self.value = max(y for y, n in years.items() if n == best)
        return self.value


def _day_date(text: str, year: Callable[[], int | None] | None = None,
              reference: str | None = None) -> str | None:
    """The first day-precision date in ``text``; a year-less one takes ``year()``."""
    matches = find_dates(text, reference=reference)
    for match in matches:
        if match.iso and len(match.iso) == 10:
            return match.iso
    if year is None or not any(m.iso is None for m in matches):
        return None
    for match in find_dates(text, default_year=year()):
        if match.iso and len(match.iso) == 10:
            return match.iso
    return None


def _declared_date(block: Block, index: int, year: Callable[[], int | None]) -> str | None:
    if block.kind == "table" or len(block.text) > 600:
        return None
    if block.kind == "list_item" and block.marker and block.marker[0].isdigit():
        return None
    text = clean(block.text)
    low = text.lower()  # the searches below cannot match without these words
    if _NUMBERED.match(text) or (_may_name_next(low[:80]) and _NEXT_MEETING.search(text[:80])):
        return None
    m = _MINUTES_OF.match(text) or (
        _NOTICE.search(text) if "meeting" in low and "will" in low else None)
    if m:
        return _day_date(text[m.start():], year)
    label = _DATE_LABEL.match(text)
    if label:
        return _day_date(text[label.end():], year)
    if block.kind == "heading" and index < 3 and _TITLE_MEETING.search(text):
        return _day_date(text, year)
    return None


def _next_meeting_date(block: Block, current: str | None) -> str | None:
    """The date of a meeting the block announces as next ("Date of next meeting: ...")."""
    if block.kind == "table" or len(block.text) > 400:
        return None
    text = clean(block.text)
    m = _NEXT_MEETING.search(text) if _may_name_next(text.lower()) else None
    if not m or not re.search(r"\bdate\b|\bwill\b|\bheld\b|:", text, re.IGNORECASE):
        return None
    return _day_date(text[m.start():], reference=current)


def _may_name_next(low: str) -> bool:
    """Whether lower-cased text holds a word _NEXT_MEETING needs ("next", "future"): a
    substring test that spares most blocks the search."""
    return "next" in low or "future" in low


def looks_like_title(block: Block) -> bool:
    """A heading, or a short unpunctuated line such as an agenda item's title."""
    if block.kind == "heading":
        return True
    if block.kind == "table":
        return False
    text = body(block.text)
    if not text or len(text) > 110 or text.endswith((".", "?", ":", ";", ",", ")")):
        return False
    words = text.split()
    if len(words) > 14 or not text[0].isupper():
        return False
    capitals = sum(1 for w in words if w[0].isupper() or not w[0].isalpha())
    return capitals >= max(1, len(words) // 2)
