"""Record pages: a record's fields (with people's corrections applied), its source
passage, the correction form and the history of corrections. One route per record type,
``/actions/{id}`` and so on, each with its JSON twin.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import TypeAdapter, ValidationError
from sqlalchemy.orm import Session

from scrutiny.errors import TrackError
from scrutiny.records import MODEL_FOR, RecordType
from scrutiny.serve.api.errors import wants_json
from scrutiny.serve.api.twins import render, twin
from scrutiny.serve.api.view import View
from scrutiny.serve.deps import DB, Editable
from scrutiny.serve.tracking import (
    correct_record,
    correctable_fields,
    corrections_available,
    history_of,
    item_of,
    with_corrections,
)
from scrutiny.store.repository import contract_fields_of, get_record

router = APIRouter()
# Meetings have their own page (/meetings/{id}); statistics link on to their measure.
RECORD_PAGES: tuple[RecordType, ...] = (
    "actions", "findings", "questions", "statistics", "agenda_items", "judgements",
)


def record_view(
    session: Session, record_type: RecordType, record_id: str, *,
    error: str | None = None, form: dict[str, str] | None = None,
) -> View:
    """The record page's content; ``error``/``form`` re-show a refused correction."""
    record = with_corrections(session, record_type, [get_record(session, record_type,
                                                                record_id)])[0]
    data = {"record_type": record_type, "record": record,
            "fields": contract_fields_of(record_type),
            "history": history_of(session, record_type, record_id),
            "item_id": item_of(session, record_id)}
    context = {"correctable": correctable_fields(record_type)
               if corrections_available(session) else [],
               "error": error, "form": form or {}}
    return View("record.html", data, context=context, status_code=422 if error else 200)


def record_page(record_type: RecordType) -> Callable[..., View]:
    """The handler for one record type's page (a function per type, for OpenAPI names)."""

    def handler(request: Request, session: DB, record_id: str) -> View:
        return record_view(session, record_type, record_id)

    handler.__name__ = f"{record_type}_record"
    handler.__doc__ = f"One {record_type.replace('_', ' ')} record: fields, source, corrections."
    return handler


def parse_value(record_type: RecordType, field: str, text: str) -> Any:
    """A typed value for ``field`` from the form's text: empty is null, lists split on ';'.

    Raises ValueError with a message a person can act on.
    """
    text = text.strip()
    if not text:
        return None
    annotation: Any = MODEL_FOR[record_type].model_fields[field].annotation
    if typing.get_origin(annotation) is list:
        return [part.strip() for part in text.split(";") if part.strip()]
    try:
        return TypeAdapter(annotation).validate_python(text)
    except ValidationError as exc:
        message = exc.errors()[0].get("msg", "not a valid value")
        raise ValueError(f"{text!r} is not a valid {field}: {message}") from exc


def correction_route(record_type: RecordType) -> Callable[..., Response]:
    """POST handler storing one correction of a record type's field."""

    def handler(
        request: Request, session: DB, record_id: str,
        field: Annotated[str, Form()], value: Annotated[str, Form()] = "",
        reason: Annotated[str, Form()] = "", by: Annotated[str, Form()] = "",
    ) -> Response:
        form = {"field": field, "value": value, "reason": reason, "by": by}
        try:
            typed = parse_value(record_type, field, value) if field in MODEL_FOR[
                record_type].model_fields else value
            correct_record(session, record_type, record_id, field, typed,
                           reason=reason, by=by.strip() or "unknown")
            session.commit()
        except (ValueError, TrackError) as exc:
            session.rollback()
            view = record_view(session, record_type, record_id, error=str(exc), form=form)
            return render(request, view, "json" if wants_json(request) else "html")
        if wants_json(request):
            return render(request, record_view(session, record_type, record_id), "json")
        return RedirectResponse(f"/{record_type}/{record_id}#corrections", status_code=303)

    handler.__name__ = f"correct_{record_type}"
    handler.__doc__ = f"Correct a field of one {record_type.replace('_', ' ')} record."
    return handler


for _record_type in RECORD_PAGES:
    twin(router, f"/{_record_type}/{{record_id}}", tags=["records"])(record_page(_record_type))
    router.add_api_route(
        f"/{_record_type}/{{record_id}}/corrections", correction_route(_record_type),
        methods=["POST"], dependencies=[Editable], tags=["corrections"],
        summary=f"Correct a field of a {_record_type.replace('_', ' ')} record",
    )
