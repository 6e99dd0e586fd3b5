"""Plain text and Markdown papers (also what PDF-to-text converters produce).

Rules, from how converted papers look:
- blank lines separate blocks; a form feed starts a new page;
- ``#`` lines, and short ALL-CAPS lines, are headings;
- bullets (``-``, ``*``, ``•``, ``○``, ``▪`` ...) and paragraph numbers (``1.``, ``(a)``,
  ``ii)``, ``2.1 Title``; the same patterns as the PDF reader, ``markers.py``) at a line
  start are list items, each line its own item; a following line that is indented or
  starts in lower case continues the item (text wrapped by a converter);
- consecutive lines with tab separators, or Markdown pipe tables, are one table;
- two or more consecutive lines whose words line up in columns separated by runs of
  two or more spaces are one table (converters lay tables out that way);
- ``Label: value`` lines that follow each other (``To:``, ``Date:``) stay separate
  paragraphs rather than running together;
- ``**bold**`` and ``*italic*`` wrapping a whole block set the block's bold/italic flags
  and the markers are removed from the text;
- HTML character references left by converters and Markdown writers (``&mdash;``,
  ``&amp;``, ``&#8217;``, ``&nbsp;``) are decoded before anything else;
- a horizontal rule (``---``, ``***``, ``___``, ``- - -``) ends the block before it and
  is a block of its own, never joined to the text around it (extractors read it as a
  section boundary); Markdown's ``===``/``---`` under a single line instead makes that
  line a heading.
"""

from __future__ import annotations

import html
import re

from scrutiny import deadline
from scrutiny.ingest.document import Block, Document, DocumentBuilder
from scrutiny.ingest.formats.markers import LABEL_LINE, MARKER
from scrutiny.ingest.formats.text_columns import (
    aligned_rows,
    aligned_run,
    header_lines,
    join_header,
)

BULLET = MARKER
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
RULE = re.compile(r"^ {0,3}([-*_=])(?: *\1){2,} *$")
PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def read_text(data: bytes, source: str) -> Document:
    """Read UTF-8 (UTF-16 with a BOM, or cp1252 as a fallback) text into a Document."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    builder = DocumentBuilder(source, "text")
    text = ENTITY.sub(_character, text) if "&" in text else text
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    for number, page_text in enumerate(pages, start=1):
        builder.extend(blocks_from_text(page_text, number))
    return builder.build(page_count=len(pages))


def _character(match: re.Match[str]) -> str:
    """The character an HTML reference stands for; a no-break space is a space, and a
    reference to a line break, tab or pipe stays as written so it cannot make a block
    or a table cell that the author did not."""
    char = html.unescape(match.group(0))
    if char == "\u00a0":
        return " "
    return match.group(0) if char in ("\n", "\r", "\t", "|", "\f") else char


def blocks_from_text(text: str, page: int) -> list[Block]:
    """Split one page of text into blocks."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        deadline.check()
        lines = [ln.rstrip(" \r") for ln in chunk.split("\n") if ln.strip()]
        blocks.extend(_chunk_blocks(lines, page))
    return blocks


def _is_table_line(line: str) -> bool:
    return "\t" in line.strip(" \n") or line.lstrip().startswith("|")


def _chunk_blocks(lines: list[str], page: int) -> list[Block]:
    out: list[Block] = []
    paragraph: list[str] = []
    table: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            out.append(_paragraph(" ".join(s.strip() for s in paragraph), page))
            paragraph.clear()

    def flush_table() -> None:
        if table:
            out.append(Block("table", "", page=page, rows=_rows(table)))
            table.clear()

    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if _is_table_line(line):
            flush_paragraph()
            table.append(line)
            continue
        flush_table()
        run = aligned_run(lines, k - 1)
        rows = aligned_rows(lines[k - 1: k - 1 + run]) if run else None
        if rows:
            # heading lines over the columns that did not line up on their own
            header = header_lines(paragraph, lines[k - 1: k - 1 + run])
            del paragraph[len(paragraph) - len(header):]
            rows = join_header(header, rows)
            flush_paragraph()
            out.append(Block("table", "", page=page, rows=rows))
            k += run - 1
            continue
        heading = MD_HEADING.match(line.strip())
        bullet = BULLET.match(line)
        rule = RULE.match(line)
        if rule:
            if len(paragraph) == 1 and rule.group(1) in "-=" and not LABEL_LINE.match(
                    paragraph[0]):  # Markdown's underlined (setext) heading
                out.append(_styled(paragraph.pop(), "heading", page,
                                   level=1 if rule.group(1) == "=" else 2))
                continue
            flush_paragraph()
            # The rule is a block of its own, never run into the text around it: the
            # extractors read it as a section boundary (what follows is not the answer).
            out.append(Block("paragraph", line.strip(), page=page))
        elif heading:
            flush_paragraph()
            out.append(_styled(heading.group(2), "heading", page, level=len(heading.group(1))))
        elif bullet:
            flush_paragraph()
            marker = bullet.group(1)
            rest = line[bullet.end():]
            while k < len(lines) and _continues_item(lines[k]):
                rest += " " + lines[k].strip()
                k += 1
            out.append(_styled(rest, "list_item", page, marker=marker,
                               level=(len(line) - len(line.lstrip())) // 2))
        else:
            if paragraph and LABEL_LINE.match(line) and LABEL_LINE.match(paragraph[0]):
                flush_paragraph()
            paragraph.append(line)
    flush_paragraph()
    flush_table()
    return out


def _continues_item(line: str) -> bool:
    """A wrapped line of a list item: indented or starting in lower case, no marker."""
    if BULLET.match(line) or _is_table_line(line) or MD_HEADING.match(line.strip()):
        return False
    return line[:1].isspace() or line.lstrip()[:1].islower()


def _rows(lines: list[str]) -> list[list[str]]:
    rows = []
    for line in lines:
        if PIPE_SEPARATOR.match(line):
            continue
        if line.lstrip().startswith("|"):
            cells = line.strip().strip("|").split("|")
        else:
            cells = line.split("\t")
        rows.append([_strip_marks(c.strip())[0] for c in cells])
    return rows


def _strip_marks(text: str) -> tuple[str, bool, bool]:
    """Remove whole-block ``**``/``*``/``_`` emphasis; report (text, bold, italic)."""
    bold = italic = False
    t = text.strip()
    for _ in range(2):
        if len(t) > 4 and t.startswith("**") and t.endswith("**"):
            t, bold = t[2:-2].strip(), True
        elif len(t) > 2 and t[0] in "*_" and t.endswith(t[0]) and t[1] != t[0]:
            t, italic = t[1:-1].strip(), True
    return t, bold, italic


def _styled(text: str, kind: str, page: int, **kw: object) -> Block:
    t, bold, italic = _strip_marks(text)
    return Block(kind, t, page=page, bold=bold, italic=italic, **kw)  # type: ignore[arg-type]


def _paragraph(text: str, page: int) -> Block:
    t, bold, italic = _strip_marks(text)
    plain = re.sub(r"[^A-Za-z]", "", t)
    if (
        plain
        and len(t) <= 120
        and plain.isupper()
        and len(plain) >= 3
        and not t.rstrip().endswith((".", ","))
    ):
        return Block("heading", t, page=page, bold=bold, italic=italic, level=2)
    return Block("paragraph", t, page=page, bold=bold, italic=italic)
