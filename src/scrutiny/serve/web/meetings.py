"""Meetings: the list, and one meeting with its agenda, questions, actions and papers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from scrutiny.serve.api.twins import twin
from scrutiny.serve.api.view import Table, View
from scrutiny.serve.deps import DB
from scrutiny.serve.queries import meetings as q
from scrutiny.serve.queries.registers import bodies

router = APIRouter()


@twin(router, "/meetings", csv=True, tags=["meetings"])
def meetings(
    request: Request,
    session: DB,
    body: Annotated[str | None, Query(description="committee or board")] = None,
) -> View:
    """Meetings, newest first: one row per body and date."""
    rows = q.meeting_list(session, body or None)
    table = Table(["id", "date", "body", "kinds", "venue"], rows, filename="meetings.csv")
    return View("meetings.html", {"body": body or None, "items": rows},
                context={"bodies": bodies(session)}, table=table)


@twin(router, "/meetings/{meeting_id}", tags=["meetings"])
def meeting(request: Request, session: DB, meeting_id: str) -> View:
    """One meeting: agenda items and resolutions, questions and answers, actions, papers."""
    return View("meeting.html", q.meeting(session, meeting_id))
