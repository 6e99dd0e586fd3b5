"""The Markdown and HTML briefings: section order, "None" for empty sections, sources,
and document text escaped in HTML."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from scrutiny.brief.briefing import Briefing, build_briefing
from scrutiny.brief.html import render_html
from scrutiny.brief.markdown import render_markdown

HEADINGS = [
    "1. Overdue actions",
    "2. Slipping findings",
    "3. Measures: notable changes and biggest moves",
    "4. Questions still unanswered",
    "5. Done since 2025-01-01",
]


def _briefing(database: Any, **kwargs: Any) -> Briefing:
    with database.session() as session:
        return build_briefing(session, as_of=date(2025, 5, 31), since=date(2025, 1, 1),
                              **kwargs)


def test_markdown_sections_in_order_with_sources(ingested) -> None:
    text = render_markdown(_briefing(ingested))
    lines = text.splitlines()
    assert lines[0] == "# Briefing: all panels and boards"
    assert lines[2] == "As of 2025-05-31; changes since 2025-01-01."
    assert lines[4].startswith("Summary: 1 overdue action, 1 slipping finding, ")
    assert [line[3:] for line in lines if line.startswith("## ")] == HEADINGS
    overdue = text.split("## 2.")[0].split("## 1.")[1]
    assert "1. Share the draft fleet replacement strategy with the OPCC\n" in overdue
    assert ("   Owner: Force. Due 2025-04-30, 31 days overdue; due date moved twice.\n"
            in overdue)
    assert re.search(r"   Source: Notes of the Resources and Accountability Board, "
                     r"2025-03-11, p\. 1 \(item [0-9a-f]+\)\n", overdue)
    assert "87% (Q2 2024/25) -> 95.5% (Q4 2024/25): +8.5 pp. Notable" in text
    assert "RAG Red. Target moved later once, by 183 days: 2025-03 -> 2025-09." in text
    assert "None." not in text


def test_empty_sections_say_none(db) -> None:
    briefing = _briefing(db)
    markdown, html = render_markdown(briefing), render_html(briefing)
    assert markdown.count("\nNone.\n") == 5
    assert html.count('<p class="none">None.</p>') == 5
    assert "Summary: 0 overdue actions, 0 slipping findings, 0 notable measure changes, " \
        "0 unanswered questions, 0 actions discharged and 0 findings completed since " \
        "2025-01-01." in markdown


def test_html_is_one_escaped_page(ingested) -> None:
    html = render_html(_briefing(ingested))
    # the owed question's text carries a <script>: it must arrive as text
    assert "about &lt;script&gt;alert(1)&lt;/script&gt; hare coursing" in html
    assert "<script" not in html.lower()
    assert re.findall(r"<h2>(.*?)</h2>", html) == HEADINGS
    assert "@page { size: A4;" in html
    assert not re.search(r"<link|src=|@import|https?://", html)  # nothing fetched
    assert html.count('<span class="notable">notable</span>') == 1
    assert "Source: Public and Member Questions – 16 October 2024, 2024-10-16, p. 1" in html


def test_markdown_keeps_document_text_on_one_line(ingested) -> None:
    briefing = _briefing(ingested)
    briefing.unanswered_questions[0] = briefing.unanswered_questions[0].__class__(
        **{**briefing.unanswered_questions[0].__dict__, "question": "Why?\n## Injected"})
    text = render_markdown(briefing)
    assert "1. Why? ## Injected\n" in text
    assert "\n## Injected" not in text


def test_how_often_a_date_moved_reads_as_english() -> None:
    from scrutiny.brief.wording import moved

    assert moved("due date", 0) == "due date never moved"
    assert moved("due date", 2) == "due date moved twice"
    assert moved("Target", 1, "later") == "Target moved later once"
    assert moved("Target", 4, "later") == "Target moved later 4 times"
