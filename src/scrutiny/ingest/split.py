"""Split a Document into its papers and say what each paper is.

An agenda pack is one file holding many papers: the agenda, the minutes of the last
meeting, reports with cover sheets, a work programme, another board's notes. Councils
mark where one paper ends and the next begins in a handful of ways, and these are the
cues used here (none is tied to one council):

* "This page is intentionally left blank": a boundary, never a paper of its own;
* a cover sheet: "To: / From: / Subject: / Date:" lines, on one line or several, or a
  table of them;
* "MINUTES of a meeting of ...", "Meeting Notes", "Notes of the ... Board", "Record of
  the meeting ...";
* "AGENDA", "Notice of meeting", "Notice is hereby given ...";
* report headers: "Report of the ..." (at a page top or over cover fields), a bare
  "Agenda Item 5" line;
* a "Work Programme" title naming its body or year; a "Questions to the ..." heading;
* printed page numbers that go back to 1; the line after "The meeting closed at ...".

Cues close together (a cover sheet's lines, "AGENDA" then "Notice is hereby given")
open one paper, not several, and a front sheet's details (date, venue, membership)
belong to the "AGENDA" below them. A cue at the top of a page always opens a paper,
unless it is a running head repeated on each page. Numbered lines ("116. Future Work
Programme") are items of the paper they are in and never open one.

Each paper then gets a title, the date and body of the meeting it is for or records
(labelled fields first, then "held on ..." sentences, then title lines), and a kind from
``classify``. Papers that state no date or body inherit the pack's: a report "to the
Panel" in a pack is for the meeting the pack is for.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from scrutiny.ingest.classify import classify
from scrutiny.ingest.document import Block, Document
from scrutiny.ingest.paper import Paper

_I = re.IGNORECASE

BLANK_PAGE = re.compile(
    r"^\W*(?:this\s+page\s+(?:is\s+|has\s+been\s+)?(?:intentionally|deliberately)\s+"
    r"(?:left\s+)?blank|(?:page\s+)?intentionally\s+(?:left\s+)?blank)\W*$", _I)
PAGE_LABEL = re.compile(r"^\W*(?:page\s+)?(\d{1,3})(?:\s+of\s+\d{1,3})?\W*$", _I)

# Field labels of cover sheets and meeting-notes headers ("Date & time:", "Venue:").
FIELD = re.compile(
    r"(?:^|\n|\s{2,}|\t)(?P<label>to|from|subject|title|date(?:\s*(?:&|and)\s*time)?|"
    r"meeting(?:\s+date)?|date\s+of\s+meeting|venue|location|report\s+(?:of|to|by|from)|"
    r"by|author|purpose|time|chair(?:ed\s+by)?|present|attendees|apologies)\s*:[ \t]*",
    _I)
COVER_LABELS = {"to", "from", "subject", "title", "report of", "report to", "report by",
                "report from", "by", "author", "purpose"}

START_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("minutes", re.compile(r"^\W*minutes\s+of\s+(?:a|an|the)\b.{0,300}?\b(?:held|meeting)\b",
                           _I | re.S)),
    ("minutes", re.compile(r"^\W*(?:confirmed\s+|draft\s+|unconfirmed\s+)?minutes(?!\s*:)\W*$",
                           _I)),  # "Minutes:" is the label over an item's minute
    ("notes", re.compile(r"^\W*(?:meeting\s+notes|action\s+notes|record\s+of\s+(?:a|the)\s+"
                         r"meeting\b|notes?\s+of\s+(?:a|an|the)\b"
                         r".{0,120}?\b(?:meeting|board|group|committee|panel|forum)\b)"
                         r"|^.{0,80}\b(?:meeting|board)\s+notes\W*$", _I | re.S)),
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
QUESTIONS_HEADING = re.compile(
    r"^\W*(?:written\s+|public\s+|members['’]?\s+|panel\s+)?questions?\s+(?:to|for|from)\s+"
    r"(?:the\s+)?\S", _I)
MEETING_CLOSED = re.compile(r"^\W*the\s+meeting\s+(?:closed|ended|finished|concluded|"
                            r"terminated)\s+at\b", _I)
MARKING = re.compile(r"^\W*(?:public\s+document\s+pack|(?:not\s+protectively\s+marked|official|"
                     r"restricted)(?:[\s-]+sensitive)?|public|part\s+(?:1|i|one))\W*$", _I)
INLINE_LABEL = re.compile(  # capitalised, as a label is printed: "... 2025 Time: 10am"
    r"[ \t]+(?=(?:Date|Time|Venue|Place|Location|Subject|From|To|Title|Meeting date|Meeting|"
    r"Date of meeting|Report of|Report to|Report by|Author|Purpose|Chair|Attendees|Apologies|"
    r"Present)\s*:)")
BARE_ITEM_LINE = re.compile(r"^\W*(?:agenda\s+)?item\s*(?:no\.?\s*)?[A-Z]?\d{1,3}[a-z]?(?:\.\d+)?"
                            r"\W*$", _I)
ITEM_NUMBERED = re.compile(  # "4 ...", "B1 ...", "23/41 ...", "PCP/24/07 ...", "Minute 5 ..."
    r"^(?:(?:agenda\s+)?item\s+|minute\s+)?(?:[A-Z]{2,6}/\d{2}/\d{1,3}|[A-Z]{2,6}\s?\d{1,3}/\d{2,4}|"
    r"\d{1,3}/\d{1,4}|[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?|\d{1,3}(?:\.\d{1,2})?)[a-z]?[.):]?\s+\S", _I)
EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
SPACE_BEFORE_MARK = re.compile(r"[ \t]+([.,;:!?)])")
SPACES = re.compile(r"[ \t]+")
NEARBY = 6  # cues this many blocks after a paper's start belong to that paper
FRONT_SHEET = 15  # a paper's own title line may come this far below its front-sheet details

BODY_WORDS = (r"(?:Panel|Board|Committee|Sub-Committee|Sub\s+Committee|Forum|Commission|Group|"
              r"(?<=Accountability )Meeting|(?<=Scrutiny )Meeting|(?<=Assurance )Meeting)")
BODY_NAME = re.compile(
    rf"((?:[A-Z][\w'’&-]*|&|and|of|for|the|on)(?:,?[ \t]+(?:[A-Z][\w'’&-]*|&|and|of|for|the|on))*"
    rf"[ \t]+(?i:{BODY_WORDS}))\b")
BODY_IN_SENTENCE = re.compile(  # no "held on", no figures: those are the meeting, not the body
    rf"\b(?:meeting|minutes|notes)\s+of\s+(?:a\s+meeting\s+of\s+)?(?:the\s+)?"
    rf"(?P<body>(?:(?!\bheld\b|\bon\s)[^\d\n]){{3,120}}?{BODY_WORDS})\b"
    r"(?!\s+(?:room|rooms|chamber|suite|hall)\b)", _I)
REPORT_TO = re.compile(rf"^\W*report\s+to\s+(?:the\s+)?(?P<body>.{{3,120}}?{BODY_WORDS})\b", _I)
HELD_ON = re.compile(r"\b(?:held|be\s+held|take\s+place|meet|convened)\b", _I)
LEADING_NOISE = re.compile(
    r"^(?:(?:the|a|an|of|on|for|at|in)\s+|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|annual|quarterly|monthly|special|extraordinary|confirmed|"
    r"draft|minutes|notes|meeting)\s+|(?:[\w&]+\s+){0,5}?(?:commissioner|constable|pcc|"
    r"mayor|executive|officer|chair(?:man)?)['’]s\s+|(?:all\s+)?members\s+of\s+|"
    r"office\s+of\s+the\s+(?:[\w,&]+\s+){0,6}?(?:commissioner|constable)"
    r"(?:\s+for\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2}?)?\s+(?=[A-Z]))+", _I)
SMALL_WORDS = {"and", "of", "for", "the", "on", "in", "to", "a", "an", "at", "&"}
DISCUSSED_ON = re.compile(r"\b(?:discussed|held|considered|meeting)\s+(?:on\s+)?", _I)


@dataclass
class Header:
    """What a paper's opening lines say about it."""

    fields: dict[str, str] = field(default_factory=dict)
    opening: str = ""
    title: str | None = None
    body: str | None = None
    date: str | None = None


