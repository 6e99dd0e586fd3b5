"""The filters, sort and paging a register understands, parsed once from the query string.

One dataclass for every register: a filter a record type does not have (RAG on
questions) is ignored rather than refused, so a link can carry its filters from one
register to another.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Query

MAX_PER_PAGE = 500
CSV_LIMIT = 100_000


@dataclass
class RegisterFilters:
    """What a person can narrow a register by; every field is optional."""

    body: str | None = None
    owner: str | None = None
    status: str | None = None
    rag: str | None = None
    overdue: bool = False
    slipped: bool = False
    date_from: str | None = None
    date_to: str | None = None
    q: str | None = None
    sort: str | None = None
    page: int = 1
    per_page: int = 50
    as_of: str = field(default_factory=lambda: date.today().isoformat())

    def query_string(self, **changes: Any) -> str:
        """This filter set as a query string, with ``changes`` applied (for links)."""
        values = asdict(replace(self, **changes))
        if values["as_of"] == date.today().isoformat():
            values.pop("as_of")
        clean = {k: v for k, v in values.items() if v not in (None, "", False)}
        if clean.get("page") == 1:
            clean.pop("page")
        if clean.get("per_page") == 50:
            clean.pop("per_page")
        return urlencode({k: "1" if v is True else v for k, v in clean.items()})

    def active(self) -> dict[str, Any]:
        """The filters in force (not sort/paging), for the page's summary and the JSON."""
        skip = {"sort", "page", "per_page", "as_of"}
        items = asdict(self).items()
        return {k: v for k, v in items if k not in skip and v not in (None, "", False)}


IsoDate = Annotated[
    str | None,
    Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$", description="2024, 2024-05 or 2024-05-17"),
]
# A plain pattern, not a Literal, so the HTML form's empty "any" choice is accepted.
Rag = Annotated[
    str | None,
    Query(pattern=r"^(red|amber|green|none)?$", description="findings: red, amber, green or none"),
]


def register_filters(
    body: Annotated[str | None, Query(description="committee or board, as named")] = None,
    owner: Annotated[str | None, Query(description="who must act, e.g. Force")] = None,
    status: Annotated[str | None, Query(description="open, discharged, complete, ...")] = None,
    rag: Rag = None,
    overdue: Annotated[bool, Query(description="actions: due date passed, not discharged")] = False,
    slipped: Annotated[bool, Query(description="findings: target moved later")] = False,
    date_from: IsoDate = None,
    date_to: IsoDate = None,
    q: Annotated[str | None, Query(max_length=200, description="words in the text")] = None,
    sort: Annotated[
        str | None, Query(pattern=r"^(-?[a-z_]+)?$", description="column; -column for descending")
    ] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 50,
    as_of: Annotated[
        str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="overdue as of this day")
    ] = None,
) -> RegisterFilters:
    """FastAPI dependency: the query string as RegisterFilters (empty strings are unset)."""
    return RegisterFilters(
        body=body or None, owner=owner or None, status=status or None, rag=rag or None,
        overdue=overdue, slipped=slipped, date_from=date_from or None, date_to=date_to or None,
        q=(q or "").strip() or None, sort=sort, page=page, per_page=per_page,
        as_of=as_of or date.today().isoformat(),
    )
