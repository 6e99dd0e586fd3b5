"""The units a card reader walks: a paragraph, or one table row with the repeated cells a
merged cell becomes collapsed, each with its span in the document text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from scrutiny.ingest.document import Block


@dataclass
class Unit:
    """One paragraph, or one table row with merged (repeated) cells collapsed."""

    cells: list[str]
    start: int
    end: int
    block: Block

    @property
    def text(self) -> str:
        return " ".join(c for c in self.cells if c)


def _dedupe(cells: list[str]) -> list[str]:
    """Collapse the repeated cells a merged cell becomes in DOCX/PDF tables."""
    out: list[str] = []
    for cell in cells:
        cell = cell.strip()
        if out and cell and cell == out[-1]:
            continue
        out.append(cell)
    return out


def cell_span(block: Block, r: int, c: int) -> tuple[int, int]:
    """The span of one cell, so a record cites its cell, not the whole table."""
    return block.cell_span(r, c)


def units(blocks: list[Block]) -> Iterator[Unit]:
    for block in blocks:
        if block.kind == "table" and block.rows:
            offset = block.start
            for row in block.rows:
                line = "\t".join(c.replace("\n", " ") for c in row)
                yield Unit(_dedupe(row), offset, offset + len(line), block)
                offset += len(line) + 1
        else:
            yield from _paragraph_units(block)


# A finding's label inside a paragraph, then its number and the statement or a separator
# ("... in January.   Recommendation 1.2   Within six months ..."): a text reader joined
# the lines of two cards. "as set out in AFI 4" and
# "AFI 4 is addressed to ..." do not start a card.
EMBEDDED_LABEL = re.compile(
    r"(?<=\S)\s+(?=(?:AFI|area\s+for\s+improvement|recommendation|"
    r"cause\s+of\s+concern)\s+\d{1,3}(?:\.\d{1,3})*[a-z]?(?:\s{2,}|\s*[:–—-]\s|\s+(?-i:[A-Z])))",
    re.IGNORECASE)


# Words after which a label is named in a sentence ("set out in AFI 4"), not a new card.
REFERRING = re.compile(r"\b(?:in|of|to|by|under|and|or|see|with|the|from|for|at|per|this|"
                       r"that|within|its|our)$", re.IGNORECASE)


def _card_break(text: str, gap: re.Match[str]) -> bool:
    """Does the label after ``gap`` start a new card: after a sentence's end or a wide gap,
    or (PDF text, single spaces) after any word but one that names it in a sentence?"""
    before = text[:gap.start()]
    if before.endswith((".", ")")) or len(gap.group(0)) >= 2:
        return True
    return not REFERRING.search(before)


def _paragraph_units(block: Block) -> Iterator[Unit]:
    """A paragraph as one unit, or one per card where several labelled findings run
    together in it."""
    text = block.text
    cuts = [m.end() for m in EMBEDDED_LABEL.finditer(text) if _card_break(text, m)]
    if not cuts:
        yield Unit([text], block.start, block.end, block)
        return
    bounds = [0, *cuts, len(text)]
    for begin, end in pairwise(bounds):
        piece = text[begin:end].rstrip()
        if piece.strip():
            yield Unit([piece], block.start + begin, block.start + begin + len(piece), block)
