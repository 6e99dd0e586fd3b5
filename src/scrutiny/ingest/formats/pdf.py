"""PDF papers, read with PDFium (pypdfium2): text in reading order, headings, tables.

How a page becomes blocks:

- Text comes from PDFium's text page in its reading order, one line at a time; for each
  line we ask PDFium for the first and last characters' boxes and a few characters'
  font size and weight (a handful of calls per line, not per character, so reading
  stays near PDFium's raw speed).
- Tables, four ways: ruled grids from the page's path objects (``pdf_grid.py``);
  borderless tables under a shaded header row, columns from the shading, and tables
  ruled only horizontally, columns from the header text (``pdf_bands.py``); and runs
  of lines whose pieces line up in columns across tab-wide gaps. A cell's text comes
  from the page's lines (split by character position where PDFium ran a row's cells
  into one line); the table block stands where its first line stood. A cell with no
  text and a red/amber/green background fill gets the word ``Red``/``Amber``/``Green``
  as its text.
- List markers printed apart from their text (browsers print list numbers after the
  page's text; Chromium draws bullets as small discs) are put back in front of it.
- Lines join into paragraphs until a vertical gap wider than the line spacing, a change
  of font size or boldness, a new list marker, or a short line ending a sentence.
- A block set in a font clearly larger than the body text is a heading; its level is
  the rank of its size among the heading sizes. A block whose every line is bold is
  ``bold``; italic likewise.
- A block starting with a bullet or paragraph number is a ``list_item`` with that
  ``marker`` (``markers.py``), its level from its indent.
- Running headers and footers (the same line, digits aside, in the top or bottom
  margin of most pages) and bare page numbers (``3``, ``Page 3``, ``Page 3 of 9``) are
  dropped; blocks keep their page numbers, so the page boundary survives.
- A paragraph cut by a page break (it ends mid-sentence and the next page starts in
  lower case) is rejoined, and so is a table that runs on: where the next page starts
  with a table of matching columns (or, for a shaded-header table, with lines that fit
  its columns), a repeated header row is dropped and a row split by the break (same cell
  shape, and its continuation starts in lower case, leaves the first column empty, or
  the cut text ends mid-phrase) is joined back into one row.

Limits: at most ``Settings.max_pages`` pages (more is refused, not truncated) and
``READ_SECONDS`` of reading; the caller's per-file deadline (``scrutiny.deadline``) is
checked before each page is read and laid out. Encrypted, truncated and unparseable files raise
CorruptDocument; a PDF without any text (a scan) gives an empty Document, which the
caller reports as EmptyDocument.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from scrutiny import deadline
from scrutiny.config import Settings
from scrutiny.errors import CorruptDocument, FileTooLarge
from scrutiny.fork_pair import fork_usable, run_tasks, spare_cpu
from scrutiny.ingest.document import Block, Document, DocumentBuilder
from scrutiny.ingest.formats.markers import (
    LABEL_LINE,
    MARKER,
    PRIVATE_BULLETS,
    normalise_bullets,
    split_marker,
)
from scrutiny.ingest.formats.pdf_bands import (
    band_grid,
    continued_grid,
    header_bands,
    rule_stack_grids,
)
from scrutiny.ingest.formats.pdf_chars import CharProbe, Rect
from scrutiny.ingest.formats.pdf_grid import Fill, Grid, fill_cells, find_grids, page_graphics

READ_SECONDS = 180.0
PARALLEL_MIN_PAGES = 48  # a shorter PDF reads faster than a forked child starts helping
CHUNK_PAGES = 16  # pages per task when a forked child shares the reading
MARGIN_ZONE = 0.1  # top/bottom share of the page where running headers and footers live
COLUMN_GAP = 1.5  # a gap this many font sizes wide inside a line separates columns
NARROW_GAP = 0.8  # within a table already found, a gap this wide separates cells
LIST_INDENT = 36.0  # pt of indent per list level (half an inch; Word uses 0.25-0.5 in)
HEADING_RATIO = 1.15  # a font this much larger than the body text marks a heading
PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I
)
MID_PHRASE = re.compile(
    r"(?:[,\-–(]|\b(?:the|a|an|of|on|to|and|or|in|for|with|by|from|that|which|has|have|is|"
    r"are|be|was|were|will|at|as|its|their|our|this|these|been|into|than|not))\s*$",
    re.I,
)
SENTENCE_END = (".", "!", "?", ":", ";")
LINE_RUN = re.compile(r"[^\r\n]+")
# PDFium reports a hyphen that ends a line as U+0002 or U+FFFE (even after joining the
# word back together); papers are rarely hyphenated by the typesetter, so it is kept as
# a real hyphen ("non-emergency", "pre-employment").
SOFT_HYPHENS = "\x02\u00ad\ufffe"
LIGATURES = str.maketrans({"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl",
                           "\u00a0": " ", "\u00ad": "", "\x02": "-", "\ufffe": "-"})
UNTIDY = re.compile("[" + "".join(chr(c) for c in LIGATURES) + PRIVATE_BULLETS + "]")


@dataclass(slots=True)
class Line:
    """One line of text as PDFium lays it out (top-down coordinates)."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool
    spans: list[tuple[float, float]] = field(default_factory=list)  # x-extents of text runs
    first: int = 0  # the line's first and last character on PDFium's text page
    last: int = 0
    # Runs of text grouped across tab-wide gaps (``wide``) and word-space-plus gaps
    # (``narrow``), as rectangles; their texts are read only for lines that may be
    # table rows (``pieces``), since most lines are prose.
    wide: list[Rect] | None = None
    narrow: list[Rect] | None = None
    texts: dict[str, list[tuple[float, str]]] = field(default_factory=dict)


