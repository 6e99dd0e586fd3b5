"""Space-aligned tables in plain text: columns found from where the words line up.

PDF-to-text converters, and authors typing into a plain-text paper, lay tables out with
runs of spaces between the columns. A column heading that does not fit one line is
printed over two ("12 months to" over "March 2024"), and the top line usually has no
first-column label, so it does not line up with the body on its own: the table's run
starts below it and the line falls into the caption paragraph. ``header_lines`` finds
those lines again by column position and ``join_header`` joins them cell by cell into
one header row.
"""

from __future__ import annotations

import re

from scrutiny.ingest.formats.markers import MARKER

GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
Span = tuple[int, int]
# A body cell that is a figure ("1,204", "-3.8%", "+2.3pp", "£4.1m"), not a heading word;
# a year alone ("2024") is as likely to be a heading, so it is not a figure here.
FIGURE = re.compile(r"^[-+−–]?[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|pp|p|k|m|bn)?$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
MAX_HEADER_LINES = 2  # heading lines above the run that are looked for


def pieces(line: str) -> list[Span]:
    """The (start, end) character spans of a line's pieces between 2+ space gaps."""
    spans = []
    first = len(line) - len(line.lstrip())
    for gap in GAP.finditer(line):
        spans.append((first, gap.start()))
        first = gap.end()
    spans.append((first, len(line.rstrip())))
    return spans


def slot(piece: Span, anchors: list[Span]) -> int | None:
    """The one anchor column a piece overlaps (left- or right-aligned), else None."""
    hits = [i for i, (a, b) in enumerate(anchors) if piece[0] < b + 1 and a - 1 < piece[1]]
    return hits[0] if len(hits) == 1 else None


def aligned_run(lines: list[str], start: int) -> int:
    """How many lines from ``start`` form a space-aligned table (0 if fewer than two).

    The first line's pieces fix the columns; each later line's pieces must each overlap
    exactly one of them. Some gap in the run must be 3+ spaces wide, so two lines of
    prose with double spaces after full stops are not a table.
    """
    if not GAP.search(lines[start].strip()) or MARKER.match(lines[start]):
        return 0
    anchors = pieces(lines[start])
    count = 1
    wide = "   " in lines[start].strip()
    for line in lines[start + 1:]:
        found = pieces(line)
        slots = [slot(p, anchors) for p in found]
        if "\t" in line or None in slots or len(set(slots)) < len(slots):
            break
        if len(found) == 1 and slots[0] == 0:
            break  # text back at the first column alone: the table has ended
        wide = wide or "   " in line.strip()
        count += 1
    return count if count >= 2 and wide else 0


def aligned_rows(lines: list[str]) -> list[list[str]] | None:
    """Cells of a space-aligned run; None if it is only ``Label:  value`` lines."""
    anchors = pieces(lines[0])
    rows: list[list[str]] = []
    for line in lines:
        cells = [""] * len(anchors)
        found = pieces(line)
        for a, b in found:
            cells[slot((a, b), anchors) or 0] = line[a:b].strip()
        if len(found) == 1 and rows:  # a wrapped cell continues the row above
            rows[-1] = [f"{a} {b}".strip() if b else a for a, b in zip(rows[-1], cells,
                                                                        strict=True)]
        else:
            rows.append(cells)
    if all(r[0].endswith(":") and len([c for c in r if c]) == 2 for r in rows):
        return None
    return rows


def columns(lines: list[str]) -> list[Span]:
    """Each column's full extent over a run's lines: the first line fixes the columns and
    every piece below widens the one it falls in (numbers are right-aligned, words left)."""
    extents = list(pieces(lines[0]))
    for line in lines[1:]:
        for piece in pieces(line):
            c = slot(piece, extents)
            if c is not None:
                extents[c] = (min(extents[c][0], piece[0]), max(extents[c][1], piece[1]))
    return extents


def header_cells(line: str, extents: list[Span]) -> list[str] | None:
    """A line's cells when it reads as a heading line over these columns, else None.

    Every piece must sit over exactly one column, no two over the same one, and some
    piece over a column other than the first: a caption or a wrapped sentence starts at
    the left margin alone, and prose pieces straddle columns.
    """
    found = pieces(line)
    slots = [slot(p, extents) for p in found]
    if None in slots or len(set(slots)) < len(slots) or slots == [0]:
        return None
    if "\t" in line or MARKER.match(line) or line.rstrip().endswith((".", ":")):
        return None
    cells = [""] * len(extents)
    for (a, b), c in zip(found, slots, strict=True):
        cells[c or 0] = line[a:b].strip()
    if any(FIGURE.match(cell) and not YEAR.match(cell) for cell in cells):
        return None
    return cells


def header_lines(before: list[str], run: list[str]) -> list[list[str]]:
    """The cells of the heading lines just above a table's run (up to two), top first."""
    extents = columns(run)
    found: list[list[str]] = []
    for line in reversed(before[-MAX_HEADER_LINES:]):
        cells = header_cells(line, extents)
        if cells is None:
            break
        found.insert(0, cells)
    return found


def is_heading_row(row: list[str]) -> bool:
    """A row with no figure in it: the run's own first line is a heading line too."""
    return not any(FIGURE.match(cell) and not YEAR.match(cell) for cell in row[1:])


def join_header(lines: list[list[str]], rows: list[list[str]]) -> list[list[str]]:
    """The table's rows with the heading lines joined, cell by cell, into one header row.

    The heading lines are those found above the run, then the run's own first row when
    it is a heading line too, then a second row under it that continues it (no label in
    the first column, no figure: "Full-year" over "budget") when figures follow.
    """
    stack = list(lines)
    body = list(rows)
    if body and is_heading_row(body[0]) and (stack or _continues_heading(body)):
        stack.append(body.pop(0))
        if _continues_heading([stack[-1], *body]):
            stack.append(body.pop(0))
    if not stack:
        return rows
    header = [" ".join(cell for cell in column if cell) for column in zip(*stack, strict=True)]
    return [header, *body]


def _continues_heading(rows: list[list[str]]) -> bool:
    """rows[1] is the second line of the heading in rows[0]: no first-column label, no
    figure, and figures in the rows below it (so a text-only table is left alone)."""
    if len(rows) < 3 or rows[1][0] or not rows[0][0] or not is_heading_row(rows[1]):
        return False
    return any(not is_heading_row(row) for row in rows[2:])
