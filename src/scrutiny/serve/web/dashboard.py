"""The dashboard: per body, what is owed, what slipped, meetings, and moving measures."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session

from scrutiny.serve.api.twins import twin
from scrutiny.serve.api.view import View
from scrutiny.serve.charts import sparkline
from scrutiny.serve.deps import DB
from scrutiny.serve.queries import dashboard as q
from scrutiny.serve.queries.cache import cached
from scrutiny.serve.queries.measures import notable_measures, series
from scrutiny.serve.queries.owed import actions_owed, findings_owed, measures_moved
from scrutiny.serve.queries.registers import bodies
from scrutiny.serve.tracking import corrections_needing_review

router = APIRouter()


@twin(router, "/dashboard", tags=["dashboard"], aliases=("/",))
def dashboard(
    request: Request,
    session: DB,
    body: Annotated[str | None, Query(description="committee or board; all when empty")] = None,
    as_of: Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = None,
) -> View:
    """Dashboard: open and overdue actions, findings by RAG, meetings, notable measures."""
    body = body or None
    day = as_of or date.today().isoformat()
    data = dashboard_data(session, body, day)
    return View("dashboard.html", data, context={"bodies": bodies(session)})


def dashboard_data(session: Session, body: str | None, as_of: str) -> dict[str, Any]:
    """Everything on the dashboard, as the JSON twin returns it; cached until data changes."""
    return cached(session, ("dashboard", body, as_of), lambda: _compute(session, body, as_of))


def _compute(session: Session, body: str | None, as_of: str) -> dict[str, Any]:
    actions = actions_owed(session, body, as_of)
    findings = findings_owed(session, body, as_of)
    return {
        "body": body,
        "as_of": as_of,
        "tracked": actions["tracked"] or findings["tracked"],
        "actions": actions["counts"],
        "findings": findings["counts"],
        "counts": q.store_counts(session, body),
        "overdue_actions": actions["overdue"],
        "findings_needing_attention": findings["attention"],
        "meetings": q.meetings_around(session, body, as_of),
        "notable_measures": measures_moved(session, body, as_of)
        or [with_sparkline(session, m) for m in notable_measures(session, body)],
        "corrections_needing_review": corrections_needing_review(session),
    }


def with_sparkline(session: Session, measure: dict[str, Any]) -> dict[str, Any]:
    """A notable measure with its series' values and a sparkline to draw them."""
    values = [point["value"] for point in series(session, measure["id"])["points"]]
    return {**measure, "values": values, "sparkline": sparkline(values)}
