"""Tables drawn without rules but with a shaded header row, found from the shading.

Many action logs and progress tables have no borders at all: only the header cells are
shaded, one filled rectangle per column, side by side. Those rectangles give the
columns. The body runs down from the header while lines stay inside the table's width,
keep the body's font size, and no line's text runs across a column boundary (a
paragraph after the table does).

Rows: each text line in the first column marks a row (an action's reference, an area
number). Between two such marks the row boundary is put in the widest horizontal band
of white space that crosses every column, which is right for cells aligned to the top
and for cells centred vertically alike. Cells are then read like a ruled grid's.

Tables ruled only horizontally (a rule above and below the header and one at the
foot, as in "plain" Word table styles) are read the same way, with the columns taken
from the header's pieces of text instead of from shading.

The result is a ``Grid`` like a ruled table's, so placement in reading order, run-on
joins across pages (the header band repeats) and cell reading are shared.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Protocol

from scrutiny.ingest.formats.colours import rag_word
from scrutiny.ingest.formats.pdf_grid import Cell, Fill, Grid, Rule, merge_rules

BAND_GAP = 8.0  # pt: neighbouring header cells are at most this far apart
MAX_LINE_GAP = 3.0  # font sizes of vertical white space that end a table body


class TextLine(Protocol):
    """What this module needs of a line: its extent and the x-spans of its text runs."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    spans: list[tuple[float, float]]


def _same_row(a: Fill, b: Fill) -> bool:
    """Two header cells of one row: same colour, side by side, overlapping vertically by
    most of the shorter one (shading may cover a cell or only its text lines)."""
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    shorter = min(a.bottom - a.top, b.bottom - b.top)
    return a.rgb == b.rgb and overlap >= 0.5 * shorter and -1 <= b.x0 - a.x1 <= BAND_GAP


def header_bands(fills: list[Fill]) -> list[list[Fill]]:
    """Runs of two or more same-coloured fills side by side in one row, left to right;
    each band's cells are stretched to the band's full height."""
    unique = {(round(f.x0), round(f.top), round(f.x1), round(f.bottom)): f for f in fills}
    plain = [f for f in unique.values() if rag_word(*f.rgb) is None and f.bottom - f.top < 40]
    plain.sort(key=lambda f: f.x0)
    bands: list[list[Fill]] = []
    for fill in plain:
        band = next((b for b in bands if _same_row(b[-1], fill)), None)
        if band is None:
            bands.append([fill])
        else:
            band.append(fill)
    out = []
    for band in bands:
        if len(band) < 2:
            continue
        top, bottom = min(f.top for f in band), max(f.bottom for f in band)
        out.append([Fill(f.x0, top, f.x1, bottom, f.rgb) for f in band])
    return sorted(out, key=lambda b: b[0].top)


def _crosses(line: TextLine, xs: list[float]) -> bool:
    """Text that runs across a column boundary: prose, not cells.

    Either one text run spans the boundary, or the runs on each side of it are only a
    word space apart (some PDF makers write every word as its own run), where cells
    on one baseline are separated by the cells' padding at least.
    """
    for x in xs[1:-1]:
        if not (line.x0 < x - 2 and line.x1 > x + 2):
            continue
        if any(a < x - 2 and b > x + 2 for a, b in line.spans):
            return True
        before = max((b for a, b in line.spans if b <= x + 2), default=None)
        after = min((a for a, b in line.spans if a >= x - 2), default=None)
        if before is not None and after is not None and after - before < 0.45 * line.size:
            return True
    return False


def _body(band: list[Fill], lines: Sequence[TextLine], xs: list[float],
          limit: float = float("inf")) -> list[TextLine]:
    below = sorted((ln for ln in lines if band[0].bottom - 1 <= ln.top < limit),
                   key=lambda ln: ln.top)
    body: list[TextLine] = []
    bottom = band[0].bottom
    for line in below:
        if line.x0 < xs[0] - 3 or line.x1 > xs[-1] + 3 or _crosses(line, xs):
            break
        if body and abs(line.size - body[0].size) > 1.5:  # a heading after the table
            break
        if line.top - bottom > MAX_LINE_GAP * line.size:
            break
        body.append(line)
        bottom = max(bottom, line.bottom)
    return body


