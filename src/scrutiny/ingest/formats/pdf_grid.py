"""Ruled tables on a PDF page, found from the page's path objects with PDFium.

Word, LibreOffice and browsers draw a table's borders as thin lines or thin filled
rectangles. We collect those rules, group the ones that touch into a grid, and read each
cell's text with ``PdfTextPage.get_text_bounded``. This keeps pdfplumber's fidelity on
ruled tables at PDFium's speed (pdfplumber alone reads ~13 pages/s in 1 GB; see
design/STACK.md).

Merged cells: two neighbouring grid cells with no rule between them are one cell; its
text goes in its top-left slot and the slots it covers are empty strings, so every row
has the same number of columns (the DOCX and HTML readers do the same).

A cell with no text whose background is a saturated red, amber or green fill gets the
word ``Red``, ``Amber`` or ``Green`` (see ``colours.py``): status columns are often only
coloured.

All coordinates here are top-down (``y`` grows down the page), unlike PDF's own.
"""

from __future__ import annotations

import bisect
import ctypes
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from scrutiny.ingest.formats.colours import rag_word

RULE_THICKNESS = 2.5  # pt: thicker shapes are boxes, not rules
MIN_RULE = 4.0  # pt: shorter strokes are glyph decoration, not borders
SNAP = 2.0  # pt: rules this close are the same line (double borders, rounding)
TOUCH = 2.5  # pt: a rule ending this close to another one meets it
DOT_MIN, DOT_MAX = 1.5, 8.0  # pt: a filled shape this size, square-ish, is a bullet
MAX_PATHS = 5000  # a page of vector art is not a table; don't spend seconds on it
MAX_SEGMENTS = 400
MAX_RULES = 1500


@dataclass
class Rule:
    """A horizontal (``h``) or vertical (``v``) border line."""

    axis: str
    pos: float
    lo: float
    hi: float


@dataclass
class Fill:
    """A filled rectangle (a cell background) with its colour."""

    x0: float
    top: float
    x1: float
    bottom: float
    rgb: tuple[int, int, int]

    @property
    def area(self) -> float:
        return (self.x1 - self.x0) * (self.bottom - self.top)


@dataclass
class Cell:
    """One (possibly merged) cell: grid rows ``r0..r1`` and columns ``c0..c1`` inclusive."""

    r0: int
    c0: int
    r1: int
    c1: int
    text: str = ""


@dataclass
class Grid:
    """A ruled table: its column and row boundaries and its cells."""

    xs: list[float]
    ys: list[float]
    cells: list[Cell] = field(default_factory=list)
    page: int = 1
    banded: bool = False  # found from a shaded header row, not from rules

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def contains(self, x: float, y: float) -> bool:
        x0, top, x1, bottom = self.box
        return x0 - 1 <= x <= x1 + 1 and top - 1 <= y <= bottom + 1

    def rows(self) -> list[list[str]]:
        """Cell texts row by row; a merged cell's text sits in its top-left slot."""
        table = [["" for _ in self.xs[:-1]] for _ in self.ys[:-1]]
        for cell in self.cells:
            table[cell.r0][cell.c0] = cell.text
        return table


def _colour(getter: object, obj: object) -> tuple[int, int, int, int]:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    getter(obj, r, g, b, a)  # type: ignore[operator]
    return r.value, g.value, b.value, a.value


def _segment_rules(obj: Any, height: float) -> list[Rule]:
    """Axis-aligned strokes of a many-segment path (one path drawing a whole grid)."""
    count = pdfium_c.FPDFPath_CountSegments(obj)
    if count > MAX_SEGMENTS:
        return []
    raw_matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, raw_matrix)
    matrix = pdfium.PdfMatrix.from_raw(raw_matrix)
    rules: list[Rule] = []
    previous: tuple[float, float] | None = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for index in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        px, py = matrix.on_point(x.value, y.value)
        point = (px, height - py)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
            (ax, ay), (bx, by) = previous, point
            if abs(ay - by) < 0.5 and abs(ax - bx) >= MIN_RULE:
                rules.append(Rule("h", ay, min(ax, bx), max(ax, bx)))
            elif abs(ax - bx) < 0.5 and abs(ay - by) >= MIN_RULE:
                rules.append(Rule("v", ax, min(ay, by), max(ay, by)))
        previous = point
    return rules


