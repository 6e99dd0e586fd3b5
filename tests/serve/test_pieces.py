"""Small pure pieces of the web layer: passage highlighting, snippets, formats, hosts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scrutiny.ingest.document import table_text
from scrutiny.serve.highlight import snippet_markup, split_span, table_pieces
from scrutiny.serve.run import is_loopback, serve_settings
from scrutiny.serve.web.templating import number, page_range, signed, uk_date
from scrutiny.store.search import HIGHLIGHT_END, HIGHLIGHT_START

cells = st.text(alphabet=st.characters(blacklist_characters="\t\r"), max_size=12)


@given(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=4),
       st.integers(0, 60), st.integers(0, 60))
def test_table_cells_are_marked_where_the_span_falls(rows, a, b) -> None:
    """The marked pieces of a table are exactly the span's characters of its text."""
    start, end = sorted((a, b))
    base = 100
    text = table_text(rows)
    pieces = table_pieces(rows, base, base + start, base + end)
    marked = "".join(p.text for row in pieces for cell in row for p in cell if p.marked)
    expected = "".join(c for c in text[start:end] if c not in "\t\n")
    assert marked == expected


def test_span_outside_the_block_marks_nothing() -> None:
    assert [p.marked for p in split_span("abc", 10, 0, 5)] == [False]
    assert [(p.text, p.marked) for p in split_span("abcdef", 10, 12, 14)] == [
        ("ab", False), ("cd", True), ("ef", False)]


def test_snippet_is_escaped_before_marking() -> None:
    snippet = f"<b>x</b> {HIGHLIGHT_START}stalking{HIGHLIGHT_END} <script>alert(1)</script>"
    html = str(snippet_markup(snippet))
    assert html == ("&lt;b&gt;x&lt;/b&gt; <mark>stalking</mark> "
                    "&lt;script&gt;alert(1)&lt;/script&gt;")


def test_dates_and_numbers_as_people_read_them() -> None:
    assert uk_date("2024-12-18") == "18 December 2024"
    assert uk_date("2023-05") == "May 2023"
    assert uk_date("2023") == "2023"
    assert uk_date("TBC") == "TBC"
    assert number(1568614, "count") == "1,568,614"
    assert number(4.2, "percent") == "4.2%"
    assert number(3985.8, "gbp") == "£3,985.8"
    assert signed(-1.5, "percent") == "−1.5%"
    assert page_range(5, 5) == "page 5" and page_range(5, 7) == "pages 5–7"


def test_editing_is_on_only_on_loopback_unless_asked() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20")
    assert serve_settings("127.0.0.1", "sqlite:///x.db", editable=False).editable
    assert not serve_settings("0.0.0.0", "sqlite:///x.db", editable=False).editable
    assert serve_settings("0.0.0.0", "sqlite:///x.db", editable=True).editable
