"""Shared pieces of the read queries: a record row joined to its paper, paging, dates.

Dates in the record tables are ISO strings at the paper's precision (``2024``,
``2024-05``, ``2024-05-17``). Comparisons use :func:`end_of`, the last day the value
can mean, so an action due "2024-05" is not overdue until June.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, Table, case, func, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from scrutiny.records import RecordType
from scrutiny.store.corrected import corrected_table
from scrutiny.store.repository import record_dict
from scrutiny.store.tables import RECORD_TABLES, Paper

PAPERS: Table = Paper.__table__  # type: ignore[assignment]

PAPER_COLUMNS = (
    PAPERS.c.title.label("paper_title"),
    PAPERS.c.kind.label("paper_kind"),
    PAPERS.c.date.label("paper_date"),
    PAPERS.c.body.label("paper_body"),
)


@dataclass
class Page:
    """One page of a register: its rows and where it sits in the whole result."""

    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page)) if self.per_page else 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "pages": self.pages,
        }


def table_of(record_type: RecordType) -> Table:
    """The record table as extracted (for columns people cannot correct)."""
    return RECORD_TABLES[record_type]


def seen_table(session: Session, record_type: RecordType) -> FromClause:
    """The record table as people see it: corrections applied inside the query, so a
    filter, sort or count on it agrees with what the page shows."""
    return corrected_table(session, record_type)


def record_select(record_type: RecordType, table: FromClause | None = None) -> Select[Any]:
    """Every column of the record (of ``table``: by default as extracted; pass
    :func:`seen_table` for corrected values) plus its paper's title, kind, date and body.

    Rows of this select are what the store's ``record_dict`` turns into the API's
    record shape (contract fields, ``source``, ``paper``, ``file``, ``extractor``).
    """
    table = table_of(record_type) if table is None else table
    return select(table, *PAPER_COLUMNS).join(PAPERS, PAPERS.c.id == table.c.paper_id)


DERIVED_FLAGS = ("overdue", "slipped")


def as_record(record_type: RecordType, row: RowMapping) -> dict[str, Any]:
    """A row of :func:`record_select` in the store's record shape, plus derived flags."""
    out = record_dict(record_type, row)
    for flag in DERIVED_FLAGS:
        if flag in row:
            out[flag] = bool(row[flag])
    return out


def end_of(column: Any) -> ColumnElement[Any]:
    """The last day an ISO date of any precision can mean ("2024" -> "2024-12-31")."""
    return case(
        (func.length(column) == 4, column + "-12-31"),
        (func.length(column) == 7, column + "-31"),
        else_=column,
    )


def fetch_page(
    session: Session,
    query: Select[Any],
    page: int,
    per_page: int,
    shape: Callable[[RowMapping], dict[str, Any]] | None = None,
    count: Select[Any] | None = None,
) -> Page:
    """Run ``query`` for one page and count the whole result; ``shape`` maps each row.

    ``count`` is a cheaper query giving the same total (one without a join the filters
    do not need); by default the query itself is counted.
    """
    if count is None:
        count = select(func.count()).select_from(query.order_by(None).subquery())
    total = session.execute(count)
    rows = session.execute(query.limit(per_page).offset((page - 1) * per_page)).mappings()
    items = [(shape or row_dict)(row) for row in rows]
    return Page(items, int(total.scalar_one()), page, per_page)


def row_dict(row: RowMapping) -> dict[str, Any]:
    """A result row as a plain dict (JSON- and template-friendly)."""
    return dict(row)
