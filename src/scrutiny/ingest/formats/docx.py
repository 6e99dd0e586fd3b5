"""DOCX papers, read with python-docx: body order, styles, numbering, real tables.

- The body is walked in XML order, so paragraphs and tables interleave as printed
  (content controls ``w:sdt`` and ``w:customXml`` are looked through).
- ``Heading N`` styles (and outline levels) are headings of level N, ``Title`` level 1.
- Numbered and bulleted paragraphs (``w:numPr`` on the paragraph or its style) are
  ``list_item`` blocks with the marker Word would print (``docx_numbering.py``) and
  their level; a marker typed by hand (``1.``, ``•``) counts too.
- A paragraph is ``bold``/``italic`` when every run with text is, directly or by style.
- Tables: one row per ``w:tr``, one slot per grid column that some cell starts at (a
  column every row spans over is invisible in print: ``grid_columns.py``). A merged
  cell (``gridSpan``, ``vMerge``) puts its text in its first slot and leaves the slots
  it covers empty, as the PDF and HTML readers do. A cell's paragraphs are joined by
  newlines; a nested table is flattened into its cell as lines of ``a | b``. A cell
  with no text and a red/amber/green shading reads ``Red``/``Amber``/``Green``.
- Pages: counted from ``w:lastRenderedPageBreak`` where Word left them (the layout it
  last printed), else from explicit page breaks and section breaks; a file without any
  is page 1 throughout (page citations are then coarse).
- Deleted and moved-away revisions, hidden text, field codes and the fallback copy of
  drawings are skipped.

Safety: the zip is checked before python-docx opens it: entry count, the declared size
of the inflated parts against ``Settings.max_unzipped_bytes``, and each part's
compression ratio, so a zip bomb is refused without inflating it. A zip that is not a
DOCX (a workbook, a slide deck, an OpenDocument file) is UnsupportedFormat.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.oxml.ns import qn

from scrutiny import deadline
from scrutiny.config import Settings
from scrutiny.errors import CorruptDocument, UnsupportedFormat
from scrutiny.ingest.document import Block, BlockKind, Document, DocumentBuilder
from scrutiny.ingest.formats.colours import rag_from_css
from scrutiny.ingest.formats.docx_numbering import Numbering
from scrutiny.ingest.formats.grid_columns import drop_unused_columns
from scrutiny.ingest.formats.markers import LABEL_LINE, normalise_bullets, split_marker

MAX_ENTRIES = 5000
MAX_RATIO = 150  # deflate rarely beats ~20x on XML; bombs reach thousands
RATIO_FLOOR = 2 * 1024 * 1024  # small parts may compress well; only big ones are judged
HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
SKIP = {qn("w:del"), qn("w:delText"), qn("w:moveFrom"), qn("w:instrText"),
        qn("w:txbxContent"),
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
        qn("w:footnoteReference"), qn("w:endnoteReference"), qn("w:commentReference")}
CONTAINERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")}
OTHER_ZIPS = {
    "xl/workbook.xml": "an Excel workbook (xlsx): save the sheet as PDF",
    "ppt/presentation.xml": "a PowerPoint deck (pptx): save it as PDF",
    "content.xml": "an OpenDocument file: save it as DOCX or PDF",
}


def check_zip(data: bytes, settings: Settings) -> None:
    """Refuse zip bombs and zips that are not DOCX, without inflating anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise CorruptDocument("damaged DOCX (not a readable zip): re-save it from Word") \
            from exc
    with archive:
        entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise CorruptDocument(f"zip bomb: {len(entries):,} parts in one DOCX")
    names = {e.filename for e in entries}
    if "word/document.xml" not in names:
        for part, what in OTHER_ZIPS.items():
            if part in names:
                raise UnsupportedFormat(f"the content is {what}")
        raise UnsupportedFormat("a zip archive that is not a DOCX: unpack it first")
    total = sum(e.file_size for e in entries)
    if total > settings.max_unzipped_bytes:
        raise CorruptDocument(
            f"zip bomb: the DOCX inflates to {total:,} bytes, over the "
            f"{settings.max_unzipped_bytes:,}-byte limit (SCRUTINY_MAX_UNZIPPED_BYTES)"
        )
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise CorruptDocument(
                f"zip bomb: part {entry.filename[:60]} inflates {ratio:,.0f} times"
            )


