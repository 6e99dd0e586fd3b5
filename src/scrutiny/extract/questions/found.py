"""A question as a finder found it, and the block tests every finder shares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from scrutiny.extract.context import body, clean
from scrutiny.ingest.document import Block

_RESOLUTION = re.compile(
    r"^(?:\(?\s*)?(?:(?:UNANIMOUSLY\s+)?RESOLVED|AGREED|DECISION|DECIDED|RECOMMENDATIONS?|"
    r"NOTED)\b"
    r"|^(?i:(?:unanimously\s+)?resolved|agreed|decision|decided|recommendations?|outcome)"
    r"\s*(?:[:–—-]|\bthat\b)",
)


_QUESTION_LABEL = re.compile(
    r"^(?:supplementary\s+)?(?:question|q)\s*(?:no\.?\s*)?(?P<num>\d{1,3}[a-z]?)?\s*"
    r"(?:[:.)\-–—]\s*|\s+(?=from\b|by\b|asked\b)|$)"
    # "Supplementary question" on its own line, run by a text reader into the question
    r"|^supplementary\s+question\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def is_heading(block: Block) -> bool:
    return block.kind == "heading"


def is_resolution(text: str) -> bool:
    return bool(_RESOLUTION.match(clean(text)))


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


def is_rule(block: Block) -> bool:
    """A horizontal rule ("---", "***", "___") a Markdown or text paper draws between
    sections: whatever follows it (a footer, the next part) is not the answer above."""
    text = block.text.strip()
    return len(text) >= 3 and text[0] in "-*_=" and not text.strip(text[0] + " ")


def _is_boundary(block: Block) -> bool:
    return (
        is_heading(block) or is_resolution(block.text) or block.kind == "table"
        or is_rule(block)
    )


_Q_PREFIX = re.compile(
    r"^(?:supplementary\s+)?(?:question|q)\s*(?:no\.?\s*)?\d{0,3}[a-z]?\s*[:.)\-–—]\s*",
    re.IGNORECASE,
)


def strip_question_label(text: str) -> str:
    """"Q1. How ...?" -> "How ...?"; "Supplementary question: Cllr X asked" -> "Cllr X asked"."""
    return _Q_PREFIX.sub("", text, count=1).strip()


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
