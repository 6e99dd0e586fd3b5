"""Questions put in public and the answers they got.

Papers record questions in a handful of house styles, and each finder below reads one:

* **tables** - ``No. | Question from | Question | Answer`` (any order or naming; asker
  and council in one cell are split); "Answer to follow" is unanswered (answer ``None``);
* **written questions with a trailer** - the question, then ``(Cllr X, Y Council)``, then
  the answer paragraphs up to the next question;
* **headed questions** - ``Question 1 - from Councillor X (Y Council)``, the text, then an
  ``Answer:``/``Response (Chief Constable):`` label or heading, or a reply in reported
  speech; a "Supplementary question" is asked by the member above it;
* **set-apart questions** - a bold line ending "?", any line followed by a
  ``Force response:`` label, or in a paper of questions a plain numbered "...?" line;
  the answer runs to the next question, heading or short title;
* **bare labels, inline pairs and transcripts** - ``Q:``/``A:``, "How ...? Response: ...",
  "PFCC: ...?" answered by "ACC Grey: ...";
* **debate in minutes and board notes** - "A Member asked ... The Commissioner said ...",
  "Noting X, the PCC asked if ...? The CC advised ...", "In reply to a question about X,
  the Commissioner said ...", "It was explained that ..." (unnamed respondent).

Each question is paired with its whole answer: every answer paragraph up to the next
question, heading or decision. Finders run in that order and a block one finder used is
not read again by the next, so a written question is never also read as debate. Written
and tabled questions take the asker and respondent a section heading names ("Questions
asked by the PCC", "Written questions to the Commissioner") when they name none.

The meeting date comes from :func:`meeting_context`, shared with the actions extractor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from scrutiny.extract.base import register, source_for
from scrutiny.extract.parse.dates import find_dates
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.records import Question

# ------------------------------------------------------------------ text helpers

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


# ------------------------------------------------------------------ meeting dates

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
    if _NUMBERED.match(text) or _NEXT_MEETING.search(text[:80]):
        return None
    m = _MINUTES_OF.match(text) or _NOTICE.search(text)
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
    m = _NEXT_MEETING.search(text)
    if not m or not re.search(r"\bdate\b|\bwill\b|\bheld\b|:", text, re.IGNORECASE):
        return None
    return _day_date(text[m.start():], reference=current)


# ------------------------------------------------------------------ who said what

_HONORIFIC = r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof(?:essor)?|Rev)\.?"
_CAP = r"[A-Z][\w'’&.-]*"
_SUBJECT = (
    rf"(?:[Tt]he\s+)?{_CAP}(?:\s+(?:{_CAP}|of|for|and|&|the)){{0,5}}?"
    r"(?:\s*\([^()]{1,80}\))?"
)
_SPEECH_VERBS = (
    r"said|says|advised|stated|explained|replied|responded|answered|confirmed|reported|"
    r"noted|added|commented|acknowledged|indicated|highlighted|talked|clarified|assured|"
    r"informed|outlined|emphasi[sz]ed|stressed|accepted|agreed|undertook|reassured|"
    r"recogni[sz]ed|believed|thought|felt|considered|told|described|offered|explained"
)
_SPEECH = re.compile(
    rf"(?:(?<=^)|(?<=,\s)|(?<=;\s)|(?<=\.\s)|(?<=\?\s)|(?<=:\s))(?P<who>{_SUBJECT}|[Hh]e|[Ss]he|"
    rf"[Tt]hey)\s+(?:also\s+|further\s+|then\s+|subsequently\s+|clearly\s+)?"
    rf"(?P<verb>{_SPEECH_VERBS})\b"
)
_ASK_VERBS = (
    r"asked|queried|enquired|inquired|questioned|wondered|probed|pressed|challenged|"
    r"sought\s+(?:clarity|clarification|assurances?|reassurances?|an?\s+update|confirmation|"
    r"information|further\s+information|details|views)|"
    r"requested\s+(?:an?\s+update|information|details|clarification|confirmation|"
    r"further\s+information|figures|data)|"
    r"wanted\s+to\s+know|wished\s+to\s+know|asked\s+a\s+supplementary\s+question|"
    r"raised\s+(?:a\s+)?(?:question|query|queries|concerns?)|expressed\s+concerns?"
)
_ASKER = (
    r"(?:(?:[Aa]n?|[Tt]he|One|Another)\s+(?:[\w'’-]+\s+){0,3}?(?:[Mm]embers?|[Cc]hair(?:man|"
    r"woman|person)?|[Vv]ice[- ][Cc]hair\w*|[Cc]ouncillors?)(?:\s+of\s+the\s+\w+)?"
    rf"|{_HONORIFIC}\s+(?:{_CAP}\s+){{0,3}}{_CAP}(?:\s*\([^()]{{1,80}}\))?"
    rf"|(?:[Tt]he\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}|[Hh]e|[Ss]he|[Tt]hey|Members)"
)
_ASK = re.compile(
    rf"(?:(?<=^)|(?<=,\s)|(?<=;\s)|(?<=\s))(?P<who>{_ASKER})\s+(?:also\s+|further\s+|then\s+|"
    rf"subsequently\s+|had\s+|specifically\s+)?(?P<verb>{_ASK_VERBS})\b(?!\s+to\s+(?:note|"
    r"consider|agree|approve|endorse|comment|review|receive|support|scrutinise))"
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:also\s+)?$", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|they|it|this)$", re.IGNORECASE)
_NOT_PERSON = re.compile(
    r"^(?:the\s+)?(?:paper|report|table|data|figures?|model|plan|review|survey|update|"
    r"following|meeting|notes|minutes|item|this|it|there|which|that|who|what|it)\b",
    re.IGNORECASE,
)


def who(text: str | None) -> str | None:
    """A person or role as written, without a leading "the" or a trailing "(role)"."""
    if not text:
        return None
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip())
    text = re.sub(r"^[Tt]he\s+", "", text).strip(" ,.;:")
    return text or None


def speaker(text: str, *, limit: int = 240) -> tuple[str | None, int]:
    """Who speaks in the opening of ``text`` (subject of a speech verb) and where.

    Returns (name or None, offset of the subject). Pronouns are returned as written so the
    caller can decide what they refer to.
    """
    for m in _SPEECH.finditer(text[:limit]):
        name = m.group("who")
        if _NOT_PERSON.match(name):
            continue
        return who(name), m.start()
    return None, -1


# ------------------------------------------------------------------ block helpers

_RESOLUTION = re.compile(
    r"^(?:\(?\s*)?(?:(?:UNANIMOUSLY\s+)?RESOLVED|AGREED|DECISION|DECIDED|RECOMMENDATIONS?|"
    r"NOTED)\b"
    r"|^(?i:(?:unanimously\s+)?resolved|agreed|decision|decided|recommendations?|outcome)"
    r"\s*(?:[:–—-]|\bthat\b)",
)
_ANSWER_LABEL = re.compile(
    r"^(?P<who>(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?)?(?:response|answer|reply|responses)"
    r"(?:\s+(?:from|by)\s+(?P<from>[^:]{2,60})|\s*\((?P<paren>[^()]{2,60})\))?"
    r"\s*(?:[:\-–]\s*|$)",
    re.IGNORECASE,
)
_QUESTION_LABEL = re.compile(
    r"^(?:supplementary\s+)?(?:question|q)\s*(?:no\.?\s*)?(?P<num>\d{1,3}[a-z]?)?\s*"
    r"(?:[:.)\-–—]\s*|\s+(?=from\b|by\b|asked\b)|$)",
    re.IGNORECASE,
)


def is_heading(block: Block) -> bool:
    return block.kind == "heading"


def is_resolution(text: str) -> bool:
    return bool(_RESOLUTION.match(clean(text)))


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


def answer_label(text: str) -> tuple[str | None, str] | None:
    """(respondent, rest) when ``text`` opens with "Force response:", "Answer:" ..."""
    cleaned = clean(text)
    m = _ANSWER_LABEL.match(cleaned)
    if not m:
        short = re.match(r"^A\s*:\s+", cleaned)  # "Q: ... A: ..." papers
        return (None, cleaned[short.end():].strip()) if short else None
    by = m.group("from") or m.group("paren") or m.group("who") or ""
    by = re.sub(r"(?:'s|’s|s')\s*$", "", by.strip())
    return who(by) if by.strip() else None, cleaned[m.end():].strip()


def _is_sub_item(block: Block, parent: Block) -> bool:
    """A lettered or deeper item under ``parent`` ("a. The Commissioner said ...")."""
    if block.kind != "list_item":
        return False
    if re.match(r"^\(?[a-z]\)|^[a-z][.)]\s|^\(?(?:i{1,3}|iv|v|vi{1,3})\)\s", block.text):
        return True
    if block.marker and re.match(r"^\(?[a-z]{1,3}[.)]", block.marker):
        return True
    return (block.level or 0) > (parent.level or 0)


def _is_continuation(block: Block, previous: Block) -> bool:
    """A paragraph cut by a page or column break: it starts in lower case."""
    return (
        block.kind == "paragraph"
        and previous.kind != "table"
        and bool(re.match(r"^[a-z]", clean(block.text)))
        and not clean(previous.text).endswith((".", "?", "!", ":"))
    )


@dataclass
class _Found:
    """A question found by one finder: the record's fields and the blocks it used."""

    question: str
    answer: str | None
    asker: str | None
    affiliation: str | None
    respondent: str | None
    blocks: list[int]
    start: int
    end: int


