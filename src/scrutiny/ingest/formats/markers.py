"""List markers as papers print them: bullets and paragraph numbers.

One pattern for every reader, so a numbered paragraph is a ``list_item`` with the same
``marker`` whether it came from a PDF line, a text line or an HTML list. Private-use
bullet glyphs (Word's Symbol-font bullets come out of PDFs as U+F0B7 and friends) are
normalised to ``•``.
"""

from __future__ import annotations

import re

BULLET_CHARS = "-*•○▪◦●■·➢►✓→"
PRIVATE_BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0\uf071"
NUMBER = (
    r"\d{1,3}[.)]"  # 1.  12)
    r"|\(\d{1,3}\)"  # (3)
    r"|\((?:[a-z]{1,2}|[ivx]{1,5}|[A-Z])\)"  # (a) (iv) (B)
    r"|(?:[ivx]{1,5}|[a-z])[.)]"  # a.  b)  ii)
    r"|\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=\s+[A-Z(\"'‘“])"  # 2.1 Title, 3.4.1 The ...
)
MARKER = re.compile(
    rf"^\s*([{re.escape(BULLET_CHARS + PRIVATE_BULLETS)}]|{NUMBER})\s+(?=\S)"
)
# "To: ...", "Date: ...": cover-sheet and minutes label lines, each its own paragraph.
LABEL_LINE = re.compile(r"^\s*[A-Z][\w /&()'’-]{0,30}:\s+\S")
PRIVATE_TO_BULLET = str.maketrans({c: "•" for c in PRIVATE_BULLETS})
HAS_PRIVATE_BULLET = re.compile(f"[{PRIVATE_BULLETS}]")


def split_marker(line: str) -> tuple[str, str] | None:
    """``(marker, rest)`` when ``line`` starts with a bullet or number, else None."""
    match = MARKER.match(line)
    if not match:
        return None
    return normalise_bullets(match.group(1)), line[match.end():]


def normalise_bullets(text: str) -> str:
    """Replace symbol-font private-use bullets with ``•``."""
    # str.translate looks every character up in a dict: searching first is ~10x cheaper
    # on the usual line, which has none
    return text.translate(PRIVATE_TO_BULLET) if HAS_PRIVATE_BULLET.search(text) else text