def _path_objects(page: pdfium.PdfPage) -> Iterator[Any]:
    """Raw path objects of a page, looking one level into form XObjects.

    Raw calls rather than ``PdfPage.get_objects``: the wrapper objects cost more than
    the geometry we read from them.
    """
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    for index in range(min(count, MAX_PATHS * 4)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            yield obj
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            for inner in range(min(pdfium_c.FPDFFormObj_CountObjects(obj), MAX_PATHS)):
                child = pdfium_c.FPDFFormObj_GetObject(obj, inner)
                if pdfium_c.FPDFPageObj_GetType(child) == pdfium_c.FPDF_PAGEOBJ_PATH:
                    yield child


@dataclass
class Graphics:
    """What a page draws that matters for reading it: rules, fills and bullet dots."""

    rules: list[Rule] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    dots: list[Fill] = field(default_factory=list)  # small filled discs/squares: bullets


def page_graphics(page: pdfium.PdfPage) -> Graphics:
    """The rules, coloured fills and bullet dots drawn on a page."""
    height = page.get_height()
    found = Graphics()
    rules, fills = found.rules, found.fills
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    edges = [ctypes.c_float() for _ in range(4)]
    for number, obj in enumerate(_path_objects(page)):
        if number >= MAX_PATHS:
            break
        pdfium_c.FPDFPageObj_GetBounds(obj, *edges)
        left, bottom, right, top = (e.value for e in edges)
        x0, x1, y0, y1 = left, right, height - top, height - bottom
        width, tall = x1 - x0, y1 - y0
        if width <= RULE_THICKNESS and tall >= MIN_RULE:
            rules.append(Rule("v", (x0 + x1) / 2, y0, y1))
            continue
        if tall <= RULE_THICKNESS and width >= MIN_RULE:
            rules.append(Rule("h", (y0 + y1) / 2, x0, x1))
            continue
        pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
        if DOT_MIN <= width <= DOT_MAX and DOT_MIN <= tall <= DOT_MAX and \
                abs(width - tall) < 1.5 and fill_mode.value:
            found.dots.append(Fill(x0, y0, x1, y1, (0, 0, 0)))  # browsers draw bullets
            continue
        if width < MIN_RULE or tall < MIN_RULE:
            continue
        if fill_mode.value:
            r, g, b, alpha = _colour(pdfium_c.FPDFPageObj_GetFillColor, obj)
            if alpha > 0:
                fills.append(Fill(x0, y0, x1, y1, (r, g, b)))
        if stroke.value:
            rules.extend(_segment_rules(obj, height))
    return found


def merge_rules(rules: list[Rule]) -> list[Rule]:
    """Snap rules on (nearly) the same line together and join overlapping pieces."""
    merged: list[Rule] = []
    for rule in sorted(rules, key=lambda r: (r.axis, round(r.pos / SNAP), r.lo)):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.axis == rule.axis
            and abs(last.pos - rule.pos) <= SNAP
            and rule.lo <= last.hi + TOUCH
        ):
            last.hi = max(last.hi, rule.hi)
            continue
        merged.append(Rule(rule.axis, rule.pos, rule.lo, rule.hi))
    return merged


def _touches(h: Rule, v: Rule) -> bool:
    return (h.lo - TOUCH <= v.pos <= h.hi + TOUCH) and (v.lo - TOUCH <= h.pos <= v.hi + TOUCH)


