"""Papers of a pack that state no date or body take the pack's."""

from __future__ import annotations

from scrutiny.ingest.paper import Paper
from scrutiny.ingest.split.body_names import fullest_name, same_body


def inherit(papers: list[Paper]) -> None:
    """Papers that state no date or body take the pack's; short names take the full one.

    The pack's meeting is that of its first agenda (else its first paper with a date).
    A body written short in one paper ("Police and Crime Panel") and in full in another
    ("X and Y Police and Crime Panel") is given the full name throughout. A pack whose
    front sheet names no body (a bare "AGENDA" over the date and venue) is the pack of
    the one body its other papers name: the minutes of that body's last meeting, reports
    to it. When they name two bodies or more, the front sheet is left without one.
    """
    lead = next((p for p in papers if p.kind == "agenda" and p.date), None)
    lead = lead or next((p for p in papers if p.date), None)
    names = [p.body for p in papers if p.body]
    one_body = bool(names) and all(same_body(name, names[0]) for name in names)
    if lead is not None and lead.body is None and one_body:
        lead.body = fullest_name(names[0], names)
    for paper in papers:
        if paper.body:
            paper.body = fullest_name(paper.body, names)
        if lead is None or paper is lead:
            continue
        if paper.body is None:  # minutes too: "Minutes of the meeting held on ..." in a pack
            paper.body = lead.body
        if paper.date is None and same_body(paper.body, lead.body):
            paper.date = lead.date