def _join(blocks: Iterable[Block]) -> str:
    """The blocks' texts as one line, without bullets or sub-paragraph labels."""
    parts = [body(b.text) for b in blocks]
    return " ".join(p for p in parts if p).strip()


# ------------------------------------------------------------------ tables

_COLUMN_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("asker", re.compile(r"question(?:er|s)?\s+(?:from|by)|asked\s+by|submitted\s+by|"
                         r"^(?:from|name|member|councillor|questioner|asker|raised\s+by)\b",
                         re.IGNORECASE)),
    ("affiliation", re.compile(r"council|authority|representing|organisation|"
                               r"organization|group|party", re.IGNORECASE)),
    ("answer", re.compile(r"answer|response|reply|responses", re.IGNORECASE)),
    ("question", re.compile(r"question|query|issue\s+raised", re.IGNORECASE)),
    ("number", re.compile(r"^(?:no\.?|number|#|ref\.?|q\.?|item)$", re.IGNORECASE)),
]
_NO_ANSWER = re.compile(
    r"^\W*(?:answer|response|reply)?\s*(?:to\s+follow|tbc|to\s+be\s+confirmed|awaited|"
    r"awaiting\s+(?:response|answer)|pending|n/?a|none|-+)\W*$",
    re.IGNORECASE,
)


