"""Record pages: a record's fields and its source passage (and, with tracking, its
timeline and corrections). One route per record type, ``/actions/{id}`` and so on.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Request

from scrutiny.records import RecordType
from scrutiny.serve.api.twins import twin
from scrutiny.serve.api.view import View
from scrutiny.serve.deps import DB
from scrutiny.serve.tracking import history_of
from scrutiny.store.repository import contract_fields_of, get_record

router = APIRouter()
# Meetings have their own page (/meetings/{id}); statistics link on to their measure.
RECORD_PAGES: tuple[RecordType, ...] = (
    "actions", "findings", "questions", "statistics", "agenda_items", "judgements",
)


def record_page(record_type: RecordType) -> Callable[..., View]:
    """The handler for one record type's page (a function per type, for OpenAPI names)."""

    def handler(request: Request, session: DB, record_id: str) -> View:
        record = get_record(session, record_type, record_id)
        data = {"record_type": record_type, "record": record,
                "fields": contract_fields_of(record_type),
                "history": history_of(session, record_type, record_id)}
        return View("record.html", data)

    handler.__name__ = f"{record_type}_record"
    handler.__doc__ = f"One {record_type.replace('_', ' ')} record: fields and source passage."
    return handler


for _record_type in RECORD_PAGES:
    twin(router, f"/{_record_type}/{{record_id}}", tags=["records"])(record_page(_record_type))