@dataclass
class Columns:
    """A table drawn without rules: lines whose pieces line up in columns."""

    rows: list[list[str]]
    page: int
    top: float


Item = Line | Grid | Columns


@dataclass
class Pending:
    """A block being built from lines (or holding a table's grid) before it is final."""

    page: int
    lines: list[Line] = field(default_factory=list)
    grid: Grid | None = None
    rows: list[list[str]] | None = None
    left: float = 0.0  # the page's text left edge, for list indent levels
    tail: Grid | None = None  # the grid of the last page a run-on table was joined from

    @property
    def text(self) -> str:
        out = ""
        for line in self.lines:
            if out.endswith("-") and len(out) > 1 and out[-2].isalnum():
                out += line.text  # "non-|emergency", "21-|27": the hyphen joins, no space
            else:
                out = f"{out} {line.text}" if out else line.text
        return out


def clean(text: str) -> str:
    """PDFium's text with ligatures, odd spaces and symbol-font bullets tidied."""
    if text.isascii():  # most lines: nothing to tidy (U+0002 is handled per line end)
        return text.replace("\x02", "-")
    if not UNTIDY.search(text):  # curly quotes, dashes, £: nothing to tidy either
        return text
    return normalise_bullets(text.translate(LIGATURES))


def clean_cell(raw: str) -> str:
    """A cell's lines joined into its paragraphs: a bullet or number starts a new one."""
    paragraphs: list[str] = []
    for line in re.split(r"[\r\n]+", clean(raw)):
        line = " ".join(line.split())
        if not line:
            continue
        if paragraphs and not split_marker(line):
            previous = paragraphs[-1]
            # a column too narrow for a word breaks it mid-word ("31/01/202" + "5") or
            # after a slash ("AB/" + "25/01")
            orphan = len(line) <= 2 and line.isalnum() and previous[-1:].isalnum()
            paragraphs[-1] += ("" if _broken_at_mark(previous) or orphan else " ") + line
        else:
            paragraphs.append(line)
    return "\n".join(paragraphs)


def _broken_at_mark(text: str) -> bool:
    """A word cut after its hyphen or slash ("Vice-" + "Chairman", "A25/" + "01"): the
    next piece joins it without a space."""
    return text.endswith(("-", "/")) and text[-2:-1].isalnum()


