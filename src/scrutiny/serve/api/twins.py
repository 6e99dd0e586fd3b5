"""Register one page handler as three routes: ``/x`` (HTML), ``/x.json`` and ``/x.csv``.

Same URL, three formats (datasette's habit): the handler runs its one query and
returns a :class:`View`; the suffix decides how it is written out. The JSON and CSV
routes appear in the OpenAPI schema at /docs; the HTML route does not (it is for people).
"""

from __future__ import annotations

import csv
import inspect
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum
from functools import wraps
from typing import Any

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse

from scrutiny.serve.api.view import Table, View

Handler = Callable[..., View]


def twin(
    router: APIRouter,
    path: str,
    *,
    csv: bool = False,
    tags: list[str | Enum] | None = None,
    aliases: tuple[str, ...] = (),
) -> Callable[[Handler], Handler]:
    """Decorator: serve ``handler`` at ``path`` as HTML, at ``path.json`` (and ``.csv``).

    The suffixed routes are added first so ``/papers/{id}.json`` is not taken by
    ``/papers/{id}`` with ``id = "x.json"``. ``aliases`` are further HTML paths (``/``).
    """

    def decorate(handler: Handler) -> Handler:
        summary = (inspect.getdoc(handler) or "").split("\n")[0]
        formats = ["json", "csv"] if csv else ["json"]
        for fmt in formats:
            router.add_api_route(
                f"{path.rstrip('/') or '/index'}.{fmt}",
                _endpoint(handler, fmt),
                methods=["GET"],
                name=f"{handler.__name__}_{fmt}",
                summary=f"{summary} ({fmt.upper()})",
                tags=tags,
                response_class=JSONResponse if fmt == "json" else Response,
            )
        for number, html_path in enumerate((path, *aliases)):
            router.add_api_route(
                html_path,
                _endpoint(handler, "html"),
                methods=["GET"],
                name=handler.__name__ if number == 0 else f"{handler.__name__}_{number}",
                include_in_schema=False,
                response_class=HTMLResponse,
            )
        return handler

    return decorate


def _endpoint(handler: Handler, fmt: str) -> Callable[..., Response]:
    """A route function with the handler's (resolved) signature that renders ``fmt``."""

    @wraps(handler)
    def endpoint(**kwargs: Any) -> Response:
        view = handler(**kwargs)
        return render(kwargs["request"], view, fmt)

    # Resolve string annotations against the handler's own module, not this one.
    endpoint.__signature__ = inspect.signature(handler, eval_str=True)  # type: ignore[attr-defined]
    return endpoint


def render(request: Request, view: View, fmt: str) -> Response:
    """Write ``view`` as HTML (its template), JSON (its data) or CSV (its table)."""
    if fmt == "json":
        return JSONResponse(jsonable_encoder(view.data), status_code=view.status_code)
    if fmt == "csv":
        if view.table is None:
            return JSONResponse({"detail": "this page has no CSV form"}, status_code=404)
        if view.table.stream is not None:
            return streamed_csv(request, view.table)
        rows = view.table.rows() if callable(view.table.rows) else view.table.rows
        return csv_response(Table(view.table.columns, list(rows), view.table.filename))
    context = {**view.data, **view.context}
    templates = request.app.state.templates
    response: Response = templates.TemplateResponse(
        request, view.template, context, status_code=view.status_code
    )
    return response


def csv_response(table: Table) -> StreamingResponse:
    """Stream ``table`` as CSV (UTF-8 with BOM so spreadsheet programs read £ and é)."""
    headers = {"Content-Disposition": f'attachment; filename="{table.filename}"'}
    return StreamingResponse(
        csv_lines(table.columns, table.rows), media_type="text/csv; charset=utf-8",
        headers=headers,
    )


def streamed_csv(request: Request, table: Table) -> StreamingResponse:
    """Stream a table whose rows come from its own session, opened here and closed when
    the last row is written (the request's session may be gone by then). The query runs
    before the response starts, so a failing one still answers with an error status."""
    assert table.stream is not None
    session = request.app.state.sessions()
    try:
        rows = table.stream(session)
    except BaseException:
        session.close()
        raise

    def lines() -> Iterator[str]:
        try:
            yield from csv_text(table.columns, rows)
        finally:
            session.close()

    headers = {"Content-Disposition": f'attachment; filename="{table.filename}"'}
    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8", headers=headers)


def csv_lines(columns: list[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """CSV text in chunks from dict rows (see :func:`csv_text`)."""
    return csv_text(columns, ([row.get(column) for column in columns] for row in rows))


def csv_text(columns: list[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """CSV text in chunks from value lists in column order; cells that start like a
    formula are prefixed with ' (CSV injection)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(columns)
    for count, row in enumerate(rows, 1):
        # Inline for text, the common cell: a function call per cell was a third of a
        # 35,000-row register's CSV time.
        writer.writerow([
            ("'" + v if v[:1] in FORMULA_START else v) if type(v) is str
            else _cell(v) if type(v) is list else v
            for v in row
        ])
        if count % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


FORMULA_START = frozenset("=+-@\t\r")  # what a spreadsheet may run as a formula


def _cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in document text; join lists with '; '."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value[:1] in FORMULA_START:
        return "'" + value
    return value
