"""Where one paper of a pack ends and the next begins."""

from __future__ import annotations

import re
from itertools import pairwise

from scrutiny.ingest.document import Block
from scrutiny.ingest.split.cover_sheet import is_cover_start, is_cover_table
from scrutiny.ingest.split.plain_text import plain
from scrutiny.ingest.split.start_cues import BARE_ITEM_LINE, MEETING_CLOSED, REPORT_START, start_cue

_I = re.IGNORECASE

BLANK_PAGE = re.compile(
    r"^\W*(?:this\s+page\s+(?:is\s+|has\s+been\s+)?(?:intentionally|deliberately)\s+"
    r"(?:left\s+)?blank|(?:page\s+)?intentionally\s+(?:left\s+)?blank)\W*$", _I)
SIGNATURE = re.compile(r"^\W*(?:signed|chair(?:man|person|woman)?|date[d]?|confirmed(?:\s+as\s+"
                       r"a\s+(?:true|correct)\s+record)?)\b[\s:]*"
                       r"(?:[.…_]{3,}.*|(?:\s*\w+){0,2})$", _I)
PAGE_LABEL = re.compile(r"^\W*(?:page\s+)?(\d{1,3})(?:\s+of\s+\d{1,3})?\W*$", _I)


NEARBY = 6  # cues this many blocks after a paper's start belong to that paper
FRONT_SHEET = 15  # a paper's own title line may come this far below its front-sheet details


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
    return len(block.text) < 80 and bool(BLANK_PAGE.match(plain(block.text)))


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
        running_head = top_of_page and plain(block.text) in heads and not (
            is_cover_start(blocks, i) or (block.kind == "table" and is_cover_table(block)))
        if top_of_page:
            heads.add(plain(block.text))
        bare_item = cue and BARE_ITEM_LINE.match(plain(block.text)) and i - starts[-1] > 2
        strong = after_blank or i in resets or (cue and top_of_page and not running_head) or (
            i > 0 and MEETING_CLOSED.search(plain(blocks[i - 1].text)) is not None
            and not _is_signature(block)) or (
            bool(bare_item) and not running_head)  # "Agenda Item 3" heads the next paper
        if strong and i > 0:
            starts.append(_pull_back(blocks, i, starts[-1]))
            titled, heads = cue, {plain(block.text)}
        elif cue and not titled and i - starts[-1] <= FRONT_SHEET:
            titled = True  # a front sheet's "AGENDA" or "MINUTES" line: same paper
        elif cue and i - starts[-1] > NEARBY and not running_head:
            starts.append(_pull_back(blocks, i, starts[-1]))
            titled, heads = True, {plain(block.text)}
        after_blank = False
    return sorted(set(starts))


def _is_signature(block: Block) -> bool:
    """"Chairman ........", "Signed", "Date: ____": the lines minutes end with, after
    "The meeting closed at ...", are still the minutes."""
    return len(block.text) < 120 and SIGNATURE.match(plain(block.text)) is not None


def _pull_back(blocks: list[Block], i: int, floor: int) -> int:
    """Take in the headings printed just above a paper's first line (its letterhead)."""
    j = i
    while j - 1 > floor and i - j < 3 and _is_letterhead(blocks[j - 1]):
        j -= 1
    return j


def _is_letterhead(block: Block) -> bool:
    text = plain(block.text)
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
