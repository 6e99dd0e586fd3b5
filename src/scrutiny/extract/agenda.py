"""Agenda items and the decisions recorded against them.

An agenda lists numbered items; minutes and board notes repeat them as numbered
headings with the discussion and the decision beneath. Numbers are kept as printed
(``4``, ``B1``, ``118``, ``23/41``, ``PCP/24/07``, ``PCP/31``, ``4.1``), and a second reference
printed beside a minute ("(Item A4)") is kept as ``ref``.

What tells an item heading from a numbered paragraph of discussion: a heading is a
title, short and without a sentence's closing full stop or question mark; paragraphs
("1. The Chairman welcomed ...") are sentences. Decisions are the text after
"RESOLVED" / "AGREED" / "DECIDED" (however punctuated, "UNANIMOUSLY" or not), a
sentence with the verb in capitals ("The Panel NOTED the report"), or, in notes that
record decisions in prose, the clause that says something "was agreed" or "approved", or
that "The Panel noted / confirmed / agreed / resolved ..." (a Welsh panel's minutes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from scrutiny.extract.base import register_file, source_for
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.split import plain
from scrutiny.parse.names import is_person_name
from scrutiny.records import AgendaItem

_I = re.IGNORECASE

ITEM_KINDS = {"agenda", "minutes", "board_notes"}
# records of questions: their banner, or the labelled items they group questions under
BANNER_ITEM_KINDS = {"questions"}
NUMBER = (r"(?:[A-Z]{2,6}/\d{2}/\d{1,3}|[A-Z]{2,6}\s?\d{1,3}/\d{2,4}|[A-Z]{2,6}/\d{1,4}"
          r"|\d{1,3}/\d{1,4}"
          r"|[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?[a-z]?"
          r"|\d{1,3}\s?\((?:[a-z]|[ivx]{1,4})\)"  # a sub-item: "5(a)", "12 (iii)"
          r"|\d{1,3}(?:\.\d{1,2})?[a-z]?)")
MONTH_START = re.compile(r"^(?:january|february|march|april|may|june|july|august|september|"
                         r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov"
                         r"|dec)\.?(?:\s+\d|$)", _I)
ITEM_LINE = re.compile(
    rf"^(?:[A-Z][A-Z ]{{3,40}}?\s+(?=(?:item\s+)?{NUMBER}[.):]?\s))?"  # "PART 1 ITEMS 118. ..."
    r"(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s+)?"  # a time printed before the number
    rf"(?i:(?:(?:agenda\s+)?item|minute|min\.)\s+(?:no\.?\s*)?)?(?P<num>{NUMBER})"
    r"(?:[.):]|\s*[-–—:])?\s+"
    r"(?P<title>\S.*)$", re.S)
MARKER = re.compile(rf"^(?:(?:(?:agenda\s+)?item|minute|min\.)\s+)?(?P<num>{NUMBER})[.):]?$", _I)
HEADER_ITEM = re.compile(r"^\W*(?:agenda\s+)?item\s+(?:no\.?\s*)?\S+\s*[:.–—-]?\s+[A-Z]", _I)
LABELLED_ITEM = re.compile(
    rf"^\W*(?:paper|(?:agenda\s+)?item)\s+(?:no\.?\s*)?(?P<num>{NUMBER})\s*[:.–—-]\s+"
    r"(?P<title>\S.*)$", _I | re.S)
SECOND_REF = re.compile(
    r"\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<ref>[A-Z]{0,3}\d{1,3}[a-z]?(?:\.\d{1,2})?)"
    r"\s*\)", _I)
PAGES_THEN_MORE = re.compile(r"(?<=\S)\s*\(\s*pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*\)\s+(?=[A-Z])", _I)
PURPOSE = re.compile(r"(?<=[a-z0-9)])\s+(?=(?:To\s+(?:note|receive|consider|approve|agree|confirm|"
                     r"review|scrutinise|comment|discuss|elect|appoint)|Report\s+(?:of|by)\s+"
                     r"the|Purpose\s*:)\b)")
LEADER = re.compile(r"(?:\s*(?:\.{3,}|…+)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
                    r"|\s+\d{1,3}\s*[-–]\s*\d{1,3})\s*$")
PAGES_HEADER = re.compile(r"^\W*(?:no\.?|item|ref\.?)?\s*(?:business|title|subject|"
                          r"report|agenda\s+item|item)\s+(?:.{0,25}\s)?(?:pages?|page\s+no\.?)"
                          r"\W*$", _I)
# the page column's number: "Minutes 3", "Budget 2025/26 15 - 22", "Quarter 3 9"
PAGE_COLUMN = re.compile(r"(?<=\S)\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?$")
PAGES = re.compile(r"\s*\(?\bpages?\s+\d+(?:\s*[-–]\s*\d+)?\)?\s*$", _I)
RESOLUTION = re.compile(
    r"^\W*(?:it\s+was\s+)?(?P<word>(?:unanimously\s+)?(?:resolved|agreed|decided|decision"
    r"|outcome|recommendation\s+agreed)(?:\s+unanimously)?)\b\s*(?P<punct>[:\-–—,.]?)\s*"
    r"(?P<rest>.*)$", _I | re.S)
CAPITAL_DECISION = re.compile(
    r"\b(?i:(?:the\s+)?(?:panel|committee|board|members?|meeting|commissioner))\s+"
    r"(?P<verb>(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|NOTED|DECIDED|APPROVED|ENDORSED|"
    r"RECOMMENDED))\b")
# "The Panel AGREED that ..." / "The Panel RESOLVED:" + lettered lines: as after a bare
# RESOLVED, the decision is what follows the verb; "The Panel NOTED the report" is whole
DECIDING_VERB = re.compile(r"(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|DECIDED)$")
PROSE_DECISION = re.compile(
    r"\b(?:(?:was|were|is|are|been|be)\s+(?:therefore\s+|duly\s+|formally\s+|unanimously\s+)?"
    r"(?:agreed|approved|endorsed|ratified|adopted|signed\s+off|confirmed|accepted|carried)"
    r"|the\s+(?:board|panel|"
    r"committee|meeting)\s+(?:unanimously\s+)?(?:agreed|approved|resolved|endorsed|decided))\b",
    _I)
# "The Panel noted the report": a decision where nothing stronger was agreed or resolved
NOTED_DECISION = re.compile(r"\bthe\s+(?:board|panel|committee|meeting)\s+(?:unanimously\s+)?"
                            r"(?:noted|confirmed|accepted|supported)\b", _I)
# The words without which CAPITAL_DECISION, PROSE_DECISION and NOTED_DECISION cannot
# match (as printed for the first; lower case for the others, which ignore case)
CAPITAL_VERBS = ("RESOLVED", "AGREED", "NOTED", "DECIDED", "APPROVED", "ENDORSED", "RECOMMENDED")
PROSE_VERBS = ("agreed", "approved", "endorsed", "ratified", "adopted", "signed", "confirmed",
               "accepted", "carried", "resolved", "decided")
NOTED_VERBS = ("noted", "confirmed", "accepted", "supported")
ITEM_TABLE = re.compile(r"^(?!.*\b(?:owner|due|status|deadline|lead)\b).*\b(?:item|subject|"
                        r"topic|agenda)\b", _I)
SENTENCE_END = re.compile(r"[.?!;:,]$")
CONTACT_LINE = re.compile(  # a signature's contact lines: "Tel: 01632 ...", an address, a date
    r"^\W*(?:(?:tel(?:ephone)?|phone|direct\s+(?:line|dial)|mobile|e-?mail|contact)\b|dated?\s*:|"
    r"[\d\s()+-]{9,}$|\S+@\S+$|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4}$|\d{1,2}/\d{1,2}/\d{2,4}$)", _I)
CONTACT_IN_LINE = re.compile(r"\b(?:tel(?:ephone)?|phone|direct\s+(?:line|dial)|e-?mail)\s*[:.]"
                             r"|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\S+@\S+\.\w", _I)
PAGE_THEN_NAME = re.compile(r"\s\d{1,3}\s+(?P<name>[A-Z][a-z'’-]+\s+[A-Z][A-Za-z'’-]+)(?=[\s,]|$)")
LETTER_MARKER = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]$")
OUTCOME_NOTE = re.compile(r"^\((?:unanimously|by\s+a\s+majority|nem\.?\s*con\.?)[^)]*\)[\s:,–-]*",
                          _I)


@dataclass
class Heading:
    """An item heading found at block ``index``."""

    index: int
    number: str
    title: str
    ref: str | None


@register_file("agenda", "1", "agenda_items")
def extract_agenda_items(papers: list[Paper]) -> list[AgendaItem]:
    """The numbered items of a file's papers, each kept once per meeting: a report headed
    "Agenda Item 5 – X" in a pack repeats the agenda's item 5, and the agenda (which
    comes first) holds it."""
    items: list[AgendaItem] = []
    seen: set[tuple[str | None, str | None]] = set()
    for paper in papers:
        for item in paper_items(paper):
            if (item.meeting_date, item.number) not in seen:
                seen.add((item.meeting_date, item.number))
                items.append(item)
    return items


def paper_items(paper: Paper) -> list[AgendaItem]:
    """The numbered items of an agenda, minutes or notes paper, with their decisions; of
    a record of the questions put under an item, the item its header names ("Item 6:
    Members' questions to ..."). A report's "Agenda Item 5" banner only says which
    meeting it is for: the agenda lists the item, the report gives none."""
    if paper.kind in BANNER_ITEM_KINDS:
        banner = header_item(paper)
        numbers = {item.number for item in banner}
        return banner + [i for i in labelled_items(paper) if i.number not in numbers]
    if paper.kind not in ITEM_KINDS:
        return []
    blocks = paper.blocks
    headings = find_headings(blocks)
    if paper.kind == "agenda" and any(_is_pages_header(b) for b in blocks[:40]):
        headings = [replace(h, title=PAGE_COLUMN.sub("", h.title)) for h in headings]
    items: list[AgendaItem] = []
    seen: set[str] = set()
    bounds = [h.index for h in headings] + [len(blocks)]
    for heading, end in zip(headings, bounds[1:], strict=True):
        if heading.number in seen:
            continue
        seen.add(heading.number)
        items.append(_item(paper, heading, blocks[heading.index + 1 : end], heading.index))
    items += table_items(paper, seen)
    return items


def header_item(paper: Paper) -> list[AgendaItem]:
    """"Item 6: Members' questions" at the head of a paper names the item it is for."""
    for block in paper.blocks[:4]:
        text = plain(block.text)
        if not HEADER_ITEM.match(text):
            continue
        found = item_headings(block)
        if found:
            number, title, ref = found[0]
            return [AgendaItem(meeting_date=paper.date, number=number, ref=ref, title=title,
                               source=source_for(paper.document, block.start, block.end))]
    return []


def labelled_items(paper: Paper) -> list[AgendaItem]:
    """"Paper A1: Performance – Quarter 2", "Item 4 – Estates": the items a record of
    questions groups its questions under (a label word, a number, a title)."""
    items: list[AgendaItem] = []
    for block in paper.blocks:
        m = LABELLED_ITEM.match(plain(block.text)) if block.kind != "table" else None
        if not m:
            continue
        title, ref = split_title(m.group("title"))
        if is_title(title) and m.group("num") not in {i.number for i in items}:
            items.append(AgendaItem(meeting_date=paper.date, number=m.group("num"), ref=ref,
                                    title=title,
                                    source=source_for(paper.document, block.start, block.end)))
    return items


def _item(paper: Paper, heading: Heading, below: list[Block], index: int) -> AgendaItem:
    block = paper.blocks[index]
    ref = heading.ref or _ref_below(below)
    found = resolution(below, prose=paper.kind in ("board_notes", "minutes"))
    end = found[1].end if found else block.end
    return AgendaItem(
        meeting_date=paper.date, number=heading.number, ref=ref, title=heading.title,
        resolution=found[0] if found else None,
        source=source_for(paper.document, block.start, end),
    )


# ---------------------------------------------------------------------- headings


def _is_pages_header(block: Block) -> bool:
    """"Item  Business  Pages": the header of an agenda whose last column, the page an
    item's papers start on, a reader may run into each title ("Minutes 3")."""
    text = plain(block.text)
    return len(text) < 60 and PAGES_HEADER.match(text) is not None


def find_headings(blocks: list[Block]) -> list[Heading]:
    """Item headings, in order (several when a reader ran an agenda's lines together)."""
    headings = []
    for i, block in enumerate(blocks):
        headings += [Heading(i, *found) for found in item_headings(block)]
    return headings


def item_heading(block: Block) -> tuple[str, str, str | None] | None:
    """``(number, title, ref)`` when ``block`` opens with a numbered item title."""
    found = item_headings(block)
    return found[0] if found else None


def item_headings(block: Block) -> list[tuple[str, str, str | None]]:
    """The numbered item titles in ``block``: usually none or one."""
    if block.kind == "table":
        return []
    marker = MARKER.match((block.marker or "").strip())
    if not marker and not ITEM_LINE.match(plain(block.text)):
        # the signature cut only shortens the text, and ITEM_LINE matching a shortened
        # text matches the whole: a block that fails here fails below, so the costly
        # signature search runs on item lines only
        return []
    text = without_signature(plain(block.text))
    if marker:
        pieces = [(marker.group("num"), text)]
    else:
        m = ITEM_LINE.match(text)
        if not m:
            return []
        pieces = run_together(m.group("num"), m.group("title"))
    found = []
    for number, raw in pieces:
        title, ref = split_title(raw)
        if not is_title(title):
            break
        found.append((number, title, ref))
    return found


def without_signature(text: str) -> str:
    """The text above a signature block a reader ran into the last item: the name, job
    title, phone and date lines that close an agenda ("Jo Bloggs / Clerk / Tel: ... "),
    on lines of their own or run into one line."""
    lines = text.split("\n")
    contact = next((k for k, line in enumerate(lines) if k and CONTACT_LINE.match(line)), None)
    if contact is not None:
        cut = next((k for k in range(max(1, contact - 2), contact)
                    if is_person_name(lines[k].strip())), contact)
        return "\n".join(lines[:cut])
    inline = CONTACT_IN_LINE.search(text)
    if inline:
        return _before_signer(text[: inline.start()])
    return _before_signed_page(text)


def _before_signed_page(text: str) -> str:
    """The last item of an agenda with its page number, and the signer run on after it:
    "Work Programme 6 Jo Bloggs Monitoring Officer, ..." -> "Work Programme"."""
    for m in PAGE_THEN_NAME.finditer(text):
        if is_person_name(m.group("name")):
            return text[: m.start()]
    return text


def _before_signer(text: str) -> str:
    """``text`` up to the signer's name: "Any other business Jo Bloggs Clerk" -> the item."""
    words = text.split(" ")
    for k in range(1, len(words) - 1):
        if is_person_name(f"{words[k]} {words[k + 1]}"):
            return " ".join(words[:k])
    return text


def run_together(number: str, text: str) -> list[tuple[str, str]]:
    """Split "Precept (Pages 9 - 20) 4.2 Financial Plan" at the next item's number.

    Only the number that would come next ("4.2" after "4.1", "B2" after "B1", "5" after
    "4") splits, so figures and dates inside a title are left alone.
    """
    pieces = [(number, text)]
    while True:
        current, rest = pieces[-1]
        nxt = _next_number(current)
        m = re.search(rf"\s{re.escape(nxt)}[.)]?\s+(?=[A-Z])", rest) if nxt else None
        if not m:
            return pieces
        pieces[-1] = (current, rest[: m.start()])
        pieces.append((nxt, rest[m.end():]))  # type: ignore[arg-type]


def _next_number(number: str) -> str | None:
    """The number printed after ``number`` in a list: 4 -> 5, 4.1 -> 4.2, B1 -> B2."""
    m = re.match(r"^(.*?)(\d+)([a-z]?)$", number)
    if not m or m.group(3):
        return None
    return f"{m.group(1)}{int(m.group(2)) + 1}"


def split_title(text: str) -> tuple[str, str | None]:
    """A title without its page numbers, and the "(Item A4)" reference beside it."""
    ref_match = SECOND_REF.search(text)
    ref = ref_match.group("ref") if ref_match else None
    title = SECOND_REF.sub(" ", text)
    # a reader may run the item's purpose line into its title: "X (Pages 9 - 14) Report of
    # the Commissioner." / "Date of Next Meeting To note that ..."
    title = PAGES_THEN_MORE.split(title)[0]
    title = PURPOSE.split(title)[0]
    title = PAGES.sub("", title)
    title = LEADER.sub("", title)  # "Minutes ........ 5", "Budget report 9 - 20"
    return re.sub(r"\s+", " ", title).strip(" -–—:"), ref


def is_title(text: str) -> bool:
    """A title is short, starts with a capital and is not a sentence."""
    words = text.split()
    if not words or len(words) > 22 or len(text) > 200:
        return False
    if not (text[0].isupper() or text[0].isdigit()) or MONTH_START.match(text):
        return False
    if SENTENCE_END.search(text) and not (text.endswith(".") and len(words) <= 3):
        return False
    return not (text.endswith("?") and len(words) > 6)


def _ref_below(below: list[Block]) -> str | None:
    """A second reference printed on the line under the heading: "(Item A4)"."""
    for block in below[:1]:
        m = SECOND_REF.fullmatch(plain(block.text).strip())
        if m:
            return m.group("ref")
    return None


def table_items(paper: Paper, seen: set[str]) -> list[AgendaItem]:
    """Items laid out as a table: a number in the first cell, the title beside it.

    In an agenda any such table lists items. Notes and minutes also hold action logs
    (Ref | Action | Owner | Due), so there a table counts only when its header names items
    ("Item | Discussion | Decision"), and a decision is read from the row's other cells.
    """
    items = []
    for block in paper.blocks:
        rows = block.rows or []
        if not rows or (paper.kind != "agenda" and not ITEM_TABLE.search(" ".join(rows[0]))):
            continue
        for row in rows:
            cells = [plain(c) for c in row if c.strip()]
            if len(cells) < 2 or not MARKER.match(cells[0]):
                continue
            number = MARKER.match(cells[0]).group("num")  # type: ignore[union-attr]
            title, ref = split_title(cells[1])
            if number in seen or not is_title(title):
                continue
            seen.add(number)
            items.append(AgendaItem(meeting_date=paper.date, number=number, ref=ref,
                                    title=title, resolution=_row_decision(cells[2:]),
                                    source=source_for(paper.document, block.start, block.end)))
    return items


def _row_decision(cells: list[str]) -> str | None:
    """The decision in a row's remaining cells, found as under an item heading."""
    found = resolution([Block("paragraph", c) for c in cells], prose=True)
    return found[0] if found else None


# ------------------------------------------------------------------- resolutions


def resolution(below: list[Block], *, prose: bool) -> tuple[str, Block] | None:
    """The decision recorded under an item, and the block it ends in."""
    for k, block in enumerate(below):
        text = plain(block.text)
        m = RESOLUTION.match(text)
        if m and _is_decision_word(m):
            return _decision_text(m.group("rest"), below[k + 1 :], block)
        capital = CAPITAL_DECISION.search(text) if _has_any(text, CAPITAL_VERBS) else None
        if capital and DECIDING_VERB.match(capital.group("verb")):
            return _decision_text(_sentence_rest(text, capital.end()), below[k + 1 :], block)
        if capital:
            return _sentence_at(text, capital.start()), block
    if prose:
        return (_prose_decision(below, PROSE_DECISION, PROSE_VERBS)
                or _prose_decision(below, NOTED_DECISION, NOTED_VERBS))
    return None


def _prose_decision(below: list[Block], pattern: re.Pattern[str],
                    verbs: tuple[str, ...]) -> tuple[str, Block] | None:
    for block in below:
        text = plain(block.text)
        m = pattern.search(text) if _has_any(text.lower(), verbs) else None
        if m and len(text.split()) <= 60:
            return _clause_at(text, m.start()), block
    return None


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of the words a pattern cannot match without: a plain
    substring test that spares most blocks the pattern's search."""
    return any(word in text for word in words)


def _is_decision_word(m: re.Match[str]) -> bool:
    """"RESOLVED that", "Resolved:", "AGREED –": capitals, or a word set off by punctuation."""
    word = m.group("word")
    if word.isupper():
        return True
    return bool(m.group("punct")) or m.group("rest").lower().startswith(("that", "to "))


def _decision_text(rest: str, after: list[Block], block: Block) -> tuple[str, Block]:
    """The words after RESOLVED, with the lettered lines that follow a bare "RESOLVED:"."""
    rest = OUTCOME_NOTE.sub("", rest.strip())
    parts = [rest] if rest else []
    last = block
    if not parts or parts[-1].endswith(":"):
        for nxt in after:
            if nxt.kind != "list_item" and parts and not parts[-1].endswith(":"):
                break
            if item_heading(nxt):
                break
            parts.append(_with_letter(nxt))
            last = nxt
            if nxt.kind != "list_item" and len(parts) > 1:
                break
    return " ".join(parts).strip(), last


def _sentence_at(text: str, start: int) -> str:
    """The sentence of ``text`` that contains ``start``, from its opening word."""
    opening = max(text.rfind(". ", 0, start) + 2, 0) if ". " in text[:start] else 0
    close = text.find(". ", start)
    return text[opening : close + 1 if close != -1 else len(text)].strip()


def _with_letter(block: Block) -> str:
    """A lettered line of a decision with its letter, as printed: "(a) to support ..."."""
    text = plain(block.text)
    marker = (block.marker or "").strip()
    if LETTER_MARKER.match(marker) and not text.startswith(marker):
        return f"{marker} {text}"
    return text


def _sentence_rest(text: str, start: int) -> str:
    """The words from ``start`` to the end of their sentence, without leading marks."""
    close = text.find(". ", start)
    return text[start : close + 1 if close != -1 else len(text)].lstrip(" :–—-,")


def _clause_at(text: str, start: int) -> str:
    """The clause holding a decision verb: "...; the Terms were therefore approved ..."."""
    opening = max(text.rfind(";", 0, start), text.rfind(". ", 0, start))
    opening = opening + 1 if opening != -1 else 0
    close = min((i for i in (text.find(";", start), text.find(". ", start)) if i != -1),
                default=len(text))
    clause = re.sub(r"^(?:decision|outcome|resolved|agreed)\s*[:–-]\s*", "",
                    text[opening:close].strip().rstrip(":"), flags=_I)
    return clause if close == len(text) else clause + ("." if text[close] == "." else "")
