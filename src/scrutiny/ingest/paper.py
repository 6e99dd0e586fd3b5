"""A Paper: one paper inside a Document (an agenda pack holds many).

A Paper is a contiguous run of the document's blocks with what the splitter and the
classifier learned about it. Extractors receive Papers; spans stay those of the whole
Document so every citation points into the one stored text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from scrutiny.ingest.document import Block, Document

PaperKind = Literal[
    "agenda",
    "minutes",
    "report",
    "questions",
    "board_notes",
    "inspection_progress",
    "performance_report",
    "work_programme",
    "other",
]


@dataclass
class Paper:
    """One paper of a document: blocks ``document.blocks[first:last]``."""

    document: Document
    first: int
    last: int
    title: str | None = None
    kind: PaperKind = "other"
    date: str | None = None  # ISO date of the meeting the paper is for, as far as known
    body: str | None = None  # committee or board the paper belongs to
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def blocks(self) -> list[Block]:
        return self.document.blocks[self.first : self.last]

    @property
    def start(self) -> int:
        return self.blocks[0].start if self.blocks else 0

    @property
    def end(self) -> int:
        return self.blocks[-1].end if self.blocks else 0

    @property
    def text(self) -> str:
        return self.document.text[self.start : self.end]

    @property
    def first_page(self) -> int:
        return self.blocks[0].page if self.blocks else 1

    @property
    def last_page(self) -> int:
        return self.blocks[-1].page if self.blocks else 1
