"""The same paper read from five files gives the same blocks, so extractors never need
to know the format (ARCHITECTURE: "Extractors never see file formats")."""

from __future__ import annotations

import pytest

from conftest import SAME_PAPER
from scrutiny.ingest.document import Document


def outline(document: Document) -> list[tuple[str, str, str | None]]:
    """(kind, text, marker) of every block; tables by their cells."""
    return [(b.kind, b.text if b.kind != "table" else repr(b.rows), b.marker)
            for b in document.blocks]


@pytest.mark.parametrize("name", SAME_PAPER[1:])
def test_same_blocks_as_the_docx(read, name):
    reference = outline(read(SAME_PAPER[0]))
    assert outline(read(name)) == reference


def test_same_text_for_search_and_citations(read):
    texts = {name: read(name).text for name in SAME_PAPER}
    assert len(set(texts.values())) == 1, {k: len(v) for k, v in texts.items()}
