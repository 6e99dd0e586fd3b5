"""A briefing as plain Markdown: readable as it is in a terminal or an email."""

from __future__ import annotations

from scrutiny.brief import wording as w
from scrutiny.brief.briefing import Briefing


def render_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown; every entry ends with its source and tracked item id."""
    lines = [f"# {w.one_line(w.title(briefing))}", "", w.dates_line(briefing), "",
             f"Summary: {briefing.summary}.", ""]
    for number, (attr, heading) in enumerate(w.section_titles(briefing), start=1):
        lines += [f"## {number}. {heading}", ""]
        entries = getattr(briefing, attr)
        if not entries:
            lines += ["None.", ""]
        for n, entry in enumerate(entries, start=1):
            headline, detail = w.entry_lines(entry)
            lines += [f"{n}. {w.one_line(headline)}", f"   {detail}",
                      f"   Source: {w.one_line(str(entry.source))} (item {entry.item_id})", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
