"""What the dashboard shows for one body (or all): counts, what is owed, what slipped,
the latest and next meetings.

Each list is one function over the record tables. When tracked items land (issue 5),
:func:`overdue_actions` and :func:`findings_needing_attention` are the two seams to
point at ``scrutiny.track`` so an action seen in three logs counts once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from scrutiny.serve.queries.base import PAPERS, as_record, record_select, row_dict, seen_table
from scrutiny.serve.queries.filters import RegisterFilters
from scrutiny.serve.queries.registers import overdue_flag, register, slipped_flag
from scrutiny.serve.tracking import with_corrections


def action_counts(session: Session, body: str | None, as_of: str) -> dict[str, int]:
    """Open, overdue and discharged actions."""
    actions = seen_table(session, "actions")
    overdue = overdue_flag(actions, RegisterFilters(as_of=as_of))
    query = select(
        func.count().label("all"),
        func.sum(case((actions.c.status == "discharged", 0), else_=1)).label("open"),
        func.sum(case((overdue, 1), else_=0)).label("overdue"),
    ).select_from(actions)
    if body:  # join only when needed: SQLite does not drop an unneeded join
        query = query.join(PAPERS, PAPERS.c.id == actions.c.paper_id).where(PAPERS.c.body == body)
    row = session.execute(query).mappings().one()
    return {key: int(row[key] or 0) for key in ("all", "open", "overdue")}


def finding_counts(session: Session, body: str | None) -> dict[str, int]:
    """Findings by RAG (``none`` where the paper gave none), plus how many slipped."""
    findings = seen_table(session, "findings")
    rag = func.coalesce(findings.c.rag, "none")
    query = (
        select(rag.label("rag"), func.count().label("n"),
               func.sum(case((slipped_flag(findings), 1), else_=0)).label("slipped"))
        .select_from(findings)
        .group_by(rag)
    )
    if body:
        query = query.join(PAPERS, PAPERS.c.id == findings.c.paper_id).where(
            PAPERS.c.body == body)
    counts = {"red": 0, "amber": 0, "green": 0, "none": 0, "slipped": 0}
    for row in session.execute(query).mappings():
        counts[row["rag"]] = int(row["n"])
        counts["slipped"] += int(row["slipped"] or 0)
    return counts


def overdue_actions(
    session: Session, body: str | None, as_of: str, limit: int = 8
) -> list[dict[str, Any]]:
    """Overdue actions, longest overdue first."""
    filters = RegisterFilters(body=body, overdue=True, as_of=as_of, sort="due", per_page=limit)
    return register(session, "actions", filters).items


def findings_needing_attention(
    session: Session, body: str | None, limit: int = 8
) -> list[dict[str, Any]]:
    """Slipped findings first, then red, then amber; complete ones left out."""
    findings = seen_table(session, "findings")
    slipped = slipped_flag(findings)
    rag_order = case((findings.c.rag == "red", 0), (findings.c.rag == "amber", 1), else_=2)
    query = (
        record_select("findings", findings)
        .add_columns(slipped.label("slipped"))
        .where(func.coalesce(findings.c.status, "") != "complete")
        .order_by(case((slipped, 0), else_=1), rag_order, PAPERS.c.date.desc(), findings.c.id)
        .limit(limit)
    )
    if body:
        query = query.where(PAPERS.c.body == body)
    rows = [as_record("findings", row) for row in session.execute(query).mappings()]
    return with_corrections(session, "findings", rows)


def meetings_around(session: Session, body: str | None, as_of: str) -> dict[str, Any]:
    """The latest meeting on or before ``as_of`` and the next one after it."""
    meetings = seen_table(session, "meetings")
    meeting_body = func.coalesce(meetings.c.body, PAPERS.c.body)
    base = (
        select(meetings.c.id, meetings.c.date, meetings.c.kind, meetings.c.venue,
               meeting_body.label("body"))
        .join(PAPERS, PAPERS.c.id == meetings.c.paper_id)
        .where(meetings.c.date.is_not(None))
    )
    if body:
        base = base.where(meeting_body == body)
    latest = base.where(meetings.c.date <= as_of).order_by(meetings.c.date.desc()).limit(1)
    upcoming = base.where(meetings.c.date > as_of).order_by(meetings.c.date.asc()).limit(1)
    first = session.execute(latest).mappings().first()
    second = session.execute(upcoming).mappings().first()
    return {"latest": row_dict(first) if first else None,
            "next": row_dict(second) if second else None}


def store_counts(session: Session, body: str | None) -> dict[str, int]:
    """How many papers and questions the register holds (for the page's summary)."""
    papers = select(func.count()).select_from(PAPERS)
    questions = seen_table(session, "questions")
    asked = select(func.count()).select_from(questions)
    if body:
        papers = papers.where(PAPERS.c.body == body)
        asked = asked.join(PAPERS, PAPERS.c.id == questions.c.paper_id).where(
            PAPERS.c.body == body)
    return {"papers": int(session.execute(papers).scalar_one()),
            "questions": int(session.execute(asked).scalar_one())}
