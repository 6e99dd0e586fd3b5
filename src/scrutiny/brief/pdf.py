"""A briefing as PDF: the HTML page laid out by WeasyPrint (optional; A4 from its @page).

WeasyPrint is imported only here and only when a PDF is asked for, so Markdown and HTML
briefings work without it. The page it lays out has no URLs of its own and all document
text is escaped, so nothing is fetched while rendering.
"""

from __future__ import annotations

from scrutiny.brief.briefing import Briefing
from scrutiny.brief.html import render_html
from scrutiny.errors import ConfigError


def render_pdf(briefing: Briefing) -> bytes:
    """The briefing as PDF bytes; ConfigError when WeasyPrint is not installed."""
    try:
        from weasyprint import HTML
    except ImportError as exc:
        raise ConfigError("PDF briefings need WeasyPrint: pip install weasyprint, or use "
                          "--format html and print the page to PDF") from exc
    pdf = HTML(string=render_html(briefing)).write_pdf()
    assert pdf is not None  # with no target, write_pdf returns the document's bytes
    return bytes(pdf)