def _free_bands(lines: Sequence[TextLine], low: float, high: float
                ) -> list[tuple[float, float]]:
    """The white bands between ``low`` and ``high`` crossing every column (no line
    covers them), top first."""
    covered = sorted((max(ln.top, low), min(ln.bottom, high)) for ln in lines
                     if ln.bottom > low and ln.top < high)
    bands = []
    cursor = low
    for top, bottom in [*covered, (high, high)]:
        if top > cursor:
            bands.append((cursor, top))
        cursor = max(cursor, bottom)
    return bands


def _free_band(lines: list[TextLine], low: float, high: float) -> float | None:
    """The middle of the widest white band between ``low`` and ``high`` crossing every
    column (no line covers it), or None if the lines leave none."""
    bands = _free_bands(lines, low, high)
    best = max(bands, key=lambda b: b[1] - b[0], default=None)
    return (best[0] + best[1]) / 2 if best else None


def _row_end(body: Sequence[TextLine], row_top: float, first: TextLine, last: TextLine,
             following: TextLine) -> float | None:
    """Where the row marked by first-column lines ``first``..``last`` ends, above the next
    mark ``following``.

    Usually the widest white band between the marks. When the row's other cells start
    above its mark, the row is centred on the mark, and a gap between a centred cell's
    lines can be as wide as the gap between rows: the band nearest to where a centred
    row would end (as far below the mark's middle as the row's top is above it) is taken.
    """
    bands = _free_bands(body, last.bottom, following.top)
    if not bands:
        return None
    centred = any(row_top < ln.top < first.top - 0.5 * first.size for ln in body)
    if centred:
        expected = first.top + last.bottom - row_top
        best = min(bands, key=lambda b: abs((b[0] + b[1]) / 2 - expected))
    else:
        best = max(bands, key=lambda b: b[1] - b[0])
    return (best[0] + best[1]) / 2


def _wrap_gap(keys: list[TextLine]) -> float:
    """The largest gap between first-column lines that can be a wrap inside one cell.

    Wrapped cells show as a second, tighter spacing among the first column's lines: the
    smallest gaps form a group apart from the rest (the row gaps). When the gaps are
    all alike every line is its own row, and nothing counts as a wrap (-1).
    """
    if len(keys) < 3:
        return -1.0
    size = keys[0].size
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(keys)]
    low = min(gaps)
    near = [g for g in gaps if g <= low + 0.3 * size]
    if low >= 0.5 * size or len(near) >= 0.75 * len(gaps):
        return -1.0
    return low + 0.3 * size


def _wrapped(previous: TextLine, line: TextLine, right: float) -> bool:
    """Whether ``line`` is the wrapped rest of the cell text on ``previous``: it follows
    closely, and its first word would not have fitted after ``previous`` in the column
    (otherwise the text would not have wrapped there)."""
    if line.top - previous.bottom > line.size:
        return False
    # PDFium may run a row's cells into one line: measure only what is in the column
    end = max((b for a, b in previous.spans if b <= right + 2), default=previous.x1)
    words = line.text.split()
    first_word = 0.5 * line.size * len(words[0]) if words else 0.0  # average glyph width
    return end + 0.25 * line.size + first_word > right - 4


def _continuation(body: list[TextLine], keys: list[TextLine], start: float) -> float | None:
    """Where a row run on from the previous page ends, above the first marked row.

    Text above the first first-column line belongs to that row when the row is centred
    (as much text above the mark as below it) or top-aligned (none above). When there
    is clearly more above than below, the top lines are the rest of a row the page
    break cut, and they get a row of their own.
    """
    key = keys[0]
    limit = float("inf")
    if len(keys) > 1:  # the row ends where the white band before the next mark is
        limit = _free_band(body, key.bottom, keys[1].top) or keys[1].top
    above = [ln for ln in body if ln.bottom <= key.top]
    if not above:
        return None
    below = [ln for ln in body if ln.top >= key.bottom and ln.bottom <= limit]
    reach_above = key.top - min(ln.top for ln in above)
    reach_below = max((ln.bottom for ln in below), default=key.bottom) - key.bottom
    if reach_above <= reach_below + 2 * key.size:
        return None
    return _free_band(body, start, key.top)


def band_grid(band: list[Fill], lines: Sequence[TextLine], page: int) -> Grid | None:
    """The table under a shaded header band, as a grid of cells (None if no body)."""
    xs = [band[0].x0] + [(a.x1 + b.x0) / 2 for a, b in itertools.pairwise(band)]
    xs.append(band[-1].x1)
    return _grid(xs, band[0].top, band[0].bottom, lines, page)


