"""Write small PDFs in tests with PDFium itself: text at positions, ruled lines, fills.

Real PDFs built on purpose, so a test states its layout (a grid drawn as one path, a
cell that is only coloured, a page number in the footer) instead of hoping a fixture
happens to contain it.
"""

from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

A4 = (595.0, 842.0)


@dataclass
class PageSpec:
    texts: list[tuple[float, float, str, float, bool]] = field(default_factory=list)
    paths: list[tuple[list[tuple[float, float]], bool, bool, tuple[int, int, int]]] = \
        field(default_factory=list)

    def text(self, x: float, top: float, value: str, size: float = 11,
             bold: bool = False) -> PageSpec:
        """Text whose baseline sits ``top`` points below the top of the page."""
        self.texts.append((x, top, value, size, bold))
        return self

    def line(self, x0: float, top0: float, x1: float, top1: float) -> PageSpec:
        self.paths.append(([(x0, top0), (x1, top1)], False, True, (0, 0, 0)))
        return self

    def polyline(self, points: list[tuple[float, float]]) -> PageSpec:
        """One stroked path through many points (a whole grid in one object)."""
        self.paths.append((points, False, True, (0, 0, 0)))
        return self

    def grid(self, xs: list[float], ys: list[float]) -> PageSpec:
        """A ruled table: a rule along every row edge ``ys`` and column edge ``xs``."""
        for y in ys:
            self.line(xs[0], y, xs[-1], y)
        for x in xs:
            self.line(x, ys[0], x, ys[-1])
        return self

    def fill(self, x0: float, top0: float, x1: float, top1: float,
             rgb: tuple[int, int, int]) -> PageSpec:
        corners = [(x0, top0), (x1, top0), (x1, top1), (x0, top1), (x0, top0)]
        self.paths.append((corners, True, False, rgb))
        return self


def _wide(text: str) -> ctypes._Pointer[ctypes.c_ushort]:
    """A NUL-terminated UTF-16LE string as PDFium's FPDF_WIDESTRING wants it."""
    raw = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
    return ctypes.cast(raw, ctypes.POINTER(ctypes.c_ushort))


def build(pages: list[PageSpec]) -> bytes:
    pdf = pdfium.PdfDocument.new()
    regular = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica")
    bold = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica-Bold")
    width, height = A4
    for spec in pages:
        page = pdf.new_page(width, height)
        for points, filled, stroked, rgb in spec.paths:
            (x, top), rest = points[0], points[1:]
            path = pdfium_c.FPDFPageObj_CreateNewPath(x, height - top)
            for x, top in rest:
                pdfium_c.FPDFPath_LineTo(path, x, height - top)
            if filled:
                pdfium_c.FPDFPageObj_SetFillColor(path, *rgb, 255)
            pdfium_c.FPDFPageObj_SetStrokeColor(path, 0, 0, 0, 255)
            pdfium_c.FPDFPageObj_SetStrokeWidth(path, 0.75)
            pdfium_c.FPDFPath_SetDrawMode(path, pdfium_c.FPDF_FILLMODE_ALTERNATE
                                          if filled else 0, stroked)
            pdfium_c.FPDFPage_InsertObject(page.raw, path)
        for x, top, value, size, is_bold in spec.texts:
            obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, bold if is_bold else regular,
                                                     size)
            pdfium_c.FPDFText_SetText(obj, _wide(value))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, height - top)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
    buffer = io.BytesIO()
    pdf.save(buffer)
    pdf.close()
    return buffer.getvalue()
