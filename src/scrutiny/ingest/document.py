"""The one document model every reader returns and every extractor reads.

A Document is a flat, ordered list of Blocks. Each block knows its page (1-based) and
its character span ``[start, end)`` in ``Document.text``, which is the blocks' texts
joined by blank lines. That span is what records cite, so the UI can highlight the
exact passage whatever the original format was.

Tables keep their cells in ``Block.rows`` (a list of rows, each a list of cell
strings); their ``text`` is the rows joined with tabs and newlines, so full-text search
and span citations still work on them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
BLOCK_SEPARATOR = "\n\n"


@dataclass
class Block:
    """One unit of layout: a heading, a paragraph, a list item or a table."""

    kind: BlockKind
    text: str
    page: int = 1
    start: int = 0
    end: int = 0
    level: int | None = None  # heading level (1 = biggest) or list depth (0 = top)
    rows: list[list[str]] | None = None  # table cells, header row first when known
    bold: bool = False  # the whole block is bold/strong (a cue for questions and titles)
    italic: bool = False  # the whole block is italic/emphasised (a cue for answers)
    style: str | None = None  # reader-specific style name (DOCX style, HTML tag)
    marker: str | None = None  # list bullet or number as printed ("-", "3.", "(a)")

    @property
    def is_table(self) -> bool:
        return self.kind == "table"

    def row_span(self, r: int) -> tuple[int, int]:
        """The span of table row ``r`` in the document text, so a record drawn from one
        row of an action log cites that row, not the whole table."""
        return self.cell_span(r, 0)[0], self.cell_span(r, len((self.rows or [[]])[r]) - 1)[1]

    def cell_span(self, r: int, c: int) -> tuple[int, int]:
        """The span of one cell in the document text (a table's text is its rows joined
        by newlines and its cells by tabs, as ``table_text`` writes them)."""
        rows = self.rows or []
        offset = self.start
        for row in rows[:r]:
            offset += len("\t".join(cell.replace("\n", " ") for cell in row)) + 1
        cells = [cell.replace("\n", " ") for cell in rows[r]]
        offset += sum(len(cell) + 1 for cell in cells[:c])
        return offset, min(offset + len(cells[c]), self.end)


def table_text(rows: list[list[str]]) -> str:
    """The text form of a table: cells joined by tabs, rows by newlines."""
    return "\n".join("\t".join(cell.replace("\n", " ") for cell in row) for row in rows)


@dataclass
class Document:
    """A whole file as read: its blocks, text and where it came from."""

    source: str  # file name as given by the user (not trusted for anything but display)
    format: Literal["pdf", "docx", "html", "text"]
    blocks: list[Block] = field(default_factory=list)
    text: str = ""
    page_count: int = 1
    sha256: str = ""
    title: str | None = None  # document metadata title, when the format has one

    def pages(self) -> Iterator[tuple[int, list[Block]]]:
        """Yield (page number, blocks on that page) in order."""
        current: list[Block] = []
        number = self.blocks[0].page if self.blocks else 1
        for block in self.blocks:
            if block.page != number and current:
                yield number, current
                current = []
            number = block.page
            current.append(block)
        if current:
            yield number, current

    def page_of(self, offset: int) -> int:
        """The page holding character ``offset`` of ``text`` (the nearest block's page)."""
        # block ends only grow, so a binary search finds the first block ending after offset
        index = bisect_right(self.blocks, offset, key=lambda b: b.end + len(BLOCK_SEPARATOR))
        if index < len(self.blocks):
            return self.blocks[index].page
        return self.blocks[-1].page if self.blocks else 1


class DocumentBuilder:
    """Collects blocks in reading order and lays out ``text`` and spans once, at the end.

    Readers call :meth:`add` (skipping empty text) and then :meth:`build`; they never
    compute spans themselves, so every format cites text the same way.
    """

    def __init__(self, source: str, fmt: Literal["pdf", "docx", "html", "text"]) -> None:
        self.source = source
        self.format = fmt
        self.blocks: list[Block] = []

    def add(self, block: Block) -> None:
        if block.kind == "table" and block.rows is not None:
            block.rows = [row for row in block.rows if any(c.strip() for c in row)]
            if not block.rows:
                return
            # Only the end is trimmed: a leading empty cell's tab must stay, or every
            # cell span of the table would shift by one.
            block.text = table_text(block.rows).rstrip()
        else:
            block.text = block.text.strip()
        if block.text.strip():
            self.blocks.append(block)

    def extend(self, blocks: Iterable[Block]) -> None:
        for block in blocks:
            self.add(block)

    def build(self, *, page_count: int | None = None, title: str | None = None) -> Document:
        return assemble(self.source, self.format, self.blocks, page_count=page_count, title=title)


def assemble(
    source: str,
    fmt: Literal["pdf", "docx", "html", "text"],
    blocks: list[Block],
    *,
    page_count: int | None = None,
    title: str | None = None,
) -> Document:
    """Join blocks into ``text`` and give each block its span."""
    parts: list[str] = []
    offset = 0
    for block in blocks:
        if parts:
            offset += len(BLOCK_SEPARATOR)
        block.start = offset
        block.end = offset + len(block.text)
        parts.append(block.text)
        offset = block.end
    pages = page_count if page_count is not None else max((b.page for b in blocks), default=1)
    return Document(
        source=source,
        format=fmt,
        blocks=blocks,
        text=BLOCK_SEPARATOR.join(parts),
        page_count=pages,
        title=title,
    )