def read_pdf(data: bytes, source: str, settings: Settings, *, parallel: bool | None = None
             ) -> Document:
    """Read a PDF into a Document; see the module docstring for the rules.

    ``parallel`` (default: a long PDF with a CPU to spare, unless
    ``settings.fork_helper`` is off) shares the pages with a forked child; the Document
    is the same either way.
    """
    pdf = _open(data)
    try:
        count = len(pdf)
        if count > settings.max_pages:
            raise FileTooLarge(
                f"{count} pages is over the {settings.max_pages}-page limit "
                "(raise SCRUTINY_MAX_PAGES or split the file)"
            )
        if not settings.fork_helper:
            parallel = False
        pages = _read_pages(pdf, count, parallel)
        title = _metadata_title(pdf)
    finally:
        pdf.close()
    builder = DocumentBuilder(source, "pdf")
    builder.extend(_blocks(pages))
    return builder.build(page_count=count, title=title)


def _open(data: bytes) -> pdfium.PdfDocument:
    tail = data.rstrip(b"\x00 \t\r\n")[-2048:]
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise CorruptDocument("encrypted PDF: remove the password first") from exc
        if b"%%EOF" not in tail:
            raise CorruptDocument("truncated PDF (no end-of-file marker): download it again") \
                from exc
        raise CorruptDocument(f"unreadable PDF ({exc}): re-save it from its source") from exc
    if b"%%EOF" not in tail:
        pdf.close()
        raise CorruptDocument("truncated PDF (no end-of-file marker): download it again")
    if len(pdf) == 0:
        pdf.close()
        raise CorruptDocument("the PDF has no pages: re-save it from its source")
    return pdf


def _metadata_title(pdf: pdfium.PdfDocument) -> str | None:
    try:
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    except Exception:  # metadata is decoration; a broken Info dict must not fail the read
        return None
    return title[:300] or None


def _read_pages(pdf: pdfium.PdfDocument, count: int, parallel: bool | None = None
                ) -> list[list[Item]]:
    """Each page's lines and tables in reading order.

    A long PDF, with a CPU to spare, is read by this process and a forked child together
    (``fork_pair``),
    ``CHUNK_PAGES`` at a time; the pages come back in order, as plain layout values
    (:func:`_portable_range`), and :func:`_carry_across_chunks` re-reads a chunk's first pages
    where a banded table ran on into them from the chunk before. The Document is the
    same either way. ``parallel`` True or False overrides the choice.
    """
    stop = time.monotonic() + READ_SECONDS
    if parallel is None:
        parallel = count >= PARALLEL_MIN_PAGES and fork_usable() and spare_cpu()
    if not parallel:
        return _read_range(pdf, range(count), stop)
    chunks = [range(a, min(a + CHUNK_PAGES, count)) for a in range(0, count, CHUNK_PAGES)]
    tasks = [partial(_portable_range, pdf, chunk, stop) for chunk in chunks]
    pages = [_restored(page) for chunk in run_tasks(tasks, fork=True) for page in chunk]
    for chunk in chunks[1:]:
        _carry_across_chunks(pdf, pages, chunk, stop)
    return pages


def _read_range(pdf: pdfium.PdfDocument, indices: Iterable[int], stop: float,
                carry: list[float] | None = None) -> list[list[Item]]:
    """Pages ``indices`` (consecutive), the first read as if after a page ending in a
    banded table of columns ``carry``."""
    pages: list[list[Item]] = []
    for index in indices:
        deadline.check()
        if time.monotonic() > stop:
            raise CorruptDocument(
                f"reading stopped after {READ_SECONDS:.0f} s at page {index + 1} of "
                f"{len(pdf)}: split the file"
            )
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            raise CorruptDocument(f"page {index + 1} cannot be read ({exc})") from exc
        try:
            items = _read_page(page, index + 1, carry)
        finally:
            page.close()
        pages.append(items)
        carry = _carry(items)
    return pages


def _carry(items: list[Item]) -> list[float] | None:
    """The columns of a banded table a page ends in (it may run on), else None."""
    last = items[-1] if items else None
    return last.xs if isinstance(last, Grid) and last.banded else None


def _carry_across_chunks(pdf: pdfium.PdfDocument, pages: list[list[Item]], chunk: range,
                         stop: float) -> None:
    """Re-read the chunk's pages, from its first, while the table carried into a page
    differs from what the chunk assumed (nothing, for its first page)."""
    assumed: list[float] | None = None
    for index in chunk:
        carry = _carry(pages[index - 1])
        if carry == assumed:
            return
        assumed = _carry(pages[index])  # what the chunk read the next page with
        pages[index] = _read_range(pdf, [index], stop, carry)[0]