def continued_grid(xs: list[float], lines: Sequence[TextLine], page: int,
                   margin: float) -> Grid | None:
    """The rest of a banded table run on at the top of a new page without its header.

    Applies when the page's first line that fits the previous page's columns comes
    before any line that does not, lines above ``margin`` aside (running headers live
    there); the body is then read as under a header.
    """
    for line in sorted(lines, key=lambda ln: ln.top):
        if line.x0 >= xs[0] - 3 and line.x1 <= xs[-1] + 3 and not _crosses(line, xs):
            body = [ln for ln in lines if ln.top >= line.top - 1]
            return _grid(xs, line.top - 1, line.top - 1, body, page)
        if line.top > margin:
            return None
    return None


def _grid(xs: list[float], top: float, bottom: float, lines: Sequence[TextLine],
          page: int, limit: float = float("inf")) -> Grid | None:
    band = [Fill(xs[0], top, xs[-1], bottom, (0, 0, 0))]
    body = _body(band, lines, xs, limit)
    if not body:
        return None
    keys = [ln for ln in body if xs[0] - 3 <= ln.x0 < xs[1]]
    if not keys:
        return None
    ys = [top, bottom] if bottom - top > 1 else [bottom]  # no header row when run on
    rest = _continuation(body, keys, bottom)
    if rest is not None:
        ys.append(rest)
    wrap_gap = _wrap_gap(keys)
    first = previous = keys[0]
    for key in keys[1:]:
        if key.top - previous.bottom <= wrap_gap and _wrapped(previous, key, xs[1]):
            previous = key
            continue
        split = _row_end(body, ys[-1], first, previous, key)
        if split is not None:
            ys.append(split)
        first = previous = key
    ys.append(limit if limit != float("inf") else max(ln.bottom for ln in body) + 1)
    cells = [Cell(r, c, r, c) for r in range(len(ys) - 1) for c in range(len(xs) - 1)]
    return Grid(xs, ys, cells, page, banded=True)


def rule_stack_grids(rules: list[Rule], lines: Sequence[TextLine], page: int,
                     taken: list[Grid]) -> list[Grid]:
    """Tables ruled only horizontally: a top rule, a rule under the header, a bottom rule.

    Three or more full-width horizontal rules of the same extent, outside any table
    already found, with a header between the first two whose text falls into two or more
    columns. The columns come from the header's pieces of text (split at gaps wider than
    a word space), the rows from the body as under a shaded header.
    """
    found: list[Grid] = []
    for stack in _stacks(rules):
        if any(g.contains(stack[0].lo + 2, stack[0].pos + 1) for g in taken + found):
            continue
        top, bottom, end = stack[0].pos, stack[1].pos, stack[-1].pos
        header = [ln for ln in lines if top <= (ln.top + ln.bottom) / 2 <= bottom]
        xs = _header_columns(header, stack[0].lo, stack[0].hi)
        if xs is None:
            continue
        grid = _grid(xs, top, bottom, lines, page, limit=end)
        if grid is not None:
            found.append(grid)
    return found


def _stacks(rules: list[Rule]) -> list[list[Rule]]:
    """Groups of 3+ horizontal rules sharing their left and right ends, top to bottom."""
    groups: list[list[Rule]] = []
    for rule in sorted((r for r in merge_rules(rules) if r.axis == "h" and r.hi - r.lo > 120),
                       key=lambda r: r.pos):
        group = next((g for g in groups if abs(g[0].lo - rule.lo) <= 4
                      and abs(g[0].hi - rule.hi) <= 4), None)
        if group is None:
            groups.append([rule])
        else:
            group.append(rule)
    return [g for g in groups if len(g) >= 3]


def _header_columns(header: list[TextLine], left: float, right: float) -> list[float] | None:
    """Column boundaries from header text: just before each header piece but the first."""
    pieces: list[tuple[float, float]] = []
    for line in header:
        runs = sorted(line.spans)
        start, end = runs[0]
        for a, b in runs[1:]:
            if a - end >= 0.8 * line.size:
                pieces.append((start, end))
                start = a
            end = max(end, b)
        pieces.append((start, end))
    pieces.sort()
    merged: list[list[float]] = []
    for a, b in pieces:  # header cells wrapped onto two lines share their column
        if merged and a < merged[-1][1] + 2:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    if len(merged) < 2:
        return None
    # a column reaches to just before the next header's text: body text is usually
    # wider than a short header ("Action") and aligned left under it
    inner = [q[0] - 3 for q in merged[1:]]
    return [left, *inner, right]