def split_document(document: Document) -> list[Paper]:
    """Every paper of the document, in order; never empty for a non-empty document."""
    blocks = document.blocks
    if not blocks:
        return [Paper(document, 0, 0, title=document.title)]
    papers = [Paper(document, s, e) for s, e in paper_spans(blocks)]
    if not papers:  # a document of nothing but blank-page notices
        papers = [Paper(document, 0, len(blocks))]
    for paper in papers:
        describe(paper)
    inherit(papers)
    if len(papers) == 1 and not papers[0].title:
        papers[0].title = document.title
    return papers


# ---------------------------------------------------------------------- boundaries


def paper_spans(blocks: list[Block]) -> list[tuple[int, int]]:
    """``(first, last)`` block ranges of the papers, blank-page notices left out."""
    starts = _start_indexes(blocks)
    spans: list[tuple[int, int]] = []
    bounds = [*starts, len(blocks)]
    for first, last in pairwise(bounds):
        content = [i for i in range(first, last) if not is_blank_page(blocks[i])]
        if content:
            spans.append((content[0], content[-1] + 1))
    return spans


def is_blank_page(block: Block) -> bool:
    return len(block.text) < 80 and bool(BLANK_PAGE.match(_plain(block.text)))


def _start_indexes(blocks: list[Block]) -> list[int]:
    """Block indexes where a paper starts (always including 0)."""
    starts = [0]
    after_blank = False
    titled = False  # has the current paper shown the line that names its kind yet?
    heads: set[str] = set()  # lines at the tops of the current paper's pages
    resets = _page_resets(blocks)
    for i, block in enumerate(blocks):
        if is_blank_page(block):
            after_blank = True
            continue
        cue = start_cue(blocks, i) is not None
        top_of_page = i == 0 or blocks[i - 1].page != block.page
        # a title repeated at the top of each page is a running head; every cover sheet
        # starts "To: <the panel>", so a cover is never one
        running_head = top_of_page and _plain(block.text) in heads and not (
            _is_cover_start(blocks, i) or (block.kind == "table" and _is_cover_table(block)))
        if top_of_page:
            heads.add(_plain(block.text))
        bare_item = cue and BARE_ITEM_LINE.match(_plain(block.text)) and i - starts[-1] > 2
        strong = after_blank or i in resets or (cue and top_of_page and not running_head) or (
            i > 0 and MEETING_CLOSED.search(_plain(blocks[i - 1].text)) is not None) or (
            bool(bare_item) and not running_head)  # "Agenda Item 3" heads the next paper
        if strong and i > 0:
            starts.append(_pull_back(blocks, i, starts[-1]))
            titled, heads = cue, {_plain(block.text)}
        elif cue and not titled and i - starts[-1] <= FRONT_SHEET:
            titled = True  # a front sheet's "AGENDA" or "MINUTES" line: same paper
        elif cue and i - starts[-1] > NEARBY and not running_head:
            starts.append(_pull_back(blocks, i, starts[-1]))
            titled, heads = True, {_plain(block.text)}
        after_blank = False
    return sorted(set(starts))


