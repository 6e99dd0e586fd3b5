"""Property: any text gives records without raising, each citing a passage of the paper."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny.extract.findings import extract_findings
from scrutiny.extract.judgements import extract_judgements
from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.formats.text import read_text
from scrutiny.ingest.paper import Paper

WORDS = st.sampled_from([
    "The", "force", "should", "improve", "12", "3.5%", "£2.3m", "Good", "Requires",
    "improvement", "AFI", "1.", "Amber", "Completed", "2023/24", "by", "March", "2025", "-",
    "(", ")", ":", "\t", "\n", "\n\n", "|", "officers", "fell", "increase", "in", "of",
    "Recommendation", "PEEL", "Outstanding", "Inadequate", "fte", "7th", "per", "1,000",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=80))
def test_any_text_extracts_without_error(words: list[str]) -> None:
    document = read_text(" ".join(words).encode(), "random.txt")
    if not document.blocks:
        return
    paper = Paper(document, 0, len(document.blocks))
    for extract in (extract_findings, extract_judgements, extract_statistics):
        for record in extract(paper):
            assert record.source is not None
            assert record.source.text == document.text[record.source.start:record.source.end]
