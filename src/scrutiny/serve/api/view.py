"""What a page handler returns: enough to render HTML, JSON and (for registers) CSV.

Handlers never build responses themselves; :mod:`scrutiny.serve.api.twins` picks the
format from the URL suffix. That is how one query feeds the page and its twins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Table:
    """Rows for a CSV twin: the columns in order and flat dicts (or a function giving them).

    A function is called only when the CSV is asked for, so the HTML and JSON twins
    never run the unpaged query. ``stream`` is the way for whole registers: rows go out
    as the database returns them, never held as a list of dicts.
    """

    columns: list[str]
    rows: Any = None  # Iterable[dict[str, Any]] | Callable[[], Iterable[dict[str, Any]]]
    filename: str = "export.csv"
    # For big tables: given a session of its own, runs the query and returns the rows as
    # value lists in column order, read while the response is written (streamed).
    # Callable[[Session], Iterator[Sequence[Any]]] | None; typed Any because FastAPI
    # reads View's fields for the OpenAPI schema, which cannot describe a callable.
    stream: Any = None


@dataclass
class View:
    """One page's content, independent of format.

    ``data`` is the JSON twin's body; ``context`` adds what only the HTML needs (form
    state, chart specs); ``table`` is set for registers, which have a CSV twin.
    """

    template: str
    data: dict[str, Any]
    context: dict[str, Any] = field(default_factory=dict)
    table: Table | None = None
    status_code: int = 200
