"""The units a card reader walks: a paragraph, or one table row with the repeated cells a
merged cell becomes collapsed, each with its span in the document text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

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
            yield Unit([block.text], block.start, block.end, block)
