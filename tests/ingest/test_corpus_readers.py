"""The shared corpus's PDF and DOCX renderings of the same papers read alike.

Skipped when ../shared (or SCRUTINY_SHARED) is absent; nothing here names a paper or
a phrase from it: the check is that two formats of one paper agree.
"""

from __future__ import annotations

from collections import Counter

import pytest
from rapidfuzz import fuzz

from conftest import shared_dir
from scrutiny.ingest.read import read_path

pytestmark = pytest.mark.corpus
FOLDER = shared_dir() / "corpus" / "kent-pdf"
PAIRS = sorted(p for p in FOLDER.glob("*.pdf") if p.with_suffix(".docx").exists()) \
    if FOLDER.exists() else []


@pytest.mark.skipif(not PAIRS, reason="shared corpus not present")
@pytest.mark.parametrize("pdf", PAIRS, ids=lambda p: p.stem)
def test_pdf_and_docx_of_one_paper_agree(pdf):
    from_pdf, from_docx = read_path(pdf), read_path(pdf.with_suffix(".docx"))
    for document in (from_pdf, from_docx):
        for block in document.blocks:
            assert document.text[block.start:block.end] == block.text
    assert fuzz.ratio(" ".join(from_pdf.text.split()), " ".join(from_docx.text.split())) > 97
    rows_pdf = Counter(tuple(r) for b in from_pdf.blocks if b.kind == "table" for r in b.rows)
    rows_docx = Counter(tuple(r) for b in from_docx.blocks if b.kind == "table" for r in b.rows)
    assert sum((rows_pdf & rows_docx).values()) >= 0.95 * sum(rows_docx.values())
    kinds_pdf = Counter(b.kind for b in from_pdf.blocks)
    kinds_docx = Counter(b.kind for b in from_docx.blocks)
    for kind in ("list_item", "table"):
        assert abs(kinds_pdf[kind] - kinds_docx[kind]) <= max(2, 0.05 * kinds_docx[kind])
    pages = [b.page for b in from_pdf.blocks]
    assert pages == sorted(pages) and pages[-1] <= from_pdf.page_count