def _groups(rules: list[Rule]) -> list[list[Rule]]:
    """Rules that touch, transitively: each group may be one table."""
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    horizontal = [i for i, r in enumerate(rules) if r.axis == "h"]
    vertical = [i for i, r in enumerate(rules) if r.axis == "v"]
    for i in horizontal:
        for j in vertical:
            if _touches(rules[i], rules[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(find(i), []).append(rule)
    return list(groups.values())


def _positions(values: list[float]) -> list[float]:
    """Distinct positions, clustering values within SNAP."""
    out: list[float] = []
    for value in sorted(values):
        if out and value - out[-1] <= SNAP:
            continue
        out.append(value)
    return out


def _covered(rules: list[Rule], pos: float, at: float) -> bool:
    return any(abs(r.pos - pos) <= SNAP and r.lo - TOUCH <= at <= r.hi + TOUCH for r in rules)


def _cells(xs: list[float], ys: list[float], hs: list[Rule], vs: list[Rule]) -> list[Cell]:
    """Union grid slots that have no rule between them into merged cells."""
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        mid_y = (ys[r] + ys[r + 1]) / 2
        for c in range(n_cols):
            mid_x = (xs[c] + xs[c + 1]) / 2
            if c + 1 < n_cols and not _covered(vs, xs[c + 1], mid_y):
                parent[find(r * n_cols + c)] = find(r * n_cols + c + 1)
            if r + 1 < n_rows and not _covered(hs, ys[r + 1], mid_x):
                parent[find(r * n_cols + c)] = find((r + 1) * n_cols + c)
    spans: dict[int, Cell] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            root = find(r * n_cols + c)
            cell = spans.setdefault(root, Cell(r, c, r, c))
            cell.r0, cell.c0 = min(cell.r0, r), min(cell.c0, c)
            cell.r1, cell.c1 = max(cell.r1, r), max(cell.c1, c)
    return sorted(spans.values(), key=lambda k: (k.r0, k.c0))


def _close_open_ends(hs: list[Rule], vs: list[Rule]) -> None:
    """Add the missing top or bottom rule of a table cut by a page break.

    Browsers draw a row split by a page break without its bottom (or, on the next page,
    its top) border: the column rules run past the last horizontal rule. Closing the
    grid there keeps the cut row's text in the table, where the run-on join finds it.
    """
    left = min(r.pos for r in vs)
    right = max(r.pos for r in vs)
    lowest = max(r.hi for r in vs)
    highest = min(r.lo for r in vs)
    if lowest > max(r.pos for r in hs) + 2 * SNAP:
        hs.append(Rule("h", lowest, left, right))
    if highest < min(r.pos for r in hs) - 2 * SNAP:
        hs.append(Rule("h", highest, left, right))


def find_grids(rules: list[Rule], page: int = 1) -> list[Grid]:
    """Tables of at least two cells formed by the page's rules, top to bottom.

    A page with more rules than MAX_RULES after merging is vector art (a chart, a map),
    not a table: grouping is quadratic in the rules, so it is skipped.
    """
    grids: list[Grid] = []
    rules = merge_rules(rules)
    if len(rules) > MAX_RULES:
        return grids
    for group in _groups(rules):
        hs = [r for r in group if r.axis == "h"]
        vs = [r for r in group if r.axis == "v"]
        if len(hs) < 2 or len(vs) < 2:
            continue
        _close_open_ends(hs, vs)
        xs = _positions([r.pos for r in vs])
        ys = _positions([r.pos for r in hs])
        if len(xs) < 2 or len(ys) < 2:
            continue
        cells = _cells(xs, ys, hs, vs)
        if len(cells) >= 2:
            grids.append(Grid(xs, ys, cells, page))
    return sorted(grids, key=lambda g: g.ys[0])


def _fill_word(fills: list[Fill], box: tuple[float, float, float, float]) -> str | None:
    """The RAG word of the smallest fill covering the centre of ``box``, if any."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    covering = [f for f in fills if f.x0 <= cx <= f.x1 and f.top <= cy <= f.bottom]
    if not covering:
        return None
    return rag_word(*min(covering, key=lambda f: f.area).rgb)


class CellLine(Protocol):
    """A text line as the reader has it: extent and character range on the text page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    first: int
    last: int


def fill_cells(
    grid: Grid,
    lines: Sequence[CellLine],
    page_text: str,
    char_x: Callable[[int], tuple[float, float]],
    fills: list[Fill],
    clean: Callable[[str], str],
    char_top: Callable[[int], float] | None = None,
) -> None:
    """Give each cell the text of the lines inside it; colour-only cells get RAG.

    A line that lies in one cell goes there whole. A line PDFium ran across cells on
    the same baseline is split character by character by the characters' positions
    (``char_x``), so no PDFium text query per cell is needed (those rescan the page).

    A cell's lines are put in order top to bottom. A split piece is placed by its own
    characters' top (``char_top``, top-down), not the whole line's: PDFium runs a cell's
    second line into a taller neighbour ("Executive" with the first line of the next
    cell), and that line's top would sort it above the cell's own first line.
    """
    slots: dict[tuple[int, int], Cell] = {}
    for cell in grid.cells:
        for r in range(cell.r0, cell.r1 + 1):
            for c in range(cell.c0, cell.c1 + 1):
                slots[(r, c)] = cell
    found: dict[int, list[tuple[float, float, str]]] = {}

    def column(x: float) -> int:
        return min(max(bisect.bisect_right(grid.xs, x) - 1, 0), len(grid.xs) - 2)

    for line in lines:
        middle = (line.top + line.bottom) / 2
        if not (grid.ys[0] <= middle <= grid.ys[-1] and line.x1 > grid.xs[0]
                and line.x0 < grid.xs[-1]):
            continue
        row = min(max(bisect.bisect_right(grid.ys, middle) - 1, 0), len(grid.ys) - 2)
        start, end = slots[(row, column(line.x0 + 0.5))], slots[(row, column(line.x1 - 0.5))]
        if start is end:
            found.setdefault(id(start), []).append((line.top, line.x0, line.text))
            continue
        def cell_at(x: float, r: int = row) -> Cell:
            return slots[(r, column(x))]

        for cell, x, text, (first, last) in _split_line(line, page_text, char_x, cell_at):
            top = min(char_top(first), char_top(last)) if char_top else line.top
            found.setdefault(id(cell), []).append((top, x, text))
    for cell in grid.cells:
        parts = sorted(found.get(id(cell), []))
        cell.text = clean("\n".join(text for _, _, text in parts))
        if not cell.text:
            box = (grid.xs[cell.c0], grid.ys[cell.r0], grid.xs[cell.c1 + 1],
                   grid.ys[cell.r1 + 1])
            cell.text = _fill_word(fills, box) or ""


def _split_line(
    line: CellLine,
    page_text: str,
    char_x: Callable[[int], tuple[float, float]],
    cell_at: Callable[[float], Cell],
) -> list[tuple[Cell, float, str, tuple[int, int]]]:
    """Pieces of a line that crosses cells: (cell, x where the piece starts, text, and
    the indices of its first and last drawn characters)."""
    pieces: list[tuple[Cell, float, str, tuple[int, int]]] = []
    current: Cell | None = None
    start_x = line.x0
    buffer: list[str] = []
    drawn = (line.first, line.first)
    for index in range(line.first, min(line.last + 1, len(page_text))):
        left, right = char_x(index)
        if right <= left:  # a space PDFium generated: it stays with the piece it follows
            buffer.append(page_text[index])
            continue
        cell = cell_at((left + right) / 2)
        if cell is not current:
            if current is not None and "".join(buffer).strip():
                pieces.append((current, start_x, " ".join("".join(buffer).split()), drawn))
            current, start_x, buffer, drawn = cell, left, [], (index, index)
        buffer.append(page_text[index])
        drawn = (drawn[0], index)
    if current is not None and "".join(buffer).strip():
        pieces.append((current, start_x, " ".join("".join(buffer).split()), drawn))
    return pieces
