"""Meetings: the list, and one meeting with everything recorded for it.

A meeting is a (body, date) pair: an agenda, its minutes and a Q&A record of the same
sitting are three meeting records of one meeting. Its page gathers the agenda items,
questions and actions whose ``meeting_date`` is that date, from papers of that body
(or papers with no body named, which are most often the meeting's own minutes).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from scrutiny.errors import NotFound
from scrutiny.records import RecordType
from scrutiny.serve.queries.base import (
    PAPERS,
    as_record,
    record_select,
    row_dict,
    seen_table,
    table_of,
)
from scrutiny.serve.tracking import with_corrections

MEETINGS = table_of("meetings")
# Lower-case name: a SQL expression, not a constant.
meeting_body = func.coalesce(MEETINGS.c.body, PAPERS.c.body)


def meeting_list(session: Session, body: str | None = None) -> list[dict[str, Any]]:
    """One row per (body, date), newest first, with the kinds of record seen for it."""
    query = (
        select(MEETINGS.c.id, MEETINGS.c.date, MEETINGS.c.kind, MEETINGS.c.venue,
               meeting_body.label("body"))
        .join(PAPERS, PAPERS.c.id == MEETINGS.c.paper_id)
        .order_by(MEETINGS.c.date.is_(None), MEETINGS.c.date.desc(), MEETINGS.c.id)
    )
    if body:
        query = query.where(meeting_body == body)
    grouped: dict[tuple[Any, Any], dict[str, Any]] = {}
    for row in session.execute(query).mappings():
        key = (row["body"], row["date"])
        entry = grouped.setdefault(key, {**row_dict(row), "kinds": []})
        if row["kind"] and row["kind"] not in entry["kinds"]:
            entry["kinds"].append(row["kind"])
        entry["venue"] = entry["venue"] or row["venue"]
    return list(grouped.values())


def meeting(session: Session, meeting_id: str) -> dict[str, Any]:
    """A meeting and what was recorded for it; raises NotFound for an unknown id."""
    anchor = session.execute(
        select(MEETINGS, meeting_body.label("resolved_body"))
        .join(PAPERS, PAPERS.c.id == MEETINGS.c.paper_id)
        .where(MEETINGS.c.id == meeting_id)
    ).mappings().first()
    if anchor is None:
        raise NotFound(f"no meeting {meeting_id}: pick one from /meetings")
    body, date = anchor["resolved_body"], anchor["date"]
    records = session.execute(
        select(MEETINGS, meeting_body.label("resolved_body"))
        .join(PAPERS, PAPERS.c.id == MEETINGS.c.paper_id)
        .where(MEETINGS.c.date == date, _same_body(meeting_body, body))
    ).mappings()
    return {
        "id": meeting_id,
        "body": body,
        "date": date,
        "records": [row_dict(r) for r in records],
        "agenda_items": _of_meeting(session, "agenda_items", body, date),
        "questions": _of_meeting(session, "questions", body, date),
        "actions": _of_meeting(session, "actions", body, date),
        "papers": _papers(session, body, date),
    }


def _same_body(column: Any, body: str | None) -> Any:
    return column.is_(None) if body is None else or_(column == body, column.is_(None))


def _of_meeting(
    session: Session, record_type: RecordType, body: str | None, date: str | None
) -> list[dict[str, Any]]:
    if date is None:
        return []
    table = seen_table(session, record_type)
    query = (
        record_select(record_type, table)
        .where(table.c.meeting_date == date, _same_body(PAPERS.c.body, body))
        .order_by(PAPERS.c.id, table.c.char_start)
    )
    rows = [as_record(record_type, row) for row in session.execute(query).mappings()]
    return with_corrections(session, record_type, rows)


def _papers(session: Session, body: str | None, date: str | None) -> list[dict[str, Any]]:
    if date is None:
        return []
    query = (
        select(PAPERS)
        .where(PAPERS.c.date == date, _same_body(PAPERS.c.body, body))
        .order_by(PAPERS.c.file_sha256, PAPERS.c.seq)
    )
    return [row_dict(row) for row in session.execute(query).mappings()]