LineValues = tuple[str, int, float, float, float, float, float, bool, bool]


def _portable_range(pdf: pdfium.PdfDocument, indices: range, stop: float
                    ) -> list[list[Item | LineValues]]:
    """:func:`_read_range` with each line as the values laying out blocks needs: what a
    forked child sends back (pickling whole lines costs more than reading them)."""
    return [[(it.text, it.page, it.x0, it.x1, it.top, it.bottom, it.size, it.bold, it.italic)
             if isinstance(it, Line) else it for it in page]
            for page in _read_range(pdf, indices, stop)]


def _restored(page: list[Item | LineValues]) -> list[Item]:
    return [Line(*it) if isinstance(it, tuple) else it for it in page]


def _read_page(page: pdfium.PdfPage, number: int, carry: list[float] | None = None
               ) -> list[Item]:
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        graphics = page_graphics(page)
        page_text, raw_lines = _lines(textpage, number, height)
        lines = _attach_markers(_attach_dots(raw_lines, graphics.dots))
        grids = find_grids(graphics.rules, number) if graphics.rules else []
        grids += _band_grids(graphics.fills, lines, grids, number)
        grids += rule_stack_grids(graphics.rules, lines, number, grids)
        if carry and not any(g.ys[0] < height * 0.25 for g in grids):
            margin = height * MARGIN_ZONE
            run_on = continued_grid(carry, lines, number, margin)
            if run_on is not None:
                grids.append(run_on)
        probe = CharProbe(textpage)
        for grid in grids:
            fill_cells(grid, lines, page_text, probe.horizontal, graphics.fills, clean_cell,
                       lambda index: height - probe.vertical(index)[1])
        grids = [g for g in grids if any(c.text for c in g.cells)]
        return _find_columns(_place_tables(lines, grids), textpage)
    finally:
        textpage.close()


def _band_grids(fills: list[Fill], lines: list[Line], ruled: list[Grid],
                page: int) -> list[Grid]:
    """Unruled tables under shaded header rows, outside any ruled table."""
    found = []
    for band in header_bands(fills):
        if any(g.contains(band[0].x0 + 1, band[0].top + 1) for g in ruled):
            continue
        grid = band_grid(band, lines, page)
        if grid is not None:
            found.append(grid)
    return found


def _place_tables(lines: list[Line], grids: list[Grid]) -> list[Item]:
    """Lines outside tables, with each table where its first line stood."""
    items: list[Item] = []
    placed: set[int] = set()
    for line in lines:
        mid = (line.top + line.bottom) / 2
        inside = next(
            (i for i, g in enumerate(grids)
             if g.contains(line.x0 + 1, mid) or g.contains(line.x1 - 1, mid)),
            None,
        )
        if inside is None:
            items.append(line)
        elif inside not in placed:
            placed.add(inside)
            items.append(grids[inside])
    for i, grid in enumerate(grids):
        if i not in placed:  # a table with no text lines (only coloured cells)
            at = next((k for k, it in enumerate(items)
                       if isinstance(it, Line) and it.top > grid.ys[0]), len(items))
            items.insert(at, grid)
    return items


def _piece_texts(line: Line, kind: str, tp: pdfium.PdfTextPage) -> list[tuple[float, str]]:
    """(x0, text) of each of the line's ``wide`` or ``narrow`` groups, read once."""
    if kind not in line.texts:
        groups = (line.wide if kind == "wide" else line.narrow) or []
        line.texts[kind] = [
            (left, clean(" ".join(_bounded_text(
                tp, left - 0.5, bottom + 0.5, right + 0.5, top - 0.5
            ).split())))
            for left, bottom, right, top in groups
        ]
    return line.texts[kind]


_BOUNDED_CHARS = 4096