def start_cue(blocks: list[Block], i: int) -> str | None:
    """The kind of paper block ``i`` opens, if it reads like the first line of one."""
    block = blocks[i]
    if block.kind == "table":
        return "report" if _is_cover_table(block) else None
    if block.kind == "list_item":
        return None
    text = _plain(block.text)
    if ITEM_NUMBERED.match(text):
        return None  # "116. Future Work Programme": an item of the paper we are in
    for kind, pattern in START_RULES:
        if pattern.search(text) and _short_enough(kind, text):
            if kind == "report" and not _opens_report(blocks, i):
                continue
            if kind == "work_programme" and not _names_programme(blocks, i, text):
                continue
            return kind
    if _is_cover_start(blocks, i):
        return "report"
    if (block.kind == "heading" or block.bold) and QUESTIONS_HEADING.search(text) and \
            len(text.split()) <= 16:
        return "questions"
    return None


def _names_programme(blocks: list[Block], i: int, text: str) -> bool:
    """A work programme's title names its body or its year, or tops a page; a bare
    "Forward Plan" heading is an item of minutes."""
    top_of_page = i > 0 and blocks[i - 1].page != blocks[i].page
    return top_of_page or bool(re.search(r"\b20\d{2}\b", text)) or _body_line(text) is not None


def _opens_report(blocks: list[Block], i: int) -> bool:
    """"Report of the Chief Executive" heads a paper only at the top of a page or over a
    cover sheet's fields; under an agenda item it describes the item."""
    if BARE_ITEM_LINE.match(_plain(blocks[i].text)):
        return True  # "Agenda Item 5" alone on a line is the header a pack puts on a paper
    top_of_page = i > 0 and blocks[i - 1].page != blocks[i].page
    window = "\n".join(_plain(b.text) for b in blocks[i + 1 : i + 5])
    return top_of_page or bool(set(read_fields(window)) & (COVER_LABELS | {"date"}))


