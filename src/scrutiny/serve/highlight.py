"""Turn untrusted document text into pieces a template can show with some parts marked.

Nothing here produces HTML from document text except :func:`snippet_markup`, which
escapes every piece first and only then wraps the search engine's sentinel-marked
words in ``<mark>``. Everything else returns plain pieces that Jinja2 autoescapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from scrutiny.store.search import highlight_parts


@dataclass
class Piece:
    """A run of text; ``marked`` when it lies inside the cited span."""

    text: str
    marked: bool = False
    anchor: bool = False  # the first marked piece on the page: scrolled to as #cited


def split_span(text: str, text_start: int, start: int | None, end: int | None) -> list[Piece]:
    """Split ``text`` (which begins at ``text_start`` in the document) around [start, end)."""
    if start is None or end is None or end <= start:
        return [Piece(text)]
    lo = max(0, min(len(text), start - text_start))
    hi = max(0, min(len(text), end - text_start))
    if lo >= hi:
        return [Piece(text)]
    pieces = [Piece(text[:lo]), Piece(text[lo:hi], marked=True), Piece(text[hi:])]
    return [p for p in pieces if p.text]


def table_pieces(
    rows: list[list[str]], block_start: int, start: int | None, end: int | None
) -> list[list[list[Piece]]]:
    """Each cell of a table as pieces, using the block text's layout (tabs and newlines).

    The block's text is the cells joined by tabs and the rows by newlines, with newlines
    inside a cell turned to spaces, so cell offsets follow from the cell lengths.
    """
    offset = block_start
    out: list[list[list[Piece]]] = []
    for row in rows:
        cells = []
        for cell in row:
            text = cell.replace("\n", " ")
            cells.append(split_span(text, offset, start, end))
            offset += len(text) + 1  # the tab or newline after the cell
        out.append(cells)
    return out


def first_mark(blocks: list[dict[str, Any]]) -> None:
    """Set ``anchor`` on the first marked piece of the page's blocks, in reading order."""
    for block in blocks:
        for piece in _block_pieces(block):
            if piece.marked:
                piece.anchor = True
                return


def _block_pieces(block: dict[str, Any]) -> list[Piece]:
    if block.get("cells"):
        return [piece for row in block["cells"] for cell in row for piece in cell]
    return list(block.get("pieces") or [])


def snippet_markup(snippet: str) -> Markup:
    """A search snippet as HTML: each run escaped, matched runs wrapped in <mark>."""
    out = []
    for text, matched in highlight_parts(snippet):
        out.append(Markup("<mark>%s</mark>") % text if matched else escape(text))
    return Markup("").join(out)