@dataclass
class Styles:
    """What a paragraph or character style contributes: names, numbering, emphasis."""

    names: dict[str, str] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)
    elements: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: Any) -> Styles:
        styles = cls()
        try:
            root = document.styles.element
        except (KeyError, AttributeError):
            return styles
        for node in root.iterchildren(qn("w:style")):
            style_id = node.get(qn("w:styleId")) or ""
            name = node.find(qn("w:name"))
            styles.names[style_id] = name.get(qn("w:val"), "") if name is not None else ""
            base = node.find(qn("w:basedOn"))
            if base is not None:
                styles.based_on[style_id] = base.get(qn("w:val"), "")
            styles.elements[style_id] = node
        return styles

    def chain(self, style_id: str | None) -> Iterator[Any]:
        """The style and its ancestors, nearest first (cycles cut off)."""
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.elements:
            seen.add(style_id)
            yield self.elements[style_id]
            style_id = self.based_on.get(style_id)

    def find(self, style_id: str | None, path: str) -> Any:
        for node in self.chain(style_id):
            found = node.find(path)
            if found is not None:
                return found
        return None


def _on(node: Any) -> bool | None:
    """A toggle property (``w:b``, ``w:i``): True/False when present, None when absent."""
    if node is None:
        return None
    return node.get(qn("w:val"), "true").lower() not in {"0", "false", "off", "none"}


SENTENCE_END = (".", "!", "?", ";")


@dataclass
class Para:
    text: str
    bold: bool
    italic: bool
    style_id: str | None
    marker: str | None
    level: int | None