def _short_enough(kind: str, text: str) -> bool:
    """A title line is short and is not a sentence; minutes and notices may open with one
    long sentence ("MINUTES of a meeting of ... held on ...")."""
    words = len(text.split())
    if kind in ("minutes", "agenda"):
        return words <= 80 and (words <= 30 or text.lstrip("#* ")[:7].isupper()
                                or bool(HELD_ON.search(text)))
    return words <= 16 and not text.rstrip().endswith(".")


def _is_cover_start(blocks: list[Block], i: int) -> bool:
    """A "To:" line with another cover-sheet field within the next few blocks."""
    text = _plain(blocks[i].text)
    if not re.match(r"^\W*to\s*:", text, _I):
        return False
    window = "\n".join(_plain(b.text) for b in blocks[i : i + 5])
    return len(set(read_fields(window)) & (COVER_LABELS | {"date"})) >= 2


def _is_cover_table(block: Block) -> bool:
    """A cover sheet laid out as a table: "Report to: | X Panel", "Date: | ..."."""
    labels = {re.sub(r"\s+", " ", row[0].strip().rstrip(":").lower())
              for row in block.rows or [] if row}
    return len(labels & (COVER_LABELS | {"date", "date of meeting", "meeting date",
                                          "meeting"})) >= 2 and bool(
        labels & (COVER_LABELS - {"by", "author", "purpose"}))


def _pull_back(blocks: list[Block], i: int, floor: int) -> int:
    """Take in the headings printed just above a paper's first line (its letterhead)."""
    j = i
    while j - 1 > floor and i - j < 3 and _is_letterhead(blocks[j - 1]):
        j -= 1
    return j


def _is_letterhead(block: Block) -> bool:
    text = _plain(block.text)
    if block.kind == "heading" and len(text.split()) <= 12 and not BLANK_PAGE.match(text):
        return True
    return REPORT_START.search(text) is not None and len(text.split()) <= 6


def _page_resets(blocks: list[Block]) -> set[int]:
    """First blocks of pages whose printed page number goes back to 1."""
    numbers: list[tuple[int, int, int]] = []  # (page, printed number, first block index)
    first_of_page: dict[int, int] = {}
    for i, block in enumerate(blocks):
        first_of_page.setdefault(block.page, i)
        m = PAGE_LABEL.match(block.text) if len(block.text) < 20 else None
        if m and block.kind != "list_item":
            numbers.append((block.page, int(m.group(1)), first_of_page[block.page]))
    resets: set[int] = set()
    for (_, before, _), (_, now, index) in pairwise(numbers):
        if now == 1 and before > 1 and index > 0:
            resets.add(index)
    return resets


