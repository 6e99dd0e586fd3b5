"""Words and numbers shared by the Markdown and HTML briefings, so both say the same."""

from __future__ import annotations

from typing import Any

from scrutiny.brief.briefing import (
    Briefing,
    Done,
    MeasureMove,
    OpenQuestion,
    OverdueAction,
    SlippingFinding,
)

SECTIONS = (
    ("overdue_actions", "Overdue actions"),
    ("slipping_findings", "Slipping findings"),
    ("measures", "Measures: notable changes and biggest moves"),
    ("unanswered_questions", "Questions still unanswered"),
    ("done", "Done since"),
)


def section_titles(briefing: Briefing) -> list[tuple[str, str]]:
    """(attribute, heading) of each section, in order; the last names its start date."""
    return [(attr, f"{title} {briefing.since.isoformat()}" if attr == "done" else title)
            for attr, title in SECTIONS]


def title(briefing: Briefing) -> str:
    return f"Briefing: {briefing.body or 'all panels and boards'}"


def dates_line(briefing: Briefing) -> str:
    return (f"As of {briefing.as_of.isoformat()}; changes since "
            f"{briefing.since.isoformat()}.")


def moved(what: str, n: int, how: str = "") -> str:
    """"due date moved twice", "Target moved later once", "due date never moved"."""
    if n == 0:
        return f"{what} never moved"
    often = {1: "once", 2: "twice"}.get(n, f"{n} times")
    return " ".join(part for part in (what, "moved", how, often) if part)


def one_line(text: str | None) -> str:
    """Document text on one line: a paper cannot add headings or list items."""
    return " ".join(str(text or "").split())


def action_detail(a: OverdueAction) -> str:
    return (f"Owner: {one_line(a.owner) or 'not named'}. Due {a.due or 'unknown'}, "
            f"{a.days_overdue} days overdue; {moved('due date', a.due_changes)}.")


def finding_detail(f: SlippingFinding) -> str:
    rag = f"RAG {f.rag.capitalize()}" if f.rag else "RAG not given"
    return (f"{rag}. {moved('Target', f.slip_count, 'later')}, by {f.slipped_days} days: "
            f"{f.original_target or '?'} -> {f.current_target or '?'}.")


UNITS = {"percent": "%", "percentage_points": " pp", "gbp": "", "fte": " FTE",
         "days": " days", "hours": " hours", "years": " years"}


def value(number: float, unit: str | None) -> str:
    text = f"{number:,.2f}".rstrip("0").rstrip(".")
    if unit == "gbp":
        return f"£{text}"
    return f"{text}{UNITS.get(unit or '', '')}"


def measure_detail(m: MeasureMove) -> str:
    sign = "+" if m.change > 0 else ""
    change = f"{sign}{value(m.change, 'percentage_points' if m.unit == 'percent' else m.unit)}"
    pct = f", {sign}{m.change_pct:.1f}%" if m.change_pct is not None and m.unit != "percent" \
        else ""
    flag = " Notable: far beyond the series' usual move." if m.notable else ""
    return (f"{value(m.from_value, m.unit)} ({one_line(m.from_period) or 'earlier'}) -> "
            f"{value(m.to_value, m.unit)} ({one_line(m.to_period) or 'latest'}): "
            f"{change}{pct}.{flag}")


def question_detail(asker: str | None, respondent: str | None, asked_on: str | None) -> str:
    return (f"Asked by {one_line(asker) or 'not named'}"
            f"{' of ' + one_line(respondent) if respondent else ''}"
            f" on {asked_on or 'an unknown date'}; no answer in any later paper.")


def done_detail(d: Done) -> str:
    verb = "Discharged" if d.kind == "action" else "Completed"
    return f"{verb} ({d.kind}), reported {d.on or 'on an unknown date'}."


def entry_lines(entry: Any) -> tuple[str, str]:
    """(headline, detail line) of one section entry."""
    if isinstance(entry, OverdueAction):
        return entry.text, action_detail(entry)
    if isinstance(entry, SlippingFinding):
        return entry.text, finding_detail(entry)
    if isinstance(entry, MeasureMove):
        return entry.measure, measure_detail(entry)
    if isinstance(entry, OpenQuestion):
        return entry.question, question_detail(entry.asker, entry.respondent,
                                                 entry.asked_on)
    if isinstance(entry, Done):
        return entry.text, done_detail(entry)
    raise TypeError(f"not a briefing entry: {entry!r}")
