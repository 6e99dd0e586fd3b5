"""Per-character questions to PDFium for one text page, asked through lean ctypes calls.

The PDF reader asks PDFium a dozen things about every line (the first and last
characters' boxes, font size, weight and style, the rectangles of its text runs). Through
pypdfium2's generated bindings each call converts typed pointer arguments and wraps the
pointer it returns, about as costly again as PDFium's own work; on a 300-page paper that
was a quarter of reading. So this module calls the same PDFium functions through
prototypes that take and return plain addresses (``c_void_p``): the text page's address
is taken once per page, out-parameters are buffers whose addresses are taken once, and a
font or text object comes back as an int that can key a cache. The prototypes are built
from pypdfium2's own function pointers, so the library loaded is always the one
pypdfium2 loaded.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

BOLD_WEIGHT = 600
FONT_ITALIC_FLAG = 0x40
FONT_FORCE_BOLD = 0x40000

Rect = tuple[float, float, float, float]

_P, _I, _D = ctypes.c_void_p, ctypes.c_int, ctypes.c_double


def _lean(func: Any, restype: Any, *argtypes: Any) -> Any:
    """The PDFium function behind pypdfium2's ``func``, with plain-address arguments."""
    address = ctypes.cast(func, ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


# (text page, index, out FS_RECTF*)
_loose_char_box = _lean(pdfium_c.FPDFText_GetLooseCharBox, _I, _P, _I, _P)
# (text page, index, out left, right, bottom, top doubles)
_char_box = _lean(pdfium_c.FPDFText_GetCharBox, _I, _P, _I, _P, _P, _P, _P)
_font_size = _lean(pdfium_c.FPDFText_GetFontSize, _D, _P, _I)
_text_object = _lean(pdfium_c.FPDFText_GetTextObject, _P, _P, _I)
_object_font = _lean(pdfium_c.FPDFTextObj_GetFont, _P, _P)
_count_rects = _lean(pdfium_c.FPDFText_CountRects, _I, _P, _I, _I)
# (text page, rect index, out left, top, right, bottom doubles)
_get_rect = _lean(pdfium_c.FPDFText_GetRect, _I, _P, _I, _P, _P, _P, _P)


class CharProbe:
    """Per-character questions about one open text page (close the page after, not before).

    Each font's weight and style is looked up once, and each text object's font once.
    """

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.textpage = textpage
        self.tp = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        self._box = pdfium_c.FS_RECTF()
        self._box_at = ctypes.addressof(self._box)
        self._edges = (ctypes.c_double * 4)()
        size = ctypes.sizeof(ctypes.c_double)
        base = ctypes.addressof(self._edges)
        self._edge_at = tuple(base + k * size for k in range(4))
        self._fonts: dict[int | None, tuple[bool, bool]] = {}
        self._objects: dict[int | None, tuple[bool, bool]] = {}

    def horizontal(self, index: int) -> tuple[float, float]:
        """Tight left and right of a character (the glyph itself)."""
        _char_box(self.tp, index, *self._edge_at)  # left, right, bottom, top
        return self._edges[0], self._edges[1]

    def vertical(self, index: int) -> tuple[float, float]:
        """Loose bottom and top (font descent to ascent), steady from line to line."""
        _loose_char_box(self.tp, index, self._box_at)
        return self._box.bottom, self._box.top

    def size(self, index: int) -> float:
        return float(_font_size(self.tp, index))

    def rects(self, first: int, last: int) -> list[Rect]:
        """The rectangles PDFium groups a character range's text runs into, left first,
        as (left, bottom, right, top)."""
        count = _count_rects(self.tp, first, last - first + 1)
        edges, (left, top, right, bottom) = self._edges, self._edge_at
        out = []
        for index in range(count):
            _get_rect(self.tp, index, left, top, right, bottom)
            out.append((edges[0], edges[3], edges[2], edges[1]))
        return sorted(out)

    def style(self, index: int) -> tuple[bool, bool]:
        """(bold, italic) of the character's font."""
        obj = _text_object(self.tp, index)
        cached = self._objects.get(obj)
        if cached is None:
            font = _object_font(obj) if obj else None
            cached = self._fonts.get(font)
            if cached is None:
                cached = self._font_style(font, index)
                self._fonts[font] = cached
            self._objects[obj] = cached
        return cached

    def _font_style(self, font: int | None, index: int) -> tuple[bool, bool]:
        if not font:
            weight = pdfium_c.FPDFText_GetFontWeight(self.textpage.raw, index)
            return weight >= BOLD_WEIGHT, False
        handle = ctypes.cast(font, pdfium_c.FPDF_FONT)
        weight = pdfium_c.FPDFFont_GetWeight(handle)
        flags = pdfium_c.FPDFFont_GetFlags(handle)
        size = pdfium_c.FPDFFont_GetBaseFontName(handle, None, 0)
        name = ""
        if 0 < size < 512:
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDFFont_GetBaseFontName(handle, buffer, size)
            name = buffer.value.decode("utf-8", "replace").lower()
        bold = weight >= BOLD_WEIGHT or bool(flags & FONT_FORCE_BOLD) or any(
            word in name for word in ("bold", "black", "heavy", "semibold", "demi"))
        italic = bool(flags & FONT_ITALIC_FLAG) or "italic" in name or "oblique" in name
        return bold, italic

    def line_box(self, first: int, last: int) -> tuple[float, float, float, float]:
        """(left, right, top, bottom) of a line from its first and last characters: tight
        left and right, loose top and bottom (PDF coordinates, y up)."""
        box, box_at, edges, edge_at, tp = self._box, self._box_at, self._edges, \
            self._edge_at, self.tp
        _loose_char_box(tp, first, box_at)
        bottom_a, top_a = box.bottom, box.top
        _loose_char_box(tp, last, box_at)
        bottom_b, top_b = box.bottom, box.top
        _char_box(tp, first, *edge_at)
        left = edges[0]
        _char_box(tp, last, *edge_at)
        return left, edges[1], max(top_a, top_b), min(bottom_a, bottom_b)
