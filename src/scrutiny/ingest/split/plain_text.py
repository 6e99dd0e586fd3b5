"""Block text as the splitter and the extractors read it: no Markdown marks."""

from __future__ import annotations

import re
from functools import lru_cache

EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
SPACE_BEFORE_MARK = re.compile(r"[ \t]+([.,;:!?)])")
SPACES = re.compile(r"[ \t]+")


@lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Text without Markdown emphasis or heading marks, spaces collapsed (the splitter's
    reading of a block, shared with the extractors).

    Cached: the splitter and the extractors ask for the same blocks' text many times.
    """
    if "*" in text or "_" in text:
        text = EMPHASIS.sub(" ", text)
    text = text.strip()
    if text.startswith("#"):
        text = re.sub(r"^#{1,6}\s+", "", text)
    text = SPACE_BEFORE_MARK.sub(r"\1", text)
    return SPACES.sub(" ", text).strip()