def _bounded_text(tp: pdfium.PdfTextPage, left: float, bottom: float, right: float,
                  top: float) -> str:
    """``tp.get_text_bounded`` in one PDFium call instead of two (each rescans the page):
    the text is written to a buffer big enough for any line, with the two-call helper only where the
    buffer may have been too small."""
    buffer = (ctypes.c_ushort * _BOUNDED_CHARS)()
    # PDFium writes the text and a terminating NUL, and returns how many it wrote
    count = pdfium_c.FPDFText_GetBoundedText(tp.raw, left, top, right, bottom,
                                              buffer, _BOUNDED_CHARS)
    if count <= 1:
        return ""
    if count >= _BOUNDED_CHARS:
        return tp.get_text_bounded(left=left, bottom=bottom, right=right, top=top)
    return memoryview(buffer).cast("B")[: (count - 1) * 2].tobytes().decode(
        "utf-16-le", errors="ignore")


def _row_pieces(line: Line, tp: pdfium.PdfTextPage) -> list[tuple[float, str]]:
    """A line's cells inside a column table: split at the narrower gaps where they give
    more pieces, else at the wide ones, else the whole line."""
    if line.narrow and len(line.narrow) > len(line.wide or []):
        return _piece_texts(line, "narrow", tp)
    if line.wide:
        return _piece_texts(line, "wide", tp)
    return [(line.x0, line.text)]


def _column_row(line: Line, tp: pdfium.PdfTextPage) -> bool:
    """A line that can start an unruled table: a tab-wide gap, and not a bullet and its
    text."""
    return bool(line.wide) and not split_marker(_row_pieces(line, tp)[0][1] + " x")


def _find_columns(items: list[Item], tp: pdfium.PdfTextPage) -> list[Item]:
    """Replace runs of two or more column-aligned lines by Columns tables.

    A run's columns are the piece starts of its first line; a later line belongs if each
    of its pieces starts at one of them (a lone piece at a later column continues the
    cell above, as a wrapped cell does). ``Label: value`` pairs stay as lines.
    """
    out: list[Item] = []
    k = 0
    while k < len(items):
        item = items[k]
        if not (isinstance(item, Line) and _column_row(item, tp)):
            out.append(item)
            k += 1
            continue
        anchors = [x for x, _ in _row_pieces(item, tp)]
        run = [item]
        j = k + 1
        while j < len(items):
            nxt = items[j]
            if not isinstance(nxt, Line) or nxt.top - run[-1].bottom > 2.5 * nxt.size \
                    or abs(nxt.size - item.size) > 1.5:
                break
            pieces = _row_pieces(nxt, tp)
            if not all(any(abs(x - a) <= 6 for a in anchors) for x, _ in pieces):
                break
            if len(pieces) == 1 and abs(pieces[0][0] - anchors[0]) <= 6:
                break  # a line at the first column alone is text after the table
            run.append(nxt)
            j += 1
        rows = _column_rows(run, anchors, tp)
        if len(rows) >= 2 and not all(len([c for c in r if c]) == 2 and r[0].endswith(":")
                                      for r in rows):
            out.append(Columns(rows, item.page, item.top))
            k = j
        else:
            out.append(item)
            k += 1
    return out


def _column_rows(run: list[Line], anchors: list[float],
                 tp: pdfium.PdfTextPage) -> list[list[str]]:
    rows: list[list[str]] = []
    for line in run:
        pieces = _row_pieces(line, tp)
        cells = [""] * len(anchors)
        for x, text in pieces:
            cells[min(range(len(anchors)), key=lambda i: abs(anchors[i] - x))] = text
        if len(pieces) == 1 and rows:
            rows[-1] = [f"{a} {b}".strip() if b else a for a, b in zip(rows[-1], cells,
                                                                        strict=True)]
        else:
            rows.append(cells)
    return rows


def _attach_dots(lines: list[Line], dots: list[Fill]) -> list[Line]:
    """Give a line the bullet a browser drew as a small disc just left of it."""
    for dot in dots:
        middle = (dot.top + dot.bottom) / 2
        target = min(
            (ln for ln in lines if ln.top <= middle <= ln.bottom
             and 0 <= ln.x0 - dot.x1 <= 30 and not split_marker(ln.text)),
            key=lambda ln: ln.x0 - dot.x1, default=None,
        )
        if target is not None:
            target.text = f"• {target.text}"
            target.x0 = dot.x0
            target.wide = target.narrow = None
    return lines


