"""Errors answer in the format asked for: JSON for ``.json``/``.csv`` URLs and API
clients, an HTML page for browsers (datasette's habit).

A client that sends ``Accept: application/json`` without ``text/html`` is an API
client; a browser always lists text/html, so it gets the page.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from scrutiny.errors import NotFound, ScrutinyError

TITLES = {
    400: "Bad request",
    403: "Not allowed",
    404: "Page not found",
    405: "Method not allowed",
    413: "File too large",
    422: "Check what you asked for",
    500: "Sorry, there is a problem",
}


def wants_json(request: Request) -> bool:
    """True for ``.json``/``.csv`` URLs and for clients that accept JSON but not HTML."""
    if request.url.path.endswith((".json", ".csv")):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, detail: Any) -> Response:
    """The error as JSON ``{"detail": ...}`` or as the HTML error page."""
    if wants_json(request):
        return JSONResponse({"detail": jsonable_encoder(detail)}, status_code=status)
    templates = request.app.state.templates
    context = {"status": status, "title": TITLES.get(status, "Error"), "detail": detail}
    response: Response = templates.TemplateResponse(
        request, "error.html", context, status_code=status
    )
    return response


def install_error_handlers(app: FastAPI) -> None:
    """Route HTTP errors, validation errors and NotFound through :func:`error_response`."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _readable(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(ScrutinyError)
    async def scrutiny_error(request: Request, exc: ScrutinyError) -> Response:
        return error_response(request, 400, str(exc))


def _readable(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Validation errors as ``{"field", "message"}`` pairs a person can act on."""
    out = []
    for error in exc.errors():
        location = [str(part) for part in error.get("loc", ()) if part not in {"query", "body"}]
        out.append({"field": ".".join(location) or "request", "message": error.get("msg", "")})
    return out