def _table_columns(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = clean(cell)
        for role, pattern in _COLUMN_ROLES:
            if role not in roles and pattern.search(text):
                roles[role] = index
                break
    return roles


def _respondent_from_header(cell: str) -> str | None:
    text = clean(cell)
    m = re.match(r"^(?:the\s+)?(.+?)(?:'s|’s|s')?\s+(?:response|answer|reply)", text, re.I)
    return who(m.group(1)) if m else None


def find_table_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Questions in tables whose header names a question and an answer column."""
    found: list[_Found] = []
    blocks = paper.blocks
    columns: dict[str, int] | None = None
    respondent: str | None = None
    width = 0
    for index, block in enumerate(blocks):
        if block.kind != "table" or not block.rows:
            if block.kind != "table" and not looks_like_title(block):
                columns = None if block.kind == "heading" else columns
            continue
        rows = block.rows
        sideways = _sideways_question(rows)
        if sideways:
            sideways.blocks, sideways.start, sideways.end = [index], block.start, block.end
            found.append(sideways)
            used.add(index)
            continue
        header = _table_columns(rows[0])
        if "question" in header and ("answer" in header or "asker" in header):
            columns, width = header, len(rows[0])
            respondent = _respondent_from_header(rows[0][header["answer"]]) \
                if "answer" in header else None
            rows = rows[1:]
        elif columns is None or len(rows[0]) != width:
            continue
        for row in rows:
            item = _table_row(row, columns, respondent)
            if item:
                item.blocks, item.start, item.end = [index], block.start, block.end
                found.append(item)
        used.add(index)
    return found


def _sideways_question(rows: list[list[str]]) -> _Found | None:
    """One question laid out down a two-column table: "Question | ...", "Asked by | ...",
    "Response | ..." (labels in the first column)."""
    if not rows or any(len(r) != 2 for r in rows) or len(rows) > 8:
        return None
    row_of: dict[str, list[str]] = {}
    for row in rows:
        role = next((r for r, _ in _table_columns([row[0]]).items()), None)
        if role and role not in row_of and len(clean(row[0])) <= 40:
            row_of[role] = row
    if "question" not in row_of or not ({"answer", "asker"} & set(row_of)):
        return None
    flat = [row_of[role][1] if role in row_of else "" for role in _SIDEWAYS_ORDER]
    columns = {role: i for i, role in enumerate(_SIDEWAYS_ORDER) if role in row_of}
    respondent = _respondent_from_header(row_of["answer"][0]) if "answer" in row_of else None
    return _table_row(flat, columns, respondent)


_SIDEWAYS_ORDER = ("asker", "affiliation", "answer", "question", "number")


def _table_row(row: list[str], columns: dict[str, int], respondent: str | None) -> _Found | None:
    def cell(role: str) -> str:
        i = columns.get(role)
        return clean(row[i]) if i is not None and i < len(row) else ""

    question = cell("question")
    if len(question) < 8:
        return None
    answer = cell("answer") or None
    if answer and _NO_ANSWER.match(answer):
        answer = None
    asker, affiliation = cell("asker") or None, cell("affiliation") or None
    if asker and not affiliation:
        i = columns["asker"]
        lines = [clean(line) for line in row[i].splitlines() if line.strip()]
        if len(lines) == 2:  # name on one line of the cell, council on the next
            asker, affiliation = lines
        else:
            asker, affiliation = _split_affiliation(asker)
    labelled = answer_label(answer) if answer else None
    if labelled:
        respondent, answer = labelled[0] or respondent, labelled[1] or None
    if answer and respondent is None:
        name, _ = speaker(answer, limit=120)
        respondent = None if name and _PRONOUN.match(name) else name
    return _Found(strip_question_label(question), answer, asker, affiliation, respondent,
                  [], 0, 0)


_COUNCIL = re.compile(
    r"^(?:[A-Z][\w'’&-]*\s+(?:(?:and|&)\s+)?){1,4}(?:(?:Borough|District|County|City|Town|"
    r"Parish|Metropolitan)\s+)?Council$"
)
_NAME_FORMS = (
    rf"(?:{_HONORIFIC}\s+)+(?:[A-Z]\.?\s+)+[A-Z][\w'’-]+",  # Cllr A B Smith
    rf"(?:{_HONORIFIC}\s+)+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+",  # Cllr Jane Smith
    rf"(?:{_HONORIFIC}\s+)+[A-Z][\w'’-]+",  # Cllr Smith
)


def _split_affiliation(text: str) -> tuple[str | None, str | None]:
    """"Cllr X (Y Council)", "Cllr X, Y Council", "Cllr X - Y Council" or "Cllr X Y
    Council" (a cell's line break lost) -> (name, affiliation)."""
    m = (
        re.match(r"^(.+?)\s*\(([^()]+)\)\s*$", text)
        or re.match(r"^(.+?),\s*(.+)$", text)
        or re.match(r"^(.+?)\s+[–—-]\s+(.+)$", text)
    )
    if m and not re.match(r"^(?:OBE|MBE|CBE|JP|DL|KC|QC)\b", m.group(2)):
        return m.group(1).strip(), m.group(2).strip()
    if text.endswith("Council"):
        for form in _NAME_FORMS:  # initials first, then forename and surname, then surname
            name = re.match(form, text)
            rest = text[name.end():].strip() if name else ""
            if name and _COUNCIL.match(rest):
                return name.group(0), rest
    return text.strip() or None, None


# ------------------------------------------------------------------ written questions

_TRAILER = re.compile(
    rf"^[(\[]\s*(?i:(?:question\s+)?(?:asked\s+|submitted\s+)?(?:from|by)\s+)?"
    rf"(?P<who>{_HONORIFIC}\s+[^,()\[\]]{{2,60}}?)\s*(?:[,–—-]\s*(?P<aff>[^()\[\]]{{3,90}}?))?"
    r"\s*[)\]]\.?$"
    # or a dash and a name with its council, nothing else: "— Cllr Ann Lee, Lee Town Council"
    rf"|^[–—-]\s*(?P<who2>{_HONORIFIC}\s+(?:[A-Z][\w'’.-]*\s*){{1,4}}),\s*"
    r"(?P<aff2>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|and|of|&))*)\.?$",
)
_HEADER = re.compile(
    rf"^(?:(?:supplementary\s+)?question|q)\s*(?:no\.?\s*)?(?P<num>\d{{1,3}}[a-z]?)?\s*"
    rf"[:.)\-–—]?\s*(?P<open>\()?\s*(?:(?:asked\s+|submitted\s+)?(?:from|by)\s*:?\s*)?"
    rf"(?P<who>{_HONORIFIC}\s+[^,()\[\]:]{{2,60}}?)\s*"
    r"(?:\((?P<aff1>[^()]{3,90})\)|[,–—-]\s*(?P<aff2>[^():]{3,90}?))?\s*(?(open)\))"
    r"\s*(?:[:.\-–—]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)


def _marker_number(block: Block) -> int | None:
    marker = block.marker or ""
    m = re.match(r"^\(?(\d{1,3})[.)]?$", marker)
    if m:
        return int(m.group(1))
    m = re.match(r"^\(?(\d{1,3})[.)]\s", block.text)
    return int(m.group(1)) if m else None


def _answer_like(block: Block, *, pronouns: bool = False) -> bool:
    """Does the block open a reply: an answer label or someone's reported speech?

    With ``pronouns``, "He added that ..." counts too: it carries on an answer, and a
    question never opens that way.
    """
    text = _REPLY_LEAD.sub("", body(block.text), count=1)
    if answer_label(text):
        return True
    name, offset = speaker(text, limit=80)
    return name is not None and offset == 0 and (pronouns or not _PRONOUN.match(name))


_REPLY_LEAD = re.compile(
    r"^(?:In\s+(?:response|reply|answer)(?:\s+to\s+(?:this|that|the\s+question))?|"
    r"Responding|Replying|In\s+turn),\s+"
)


def _is_boundary(block: Block) -> bool:
    return is_heading(block) or is_resolution(block.text) or block.kind == "table"


def find_written_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Questions followed by an "(Cllr X, Y Council)" trailer, then their answers."""
    blocks = paper.blocks
    trailers = [
        i for i, b in enumerate(blocks)
        if i not in used and b.kind != "table" and _TRAILER.match(clean(b.text))
    ]
    found: list[_Found] = []
    starts = [_question_start(blocks, t, trailers[k - 1] if k else -1, used)
              for k, t in enumerate(trailers)]
    for k, t in enumerate(trailers):
        m = _TRAILER.match(clean(blocks[t].text))
        assert m is not None
        asker, affiliation = m.group("who") or m.group("who2"), m.group("aff") or m.group("aff2")
        q_first = starts[k]
        stop = starts[k + 1] if k + 1 < len(trailers) else len(blocks)
        answer_blocks = _answer_run(blocks, t + 1, stop)
        q_blocks = list(range(q_first, t))
        if not q_blocks:
            continue
        found.append(_written(paper, q_blocks, t, answer_blocks, asker, affiliation))
    for item in found:
        used.update(item.blocks)
    return found


def _question_start(blocks: list[Block], trailer: int, previous: int, used: set[int]) -> int:
    """First block of the question that ends just before ``trailer``."""
    index = trailer - 1
    first = trailer
    while index > previous and index not in used:
        block = blocks[index]
        if _is_boundary(block) or (looks_like_title(block) and index != trailer - 1):
            break
        if _answer_like(block, pronouns=True) and index != trailer - 1:
            break
        first = index
        if _marker_number(block) is not None:
            break
        index -= 1
    return first


def _answer_run(blocks: list[Block], first: int, stop: int) -> list[int]:
    """Blocks of an answer from ``first`` up to ``stop``, a heading or a decision."""
    run: list[int] = []
    for index in range(first, stop):
        block = blocks[index]
        if index == first and answer_label(block.text):
            run.append(index)  # a "Response" heading opens the answer
            continue
        if _is_boundary(block) or (looks_like_title(block) and not _answer_like(block)):
            break
        run.append(index)
    return run


def _written(
    paper: Paper, q_blocks: list[int], trailer: int, a_blocks: list[int],
    asker: str | None, affiliation: str | None,
) -> _Found:
    blocks = paper.blocks
    answer, respondent = _answer_text([blocks[i] for i in a_blocks])
    last = a_blocks[-1] if a_blocks else trailer
    if asker and not affiliation:
        asker, affiliation = _split_affiliation(clean(asker))
    return _Found(
        question=_join(blocks[i] for i in q_blocks),
        answer=answer,
        asker=clean(asker) if asker else None,
        affiliation=clean(affiliation).rstrip(".") if affiliation else None,
        respondent=respondent,
        blocks=[*q_blocks, trailer, *a_blocks],
        start=blocks[q_blocks[0]].start,
        end=blocks[last].end,
    )


def _answer_text(blocks: list[Block]) -> tuple[str | None, str | None]:
    """(answer, respondent) of answer blocks; a leading "X response:" label is removed."""
    if not blocks:
        return None, None
    respondent = None
    parts: list[str] = []
    for n, block in enumerate(blocks):
        text = body(block.text)
        labelled = answer_label(text) if n == 0 else None
        if labelled:
            respondent, text = labelled
        if text:
            parts.append(text)
    answer = " ".join(parts).strip() or None
    if answer and _NO_ANSWER.match(answer):
        answer = None
    if answer and respondent is None:
        name, _ = speaker(answer)
        respondent = None if name and _PRONOUN.match(name) else name
    return answer, respondent


# ------------------------------------------------------------------ headed questions

def find_headed_questions(
    paper: Paper, used: set[int], *, labels_only: bool = False
) -> list[_Found]:
    """"Question 1 - from Cllr X (Y Council)", then the question and the answer.

    With ``labels_only``, bare "Question:"/"Q1." labels instead (run after the bold
    finder, so numbered questions quoted inside an answer stay in that answer).
    """
    blocks = paper.blocks
    heads: list[tuple[int, re.Match[str] | None, str]] = []
    for index, block in enumerate(blocks):
        if index in used or block.kind == "table":
            continue
        text = body(block.text) if block.kind == "list_item" else clean(block.text)
        m = _HEADER.match(text)
        if m:
            heads.append((index, m, m.group("rest") or ""))
        elif _QUESTION_LABEL.match(text) and not answer_label(text):
            heads.append((index, None, text[_QUESTION_LABEL.match(text).end():]))  # type: ignore[union-attr]
    found: list[_Found] = []
    for k, (index, m, rest) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(blocks)
        if (m is None) != labels_only:
            continue
        text = clean(blocks[index].text)
        if _ask_in(text, 0, len(text))[0] is not None:
            continue  # "Supplementary question: Cllr X asked ..." is reported speech
        stop = next((i for i in range(index + 1, stop) if i in used), stop)
        item = _headed(paper, index, stop, m, rest)
        if item:
            found.append(item)
            used.update(item.blocks)
    return found


def _headed(
    paper: Paper, head: int, stop: int, m: re.Match[str] | None, rest: str
) -> _Found | None:
    blocks = paper.blocks
    q_parts = [rest] if rest.strip() else []
    index = head + 1
    while index < stop and not _is_boundary(blocks[index]):
        if answer_label(blocks[index].text) or (q_parts and _answer_like(blocks[index])):
            break
        if q_parts and q_parts[-1].rstrip().endswith("?") \
                and not clean(blocks[index].text).endswith("?"):
            break  # the question is asked; an unlabelled answer follows
        q_parts.append(body(blocks[index].text))
        index += 1
    if not q_parts:
        return None
    answer_blocks = _answer_run(blocks, index, stop)
    answer, respondent = _answer_text([blocks[i] for i in answer_blocks])
    asker = affiliation = None
    if m is None and clean(blocks[head].text).lower().startswith("supplementary"):
        m = _previous_header(blocks, head)  # asked by the member who asked the question
    if m:
        asker = clean(m.group("who"))
        affiliation = m.group("aff1") or m.group("aff2")
        if not affiliation:
            asker, affiliation = _split_affiliation(asker)
    last = answer_blocks[-1] if answer_blocks else index - 1
    return _Found(
        question=" ".join(p for p in q_parts if p).strip(),
        answer=answer,
        asker=asker,
        affiliation=clean(affiliation).rstrip(".") if affiliation else None,
        respondent=respondent,
        blocks=list(range(head, last + 1)),
        start=blocks[head].start,
        end=blocks[max(last, head)].end,
    )


def _previous_header(blocks: list[Block], head: int) -> re.Match[str] | None:
    """The nearest "Question N - from Cllr X" header before block ``head``."""
    for index in range(head - 1, max(-1, head - 40), -1):
        block = blocks[index]
        if block.kind == "table":
            continue
        m = _HEADER.match(body(block.text) if block.kind == "list_item" else clean(block.text))
        if m:
            return m
    return None


# ------------------------------------------------------------------ bold questions

_BOLD_WRAP = re.compile(r"^\s*(?:[○o•▪◦●■\-–]\s+)?\*\*(?P<q>.+?)\*\*\s*$")


def _bold_question(block: Block) -> str | None:
    """The question text of a bold question block, or None."""
    if block.kind == "table":
        return None
    text = block.text.strip()
    m = _BOLD_WRAP.match(text)
    if m:
        text = m.group("q")
    elif not block.bold:
        return None
    text = strip_question_label(body(text))
    return text if len(text) >= 10 else None


_Q_PREFIX = re.compile(
    r"^(?:supplementary\s+)?(?:question|q)\s*(?:no\.?\s*)?\d{0,3}[a-z]?\s*[:.)\-–—]\s*",
    re.IGNORECASE,
)


def strip_question_label(text: str) -> str:
    """"Q1. How ...?" -> "How ...?"; "Supplementary question: Cllr X asked" -> "Cllr X asked"."""
    return _Q_PREFIX.sub("", text, count=1).strip()


def find_bold_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Questions set apart by a following "X response:" label, or bold and ending "?".

    A question wrapped over two blocks (a PDF line break read as a new paragraph) is
    joined back: a question block that opens in lower case takes in the block before.
    Each answer runs to the next question, heading or bold line.
    """
    blocks = paper.blocks
    roles = section_roles(paper)
    candidates = _bold_candidates(blocks, used, questions_sections(paper))
    starts = [_wrapped_start(blocks, i, used) for i, _ in candidates]
    found: list[_Found] = []
    for k, (index, question) in enumerate(candidates):
        stop = starts[k + 1] if k + 1 < len(candidates) else len(blocks)
        answer_blocks = _bold_answer_run(blocks, index + 1, stop, used)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if not answer_blocks and not (following and answer_label(following.text)):
            continue
        first = starts[k]
        if first < index:
            question = " ".join([_join(blocks[first:index]), question])
        answer, respondent = _answer_text([blocks[i] for i in answer_blocks])
        last = answer_blocks[-1] if answer_blocks else index
        used_now = [*range(first, index + 1), *answer_blocks]
        asker, default_respondent = roles[first]
        found.append(_Found(question, answer, asker, None, respondent or default_respondent,
                            used_now, blocks[first].start, blocks[last].end))
        used.update(used_now)
    return found


def _bold_candidates(
    blocks: list[Block], used: set[int], plain: list[bool]
) -> list[tuple[int, str]]:
    """Blocks that set a question apart: an answer label follows, or it is bold (or, in a
    paper of questions, a plain numbered line) ending with "?"."""
    candidates = []
    for index, block in enumerate(blocks):
        if index in used:
            continue
        question = _labelled_question(blocks, index)
        if question is None:
            question = _bold_question(block) or (_plain_question(block) if plain[index] else None)
            if not question or not question.rstrip().endswith("?"):
                continue
        if not _HEADER.match(question) and not _bare_label(blocks, index - 1):
            candidates.append((index, question))
    return candidates


def _short_title(block: Block) -> bool:
    """A few plain words on their own ("Summary", "Next steps"): a new section."""
    text = body(block.text)
    return (
        not block.italic
        and looks_like_title(block)
        and len(text.split()) <= 6
        and not re.search(r"\d", text)
    )


def _plain_question(block: Block) -> str | None:
    """A numbered or bulleted line that is one short question, in a paper of questions."""
    if block.kind != "list_item" and not _NUMBERED.match(block.text):
        return None
    text = strip_question_label(body(block.text))
    return text if 10 <= len(text) <= 600 and text.count("?") <= 3 else None


def questions_sections(paper: Paper) -> list[bool]:
    """Which blocks sit in a paper or section of questions (a "Questions ..." heading up
    to the next heading), where a plain "...?" line can be taken as a question."""
    whole = paper.kind == "questions"
    inside = False
    flags: list[bool] = []
    for block in paper.blocks:
        if block.kind == "heading" or (looks_like_title(block) and block.bold):
            inside = bool(re.search(r"\bquestions\b", block.text, re.IGNORECASE))
        flags.append(whole or inside)
    return flags


def _bare_label(blocks: list[Block], index: int) -> bool:
    """Is block ``index`` a label alone ("Supplementary question", "Question 2:")?

    The question under such a label belongs to the label finder, which knows who asked.
    """
    if index < 0 or blocks[index].kind == "table":
        return False
    text = clean(blocks[index].text)
    m = _QUESTION_LABEL.match(text)
    return m is not None and not text[m.end():].strip()


def _labelled_question(blocks: list[Block], index: int) -> str | None:
    """The text of a block that an answer label follows, whatever its formatting."""
    block = blocks[index]
    if block.kind == "table" or index + 1 >= len(blocks) or answer_label(block.text):
        return None
    if answer_label(blocks[index + 1].text) is None:
        return None
    text = strip_question_label(body(block.text))
    if block.kind == "heading" and not text.endswith("?"):
        return None
    if "?" not in text and (_FINDING_START.match(text) or not _ASKING_START.match(text)):
        # "Recommendation 3: ..." then "PCC response:" answers a report, not a question
        return None
    return text if len(text) >= 10 else None


_ASKING_START = re.compile(
    r"^(?:what|how|when|why|where|who|which|whether|is|are|was|were|does|do|did|has|have|"
    r"can|could|will|would|should|please|provide|explain|describe|confirm|outline|set\s+out|"
    r"give|tell|update|i\s+note|i\s+understand|i\s+believe|with\s+regards?\s+to|"
    r"in\s+relation\s+to|regarding|given|following|noting|further\s+to)\b",
    re.IGNORECASE,
)
_FINDING_START = re.compile(
    r"^(?:recommendation|afi|area\s+for\s+improvement|cause\s+of\s+concern|finding)s?\b",
    re.IGNORECASE,
)


def _wrapped_start(blocks: list[Block], index: int, used: set[int]) -> int:
    """First block of a question whose text was broken across blocks."""
    first = index
    while (
        first > 0
        and first - 1 not in used
        and re.match(r"^[a-z]", body(blocks[first].text))
        and blocks[first - 1].kind in ("paragraph", "list_item")
        and not clean(blocks[first - 1].text).endswith((".", "?", "!", ":"))
    ):
        first -= 1
    return first


def _bold_answer_run(blocks: list[Block], first: int, stop: int, used: set[int]) -> list[int]:
    run: list[int] = []
    for index in range(first, stop):
        block = blocks[index]
        if index == first and index not in used and answer_label(block.text):
            run.append(index)  # a "Response" heading opens the answer
            continue
        if index in used or is_heading(block) or is_resolution(block.text):
            break
        if block.bold or _BOLD_WRAP.match(block.text) or _short_title(block):
            break
        run.append(index)
    return run


_ASKED_BY = re.compile(
    r"\b(?i:questions?\s+(?:asked|put|raised|submitted|posed)"
    r"(?:\s+to\s+(?:the\s+)?[\w ]{2,40}?)?\s+by|questions\s+from)\s+"
    r"(?:the\s+)?"
    r"(?P<who>[A-Z][\w'’&-]*(?:\s+(?:(?:and|&|of|for|the)\s+)?[A-Z][\w'’&-]*){0,5})"
    r"|\b(?P<who2>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})(?:'s|’s)\s+questions\b"
)


_ANSWERED_BY = re.compile(
    r"\b(?:(?i:responses?|answers?|replies)\s+(?i:from|by)|"
    r"(?i:questions?\s+(?:asked\s+of|put\s+to|addressed\s+to|directed\s+to|to)))\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w'’&-]*(?:\s+(?:(?:and|&|of|for|the)\s+)?[A-Z][\w'’&-]*){0,5})"
    r"|\b(?P<who2>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})(?:'s|’s)?\s+(?i:responses?)\b"
)


_SECTION_ASKER = re.compile(
    r"\bquestions?\s+(?:from|by|asked|put|raised|submitted|to|for)\b", re.I
)


def section_roles(paper: Paper) -> list[tuple[str | None, str | None]]:
    """(asker, respondent) in force at each block, from the title and section headings.

    "Questions asked by the PCC" in the title sets them for the whole paper; a heading
    such as "Questions from the public" further down starts a section with its own.
    """
    asker, respondent = _asker_from_title(paper), _respondent_from_title(paper)
    roles: list[tuple[str | None, str | None]] = []
    for block in paper.blocks:
        if block.kind != "table" and len(block.text) < 160 and (
            block.kind == "heading" or looks_like_title(block) or block.bold
        ):
            text = clean(block.text)
            if _SECTION_ASKER.search(text):
                m = _ASKED_BY.search(text)
                asker = who(m.group("who") or m.group("who2")) if m else None
                r = _ANSWERED_BY.search(text)
                respondent = who(r.group("who") or r.group("who2")) if r else respondent
        roles.append((asker, respondent))
    return roles


def _title_texts(paper: Paper) -> list[str]:
    return [paper.title or ""] + [clean(b.text) for b in paper.blocks[:4] if b.kind != "table"]


def _asker_from_title(paper: Paper) -> str | None:
    """"Questions asked by the PCC" in a title or early heading -> "PCC"."""
    for text in _title_texts(paper):
        m = _ASKED_BY.search(text)
        if m:
            return who(m.group("who") or m.group("who2"))
    return None


def _respondent_from_title(paper: Paper) -> str | None:
    """"... and responses from the Chief Constable" -> "Chief Constable"."""
    for text in _title_texts(paper):
        m = _ANSWERED_BY.search(text)
        if m:
            return who(m.group("who") or m.group("who2"))
    return None


# ------------------------------------------------------------------ debate

_IN_REPLY = re.compile(
    r"^(?P<q>(?:In\s+(?:reply|response|answer)\s+to|Responding\s+to|Replying\s+to|Answering)"
    r"\s+(?:a|an|the|further|supplementary|several|some)?\s*(?:further\s+|supplementary\s+)?"
    r"(?:questions?|query|queries)(?:\s+from\s+(?P<who>[^,]+?))?\s+"
    r"(?:about|on|regarding|concerning|relating\s+to|in\s+relation\s+to|as\s+to|around)\s+.+?"
    r"|When\s+asked\s+(?:about|whether|if|how|why|what|when|for|to)\s+.+?"
    r"|In\s+(?:reply|response|answer)\s+to\s+(?P<who2>" + _HONORIFIC + r"\s+" + _CAP
    + r"(?:\s+" + _CAP + r")?|(?:a|the|one)\s+(?:Panel\s+|Board\s+)?[Mm]ember|the\s+Chair\w*|"
    r"Members)(?:'s|’s)?(?:\s+(?:question|query|questions))?\s+(?:about|on|regarding|"
    r"concerning|as\s+to|whether|if|asking)\s+.+?)"
    r",\s+(?=(?P<a>" + _SUBJECT + r"\s+(?:" + _SPEECH_VERBS + r")\b))",
)


_DEBATE_HINT = re.compile(
    r"\b(?:ask|quer|enquir|inquir|question|sought|request|wanted|wished|raised|"
    r"expressed|wonder|probe|press|challeng)", re.IGNORECASE
)


def find_debate_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Questions in reported speech that got an answer, in minutes and board notes."""
    blocks = paper.blocks
    found: list[_Found] = []
    for index, block in enumerate(blocks):
        if index in used or block.kind in ("table", "heading"):
            continue
        text = strip_question_label(body(block.text))
        if not _DEBATE_HINT.search(text):
            continue  # one cheap look per block before the sentence-by-sentence rules
        item = _in_reply(paper, index, text) or _asked(paper, index, text)
        if item:
            found.append(item)
            used.update(item.blocks)
    return found


def _follow_on(blocks: list[Block], index: int, *, sub_items: bool = True) -> list[int]:
    """Blocks after ``index`` that belong to the same point: sub-items, broken lines."""
    run: list[int] = []
    parent = blocks[index]
    previous = parent
    for nxt in range(index + 1, len(blocks)):
        block = blocks[nxt]
        if _is_continuation(block, previous) or (sub_items and _is_sub_item(block, parent)):
            run.append(nxt)
            previous = block
            continue
        break
    return run


def _in_reply(paper: Paper, index: int, text: str) -> _Found | None:
    m = _IN_REPLY.match(text)
    if not m:
        return None
    blocks = paper.blocks
    extra = _follow_on(blocks, index)
    answer = " ".join([text[m.end():], *(body(blocks[i].text) for i in extra)]).strip()
    asker = who(m.group("who") or m.group("who2"))
    if asker and _asker_is_generic_question(asker):
        asker = None
    return _Found(
        question=m.group("q").strip(),
        answer=answer or None,
        asker=asker,
        affiliation=None,
        respondent=who(m.group("a").rsplit(" ", 1)[0]) if m.group("a") else None,
        blocks=[index, *extra],
        start=blocks[index].start,
        end=blocks[extra[-1] if extra else index].end,
    )


def _asker_is_generic_question(name: str) -> bool:
    return bool(re.match(r"^(?:a|the)?\s*(?:question|member of the public)$", name, re.I))


def _asked(paper: Paper, index: int, text: str) -> _Found | None:
    """"<asker> asked ... <respondent> said ...", within a block or into the next ones."""
    spans = sentences(text)
    for n, (s, e) in enumerate(spans):
        asker, verb_end = _ask_in(text, s, e)
        if asker is None:
            continue
        q_end = e
        # "He also asked ..." straight after is part of the same question
        while n + 1 < len(spans) and _continues_question(text, spans[n + 1], asker):
            n += 1
            q_end = spans[n][1]
        if text[s:q_end].rstrip().endswith(":") and not text[q_end:].strip():
            return _introduced(paper, index, text[s:q_end].strip(), asker)
        found = _reply(paper, index, text, s, q_end, asker, _addressee(text, verb_end))
        if found:
            return found
    return None


def _introduced(paper: Paper, index: int, intro: str, asker: str) -> _Found | None:
    """"Cllr X asked the following question:" then the question, then "The Commissioner
    responded as follows:" (or any reply) and the answer, each in its own blocks."""
    blocks = paper.blocks
    q = index + 1
    if q + 1 >= len(blocks) or _is_boundary(blocks[q]):
        return None
    a = q + 1
    answered, respondent = _reply_start(body(blocks[a].text), asker)
    if not answered:
        return None
    answer_blocks = [a]
    if clean(blocks[a].text).endswith(":") and a + 1 < len(blocks) \
            and not _is_boundary(blocks[a + 1]):
        answer_blocks += [a + 1, *_follow_on(blocks, a + 1)]
    answer = " ".join(body(blocks[i].text) for i in answer_blocks)
    answer = re.sub(r"^.{0,120}?\b(?:as\s+follows|the\s+following)\s*:\s*", "", answer)
    return _Found(
        question=body(blocks[q].text).strip(" \"“”'"),
        answer=answer or None,
        asker=who(asker),
        affiliation=None,
        respondent=respondent,
        blocks=[index, q, *answer_blocks],
        start=blocks[index].start,
        end=blocks[answer_blocks[-1]].end,
    )


_AND_ASK = re.compile(rf"(?:,\s*|\s)and\s+(?:also\s+|then\s+)?(?:{_ASK_VERBS})\b")
_CLAUSE_SUBJECT = re.compile(
    rf"(?:(?<=^)|(?<=,\s)|(?<=\s))(?P<who>{_ASKER})\s+(?:also\s+)?"
    r"(?:[a-z]+ed|said|sought|made|gave|had|was|felt|thought|welcomed)\b"
)


def _ask_in(text: str, start: int, end: int) -> tuple[str | None, int]:
    """(asker, end of the ask verb) of the first question asked in ``text[start:end]``.

    "X asked ..." names the asker before the verb; in "X noted ... and asked ..." the
    asker is the subject of the sentence's first clause.
    """
    named = _APPOSITIVE.search(text, start, end)  # "Mr Hart, a member of the public, asked"
    if named:
        return named.group("name"), named.end()
    m = _ASK.search(text, start, end)
    if m and not _PASSIVE.search(text[max(start, m.start() - 12):m.start()]) \
            and not _NOT_PERSON.match(m.group("who")):
        return m.group("who"), m.end()
    m = _AND_ASK.search(text, start, end)
    if m:
        subjects = [c.group("who") for c in _CLAUSE_SUBJECT.finditer(text, start, m.start())
                    if not _NOT_PERSON.match(c.group("who"))]
        if subjects:
            return subjects[-1], m.end()
    return None, -1


_APPOSITIVE = re.compile(
    rf"(?P<name>{_HONORIFIC}\s+{_CAP}(?:\s+{_CAP}){{0,2}}),\s+(?:a|an|the)\s+[^,]{{3,60}},\s*"
    rf"(?:also\s+|then\s+)?(?:{_ASK_VERBS})\b"
)
_ADDRESSEE = re.compile(
    rf"\s+(?P<to>{_HONORIFIC}\s+(?:{_CAP}\s+){{0,2}}{_CAP}|(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,2}})"
    r"\s+(?:to|whether|if|about|for|what|how|why|when)\b"
)


def _addressee(text: str, verb_end: int) -> str | None:
    """Who a question was put to: "asked Mr Paul to ...", "asked the Commissioner whether"."""
    m = _ADDRESSEE.match(text, verb_end)
    return who(m.group("to")) if m else None


def _continues_question(text: str, span: tuple[int, int], asker: str) -> bool:
    sentence = text[span[0]:span[1]]
    m = _ASK.search(sentence)
    return bool(m and m.start() < 40 and _PRONOUN.match(m.group("who")))


_PASSIVE_REPLY = re.compile(
    r"^(?i:in\s+(?:response|reply)[^,]{0,60},\s*)?(?i:it\s+was|members\s+were|"
    r"the\s+(?:panel|board|committee|meeting|member)\s+(?:was|were))\s+(?i:\w+\s+)?"
    r"(?i:advised|informed|told|explained|confirmed|noted|reported|assured|reassured|"
    r"clarified|stated|highlighted)"
    r"(?:\s+by\s+(?P<by>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.-]*){0,4}))?"
)


def _reply_start(text: str, asker: str) -> tuple[bool, str | None]:
    """(is a reply, respondent) for the opening of ``text``.

    A reply is someone other than the asker speaking ("The CC advised ..."), or the
    passive voice of minutes ("It was explained that ...", "Members were informed by the
    Chief Constable that ...") whose respondent may be unnamed.
    """
    name, _ = speaker(text, limit=200)
    if name and not _same_person(name, asker):
        return True, name
    passive = _PASSIVE_REPLY.match(text)
    if passive:
        return True, who(passive.group("by"))
    return False, None


def _reply(
    paper: Paper, index: int, text: str, q_start: int, q_end: int, asker: str,
    addressee: str | None = None,
) -> _Found | None:
    blocks = paper.blocks
    rest = text[q_end:].strip()
    extra = _follow_on(blocks, index)
    answer_parts: list[str] = []
    answered, respondent = _reply_start(rest, asker) if rest else (False, None)
    if not answered and rest and addressee and addressee.split()[-1] in rest[:200]:
        answered, respondent = True, addressee
    if answered:
        answer_parts.append(rest)
    elif extra:
        # lettered points under a question in minutes are its answer, even when the
        # first does not name who spoke, unless they read as parts of the question
        first = body(blocks[extra[0]].text)
        answered, respondent = _reply_start(first, asker)
        answered = answered or answer_label(first) is not None or (
            _is_sub_item(blocks[extra[0]], blocks[index])
            and not first.rstrip().endswith("?")
            and _ask_in(first, 0, len(first))[0] is None
        )
    elif index + 1 < len(blocks) and blocks[index + 1].kind != "table":
        nxt = index + 1
        if _answer_like(blocks[nxt]) or _PASSIVE_REPLY.match(body(blocks[nxt].text)):
            answered, respondent = _reply_start(body(blocks[nxt].text), asker)
            if answered:
                extra = [nxt, *_follow_on(blocks, nxt, sub_items=False)]
    if not answered:
        return None
    extra += _carried_on(blocks, (extra or [index])[-1] + 1)
    answer_parts.extend(body(blocks[i].text) for i in extra)
    labelled = answer_label(answer_parts[0]) if answer_parts else None
    if labelled:
        respondent = labelled[0] or respondent
        answer_parts[0] = labelled[1]
    respondent = _resolve_pronoun(respondent, text, q_start, paper, index)
    return _Found(
        question=text[q_start:q_end].strip(),
        answer=" ".join(p for p in answer_parts if p).strip() or None,
        asker=_resolve_pronoun(who(asker), text, q_start, paper, index),
        affiliation=_bracketed_council(asker),
        respondent=respondent,
        blocks=[index, *extra],
        start=blocks[index].start,
        end=blocks[extra[-1] if extra else index].end,
    )


def _bracketed_council(asker: str) -> str | None:
    """"Cllr X (Y Borough Council)" -> "Y Borough Council"; a role in brackets is not one."""
    m = re.search(r"\(([^()]+)\)\s*$", asker)
    if m and re.search(r"\b(?:Council|Authority|Association|Group|Partnership)\b", m.group(1)):
        return m.group(1).strip()
    return None


_PRONOUN_SPEECH = re.compile(
    rf"^(?:He|She|They)\s+(?:also\s+|further\s+|then\s+)?(?:{_SPEECH_VERBS})\b"
)


def _carried_on(blocks: list[Block], first: int) -> list[int]:
    """Points after an answer that carry it on in the respondent's voice ("He added
    that ..."), which minutes and notes often set as points of their own."""
    run: list[int] = []
    for index in range(first, len(blocks)):
        block = blocks[index]
        if block.kind not in ("paragraph", "list_item"):
            break
        text = body(block.text)
        if not _PRONOUN_SPEECH.match(text) or _ask_in(text, 0, len(text))[0] is not None:
            break
        run.append(index)
    return run


def _same_person(a: str, b: str) -> bool:
    a, b = (who(a) or "").lower(), (who(b) or "").lower()
    return a == b or (_PRONOUN.match(a) is not None and _PRONOUN.match(b) is None)


def _resolve_pronoun(
    name: str | None, text: str, before: int, paper: Paper, index: int
) -> str | None:
    """"He" -> the last named speaker before it in the same block (or the one before)."""
    if not name or not _PRONOUN.match(name):
        return name
    candidates = [text[:before]]
    if index > 0 and paper.blocks[index - 1].kind != "table":
        candidates.append(body(paper.blocks[index - 1].text))
    for candidate in candidates:
        names = [m.group("who") for m in _SPEECH.finditer(candidate)
                 if not _PRONOUN.match(m.group("who")) and not _NOT_PERSON.match(m.group("who"))]
        names += [m.group("who") for m in _ASK.finditer(candidate)
                  if not _PRONOUN.match(m.group("who"))]
        if names:
            return who(names[-1])
    return None


# ------------------------------------------------------------------ the extractor

def find_labelled_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Bare "Question:"/"Q1." labels, then the question text and its answer."""
    return find_headed_questions(paper, used, labels_only=True)


# ------------------------------------------------------------------ inline pairs

_INLINE = re.compile(
    r"^(?P<q>[A-Z].{8,}?\?)[\s\"'”’)]*\s(?P<label>(?:[A-Z][\w'’]*\s+){0,3}?"
    r"(?:[Rr]esponse|[Aa]nswer|[Rr]eply)(?:\s*\([^()]{2,60}\))?\s*[:\-–]|A\d{0,3}\s*:)\s*"
    r"(?P<a>\S.*)$"
)


def find_inline_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """A question and its labelled answer in one paragraph: "How ...? Response: ..."."""
    blocks = paper.blocks
    roles = section_roles(paper)
    found: list[_Found] = []
    for index, block in enumerate(blocks):
        if index in used or block.kind in ("table", "heading"):
            continue
        text = strip_question_label(body(block.text))
        m = _INLINE.match(text)
        if not m:
            continue
        labelled = answer_label(m.group("label") + " " + m.group("a"))
        respondent, answer = labelled if labelled else (None, m.group("a"))
        extra = _follow_on(blocks, index)
        answer = " ".join([answer, *(body(blocks[i].text) for i in extra)]).strip()
        if _NO_ANSWER.match(answer):
            answer = ""
        asker, default_respondent = roles[index]
        found.append(_Found(m.group("q").strip(), answer or None, asker, None,
                            respondent or default_respondent, [index, *extra], block.start,
                            blocks[extra[-1] if extra else index].end))
        used.update([index, *extra])
    return found


# ------------------------------------------------------------------ dialogue

_ROLE = (
    r"(?:Chief\s+Constable|Deputy\s+Chief\s+Constable|Commissioner|Chair(?:man|woman|person)?|"
    r"Vice[- ]Chair\w*|Chief\s+Executive|Chief\s+Finance\s+Officer|Panel\s+Member|Member)"
)
_RANK = r"(?:[A-Z]{2,5}|T/[A-Z]{2,4}|Supt|Ch\.?\s+Supt|(?:Chief\s+|Detective\s+)?Superintendent|" \
    r"(?:Chief\s+|Detective\s+)?Inspector|Insp|Sergeant|Sgt)"
_DIALOGUE = re.compile(
    r"^(?!(?:RESOLVED|NOTED?|ACTIONS?|AGREED|ITEM|PRESENT|APOLOGIES|DECISION|NB|PS)\b)"
    rf"(?P<who>{_HONORIFIC}\s+{_CAP}(?:\s+{_CAP}){{0,2}}(?:\s*\([^()]{{1,60}}\))?|"
    rf"(?:The\s+)?{_ROLE}|(?:The\s+)?{_RANK}(?:\s+{_CAP}){{0,2}})\s*:\s+(?P<text>\S.*)$"
)


def _dialogue(block: Block) -> tuple[str, str] | None:
    """(speaker, words) of a transcript line "Cllr Patel: Has the force ...?"."""
    if block.kind == "table":
        return None
    m = _DIALOGUE.match(body(block.text))
    if not m or _ANSWER_LABEL.match(m.group(0)) or _QUESTION_LABEL.match(m.group(0)):
        return None
    return who(m.group("who")) or m.group("who"), m.group("text").strip()


def find_dialogue_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Transcript-style notes: "Name: question?" answered by "Other name: ..." lines."""
    blocks = paper.blocks
    found: list[_Found] = []
    for index, block in enumerate(blocks):
        line = _dialogue(block) if index not in used else None
        if not line or "?" not in line[1] or index + 1 >= len(blocks):
            continue
        reply = _dialogue(blocks[index + 1]) if index + 1 not in used else None
        if not reply or reply[0].lower() == line[0].lower():
            continue
        answer_blocks = [index + 1]
        for nxt in range(index + 2, len(blocks)):
            if nxt in used or _dialogue(blocks[nxt]) or _is_boundary(blocks[nxt]) \
                    or looks_like_title(blocks[nxt]):
                break
            answer_blocks.append(nxt)
        answer = " ".join([reply[1], *(body(blocks[i].text) for i in answer_blocks[1:])])
        found.append(_Found(line[1], answer, line[0], None, reply[0], [index, *answer_blocks],
                            block.start, blocks[answer_blocks[-1]].end))
        used.update([index, *answer_blocks])
    return found


FINDERS = (
    find_table_questions,
    find_written_questions,
    find_headed_questions,
    find_bold_questions,
    find_labelled_questions,
    find_inline_questions,
    find_dialogue_questions,
    find_debate_questions,
)


@register("questions", "1", "questions")
def extract_questions(paper: Paper) -> list[Question]:
    """Every question of ``paper`` with its answer, asker, respondent and meeting date."""
    context = meeting_context(paper)
    used: set[int] = set()
    found: list[_Found] = []
    roles: list[tuple[str | None, str | None]] | None = None
    for finder in FINDERS:
        items = finder(paper, used)
        if finder is not find_debate_questions and items:
            # a written or tabled question takes the section's asker and respondent
            # ("Questions asked by the PCC", "Written questions to the Commissioner")
            # when it names none itself; debate names its own or none at all
            roles = roles or section_roles(paper)
            for item in items:
                first = min(item.blocks) if item.blocks else 0
                asker, respondent = roles[first] if first < len(roles) else (None, None)
                item.asker = item.asker or asker
                item.respondent = item.respondent or respondent
        found.extend(items)
    found.sort(key=lambda f: f.start)
    return [_record(paper, context, f) for f in found if f.question]


def _record(paper: Paper, context: MeetingContext, item: _Found) -> Question:
    first = min(item.blocks) if item.blocks else 0
    return Question(
        meeting_date=context.at(first),
        asker=item.asker,
        affiliation=item.affiliation,
        respondent=item.respondent,
        question=item.question,
        answer=item.answer,
        source=source_for(paper.document, item.start, item.end),
    )


__all__ = ["MeetingContext", "clean", "extract_questions", "meeting_context"]