class Reader:
    """Walks one DOCX body into blocks."""

    def __init__(self, document: Any, source: str) -> None:
        self.document = document
        self.styles = Styles.from_document(document)
        self.numbering = Numbering.from_document(document)
        self.builder = DocumentBuilder(source, "docx")
        body = document.element.body
        self.rendered = body.find(".//" + qn("w:lastRenderedPageBreak")) is not None
        self.page = 1
        self.new_page_after = _section_ends(body)

    # -- pages
    def _breaks(self, node: Any) -> int:
        if self.rendered:
            return len(node.findall(".//" + qn("w:lastRenderedPageBreak")))
        explicit = [b for b in node.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
        return len(explicit)

    def _starts_on_new_page(self, p: Any) -> bool:
        """A break before any text in the paragraph puts the paragraph on the new page."""
        if not self.rendered and _on(p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}")):
            return True
        for node in p.iter():
            if node.tag == qn("w:t") and (node.text or "").strip():
                return False
            if node.tag == qn("w:lastRenderedPageBreak") and self.rendered:
                return True
            if node.tag == qn("w:br") and node.get(qn("w:type")) == "page" \
                    and not self.rendered:
                return True
        return False

    # -- paragraphs
    def paragraph(self, p: Any, *, in_cell: bool = False) -> Para:
        style_id = _val(p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}"))
        pieces: list[str] = []
        bold_all = italic_all = True
        any_text = False
        for run, text in self._runs(p, in_cell):
            pieces.append(text)
            if text.strip() and run is not None:
                any_text = True
                bold_all &= self._run_flag(run, "w:b", style_id)
                italic_all &= self._run_flag(run, "w:i", style_id)
        text = re.sub(r"[ \t\u00a0]+", " ", "".join(pieces))
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        # in a table cell every break is kept: cells are read line by line ("Status:
        # Complete." / "Target: May 2025")
        text = "\n".join(lines) if in_cell else _join_broken_lines(lines)
        marker, level = self._numbering(p, style_id)
        return Para(normalise_bullets(text), any_text and bold_all,
                    any_text and italic_all, style_id, marker, level)

    def _runs(self, p: Any, in_cell: bool) -> Iterator[tuple[Any, str]]:
        """(run, text) pieces of a paragraph in order, skipping deleted and hidden parts."""
        stack = [iter(p)]
        while stack:
            node = next(stack[-1], None)
            if node is None:
                stack.pop()
                continue
            tag = node.tag
            if tag in SKIP or tag == qn("w:pPr") or tag == qn("w:rPr"):
                continue
            if tag == qn("w:r") and _on(node.find(f"{qn('w:rPr')}/{qn('w:vanish')}")):
                continue  # hidden text is not printed
            parent_run = node if tag == qn("w:r") else node.getparent()
            run = parent_run if parent_run is not None and parent_run.tag == qn("w:r") \
                else None
            if tag == qn("w:t"):
                yield run, node.text or ""
            elif tag in (qn("w:tab"), qn("w:ptab")):
                yield run, " "
            elif tag in (qn("w:br"), qn("w:cr")):
                yield run, "\n"
            elif tag == qn("w:noBreakHyphen"):
                yield run, "-"
            elif len(node):
                stack.append(iter(node))

    def _run_flag(self, run: Any, tag: str, style_id: str | None) -> bool:
        rpr = run.find(qn("w:rPr"))
        direct = _on(rpr.find(qn(tag))) if rpr is not None else None
        if direct is not None:
            return direct
        char_style = _val(rpr.find(qn("w:rStyle"))) if rpr is not None else None
        for sid in (char_style, style_id):
            found = self.styles.find(sid, f"{qn('w:rPr')}/{qn(tag)}")
            if found is not None:
                return bool(_on(found))
        return False

    def _numbering(self, p: Any, style_id: str | None) -> tuple[str | None, int | None]:
        path = f"{qn('w:pPr')}/{qn('w:numPr')}"
        num_pr = p.find(path)
        if num_pr is None:
            num_pr = self.styles.find(style_id, path)
        if num_pr is None:
            return None, None
        num_id = _val(num_pr.find(qn("w:numId")))
        ilvl_text = _val(num_pr.find(qn("w:ilvl"))) or "0"
        ilvl = int(ilvl_text) if ilvl_text.isdigit() else 0
        if not num_id:
            return None, None
        marker = self.numbering.next_marker(num_id, ilvl)
        return (marker, ilvl) if marker else (None, None)

    def _heading_level(self, style_id: str | None, p: Any) -> int | None:
        name = self.styles.names.get(style_id or "", style_id or "")
        match = HEADING_STYLE.match(name.strip())
        if match:
            return max(1, int(match.group(1)))
        if name.strip().lower() == "title":
            return 1
        outline = p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if outline is None:
            outline = self.styles.find(style_id, f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        value = _val(outline)
        if value and value.isdigit() and int(value) < 9:
            return int(value) + 1
        return None

    def add_paragraph(self, p: Any) -> None:
        if self._starts_on_new_page(p):
            self.page += 1
            breaks_after = max(self._breaks(p) - 1, 0)
        else:
            breaks_after = self._breaks(p)
        para = self.paragraph(p)
        self._emit(para, p)
        for box in _text_boxes(p):
            for inner in box.iterchildren(qn("w:p")):
                self._emit(self.paragraph(inner), inner)
        self.page += breaks_after
        if not self.rendered and p in self.new_page_after:
            self.page += 1

    def _emit(self, para: Para, p: Any) -> None:
        if not para.text:
            return
        lines = para.text.split("\n")
        if len(lines) > 1 and all(LABEL_LINE.match(ln) for ln in lines):
            # "To: ... / Date: ..." label lines broken by w:br: one paragraph each
            for line in lines:
                self._emit(Para(line, para.bold, para.italic, para.style_id, None, None), p)
            return
        heading = self._heading_level(para.style_id, p)
        if heading is not None:  # a break in a heading only wraps a long title
            para.text = " ".join(lines)
        kind: BlockKind = "paragraph"
        text, marker, level = para.text, para.marker, para.level
        typed = split_marker(para.text) if heading is None and not marker else None
        if heading is not None:
            kind, level, marker = "heading", min(heading, 6), None
            text = f"{para.marker} {para.text}" if para.marker else para.text
        elif marker:
            kind, level = "list_item", para.level or 0
        elif typed:
            kind, marker, text, level = "list_item", typed[0], typed[1], 0
        self.builder.add(Block(kind, text, page=self.page, level=level, bold=para.bold,
                               italic=para.italic, marker=marker,
                               style=self.styles.names.get(para.style_id or "") or None))

    # -- tables
    def add_table(self, tbl: Any) -> None:
        rows = self.table_rows(tbl)
        self.builder.add(Block("table", "", page=self.page, rows=rows, style="table"))
        self.page += self._breaks(tbl)

    def table_rows(self, tbl: Any) -> list[list[str]]:
        rows: list[list[str]] = []
        starts: set[int] = set()
        for tr in _children(tbl, qn("w:tr")):
            row: list[str] = []
            before = _int(tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}"))
            row.extend([""] * before)
            for tc in _children(tr, qn("w:tc")):
                starts.add(len(row))
                tc_pr = tc.find(qn("w:tcPr"))
                span = _int(tc_pr.find(qn("w:gridSpan")) if tc_pr is not None else None, 1)
                merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
                continued = merge is not None and (merge.get(qn("w:val")) or "continue") \
                    == "continue"
                text = "" if continued else self.cell_text(tc)
                if not text and not continued and tc_pr is not None:
                    shade = tc_pr.find(qn("w:shd"))
                    text = rag_from_css(shade.get(qn("w:fill")) if shade is not None
                                        else None) or ""
                row.append(text)
                row.extend([""] * (min(span, 64) - 1))
            rows.append(row)
        width = max((len(r) for r in rows), default=0)
        return drop_unused_columns([r + [""] * (width - len(r)) for r in rows], starts)

    def cell_text(self, tc: Any) -> str:
        lines: list[str] = []
        for child in _children(tc, qn("w:p"), qn("w:tbl")):
            if child.tag == qn("w:tbl"):
                for row in self.table_rows(child):
                    line = " | ".join(c.replace("\n", " ") for c in row if c)
                    if line:
                        lines.append(line)
                continue
            para = self.paragraph(child, in_cell=True)
            if para.text:
                lines.append(f"{para.marker} {para.text}" if para.marker else para.text)
        return "\n".join(lines)

    def read(self) -> Document:
        for node in _children(self.document.element.body, qn("w:p"), qn("w:tbl")):
            deadline.check()
            if node.tag == qn("w:p"):
                self.add_paragraph(node)
            else:
                self.add_table(node)
        title = (self.document.core_properties.title or "").strip() or None
        return self.builder.build(title=title)


def _section_ends(body: Any) -> set[Any]:
    """Paragraphs that end a section after which the next section starts a new page.

    A ``w:sectPr`` sits in the last paragraph of the section it describes (the final
    one in the body), and its ``w:type`` says how *that* section begins; so the break
    after a section is the type of the next one (``nextPage`` when absent).
    """
    ends = [p for p in body.iter(qn("w:p"))
            if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None]
    if not ends:
        return set()
    sections = [p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") for p in ends]
    final = body.find(qn("w:sectPr"))
    following = [*sections[1:], final]
    return {p for p, nxt in zip(ends, following, strict=True)
            if nxt is None or _val(nxt.find(qn("w:type"))) not in {"continuous"}}


def _join_broken_lines(lines: list[str]) -> str:
    """A paragraph's w:br-broken lines, joined.

    A break after a finished sentence, or before a lower-case word, only wraps or spaces
    prose ("... measured.<br/>A. The Commissioner ...", "a sentence broken<br/>by a
    soft return"), so it becomes a space. Any other break is the author's own line (one
    name per line under "Present:", an address, "Label:<br/>value"), so it stays a
    newline and the lines are not run together into one name.
    """
    out = lines[:1]
    for line in lines[1:]:
        prose = out[-1].endswith(SENTENCE_END) or line[:1].islower()
        out.append(" " if prose else "\n")
        out.append(line)
    return "".join(out)


def _children(node: Any, *tags: str) -> Iterator[Any]:
    """Children with the given tags, looking through content controls and custom XML."""
    for child in node.iterchildren():
        if child.tag in CONTAINERS:
            yield from _children(child, *tags)
        elif child.tag in tags:
            yield child


def _text_boxes(p: Any) -> list[Any]:
    """Text boxes anchored in a paragraph (the drawing copy, not the VML fallback)."""
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    return [box for box in p.iter(qn("w:txbxContent"))
            if not any(a.tag == fallback for a in box.iterancestors())]


def _val(node: Any) -> str | None:
    return node.get(qn("w:val")) if node is not None else None


def _int(node: Any, default: int = 0) -> int:
    value = _val(node)
    return int(value) if value and value.isdigit() else default


def read_docx(data: bytes, source: str, settings: Settings) -> Document:
    """Read a DOCX into a Document; see the module docstring for the rules."""
    check_zip(data, settings)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise CorruptDocument(f"damaged DOCX ({type(exc).__name__}): re-save it from Word") \
            from exc
    return Reader(document, source).read()
