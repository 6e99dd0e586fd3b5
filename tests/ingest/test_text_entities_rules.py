"""Plain text and Markdown: HTML character references and horizontal rules.

Converters and Markdown writers leave ``&mdash;``, ``&amp;``, ``&#8217;`` and
``&nbsp;`` in the text; a horizontal rule between sections must end the block above it
and never run into the text of the next. Invented papers in three house styles each.
"""

from __future__ import annotations

import pytest

from scrutiny.ingest.formats.text import read_text


def blocks(text: str):
    document = read_text(text.encode(), "paper.md")
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
    return document.blocks


@pytest.mark.parametrize(("raw", "text"), [
    # a Markdown heading with a named dash
    ("### Q3 &mdash; Mr Idris Penhale, Cotterby\n", "Q3 — Mr Idris Penhale, Cotterby"),
    # an ampersand and a numeric apostrophe in prose
    ("The Crime &amp; Disorder Board noted the Commissioner&#8217;s report.\n",
     "The Crime & Disorder Board noted the Commissioner’s report."),
    # no-break spaces and a hex reference in a list item
    ("- Budget&nbsp;2025/26: &#x00A3;4.2m for&nbsp;estates\n", "Budget 2025/26: £4.2m for estates"),
])
def test_html_character_references_are_decoded(raw, text):
    assert [b.text for b in blocks(raw)] == [text]


def test_text_that_only_looks_like_a_reference_is_kept():
    raw = "Smith & Sons; R&D spend & more; a pipe &#124; stays; &unknownthing; too\n"
    assert blocks(raw)[0].text == raw.strip()


def test_references_inside_a_pipe_table_cell():
    raw = "| Area | Lead |\n|---|---|\n| Roads &amp; rural | Insp&nbsp;Kaur |\n"
    assert blocks(raw)[0].rows == [["Area", "Lead"], ["Roads & rural", "Insp Kaur"]]


@pytest.mark.parametrize("rule", ["---", "***", "___", "- - -", "* * *", "-----------"])
def test_rule_ends_the_block_and_is_not_joined_to_text(rule):
    raw = f"The answer to the question.\n\n{rule}\nNext meeting: 4 June 2025.\n"
    found = blocks(raw)
    assert [b.text for b in found] == ["The answer to the question.", rule,
                                       "Next meeting: 4 June 2025."]


def test_rule_directly_under_prose_lines_ends_the_paragraph():
    raw = "Questions closed at 5pm.\nLate ones were not taken.\n***\nClerk: R Anwar\n"
    assert [b.text for b in blocks(raw)] == [
        "Questions closed at 5pm. Late ones were not taken.", "***", "Clerk: R Anwar"]


@pytest.mark.parametrize(("raw", "level"), [
    ("Public questions\n================\n\nThree were received.\n", 1),
    ("Public questions\n----------------\n\nThree were received.\n", 2),
    ("Public questions\n---\nThree were received.\n", 2),
])
def test_underlined_line_is_a_heading(raw, level):
    found = blocks(raw)
    assert [(b.kind, b.text, b.level) for b in found] == [
        ("heading", "Public questions", level), ("paragraph", "Three were received.", None)]