def _attach_markers(lines: list[Line]) -> list[Line]:
    """Put list markers drawn apart from their text back in front of it.

    Browsers print a list's numbers and bullets as separate text, often after the
    page's other text, so PDFium reads "1." as a line of its own far from its item. A
    line that is only a marker joins the line on the same baseline just to its right.
    """
    orphans = [ln for ln in lines if split_marker(ln.text + " x") and
               len(ln.text) <= 6 and " " not in ln.text]
    if not orphans:
        return lines
    taken: set[int] = set()
    for marker in orphans:
        target = min(
            (ln for ln in lines if ln is not marker and id(ln) not in taken
             and abs(ln.bottom - marker.bottom) <= 2.5 and 0 <= ln.x0 - marker.x1 <= 40
             and not split_marker(ln.text)),
            key=lambda ln: ln.x0 - marker.x1, default=None,
        )
        if target is None:
            continue
        taken.add(id(marker))
        target.text = f"{marker.text} {target.text}"
        target.x0 = marker.x0
        target.wide = target.narrow = None
    return [ln for ln in lines if id(ln) not in taken]


def _lines(textpage: pdfium.PdfTextPage, page: int, height: float) -> tuple[str, list[Line]]:
    """The page's text and its lines (each knowing its character range in that text)."""
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():  # offsets would not match character indices
        text = text[: textpage.count_chars()]
    lines: list[Line] = []
    probe = CharProbe(textpage)
    for match in LINE_RUN.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        first = match.start() + (len(raw) - len(raw.lstrip()))
        last = match.start() + len(raw.rstrip()) - 1
        marker = MARKER.match(stripped)  # a bullet's font says nothing about the text's
        body = first + marker.end() if marker and marker.end() <= last - first else first
        lines.append(_line(probe, _line_text(stripped), page, height, first, last, body))
    return text, lines


def _line_text(raw: str) -> str:
    """A line's text; a hyphen PDFium marked as line-ending stays a hyphen."""
    if raw[-1:] in SOFT_HYPHENS:
        raw = raw[:-1] + "-"
    return clean(" ".join(raw.split()))


def _line(probe: CharProbe, text: str, page: int, height: float, first: int, last: int,
          body: int) -> Line:
    left, right, top, bottom = probe.line_box(first, last)
    size = probe.size(body)
    bold, italic = probe.style(body)
    if last != body:
        size = max(size, probe.size(last))
        last_bold, last_italic = probe.style(last)
        bold, italic = bold and last_bold, italic and last_italic
    line = Line(text, page, left, right, height - top, height - bottom, round(size * 2) / 2,
                bold, italic, first=first, last=last)
    rects = probe.rects(first, last)
    line.spans = [(r[0], r[2]) for r in rects] or [(left, right)]
    if len(rects) > 1:
        line.wide = _groups(rects, COLUMN_GAP * size)
        line.narrow = _groups(rects, NARROW_GAP * size)
    return line


def _groups(rects: list[Rect], gap: float) -> list[Rect] | None:
    """Text runs merged where less than ``gap`` apart; None unless two or more remain."""
    groups: list[list[float]] = []
    for left, bottom, right, top in rects:
        if groups and left - groups[-1][2] < gap:
            group = groups[-1]
            group[1], group[2], group[3] = min(group[1], bottom), max(group[2], right), \
                max(group[3], top)
        else:
            groups.append([left, bottom, right, top])
    if len(groups) < 2:
        return None
    return [(g[0], g[1], g[2], g[3]) for g in groups]


# ---------------------------------------------------------------- page furniture


def _furniture_key(line: Line, page_height: float) -> tuple[str, str] | None:
    if line.top < page_height * MARGIN_ZONE:
        zone = "top"
    elif line.bottom > page_height * (1 - MARGIN_ZONE):
        zone = "bottom"
    else:
        return None
    return zone, re.sub(r"\d+", "#", line.text.lower())


