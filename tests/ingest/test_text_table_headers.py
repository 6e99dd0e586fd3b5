"""Plain text: a space-aligned table whose column headings are printed over two lines.

The top heading line usually has no first-column label, so it does not line up with
the table on its own; it must join the header row cell by cell, not the caption above.
Three invented house styles: a converter's right-aligned figures, a clerk's typed table
with the label on the second line, and one with the label on the first line.
"""

from __future__ import annotations

import pytest

from scrutiny.ingest.formats.text import read_text


def blocks(text: str):
    document = read_text(text.encode(), "paper.txt")
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
    return document.blocks


CASES = [
    # converter layout: caption, heading over the figures only, label on the second line
    ("""     Table 3: Reported offences by district
                                  12 months to    12 months to     Change
     District                       June 2023       June 2024         (%)
     Wexcombe                           4,118           3,902        -5.2
     Harlow Vale                        2,664           2,711        +1.8
""", ["District", "12 months to June 2023", "12 months to June 2024", "Change (%)"],
     ["Wexcombe", "4,118", "3,902", "-5.2"], "Table 3: Reported offences by district"),
    # typed table: left-aligned headings, the second line the body's own first line
    ("""Calls answered in target
                     Year to        Year to
Call type            Dec 2023       Dec 2024
999 calls            88.4%          91.0%
101 calls            61.2%          70.5%
""", ["Call type", "Year to Dec 2023", "Year to Dec 2024"],
     ["999 calls", "88.4%", "91.0%"], "Calls answered in target"),
    # label on the top line, second line only under the figure columns
    ("""Figure 2 - Spend against budget
Budget line          Full-year      Spend to       Forecast
                       budget        month 9       variance
Estates                £4.10m         £3.02m        -£0.15m
Fleet                  £2.35m         £1.88m        +£0.07m
""", ["Budget line", "Full-year budget", "Spend to month 9", "Forecast variance"],
     ["Estates", "£4.10m", "£3.02m", "-£0.15m"], "Figure 2 - Spend against budget"),
]


@pytest.mark.parametrize(("text", "header", "first", "caption"), CASES)
def test_two_line_headings_join_into_one_header_row(text, header, first, caption):
    found = blocks(text)
    assert [b.kind for b in found] == ["paragraph", "table"]
    assert found[0].text == caption
    rows = found[1].rows
    assert rows[0] == header
    assert rows[1] == first
    assert len(rows) == 3


def test_prose_above_a_table_is_not_a_heading_line():
    text = ("The figures below are provisional.  They will be revised.\n"
            "Measure          2022/23    2023/24\n"
            "Burglary           1,204      1,100\n")
    found = blocks(text)
    assert found[0].text.startswith("The figures below are provisional.")
    assert found[0].kind == "paragraph"
    assert found[1].rows[0] == ["Measure", "2022/23", "2023/24"]


def test_a_figure_line_above_is_not_a_heading_line():
    text = ("Summary    12    14\n\n"
            "                   Q1       Q2\n"
            "Burglary        1,204    1,100\n"
            "Robbery           312      290\n")
    found = blocks(text)
    assert found[-1].rows[0] == ["", "Q1", "Q2"]
