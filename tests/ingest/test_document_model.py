"""Spans of table rows and cells match the document text, whatever the cells hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scrutiny.ingest.document import Block, DocumentBuilder

cells = st.text(alphabet=st.characters(blacklist_characters="\t\r", blacklist_categories=["Cs"]),
                max_size=12)


@given(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=5))
def test_cell_and_row_spans_cite_their_text(rows: list[list[str]]) -> None:
    builder = DocumentBuilder("t.txt", "text")
    builder.add(Block("paragraph", "Before the table.", page=1))
    builder.add(Block("table", "", page=1, rows=[list(r) for r in rows]))
    document = builder.build()
    tables = [b for b in document.blocks if b.is_table]
    if not tables:  # every cell blank: nothing to cite
        return
    table = tables[0]
    assert document.text[table.start:table.end] == table.text
    for r, row in enumerate(table.rows or []):
        start, end = table.row_span(r)
        _cites(document.text[start:end], "\t".join(c.replace("\n", " ") for c in row))
        for c, cell in enumerate(row):
            start, end = table.cell_span(r, c)
            _cites(document.text[start:end], cell.replace("\n", " "))


def _cites(got: str, wanted: str) -> None:
    """The cited text is the cell's text, less only trailing space the table's end lost."""
    assert wanted.startswith(got) and not wanted[len(got):].strip()


def test_leading_empty_cell_keeps_spans() -> None:
    builder = DocumentBuilder("t.txt", "text")
    builder.add(Block("table", "", rows=[["", "Q1"], ["Crime", "12"]]))
    document = builder.build()
    table = document.blocks[0]
    start, end = table.cell_span(1, 1)
    assert document.text[start:end] == "12"