def _drop_furniture(pages: list[list[Item]]) -> list[list[Item]]:
    """Remove running headers/footers and bare page numbers from the margins."""
    height = max((it.bottom for p in pages for it in p if isinstance(it, Line)), default=0)
    height = max(height, 1.0) * 1.04
    seen: Counter[tuple[str, str]] = Counter()
    for page in pages:
        keys = {_furniture_key(it, height) for it in page if isinstance(it, Line)}
        seen.update(k for k in keys if k)
    threshold = max(2, (len(pages) + 1) // 2)
    out: list[list[Item]] = []
    for page in pages:
        kept: list[Item] = []
        for it in page:
            if isinstance(it, Line):
                key = _furniture_key(it, height)
                if key and (seen[key] >= threshold or PAGE_NUMBER.match(it.text)):
                    continue
            kept.append(it)
        out.append(kept)
    return out


# ---------------------------------------------------------------- lines -> blocks


def _body_size(pages: list[list[Item]]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for it in page:
            if isinstance(it, Line):
                sizes[it.size] += len(it.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _line_gap(pages: list[list[Item]]) -> float:
    """The usual white space between two lines of one paragraph, as a share of font size.

    Taken low (the lowest tenth of gaps between consecutive lines) so that papers whose
    paragraphs are mostly one line long still show their line spacing.
    """
    gaps = []
    for page in pages:
        lines = [it for it in page if isinstance(it, Line)]
        for a, b in itertools.pairwise(lines):
            gap = (b.top - a.bottom) / max(a.size, 1.0)
            if -1 < gap < 2:  # loose boxes of tight lines may overlap a little
                gaps.append(gap)
    if len(gaps) < 4:
        return 0.5
    return max(statistics.quantiles(gaps, n=10)[0], min(gaps))


def _starts_block(prev: Line, line: Line, body: float, right_edge: float, gap: float) -> bool:
    """Whether ``line`` begins a new block rather than continuing ``prev``'s."""
    size = max(prev.size, line.size, 1.0)
    if abs(prev.size - line.size) > 0.6 or prev.bold != line.bold:
        return True
    if line.top - prev.bottom > (gap + 0.4) * size or line.top < prev.top - 1:
        return True  # a paragraph gap, or the text moved up (a new column)
    if split_marker(line.text) or (LABEL_LINE.match(line.text) and LABEL_LINE.match(prev.text)):
        return True
    short = prev.x1 < right_edge - max(4 * body, 0.15 * (right_edge - prev.x0))
    return short and prev.text.endswith(SENTENCE_END)


def _page_blocks(items: list[Item], body: float, gap: float) -> list[Pending]:
    deadline.check()
    lines = [it for it in items if isinstance(it, Line)]
    right_edge = max((ln.x1 for ln in lines), default=0.0)
    left_edge = min((ln.x0 for ln in lines), default=0.0)
    blocks: list[Pending] = []
    prev: Line | None = None
    for it in items:
        if isinstance(it, Grid):
            blocks.append(Pending(it.page, grid=it, rows=it.rows()))
            prev = None
            continue
        if isinstance(it, Columns):
            blocks.append(Pending(it.page, rows=it.rows))
            prev = None
            continue
        if prev is None or _starts_block(prev, it, body, right_edge, gap):
            blocks.append(Pending(it.page, left=left_edge))
        blocks[-1].lines.append(it)
        prev = it
    return blocks


def _continues_paragraph(before: Pending, after: Pending) -> bool:
    if before.grid or after.grid or not before.lines or not after.lines:
        return False
    first = after.lines[0]
    last = before.lines[-1]
    return (
        not last.text.endswith(SENTENCE_END)
        and first.text[:1].islower()
        and abs(first.size - last.size) <= 0.6
        and first.bold == last.bold
    )


def _columns_match(before: Grid, after: Grid) -> bool:
    """Same left and right edges, and every column boundary of ``after`` also in ``before``."""
    if abs(before.xs[0] - after.xs[0]) > 3 or abs(before.xs[-1] - after.xs[-1]) > 3:
        return False
    return all(any(abs(x - y) <= 3 for y in before.xs) for x in after.xs)


def _remap(before: Grid, after: Grid, rows: list[list[str]]) -> list[list[str]]:
    """``after``'s rows laid out on ``before``'s columns."""
    index = [min(range(len(before.xs) - 1), key=lambda j: abs(before.xs[j] - x))
             for x in after.xs[:-1]]
    width = len(before.xs) - 1
    out = []
    for row in rows:
        new = [""] * width
        for j, text in enumerate(row):
            if text:
                new[index[j]] = text
        out.append(new)
    return out


def _spans(grid: Grid, row: int) -> list[tuple[float, float]]:
    """The x-extents of the cells with text in grid row ``row``."""
    return [(grid.xs[c.c0], grid.xs[c.c1 + 1]) for c in grid.cells
            if c.r0 <= row <= c.r1 and c.text]


def _is_row_continuation(before: Pending, after: Grid, last: list[str],
                         first: list[str], row: int) -> bool:
    """Whether the first row on a new page is the rest of the row the last page cut.

    The continuation must have text only in cells shaped like the cut row's (same
    column extents), and show a sign of the cut: a cell starting in lower case, a cell
    of the cut row ending mid-phrase, fewer cells with text than the cut row, or an
    empty first column where the cut row had text.
    """
    tail = before.tail or before.grid
    if tail is None or not any(first):
        return False
    head = _spans(after, row)
    above = _spans(tail, len(tail.ys) - 2)
    same_shape = all(any(abs(a0 - b0) <= 3 and abs(a1 - b1) <= 3 for b0, b1 in above)
                     for a0, a1 in head)
    if not same_shape:
        return False
    filled_before = sum(1 for c in last if c)
    filled_after = sum(1 for c in first if c)
    return (
        filled_after < filled_before
        or bool(last and last[0] and not first[0])
        or any(c[:1].islower() for c in first if c)
        or any(MID_PHRASE.search(c) for c in last if c)
    )


def _join_tables(before: Pending, after: Pending) -> bool:
    """Append ``after``'s rows to ``before`` if it is the same table run on; say whether."""
    if not (before.grid and after.grid and before.rows and after.rows):
        return False
    if not _columns_match(before.grid, after.grid):
        return False
    rows = _remap(before.grid, after.grid, after.rows)
    header_repeated = bool(rows) and rows[0] == before.rows[0]
    if header_repeated:
        rows = rows[1:]  # the header row repeated on the new page
    if rows and _is_row_continuation(before, after.grid, before.rows[-1], rows[0],
                                     1 if header_repeated else 0):
        head = rows.pop(0)
        before.rows[-1] = [
            (f"{a}\n{b}" if split_marker(b) else f"{a}{'' if _broken_at_mark(a) else ' '}{b}"
             ).strip() if b else a
            for a, b in zip(before.rows[-1], head, strict=True)
        ]
    before.rows.extend(rows)
    before.tail = after.grid
    return True


def _join_pages(pages: list[list[Pending]]) -> list[Pending]:
    out: list[Pending] = []
    for page in pages:
        for k, block in enumerate(page):
            if k == 0 and out:
                if _continues_paragraph(out[-1], block):
                    out[-1].lines.extend(block.lines)
                    continue
                if _join_tables(out[-1], block):
                    continue
            out.append(block)
    return out


def _blocks(raw_pages: list[list[Item]]) -> list[Block]:
    pages = _drop_furniture(raw_pages)
    body = _body_size(pages)
    gap = _line_gap(pages)
    pending = _join_pages([_page_blocks(items, body, gap) for items in pages])
    heading_sizes = sorted(
        {max(ln.size for ln in p.lines) for p in pending
         if p.lines and max(ln.size for ln in p.lines) >= body * HEADING_RATIO},
        reverse=True,
    )
    return [_finish(p, body, heading_sizes) for p in pending]


def _finish(p: Pending, body: float, heading_sizes: list[float]) -> Block:
    if p.rows is not None:
        return Block("table", "", page=p.page, rows=p.rows)
    text = p.text
    size = max(ln.size for ln in p.lines)
    bold = all(ln.bold for ln in p.lines)
    italic = all(ln.italic for ln in p.lines)
    if size >= body * HEADING_RATIO and len(text) <= 200:
        level = min(heading_sizes.index(size) + 1, 6) if size in heading_sizes else 1
        return Block("heading", text, page=p.page, level=level, bold=bold, italic=italic)
    marked = split_marker(text)
    if marked:
        indent = p.lines[0].x0 - p.left
        return Block("list_item", marked[1], page=p.page, marker=marked[0], bold=bold,
                     italic=italic, level=max(0, int(indent // LIST_INDENT)))
    return Block("paragraph", text, page=p.page, bold=bold, italic=italic)

