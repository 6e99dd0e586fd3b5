"""A column of item numbers ("No.", "Ref", "#", "Rec no.") labels a tracker's rows; its
cells are not statistics. Three invented house styles, and a negative: a column headed
"Number" beside offence types holds counts and is still read."""

from __future__ import annotations

from scrutiny.extract.statistics import extract_statistics
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes
from scrutiny.records import Statistic


def values_in(text: str, name: str) -> set[float]:
    document = read_bytes(text.encode(), name)
    found: list[Statistic] = extract_statistics(Paper(document, 0, len(document.blocks)))
    return {s.value for s in found}


HTML = """<html><body><h1>Orrin Vale inspection tracker</h1>
<table>
<tr><th>Inspection</th><th>No.</th><th>Description</th><th>Status</th></tr>
<tr><td>PEEL 2023-25</td><td>4</td><td>Improve crime recording</td><td>Green</td></tr>
<tr><td>PEEL 2023-25</td><td>9</td><td>Review call handling</td><td>Amber</td></tr>
</table></body></html>"""

MARKDOWN = """# Quenby OPCC action log

| Meeting | Ref | Action | Owner |
|---|---|---|---|
| March | 17 | Share the estates plan | CFO |
| March | 23 | Report on 101 waits | ACC |
"""

COUNTS = """# Quenby Constabulary: offences

| Offence type | Number |
|---|---|
| Burglary | 611 |
| Robbery | 174 |
"""


def test_html_no_column_is_not_a_figure() -> None:
    assert not {4, 9} & values_in(HTML, "tracker.html")


def test_markdown_ref_column_is_not_a_figure() -> None:
    assert not {17, 23} & values_in(MARKDOWN, "log.md")


def test_text_hash_column_is_not_a_figure() -> None:
    text = """Halden Police and Crime Panel - recommendations

Area              #     Officers
Custody           12    48
Neighbourhoods    13    207
"""
    values = values_in(text, "panel.txt")
    assert not {12, 13} & values
    assert {48, 207} <= values


def test_a_number_column_of_counts_is_still_read() -> None:
    assert {611, 174} <= values_in(COUNTS, "offences.md")
