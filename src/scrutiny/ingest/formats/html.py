"""HTML papers, read with selectolax's lexbor parser: text only, never markup.

- ``h1``-``h6`` are headings of that level; ``li`` is a ``list_item`` (marker ``1.``,
  ``a.``, ``i.`` from the ``ol``'s ``type``/``start``, ``•`` in a ``ul``; depth from
  nesting); ``p``, ``div`` and other block elements give paragraphs; text that sits
  directly in a container between blocks is a paragraph of its own.
- Tables: one row per ``tr`` (``thead``/``tbody``/``tfoot`` looked through), one slot per
  column that some cell starts at; ``colspan``/``rowspan`` put the text in the first
  slot and leave covered slots empty, like the DOCX and PDF readers. A cell's block
  children become lines; a nested table becomes lines of ``a | b``. An empty cell
  coloured red/amber/green (``bgcolor``, CSS ``background``, or a class such as
  ``rag-amber``) reads ``Red``/``Amber``/``Green``.
- A block is ``bold``/``italic`` when all its text sits in ``b``/``strong`` (or a
  ``font-weight: bold`` style) / ``i``/``em``.
- Dropped with their content: ``head``, ``script``, ``style``, ``noscript``, ``iframe``,
  ``object``, ``embed``, ``svg``, ``math``, ``template``, ``canvas``, form controls and
  ``nav`` menus. Nothing is ever fetched (no images, links or stylesheets).

Hostile input: the walk is iterative (no recursion, so 100,000 nested ``div``s cannot
overflow the stack), attribute values are read only for the few attributes above and
cut short, and span counts are capped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from scrutiny import deadline
from scrutiny.config import Settings
from scrutiny.errors import CorruptDocument
from scrutiny.ingest.document import Block, BlockKind, Document, DocumentBuilder
from scrutiny.ingest.formats.colours import rag_from_css
from scrutiny.ingest.formats.docx_numbering import format_number
from scrutiny.ingest.formats.grid_columns import drop_unused_columns
from scrutiny.ingest.formats.markers import LABEL_LINE, normalise_bullets, split_marker

DROP = {"head", "script", "style", "noscript", "iframe", "object", "embed", "svg", "math",
        "template", "canvas", "select", "button", "input", "textarea", "option", "nav",
        "audio", "video", "map", "frameset", "frame", "applet", "title", "meta", "link"}
BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside",
          "blockquote", "address", "figure", "figcaption", "dl", "dt", "dd", "ul", "ol",
          "li", "pre", "hr", "form", "fieldset", "center", "body", "html", "caption",
          "details", "summary", "legend"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD_TAGS = {"b", "strong"}
ITALIC_TAGS = {"i", "em"}
MAX_SPAN = 64
MAX_COLUMNS = 128  # spans that would widen a table past this are cut (hostile rowspans)
MAX_ATTRIBUTE = 500
BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)", re.I)
ITALIC_STYLE = re.compile(r"font-style\s*:\s*(italic|oblique)", re.I)
BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)
RAG_CLASS = re.compile(r"^(?:rag|status|bg)?[-_]?(red|amber|green)$", re.I)
BREAK = "\n"  # a <br> in gathered text (other whitespace is collapsed)
MAX_DEPTH = 1500  # lexbor's tree building slows down sharply past a few thousand levels
TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})[^>]{0,2000}?(/?)>")
NO_NESTING = {b"p", b"li", b"dt", b"dd", b"tr", b"td", b"th", b"option", b"thead",
              b"tbody", b"tfoot", b"colgroup", b"caption", b"br", b"img", b"hr", b"meta",
              b"link", b"input", b"area", b"base", b"col", b"embed", b"param", b"source",
              b"track", b"wbr", b"html", b"head", b"body"}
OL_FORMATS = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def _attr(node: Any, name: str) -> str:
    value = node.attributes.get(name) if node.attributes else None
    return (value or "")[:MAX_ATTRIBUTE]


def _int_attr(node: Any, name: str, default: int = 1) -> int:
    value = _attr(node, name).strip()
    return max(1, min(int(value), MAX_SPAN)) if value.isdigit() else default


@dataclass
class Style:
    """Inherited inline emphasis while walking down the tree."""

    bold: bool = False
    italic: bool = False

    def enter(self, node: Any) -> Style:
        tag = node.tag
        css = _attr(node, "style") if node.attributes else ""
        return Style(
            self.bold or tag in BOLD_TAGS or bool(BOLD_STYLE.search(css)),
            self.italic or tag in ITALIC_TAGS or bool(ITALIC_STYLE.search(css)),
        )


@dataclass
class OpenBlock:
    """A block element we are inside; an ``li`` gives its marker to its first text."""

    tag: str
    marker: str | None = None
    level: int = 0
    emitted: bool = False


@dataclass
class ListState:
    ordered: bool
    fmt: str = "decimal"
    count: int = 0


@dataclass
class Walker:
    source: str
    builder: DocumentBuilder = field(init=False)
    buffer: list[tuple[str, bool, bool]] = field(default_factory=list)
    open_blocks: list[OpenBlock] = field(default_factory=list)
    lists: list[ListState] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.builder = DocumentBuilder(self.source, "html")

    def flush(self) -> None:
        """Emit the text gathered so far as a paragraph or the open list item.

        Lines broken by ``<br>`` join into one paragraph, unless every line is a
        ``Label: value`` pair (a cover sheet's To/Date/Subject), which stay apart.
        """
        joined = "".join(p[0] for p in self.buffer)
        lines = [" ".join(ln.split()) for ln in joined.split(BREAK)]
        lines = [ln for ln in lines if ln]
        if len(lines) > 1 and all(LABEL_LINE.match(ln) for ln in lines):
            texts = [p for p in self.buffer if p[0].strip(BREAK + " ")]
            bold, italic = all(p[1] for p in texts), all(p[2] for p in texts)
            for line in lines:
                self.buffer = [(line, bold, italic)]
                self.flush()
            return
        pieces = [p for p in self.buffer if p[0].strip(BREAK + " ")]
        text = " ".join(lines)
        self.buffer.clear()
        if not text:
            return
        bold = all(p[1] for p in pieces)
        italic = all(p[2] for p in pieces)
        item = next((b for b in reversed(self.open_blocks) if b.tag == "li"), None)
        kind: BlockKind = "paragraph"
        marker = None
        level = None
        if item is not None and not item.emitted:
            item.emitted = True
            kind, marker, level = "list_item", item.marker, item.level
        elif typed := split_marker(text):
            kind, marker, text, level = "list_item", typed[0], typed[1], 0
        self.builder.add(Block(kind, normalise_bullets(text), bold=bold, italic=italic,
                               marker=marker, level=level, style=None))

    def open(self, node: Any) -> None:
        tag = node.tag
        if tag in ("ul", "ol"):
            fmt = OL_FORMATS.get(_attr(node, "type").strip(), "decimal")
            start = _attr(node, "start").strip()
            state = ListState(tag == "ol", fmt)
            state.count = int(start) - 1 if start.lstrip("-").isdigit() and len(start) < 6 \
                else 0
            self.lists.append(state)
        marker = None
        if tag == "li":
            marker = self._li_marker(node)
        self.open_blocks.append(OpenBlock(tag, marker, max(len(self.lists) - 1, 0)))

    def _li_marker(self, node: Any) -> str:
        if not self.lists or not self.lists[-1].ordered:
            return "•"
        state = self.lists[-1]
        value = _attr(node, "value").strip()
        state.count = int(value) if value.isdigit() and len(value) < 6 else state.count + 1
        return format_number(state.count, state.fmt) + "."

    def close(self, node: Any) -> None:
        self.flush()
        if self.open_blocks:
            self.open_blocks.pop()
        if node.tag in ("ul", "ol") and self.lists:
            self.lists.pop()

    def heading(self, node: Any, style: Style) -> None:
        self.flush()
        text = " ".join(_plain_text(node).split())
        self.builder.add(Block("heading", text, level=HEADINGS[node.tag], bold=True,
                               italic=style.italic, style=node.tag))

    def table(self, node: Any) -> None:
        self.flush()
        caption = next((c for c in _element_children(node) if c.tag == "caption"), None)
        if caption is not None:
            self.builder.add(Block("paragraph", " ".join(_plain_text(caption).split())))
        self.builder.add(Block("table", "", rows=table_rows(node), style="table"))

    def walk(self, root: Any) -> None:
        stack: list[tuple[bool, Any, Style]] = [(False, root, Style())]
        while stack:
            deadline.check()
            leaving, node, style = stack.pop()
            if leaving:
                self.close(node)
                continue
            tag = node.tag
            if tag == "-text":
                self.buffer.append((node.text_content or "", style.bold, style.italic))
                continue
            if tag.startswith("-") or tag in DROP:
                continue
            if tag in HEADINGS:
                self.heading(node, style)
                continue
            if tag == "table":
                self.table(node)
                continue
            if tag == "br":
                self.buffer.append((BREAK, style.bold, style.italic))
                continue
            inner = style.enter(node)
            if tag in BLOCKS:
                self.flush()
                self.open(node)
                stack.append((True, node, inner))
            children = list(node.iter(include_text=True))
            stack.extend((False, child, inner) for child in reversed(children))
        self.flush()


def _element_children(node: Any) -> list[Any]:
    return [c for c in node.iter(include_text=False)]


def _plain_text(node: Any, *, lines: bool = False) -> str:
    """Text under ``node``: block elements start new lines, nested cells split by `` | ``."""
    out: list[str] = []
    stack: list[tuple[bool, Any]] = [(False, node)]
    while stack:
        leaving, current = stack.pop()
        if leaving:
            out.append("\n")
            continue
        tag = current.tag
        if tag == "-text":
            out.append(current.text_content or "")
            continue
        if tag.startswith("-") or tag in DROP:
            continue
        if tag == "br":
            out.append("\n" if lines else " ")
            continue
        if tag in ("td", "th") and current is not node:
            out.append(" | ")
        if current is not node and (tag in BLOCKS or tag in HEADINGS or tag == "tr"):
            out.append("\n")
            if tag == "li":
                out.append("• ")
            stack.append((True, current))
        children = list(current.iter(include_text=True))
        stack.extend((False, c) for c in reversed(children))
    return normalise_bullets("".join(out))


def _cell_text(cell: Any) -> str:
    raw = _plain_text(cell, lines=True)
    text_lines = []
    for line in raw.split("\n"):
        line = " ".join(line.split()).strip(" |").strip()
        if line:
            text_lines.append(line)
    return "\n".join(text_lines)


def _cell_rag(cell: Any) -> str | None:
    word = rag_from_css(_attr(cell, "bgcolor"))
    if word:
        return word
    background = BACKGROUND.search(_attr(cell, "style"))
    if background:
        value = background.group(1).strip()
        word = rag_from_css(value) or rag_from_css(value.split()[0] if value else None)
        if word:
            return word
    for token in _attr(cell, "class").split():
        match = RAG_CLASS.match(token)
        if match:
            return match.group(1).capitalize()
    return None


def _table_row_nodes(table: Any) -> list[Any]:
    rows = []
    for child in _element_children(table):
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in _element_children(child) if c.tag == "tr")
    return rows


def table_rows(table: Any) -> list[list[str]]:
    """Rows of cell texts with spans laid out on the column grid."""
    rows: list[list[str]] = []
    starts: set[int] = set()
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan above
    for tr in _table_row_nodes(table):
        row: list[str] = []
        column = 0
        for cell in (c for c in _element_children(tr) if c.tag in ("td", "th")):
            if column >= MAX_COLUMNS:
                break
            while pending.get(column, 0) > 0:
                pending[column] -= 1
                row.append("")
                column += 1
            starts.add(column)
            text = _cell_text(cell) or _cell_rag(cell) or ""
            colspan = min(_int_attr(cell, "colspan"), MAX_COLUMNS - column)
            rowspan = _int_attr(cell, "rowspan")
            row.append(text)
            row.extend([""] * (colspan - 1))
            for k in range(column, column + colspan):
                if rowspan > 1:
                    pending[k] = rowspan - 1
            column += colspan
        while pending.get(column, 0) > 0 and column < MAX_COLUMNS:
            pending[column] -= 1
            row.append("")
            column += 1
        rows.append(row[:MAX_COLUMNS])
    width = max((len(r) for r in rows), default=0)
    return drop_unused_columns([r + [""] * (width - len(r)) for r in rows], starts)


def check_depth(data: bytes) -> None:
    """Refuse absurdly deep nesting before the parser spends minutes on it.

    Counted on the raw bytes with a cheap tag scan; elements that close themselves
    implicitly (``p``, ``li``, table parts) and void elements are not counted, so
    sloppy but ordinary HTML passes.
    """
    depth = 0
    for match in TAG.finditer(data):
        name = match.group(2).lower()
        if name in NO_NESTING or match.group(3):
            continue
        depth += -1 if match.group(1) else 1
        if depth > MAX_DEPTH:
            raise CorruptDocument(
                f"HTML nested more than {MAX_DEPTH} elements deep: broken or hostile markup "
                "(save the page as PDF instead)"
            )
        depth = max(depth, 0)


def read_html(data: bytes, source: str, settings: Settings) -> Document:
    """Read HTML into a Document; see the module docstring for the rules."""
    check_depth(data)
    text = _decode(data)
    try:
        tree = LexborHTMLParser(text)
    except Exception as exc:  # lexbor raises on memory or encoding failures only
        raise CorruptDocument(f"unparseable HTML ({exc}): re-save it") from exc
    title_node = tree.css_first("title")
    title = " ".join(title_node.text().split())[:300] if title_node is not None else None
    walker = Walker(source)
    root = tree.body if tree.body is not None else tree.root
    if root is not None:
        walker.walk(root)
    return walker.builder.build(title=title or None)


def _decode(data: bytes) -> str:
    """UTF-8 unless a BOM or a ``charset`` in the first KB says otherwise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    head = data[:1024].decode("ascii", errors="ignore").lower()
    match = re.search(r"charset=[\"']?([a-z0-9_-]{2,20})", head)
    encoding = match.group(1) if match else "utf-8"
    try:
        return data.decode(encoding if encoding != "utf-8" else "utf-8-sig")
    except (LookupError, UnicodeDecodeError):
        return data.decode("cp1252", errors="replace")