# ------------------------------------------------------------------- description


def describe(paper: Paper) -> None:
    """Fill a paper's title, date, body and kind from its own text."""
    header = read_header(paper.blocks)
    rows = [row for b in paper.blocks if b.rows for row in b.rows]
    paper.kind = classify(header.opening, paper.text, has_cover=_has_cover(header),
                          table_rows=rows)
    paper.title = header.title
    if paper.kind == "agenda" and not re.match(r"\W*(?:agenda|notice|summons)", paper.title or "",
                                               _I):
        paper.title = f"Agenda – {header.body}" if header.body else "Agenda"
    paper.body = header.body
    lines = 1 if paper.kind == "work_programme" else 3  # its other dates are meetings to come
    paper.date = header.date or _date_in_text(header.opening, paper.text, lines)
    for name, value in header.fields.items():
        paper.extra[name] = value


def _has_cover(header: Header) -> bool:
    return len(set(header.fields) & (COVER_LABELS | {"date"})) >= 2


def read_header(blocks: list[Block], size: int = 12) -> Header:
    """Title, body, date and labelled fields from a paper's first blocks."""
    lines = [_plain(line) for b in blocks[:size] for line in _block_lines(b)]
    lines = [ln for ln in lines if ln]
    opening = "\n".join(lines)
    header = Header(fields=read_fields(opening), opening=opening)
    header.body = _body_of(header, lines)
    header.title = _title_of(header, lines)
    header.date = _date_of(header, lines)
    return header


def _block_lines(block: Block) -> list[str]:
    """A block as lines; a table row "Date: | 5 June" reads as "Date: 5 June"."""
    if block.rows:
        return [" ".join(c for c in row if c.strip()) for row in block.rows]
    if block.kind == "list_item" and block.marker and block.marker[0].isalnum():
        return [f"{block.marker} {block.text}"]  # "2. Minutes of ..." is an item, not a title
    return [block.text]


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
        body = _body_line(line) if len(line.split()) <= 15 else None
        if body:
            return body
    return None


def _body_line(line: str) -> str | None:
    """A body named in a title line ("Police and Crime Panel - Work Programme")."""
    for m in BODY_NAME.finditer(line):
        body = clean_body(m.group(1))
        if body:
            return body
    return None


def clean_body(text: str) -> str | None:
    """The committee or board named by ``text``, tidied; None if it names none.

    Leading articles, month and weekday words and a possessive owner ("the
    Commissioner's Performance and Delivery Board") are dropped; an ALL-CAPS name is
    given title case. A name must end in a body word (Panel, Board, Committee, ...).
    """
    text = re.sub(r"\s+", " ", _plain(text)).strip(" .,:;-–")
    m = re.search(rf"^(.*?\b{BODY_WORDS})\b", text, _I)
    if not m:
        return None
    name = LEADING_NOISE.sub("", m.group(1)).strip()
    if len(name.split()) < 2 or len(name.split()) > 12:
        return None
    return title_case(name) if name.isupper() else name


def title_case(text: str) -> str:
    """"KENT AND MEDWAY POLICE AND CRIME PANEL" -> "Kent and Medway Police and Crime Panel"."""
    words = text.lower().split()
    return " ".join(w if (w in SMALL_WORDS and k) else w.capitalize() for k, w in
                    enumerate(words))


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
    from scrutiny.extract.parse.dates import find_dates

    body = _body_line(line) if len(line.split()) <= 15 else None
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


def start_kind(line: str) -> str | None:
    """The kind of paper a line opens by the start rules (without block context)."""
    return next((kind for kind, p in START_RULES if p.search(line)), None)


