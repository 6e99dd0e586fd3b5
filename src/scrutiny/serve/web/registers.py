"""The registers: actions, findings, questions (records) and measures (series).

Each register is one query (``queries.registers.register`` / ``queries.measures``);
its page, ``.json`` and ``.csv`` twins are that query's page or all its rows.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from scrutiny.serve.api.twins import twin
from scrutiny.serve.api.view import Table, View
from scrutiny.serve.deps import DB
from scrutiny.serve.queries import measures as mq
from scrutiny.serve.queries.filters import RegisterFilters, register_filters
from scrutiny.serve.queries.registers import (
    SORTABLE,
    RegisterType,
    bodies,
    owners,
    register,
    register_csv_rows,
)
from scrutiny.store.repository import contract_fields_of

router = APIRouter()
Filters = Annotated[RegisterFilters, Depends(register_filters)]
PROVENANCE_CSV = ["paper_id", "paper_title", "paper_date", "paper_body", "source_page",
                  "source_start", "source_end", "source_text", "extractor"]
TITLES = {"actions": "Actions", "findings": "Inspection findings", "questions": "Questions"}


def register_view(session: Session, record_type: RegisterType, filters: RegisterFilters) -> View:
    """A record register as a View; the CSV twin runs the same query unpaged."""
    page = register(session, record_type, filters)
    data = {"register": record_type, "title": TITLES[record_type], "filters": filters.active(),
            **page.as_dict()}
    flags = {"actions": ["overdue"], "findings": ["slipped"]}.get(record_type, [])
    columns = ["id", *contract_fields_of(record_type), *flags, *PROVENANCE_CSV]
    table = Table(columns, filename=f"{record_type}.csv", stream=lambda own: register_csv_rows(
        own, record_type, filters, columns))
    context = {"form": filters, "choices": choices(session, record_type),
               "sortable": SORTABLE[record_type]}
    return View(f"register_{record_type}.html", data, context=context, table=table)


def choices(session: Session, record_type: RegisterType) -> dict[str, list[str]]:
    """Values offered by the filter form's selects."""
    return {"bodies": bodies(session),
            "owners": owners(session) if record_type == "actions" else []}


@twin(router, "/actions", csv=True, tags=["registers"])
def actions(request: Request, session: DB, filters: Filters) -> View:
    """Actions register: filter by body, owner, status, overdue, meeting date range."""
    return register_view(session, "actions", filters)


@twin(router, "/findings", csv=True, tags=["registers"])
def findings(request: Request, session: DB, filters: Filters) -> View:
    """Findings register (AFIs, recommendations): filter by RAG, status, slipped."""
    return register_view(session, "findings", filters)


@twin(router, "/questions", csv=True, tags=["registers"])
def questions(request: Request, session: DB, filters: Filters) -> View:
    """Questions register: who asked whom what, and the answer."""
    return register_view(session, "questions", filters)


@twin(router, "/measures", csv=True, tags=["registers"])
def measures(request: Request, session: DB, filters: Filters) -> View:
    """Measures register: one row per series with its latest value and change."""
    page = mq.measures(session, filters)
    data: dict[str, Any] = {"register": "measures", "title": "Measures",
                            "filters": filters.active(), **page.as_dict()}
    columns = ["id", "measure", "unit", "place", "body", "points", "latest_value",
               "latest_period", "previous_value", "change"]
    table = Table(columns, lambda: mq.measure_rows(session, filters), filename="measures.csv")
    context = {"form": filters, "choices": {"bodies": bodies(session)}}
    return View("measures.html", data, context=context, table=table)
