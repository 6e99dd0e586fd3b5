"""Fill colours that mean a RAG (red / amber / green) status.

Progress tables often show a status only as a cell's background colour, with no word
in the cell. Every reader (PDF fill paths, DOCX ``w:shd``, HTML ``background``) passes
such a colour here, so a coloured empty cell reads as the same word in every format.

Only strongly saturated colours count: pale tints and greys used for header shading
are not statuses, and a blue or purple fill means nothing here.
"""

from __future__ import annotations

import colorsys
import re

HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
RGB_FUNCTION = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")
NAMED = {
    "red": (255, 0, 0), "darkred": (139, 0, 0), "crimson": (220, 20, 60),
    "orange": (255, 165, 0), "darkorange": (255, 140, 0), "gold": (255, 215, 0),
    "yellow": (255, 255, 0), "amber": (255, 191, 0),
    "green": (0, 128, 0), "lime": (0, 255, 0), "limegreen": (50, 205, 50),
    "forestgreen": (34, 139, 34), "seagreen": (46, 139, 87), "darkgreen": (0, 100, 0),
}


def rag_word(red: int, green: int, blue: int) -> str | None:
    """``"Red"``, ``"Amber"`` or ``"Green"`` for a 0-255 RGB fill, else None."""
    hue, saturation, value = colorsys.rgb_to_hsv(red / 255, green / 255, blue / 255)
    if saturation < 0.45 or value < 0.35:
        return None
    degrees = hue * 360
    if degrees < 16 or degrees >= 340:
        return "Red"
    if 16 <= degrees < 62:
        return "Amber"
    if 75 <= degrees < 170:
        return "Green"
    return None


def parse_colour(value: str) -> tuple[int, int, int] | None:
    """An RGB triple from ``#ffc000``, ``FFC000``, ``#fc0``, ``rgb(255, 192, 0)`` or a name."""
    value = value.strip().lower()
    if value in NAMED:
        return NAMED[value]
    match = RGB_FUNCTION.search(value)
    if match:
        return tuple(min(255, int(g)) for g in match.groups())  # type: ignore[return-value]
    match = HEX.fullmatch(value) or HEX.search(value)
    if not match:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def rag_from_css(value: str | None) -> str | None:
    """The RAG word for a colour written as text (DOCX ``w:fill``, HTML CSS), else None."""
    if not value or value.strip().lower() in {"auto", "none", "transparent"}:
        return None
    rgb = parse_colour(value)
    return rag_word(*rgb) if rgb else None
