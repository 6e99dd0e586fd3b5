"""Pick the reader for a file by its content (and extension), with size limits applied.

Content wins over extension: a file named ``.pdf`` that is really HTML is refused with
a message saying so, rather than read as garbage.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from scrutiny.config import Settings
from scrutiny.errors import EmptyDocument, FileTooLarge, UnsupportedFormat
from scrutiny.ingest.document import Document

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".txt", ".md", ".markdown", ".text"}


def sniff(data: bytes, suffix: str) -> str:
    """The format of ``data``: pdf, docx, html or text; raise UnsupportedFormat otherwise."""
    head = data[:1024].lstrip()
    suffix = suffix.lower()
    if head.startswith(b"%PDF"):
        kind = "pdf"
    elif head.startswith(b"PK\x03\x04"):
        kind = "docx"
    elif head[:15].lower().startswith((b"<!doctype html", b"<html")) or (
        suffix in {".html", ".htm"} and b"<" in head
    ):
        kind = "html"
    elif b"\x00" in data[:4096]:
        raise UnsupportedFormat(f"binary content that is not a PDF or DOCX (extension {suffix})")
    else:
        kind = "text"
    expected = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}.get(suffix)
    if expected and expected != kind:
        raise UnsupportedFormat(f"named {suffix} but the content is {kind}")
    if suffix not in SUPPORTED_SUFFIXES and kind == "text" and suffix:
        raise UnsupportedFormat(f"unsupported file type {suffix} (use PDF, DOCX, HTML or TXT/MD)")
    return kind


def read_bytes(data: bytes, source: str, settings: Settings | None = None) -> Document:
    """Read bytes of a named file into a Document (sha256 set)."""
    from scrutiny.config import get_settings

    settings = settings or get_settings()
    if len(data) > settings.max_file_bytes:
        raise FileTooLarge(
            f"{len(data):,} bytes is over the {settings.max_file_bytes:,}-byte limit "
            "(raise it with --max-size)"
        )
    if not data.strip():
        raise EmptyDocument("the file is empty")
    kind = sniff(data, Path(source).suffix)
    document = _reader(kind)(data, source, settings)
    if not document.text.strip():
        raise EmptyDocument("no text could be read (a scanned PDF needs OCR first)")
    document.sha256 = hashlib.sha256(data).hexdigest()
    return document


def read_path(path: Path, settings: Settings | None = None) -> Document:
    """Read one file from disk."""
    from scrutiny.config import get_settings

    settings = settings or get_settings()
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        raise FileTooLarge(
            f"{size:,} bytes is over the {settings.max_file_bytes:,}-byte limit "
            "(raise it with --max-size)"
        )
    return read_bytes(path.read_bytes(), path.name, settings)


def _reader(kind: str):  # type: ignore[no-untyped-def]
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
