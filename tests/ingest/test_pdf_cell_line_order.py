"""PDF: a ruled cell's lines stay in order when PDFium runs one into its neighbours.

When a cell's second line sits level with a figure centred in the next cell and with
the first line of the cell after that, PDFium reads all three as one line, whose top
is the tallest piece's. Placed by that line's top, the second line sorted above the
cell's first ("Executive OPCC Chief"); each piece must be placed by its own characters.
Three invented action-log styles.
"""

from __future__ import annotations

import pytest
from pdfmaker import PageSpec, build


def table_rows(read, page: PageSpec) -> list[list[str]]:
    document = read("log.pdf", build([page]))
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
    return next(b.rows or [] for b in document.blocks if b.kind == "table")


# header; the row's cells left to right, as lines (a one-line cell is centred in the
# row, level with the gap between the wrapped cells' lines)
CASES = [
    (["Ref", "Lead", "Due", "Update"],
     [["A25/03"], ["Deputy Chief", "Constable"], ["30.04.25"], ["Report to the", "Board in May"]]),
    (["No.", "Owner", "RAG", "Progress"],
     [["C-7"], ["Head of", "Corporate Services"], ["Amber"],
      ["Draft policy out", "for comment"]]),
    (["Action", "Officer", "Target", "Note"],
     [["F/11"], ["Deputy Treasurer", "OPCC"], ["Q3 2025/26"],
      ["Budget options", "to go to Panel"]]),
]
XS = [50.0, 110.0, 230.0, 310.0, 480.0]
FIRST = 134.0  # baseline of the row's first line


@pytest.mark.parametrize(("header", "cells"), CASES)
def test_wrapped_cell_keeps_its_line_order(read, header, cells):
    page = PageSpec().grid(XS, [100.0, 120.0, 170.0])
    for x, text in zip(XS, header, strict=False):
        page.text(x + 4, 114, text, size=9)
    page.text(XS[0] + 4, FIRST, cells[0][0], size=9)  # the reference, top-aligned
    for x, lines in zip(XS[1:], cells[1:], strict=False):
        if len(lines) == 1:
            page.text(x + 4, FIRST + 5.0, lines[0], size=9)
        for k, line in enumerate(lines if len(lines) > 1 else []):
            page.text(x + 4, FIRST + 10.0 * k, line, size=9)
    assert table_rows(read, page) == [header, [" ".join(lines) for lines in cells]]