def _date_of(header: Header, lines: list[str]) -> str | None:
    """The meeting date a paper states: a Date field, else a "held on" sentence."""
    from scrutiny.extract.parse.dates import find_dates, parse_date

    year = _usual_year(header.opening)
    for label in ("meeting date", "date of meeting", "date & time", "date", "meeting"):
        if label in header.fields:
            iso = parse_date(header.fields[label], default_year=year)
            if iso and len(iso) == 10:
                return iso
    for k, line in enumerate(lines[:10]):
        if ITEM_NUMBERED.match(line):
            continue  # "3 Minutes of the meeting held on ...": an item about another meeting
        if HELD_ON.search(line) or DISCUSSED_ON.search(line):
            # "... to be held on" may leave the date itself to the next line
            for text in (line, *lines[k + 1 : k + 2]) if line.rstrip().endswith(
                    ("on", "at", ":")) else (line,):
                found = [d.iso for d in find_dates(text, default_year=year) if d.iso]
                days = [iso for iso in found if len(iso) == 10]
                if days:
                    return days[0]
    return None


def _date_in_text(opening: str, text: str, lines: int = 3) -> str | None:
    """A meeting date in the paper's title lines, with the year the paper mostly uses."""
    from scrutiny.extract.parse.dates import find_dates

    year = _usual_year(text)
    for line in opening.splitlines()[:lines]:
        if len(line.split()) > 40:
            continue
        for found in find_dates(line, default_year=year):
            if found.iso and len(found.iso) == 10:
                return found.iso
    return None


def _usual_year(text: str) -> int | None:
    """The year a paper mentions most (for dates printed without one)."""
    years = Counter(int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", text))
    if not years:
        return None
    top = max(years.values())
    return max(y for y, n in years.items() if n == top)


# --------------------------------------------------------------------- inheritance


def inherit(papers: list[Paper]) -> None:
    """Papers that state no date or body take the pack's; short names take the full one.

    The pack's meeting is that of its first agenda (else its first paper with a date).
    A body written short in one paper ("Police and Crime Panel") and in full in another
    ("X and Y Police and Crime Panel") is given the full name throughout.
    """
    lead = next((p for p in papers if p.kind == "agenda" and p.date), None)
    lead = lead or next((p for p in papers if p.date), None)
    names = [p.body for p in papers if p.body]
    for paper in papers:
        if paper.body:
            paper.body = fullest_name(paper.body, names)
        if lead is None or paper is lead:
            continue
        if paper.body is None:  # minutes too: "Minutes of the meeting held on ..." in a pack
            paper.body = lead.body
        if paper.date is None and same_body(paper.body, lead.body):
            paper.date = lead.date


def body_key(name: str | None) -> str:
    """A body name compared loosely: lower case, "&" as "and", no punctuation."""
    text = (name or "").lower().replace("&", " and ")
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def same_body(a: str | None, b: str | None) -> bool:
    """Two names of one body: equal, or one the tail of the other ("Panel" forms)."""
    ka, kb = body_key(a), body_key(b)
    if not ka or not kb:
        return not ka and not kb
    return ka == kb or ka.endswith(" " + kb) or kb.endswith(" " + ka)


def fullest_name(name: str, names: list[str]) -> str:
    """The longest name in ``names`` that names the same body as ``name``."""
    same = [n for n in names if same_body(n, name)]
    return max(same, key=len) if same else name


@lru_cache(maxsize=8192)
def _plain(text: str) -> str:
    """Text without Markdown emphasis or heading marks, spaces collapsed.

    Cached: the splitter and the extractors ask for the same blocks' text many times.
    """
    if "*" in text or "_" in text:
        text = EMPHASIS.sub(" ", text)
    text = text.strip()
    if text.startswith("#"):
        text = re.sub(r"^#{1,6}\s+", "", text)
    text = SPACE_BEFORE_MARK.sub(r"\1", text)
    return SPACES.sub(" ", text).strip()


def plain(text: str) -> str:
    """Public form of the Markdown-stripping the splitter uses (extractors share it)."""
    return _plain(text)
