"""HTML: structure from tags, text only, and hostile pages that must not hurt."""

from __future__ import annotations

import pytest

from scrutiny.errors import CorruptDocument


def blocks(read, html: str):
    return read("page.html", html.encode()).blocks


def test_lists_numbering_and_nesting(read):
    found = blocks(read, """<ol type="a" start="3"><li>third</li><li>fourth
        <ul><li>inner</li></ul></li></ol><ol><li value="7">seven</li><li>eight</li></ol>""")
    assert [(b.kind, b.marker, b.level, b.text) for b in found] == [
        ("list_item", "c.", 0, "third"), ("list_item", "d.", 0, "fourth"),
        ("list_item", "•", 1, "inner"), ("list_item", "7.", 0, "seven"),
        ("list_item", "8.", 0, "eight")]


def test_bold_and_italic_wrapping(read):
    found = blocks(read, "<p><strong>Question 1</strong></p><p><em>The answer</em></p>"
                         "<p><span style='font-weight:700'>Also bold</span></p>"
                         "<p>Mixed <b>bold</b></p>")
    assert [(b.bold, b.italic) for b in found] == [(True, False), (False, True),
                                                    (True, False), (False, False)]


def test_table_spans_and_rag_cells(read):
    found = blocks(read, """<table><tr><th>Ref</th><th>Text</th><th>RAG</th></tr>
      <tr><td rowspan="2">1</td><td>first</td><td class="rag-green"></td></tr>
      <tr><td>second</td><td style="background: rgb(255, 0, 0)"></td></tr>
      <tr><td colspan="2">wide</td><td bgcolor="#FFC000"></td></tr>
      <tr><td>4</td><td><p>line one</p><p>line two</p></td><td bgcolor="#dddddd"></td></tr>
    </table>""")
    assert found[0].rows == [["Ref", "Text", "RAG"], ["1", "first", "Green"],
                             ["", "second", "Red"], ["wide", "", "Amber"],
                             ["4", "line one\nline two", ""]]


def test_dropped_elements_and_text_only(read):
    found = blocks(read, """<html><head><title>T</title><style>p{color:red}</style></head>
      <body><script>var x = "<p>injected</p>";</script><noscript>enable js</noscript>
      <svg><text>svg text</text></svg><template><p>tpl</p></template>
      <iframe src="https://example.org/x">frame</iframe>
      <p>Kept &amp; decoded &lt;b&gt;</p><a href="javascript:alert(1)">a link</a></body></html>""")
    assert [b.text for b in found] == ["Kept & decoded <b>", "a link"]


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 100_000 + "deep" + "</div>" * 100_000,
        "<span>" * 50_000 + "deep",
    ],
)
def test_absurd_nesting_refused(read, html):
    with pytest.raises(CorruptDocument) as exc:
        read("deep.html", html.encode())
    assert "nested more than" in str(exc.value)


def test_ordinary_unclosed_paragraphs_are_not_nesting(read):
    document = read("flat.html", ("<p>para " * 5000).encode())
    assert len(document.blocks) == 5000


def test_huge_attribute_and_span_values(read):
    html = ('<p title="' + "a" * 2_000_000 + '">visible</p><table>'
            + '<tr><td colspan="99999999" rowspan="99999">x</td></tr>' * 300 + "</table>")
    document = read("hostile.html", html.encode())
    assert document.blocks[0].text == "visible"
    table = document.blocks[1]
    assert all(len(row) <= 128 for row in table.rows)
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text


def test_charset_from_meta(read):
    html = '<meta charset="windows-1252"><p>Caf\xe9 \x96 open</p>'.encode("latin-1")
    assert read("c.html", html).blocks[0].text == "Café – open"


def test_column_every_row_spans_is_dropped(read):
    found = blocks(read, """<table><tr><td colspan="2">Area 1</td><td>Amber</td></tr>
      <tr><td colspan="3">Completed</td></tr></table>""")
    assert found[0].rows == [["Area 1", "Amber"], ["Completed", ""]]


def test_label_lines_broken_by_br_stay_apart(read):
    found = blocks(read, "<p><strong>To:</strong> The Panel<br><strong>Date:</strong> 5 May"
                         "<br>Subject: Budget</p><p>First line<br>continues here</p>")
    assert [(b.text, b.bold) for b in found] == [
        ("To: The Panel", False), ("Date: 5 May", False), ("Subject: Budget", False),
        ("First line continues here", False)]
