"""Tracked-item pages: one action, finding, question or measure followed across papers -
its state now, its timeline of observations (each citing its paper, page and passage,
with why it was linked) and people's corrections of the item.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from scrutiny.errors import TrackError
from scrutiny.serve.api.errors import wants_json
from scrutiny.serve.api.twins import render, twin
from scrutiny.serve.api.view import Table, View
from scrutiny.serve.deps import DB, Editable
from scrutiny.serve.queries.base import Page
from scrutiny.serve.queries.filters import RegisterFilters, register_filters
from scrutiny.serve.queries.items import COLUMNS, item_register, item_rows
from scrutiny.serve.queries.registers import bodies
from scrutiny.serve.tracking import correct_record, history_of, item_fields, item_timeline

router = APIRouter()
# The record fields worth a column in each kind's timeline.
TIMELINE_FIELDS = {
    "action": ("status", "due", "owner"),
    "finding": ("rag", "status", "anticipated_completion"),
    "question": ("respondent", "answer"),
    "measure": ("period", "value", "unit"),
}
HIDDEN = {"id", "kind", "label", "link_key", "timeline", "corrected", "extracted"}


def item_view(
    session: Session, item_id: str, as_of: str | None, *, error: str | None = None,
    form: dict[str, str] | None = None,
) -> View:
    """The item page's content; ``error``/``form`` re-show a refused correction."""
    day = date.fromisoformat(as_of) if as_of else date.today()
    item = item_timeline(session, item_id, day)
    state = {k: v for k, v in item.items() if k not in HIDDEN and not isinstance(v, list | dict)}
    data = {"item": item, "history": history_of(session, "item", item["id"])}
    context = {"state": state, "columns": TIMELINE_FIELDS.get(item["kind"], ()),
               "correctable": item_fields(item["kind"]), "error": error, "form": form or {}}
    return View("item.html", data, context=context, status_code=422 if error else 200)


Kind = Annotated[str, Query(pattern=r"^(action|finding|question|measure)$",
                             description="action, finding, question or measure")]
TITLES = {"action": "Tracked actions", "finding": "Tracked findings",
          "question": "Tracked questions", "measure": "Tracked measures"}


@twin(router, "/items", csv=True, tags=["tracking"])
def items(
    request: Request, session: DB,
    filters: Annotated[RegisterFilters, Depends(register_filters)], kind: Kind = "action",
) -> View:
    """Tracked items of one kind, each once, in its state now (overdue, slipped, ...)."""
    page = item_register(session, kind, filters)
    data: dict[str, Any] = {"kind": kind, "title": TITLES[kind], "tracking": page is not None,
                            "filters": filters.active(),
                            **(page or Page([], 0, 1, filters.per_page)).as_dict()}
    columns = ["id", "label", "body", "observations", *COLUMNS[kind]]
    table = Table(columns, lambda: item_rows(session, kind, filters),
                  filename=f"tracked-{kind}s.csv")
    context = {"form": filters, "columns": COLUMNS[kind], "choices": {"bodies": bodies(session)}}
    return View("items.html", data, context=context, table=table)


@twin(router, "/items/{item_id}", tags=["tracking"])
def item_page(
    request: Request, session: DB, item_id: str,
    as_of: Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = None,
) -> View:
    """A tracked item: state now, timeline of observations with sources, corrections."""
    return item_view(session, item_id, as_of or None)


@router.post("/items/{item_id}/corrections", dependencies=[Editable], tags=["corrections"],
             summary="Correct a field of a tracked item")
def correct_item(
    request: Request, session: DB, item_id: str, field: Annotated[str, Form()],
    value: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "",
    by: Annotated[str, Form()] = "",
) -> Response:
    """Store a correction of the item; the item page shows it and its history."""
    form = {"field": field, "value": value, "reason": reason, "by": by}
    try:
        correct_record(session, "item", item_id, field, value.strip() or None,
                       reason=reason, by=by.strip() or "unknown")
        session.commit()
    except TrackError as exc:
        session.rollback()
        view = item_view(session, item_id, None, error=str(exc), form=form)
        return render(request, view, "json" if wants_json(request) else "html")
    if wants_json(request):
        return render(request, item_view(session, item_id, None), "json")
    return RedirectResponse(f"/items/{item_id}#corrections", status_code=303)

