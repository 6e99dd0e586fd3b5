"""A PDF page as a PNG image, for the paper viewer's "as printed" view.

PDFium is not thread-safe and the server answers requests from a thread pool, so every
render holds one lock. Pages are addressed by the file's sha256, so an image never
changes and browsers may cache it for good.
"""

from __future__ import annotations

import io
from threading import Lock

from scrutiny.errors import NotFound

SCALE = 1.5  # 108 dpi: readable on screen, about 150 KB a page
_pdfium = Lock()


def page_png(data: bytes, number: int) -> bytes:
    """Page ``number`` (from 1) of the PDF ``data`` as PNG bytes.

    Raises NotFound when the file is not a PDF or has no such page.
    """
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise NotFound("this paper's original is not a PDF, so it has no page images")
    import pypdfium2

    with _pdfium:
        document = pypdfium2.PdfDocument(data)
        try:
            if not 1 <= number <= len(document):
                raise NotFound(f"the PDF has {len(document)} pages, not {number}")
            page = document[number - 1]
            image = page.render(scale=SCALE).to_pil()
            page.close()
        finally:
            document.close()
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
