"""Bad files fail alone with one clear line that says what is wrong and how to fix it."""

from __future__ import annotations

import io
import zipfile

import pytest

from scrutiny.errors import CorruptDocument, EmptyDocument, FileTooLarge, UnsupportedFormat
from scrutiny.ingest.read import read_path


def _one_line(exc: pytest.ExceptionInfo[BaseException]) -> str:
    message = str(exc.value)
    assert "\n" not in message and 10 < len(message) < 250
    return message


@pytest.mark.parametrize(
    ("name", "error", "reason"),
    [
        ("encrypted.pdf", CorruptDocument, "encrypted PDF: remove the password first"),
        ("truncated.pdf", CorruptDocument, "truncated PDF"),
        ("scanned.pdf", EmptyDocument, "a scanned PDF needs OCR first"),
    ],
)
def test_unreadable_pdfs(read, name, error, reason):
    with pytest.raises(error) as exc:
        read(name)
    assert reason in _one_line(exc)


def test_garbage_after_pdf_header(read):
    with pytest.raises(CorruptDocument) as exc:
        read("broken.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    assert "unreadable PDF" in _one_line(exc)


def test_pdf_over_the_page_limit(read):
    with pytest.raises(FileTooLarge) as exc:
        read("progress_report_lo.pdf", max_pages=2)
    assert "page limit" in _one_line(exc)


@pytest.mark.parametrize(
    ("name", "data", "named"),
    [
        ("minutes.pdf", b"<!DOCTYPE html><html><body><p>Minutes</p></body></html>", "HTML"),
        ("minutes.docx", b"%PDF-1.4\n...", "PDF"),
        ("minutes.html", b"%PDF-1.4\n...", "PDF"),
        ("minutes.pdf", b"Just some text\nin a file\n", "plain text"),
    ],
)
def test_content_that_is_not_what_the_name_says(read, name, data, named):
    with pytest.raises(UnsupportedFormat) as exc:
        read(name, data)
    message = _one_line(exc)
    assert name.rsplit(".", 1)[1] in message and named in message and "rename" in message


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "DOCX"),
        (b"{\\rtf1\\ansi hello}", "RTF"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 50, "OCR"),
        (b"\x00\x01\x02binary" * 20, "binary"),
    ],
)
def test_foreign_formats_named(read, data, hint):
    with pytest.raises(UnsupportedFormat) as exc:
        read("paper", data)
    assert hint in _one_line(exc)


def test_unknown_extension(read):
    with pytest.raises(UnsupportedFormat) as exc:
        read("figures.csv", b"a,b\n1,2\n")
    assert ".csv" in _one_line(exc)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t", b"\xef\xbb\xbf\n"])
def test_empty_file(read, data):
    with pytest.raises(EmptyDocument) as exc:
        read("empty.txt", data)
    assert _one_line(exc) == "the file is empty"


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, settings):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(FileTooLarge) as exc:
        read_path(path, settings(max_file_bytes=1000))
    assert "5,000 bytes" in _one_line(exc) and "--max-size" in str(exc.value)


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_bomb_by_ratio(read):
    bomb = _zip({"[Content_Types].xml": b"<Types/>",
                 "word/document.xml": b"<w:document>" + b" " * 40_000_000})
    assert len(bomb) < 200_000
    with pytest.raises(CorruptDocument) as exc:
        read("bomb.docx", bomb)  # under the total limit, but inflating ~40 MB from 100 KB
    assert "zip bomb" in _one_line(exc) and "inflates" in str(exc.value)


def test_zip_bomb_by_total_size(read):
    parts = {f"word/media/p{i}.xml": bytes(range(256)) * 4000 for i in range(5)}
    parts["word/document.xml"] = b"<w:document/>"
    with pytest.raises(CorruptDocument) as exc:
        read("bomb.docx", _zip(parts), max_unzipped_bytes=1_000_000)
    assert "over the 1,000,000-byte limit" in _one_line(exc)


def test_zip_that_is_not_a_docx(read):
    with pytest.raises(UnsupportedFormat) as exc:
        read("not_a_docx.docx")
    assert "Excel" in _one_line(exc)
    with pytest.raises(UnsupportedFormat) as exc:
        read("archive.docx", _zip({"notes.txt": b"hello"}))
    assert "not a DOCX" in _one_line(exc)


def test_damaged_docx(read, papers):
    good = (papers / "progress_report.docx").read_bytes()
    with pytest.raises(CorruptDocument) as exc:
        read("damaged.docx", good[: len(good) // 2])
    assert "damaged DOCX" in _one_line(exc)


def test_docx_with_broken_xml(read):
    data = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:doc"})
    with pytest.raises(CorruptDocument):
        read("broken.docx", data)


def test_pdf_reading_time_is_bounded(read, monkeypatch):
    from scrutiny.ingest.formats import pdf

    monkeypatch.setattr(pdf, "READ_SECONDS", -1.0)  # already past the deadline
    with pytest.raises(CorruptDocument) as exc:
        read("progress_report_lo.pdf")
    assert "reading stopped" in _one_line(exc) and "split the file" in str(exc.value)
