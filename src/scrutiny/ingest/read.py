"""Pick the reader for a file by its content (and extension), with size limits applied.

Content wins over extension: a file named ``.pdf`` that is really HTML is refused with
a message naming both, rather than read as garbage. Every refusal is one line that says
what is wrong and how to fix it; the caller adds the file name.

Limits applied here, before any parser sees the bytes: the file size
(``Settings.max_file_bytes``) and emptiness. The readers apply their own limits
(PDF pages and time, DOCX inflated size).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from scrutiny.config import Settings
from scrutiny.errors import EmptyDocument, FileTooLarge, UnsupportedFormat
from scrutiny.ingest.document import Document

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".xhtml", ".txt", ".md", ".markdown",
                      ".text"}
EXPECTED = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html"}
NAMES = {"pdf": "PDF", "docx": "DOCX (zip)", "html": "HTML", "text": "plain text"}
RENAME = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "text": ".txt"}

# Formats people often send instead of a paper, with the fix for each.
FOREIGN_SIGNATURES: list[tuple[bytes, str]] = [
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel (OLE) file: save it as DOCX or PDF"),
    (b"{\\rtf", "an RTF file: save it as DOCX or PDF"),
    (b"\x89PNG", "a PNG image: scanned pages need OCR into a PDF with text first"),
    (b"\xff\xd8\xff", "a JPEG image: scanned pages need OCR into a PDF with text first"),
    (b"GIF8", "a GIF image, not a paper"),
    (b"\x1f\x8b", "a gzip archive: unpack it first"),
    (b"Rar!", "a RAR archive: unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive: unpack it first"),
]
HTML_OPENINGS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")
HTML_TAGS = (b"<html", b"<body", b"<head", b"<div", b"<p>", b"<table", b"<h1", b"<h2")
TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _content_kind(data: bytes) -> str:
    """What the bytes are, ignoring the name: pdf, docx, html or text."""
    head = data[:1024]
    if b"%PDF-" in head:  # the spec allows junk before the header within the first 1 KB
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    for signature, what in FOREIGN_SIGNATURES:
        if head.startswith(signature):
            raise UnsupportedFormat(f"the content is {what}")
    if head.startswith(TEXT_BOMS[1:]):  # UTF-16 text has NUL bytes but is still text
        return "text"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(HTML_OPENINGS) and any(tag in lowered for tag in HTML_TAGS):
        return "html"
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if b"\x00" in data[:4096]:
        raise UnsupportedFormat("binary content that is not a PDF, DOCX, HTML or text paper")
    return "text"


def sniff(data: bytes, suffix: str) -> str:
    """The format of ``data``: pdf, docx, html or text; raise UnsupportedFormat otherwise.

    The extension only decides between HTML and text for markup-looking text (a ``.txt``
    full of tags is still read as text); for PDF, DOCX and HTML a mismatch is an error
    that names both, because such a file is usually a failed download or a mislabel.
    """
    suffix = suffix.lower()
    kind = _content_kind(data)
    if kind == "text" and suffix in {".html", ".htm", ".xhtml"} and b"<" in data[:4096]:
        kind = "html"
    expected = EXPECTED.get(suffix)
    if expected and expected != kind:
        raise UnsupportedFormat(
            f"named {suffix} but the content is {NAMES[kind]}: "
            f"rename it to {RENAME[kind]} or fetch the real {NAMES[expected].split()[0]}"
        )
    if suffix and suffix not in SUPPORTED_SUFFIXES and kind == "text":
        raise UnsupportedFormat(f"unsupported file type {suffix} (use PDF, DOCX, HTML or TXT/MD)")
    return kind


def _check_size(size: int, settings: Settings) -> None:
    if size > settings.max_file_bytes:
        raise FileTooLarge(
            f"{size:,} bytes is over the {settings.max_file_bytes:,}-byte limit "
            "(raise it with --max-size or SCRUTINY_MAX_FILE_BYTES)"
        )


def read_bytes(data: bytes, source: str, settings: Settings | None = None) -> Document:
    """Read bytes of a named file into a Document (sha256 set).

    Raises FileTooLarge, EmptyDocument, UnsupportedFormat or CorruptDocument (all
    IngestError) with a one-line reason; never returns a Document without text.
    """
    from scrutiny.config import get_settings

    settings = settings or get_settings()
    _check_size(len(data), settings)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise EmptyDocument("the file is empty")
    kind = sniff(data, Path(source).suffix)
    document = _reader(kind)(data, source, settings)
    if not document.text.strip():
        raise EmptyDocument("no text could be read (a scanned PDF needs OCR first)")
    document.sha256 = hashlib.sha256(data).hexdigest()
    return document


def read_path(path: Path, settings: Settings | None = None) -> Document:
    """Read one file from disk, refusing it by size before reading a byte of it."""
    from scrutiny.config import get_settings

    settings = settings or get_settings()
    _check_size(path.stat().st_size, settings)
    return read_bytes(path.read_bytes(), path.name, settings)


Reader = Callable[[bytes, str, Settings], Document]


def _reader(kind: str) -> Reader:
    """The reader for a sniffed kind, imported lazily so text-only use stays light."""
    if kind == "text":
        from scrutiny.ingest.formats.text import read_text

        return lambda data, source, settings: read_text(data, source)
    if kind == "pdf":
        from scrutiny.ingest.formats.pdf import read_pdf

        return read_pdf
    if kind == "docx":
        from scrutiny.ingest.formats.docx import read_docx

        return read_docx
    from scrutiny.ingest.formats.html import read_html

    return read_html
