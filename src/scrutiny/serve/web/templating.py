"""The Jinja2 environment: autoescape on for every template, and the filters pages share.

Document text is untrusted. No filter here marks document text safe except
``snippet`` (see :func:`scrutiny.serve.highlight.snippet_markup`), which escapes first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from scrutiny.serve.highlight import snippet_markup

TEMPLATES = Path(__file__).parent / "templates"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
UNIT_SUFFIX = {"percent": "%", "percentage_points": " pp", "fte": " fte", "days": " days",
               "hours": " hours", "years": " years"}


def uk_date(value: str | None) -> str:
    """An ISO date at any precision as people read it: 18 December 2024, May 2023, 2023."""
    if not value:
        return ""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            day = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return value
    return value


def number(value: float | int | None, unit: str | None = None) -> str:
    """A figure with thousands separators and its unit: 1,568,614 · 4.2% · £3,985.80."""
    if value is None:
        return ""
    whole = float(value).is_integer()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "gbp":
        return f"£{text}"
    return text + UNIT_SUFFIX.get(unit or "", "")


def signed(value: float | int | None, unit: str | None = None) -> str:
    """A change with its sign: +3, −1.5% (a true minus sign, read out by screen readers)."""
    if value is None:
        return ""
    text = number(abs(value), unit)
    return ("+" if value > 0 else "−" if value < 0 else "±") + text


def source_url(record: dict[str, Any]) -> str:
    """The paper viewer URL that highlights a record's source passage."""
    source = record.get("source") or {}
    paper = record.get("paper") or {}
    query = urlencode({"start": source.get("start"), "end": source.get("end")})
    return f"/papers/{paper.get('id')}?{query}#cited"


def query_string(**params: Any) -> str:
    """``?a=1&b=2`` from keyword arguments, leaving out empty values."""
    clean = {k: v for k, v in params.items() if v not in (None, "", False)}
    return "?" + urlencode(clean) if clean else ""


def page_range(first: int | None, last: int | None) -> str:
    """"page 4" or "pages 5–7" (a paper's place in its file)."""
    if first is None:
        return ""
    return f"page {first}" if last in (None, first) else f"pages {first}–{last}"


def humanise(value: str | None) -> str:
    """``in_progress`` -> ``In progress`` for labels built from stored codes."""
    return (value or "").replace("_", " ").capitalize()


def json_twin_url(request: Any) -> str | None:
    """The ``.json`` twin of the page being shown, with its query, or None when the page
    has none (the upload form, error pages). ``/`` is the dashboard's alias, so its twin
    is ``/dashboard.json``: the route's own name finds it, not the path plus ".json"."""
    from starlette.routing import NoMatchFound

    name = getattr(request.scope.get("endpoint"), "__name__", None)
    if not name:
        return None
    try:
        path = str(request.app.url_path_for(f"{name}_json", **request.path_params))
    except NoMatchFound:
        return None
    return f"{path}?{request.url.query}" if request.url.query else path


def build_templates() -> Jinja2Templates:
    """Templates with autoescape always on (not only for .html names), plus shared filters."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update(uk_date=uk_date, number=number, signed=signed, snippet=snippet_markup,
                       humanise=humanise)
    env.globals.update(page_range=page_range)
    env.globals.update(source_url=source_url, query_string=query_string,
                       json_twin_url=json_twin_url)
    return Jinja2Templates(env=env)

