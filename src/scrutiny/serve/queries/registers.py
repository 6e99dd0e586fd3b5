"""The action, finding and question registers: one query each, filtered, sorted, paged.

``register(session, "actions", filters)`` is what ``/actions``, ``/actions.json`` and
``/actions.csv`` all call. Derived flags (``overdue``, ``slipped``) are computed in SQL
from the record's own fields, so filters and columns agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from sqlalchemy import ColumnElement, FromClause, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from scrutiny.serve.queries.base import (
    DERIVED_FLAGS,
    PAPERS,
    Page,
    as_record,
    end_of,
    record_select,
    seen_table,
)
from scrutiny.serve.queries.cache import cached
from scrutiny.serve.queries.filters import CSV_LIMIT, RegisterFilters
from scrutiny.serve.tracking import with_corrections

RegisterType = Literal["actions", "findings", "questions"]

# Columns a person may sort by, and the default order, per register.
SORTABLE: dict[RegisterType, tuple[str, ...]] = {
    "actions": ("due", "meeting_date", "owner", "status", "body", "ref"),
    "findings": ("anticipated_completion", "original_target", "rag", "status", "number",
                 "inspection", "body", "paper_date"),
    "questions": ("meeting_date", "asker", "respondent", "body"),
}
DEFAULT_SORT: dict[RegisterType, str] = {
    "actions": "-meeting_date",
    "findings": "-paper_date",
    "questions": "-meeting_date",
}
# The column a register's date range applies to.
TEXT_COLUMN: dict[RegisterType, str] = {
    "actions": "text", "findings": "text", "questions": "question",
}


def overdue_flag(table: FromClause, filters: RegisterFilters) -> ColumnElement[bool]:
    """An action (a row of ``table``, the actions as seen) is overdue when its due date
    has passed and it is not discharged."""
    return and_(
        table.c.due.is_not(None),
        or_(table.c.status.is_(None), table.c.status != "discharged"),
        end_of(table.c.due) < filters.as_of,
    )


def slipped_flag(table: FromClause) -> ColumnElement[bool]:
    """A finding has slipped when its anticipated completion is later than its original target."""
    return and_(
        table.c.original_target.is_not(None),
        table.c.anticipated_completion.is_not(None),
        end_of(table.c.anticipated_completion) > end_of(table.c.original_target),
    )


def register_query(
    record_type: RegisterType, table: FromClause, filters: RegisterFilters
) -> Select[Any]:
    """The register's SELECT over ``table`` (:func:`seen_table`: corrections applied)
    with its derived flags, filters and order applied."""
    query = record_select(record_type, table)
    if record_type == "actions":
        query = query.add_columns(overdue_flag(table, filters).label("overdue"))
    if record_type == "findings":
        query = query.add_columns(slipped_flag(table).label("slipped"))
    for condition in conditions(record_type, table, filters):
        query = query.where(condition)
    return query.order_by(*ordering(record_type, table, filters.sort))


def conditions(
    record_type: RegisterType, table: FromClause, filters: RegisterFilters
) -> list[ColumnElement[bool]]:
    """WHERE clauses for the filters this record type has."""
    columns = table.c
    out: list[ColumnElement[bool]] = []
    if filters.body:
        out.append(PAPERS.c.body == filters.body)
    if filters.owner and "owner" in columns:
        out.append(func.lower(columns.owner) == filters.owner.lower())
    if filters.status and "status" in columns:
        out.append(_status_condition(columns.status, filters.status))
    if filters.rag and "rag" in columns:
        rag = columns.rag.is_(None) if filters.rag == "none" else columns.rag == filters.rag
        out.append(rag)
    if filters.overdue:
        out.append(overdue_flag(table, filters) if record_type == "actions" else false())
    if filters.slipped:
        out.append(slipped_flag(table) if record_type == "findings" else false())
    when = date_column(record_type, table)
    if filters.date_from:
        out.append(end_of(when) >= filters.date_from)
    if filters.date_to:
        out.append(when <= end_of_text(filters.date_to))
    if filters.q:
        text = columns[TEXT_COLUMN[record_type]]
        out.extend(func.lower(text).contains(word.lower()) for word in filters.q.split()[:8])
    return out


def _status_condition(column: Any, status: str) -> ColumnElement[bool]:
    return column.is_(None) if status == "none" else column == status


def end_of_text(value: str) -> str:
    """The last day a typed ISO date can mean, in Python (for bounds given by a person)."""
    return {4: value + "-12-31", 7: value + "-31"}.get(len(value), value)


def date_column(record_type: RegisterType, table: FromClause) -> Any:
    """Meeting date for actions and questions (else the paper's); the paper's date for findings."""
    if record_type == "findings":
        return PAPERS.c.date
    return func.coalesce(table.c.meeting_date, PAPERS.c.date)


def ordering(record_type: RegisterType, table: FromClause, sort: str | None) -> list[Any]:
    """ORDER BY for ``sort`` (``due`` or ``-due``); unknown columns fall back to the default.

    NULLs sort last either way, and the record id breaks ties so paging is stable.
    """
    key = sort if sort and sort.lstrip("-") in SORTABLE[record_type] else DEFAULT_SORT[record_type]
    name = key.lstrip("-")
    column = sort_column(table, name)
    direction = column.desc() if key.startswith("-") else column.asc()
    return [column.is_(None), direction, table.c.id]


def sort_column(table: FromClause, name: str) -> Any:
    if name == "body":
        return PAPERS.c.body
    if name == "paper_date":
        return PAPERS.c.date
    return table.c[name]


def needs_papers(record_type: RegisterType, filters: RegisterFilters) -> bool:
    """Whether the filters or the sort read the papers table."""
    sort = filters.sort if filters.sort and filters.sort.lstrip("-") in SORTABLE[record_type] \
        else DEFAULT_SORT[record_type]
    return bool(filters.body or filters.date_from or filters.date_to) or sort.lstrip("-") in {
        "body", "paper_date"}


def count_query(
    record_type: RegisterType, table: FromClause, filters: RegisterFilters
) -> Select[Any]:
    """The register's total, joining papers only when a filter reads them.

    SQLite does not drop an unneeded join, and the join doubles a count's time.
    """
    query = select(func.count()).select_from(table)
    if filters.body or filters.date_from or filters.date_to:
        query = query.join(PAPERS, PAPERS.c.id == table.c.paper_id)
    return query.where(*conditions(record_type, table, filters))


def page_ids(record_type: RegisterType, table: FromClause, filters: RegisterFilters) -> Select[Any]:
    """The ids of one page, found by sorting only the narrow columns the order needs.

    Sorting the full rows would drag every record's source text through SQLite's
    sorter; sorting ids and then fetching 50 rows is several times faster.
    """
    query = select(table.c.id).select_from(table)
    if needs_papers(record_type, filters):
        query = query.join(PAPERS, PAPERS.c.id == table.c.paper_id)
    offset = (filters.page - 1) * filters.per_page
    return (query.where(*conditions(record_type, table, filters))
            .order_by(*ordering(record_type, table, filters.sort))
            .limit(filters.per_page).offset(offset))


def register(session: Session, record_type: RegisterType, filters: RegisterFilters) -> Page:
    """One page of the register (the HTML and JSON twins), as people see it: filters,
    sort, flags and total act on corrected values."""
    table = seen_table(session, record_type)
    ids = list(session.execute(page_ids(record_type, table, filters)).scalars())
    query = register_query(record_type, table, filters).where(table.c.id.in_(ids))
    rows = session.execute(query).mappings()
    items = with_corrections(session, record_type, [as_record(record_type, r) for r in rows])
    # The total is the same on every page of one filter set: count it once per data version.
    key = ("count", record_type, filters.query_string(page=1, sort=None), filters.as_of)
    total = cached(session, key, lambda: int(
        session.execute(count_query(record_type, table, filters)).scalar_one()))
    return Page(items, total, filters.page, filters.per_page)


def register_rows(
    session: Session, record_type: RegisterType, filters: RegisterFilters
) -> list[dict[str, Any]]:
    """Every row of the register, up to CSV_LIMIT (the CSV twin; same query, no paging)."""
    query = register_query(record_type, seen_table(session, record_type), filters).limit(CSV_LIMIT)
    rows = [as_record(record_type, row) for row in session.execute(query).mappings()]
    return with_corrections(session, record_type, rows)


# CSV columns that are not the query's own column names: where each one is read from.
CSV_SOURCE = {"source_page": "page", "source_start": "char_start", "source_end": "char_end"}


def register_csv_rows(
    session: Session, record_type: RegisterType, filters: RegisterFilters, columns: list[str]
) -> Iterator[list[Any]]:
    """Every row of the register (up to CSV_LIMIT) as value lists in ``columns`` order,
    read from the database as they are written out (the streamed CSV twin).

    The same query as the page (corrections applied in it), narrowed to the CSV's
    columns: no record dict per row, and no column the CSV does not show (``updated_at``
    alone cost a datetime parse per row). ``extractor`` is ``name/version`` (written
    last); the derived flags are booleans.
    """
    named = columns[-1:] == ["extractor"]
    names = [CSV_SOURCE.get(c, c) for c in (columns[:-1] if named else columns)]
    if named:
        names += ["extractor_name", "extractor_version"]
    query = register_query(record_type, seen_table(session, record_type), filters)
    selected = query.selected_columns
    narrow = query.with_only_columns(*(selected[n] for n in names), maintain_column_froms=True)
    result = session.execute(narrow.limit(CSV_LIMIT), execution_options={"yield_per": 1000})
    flags = [n for n, c in enumerate(columns) if c in DERIVED_FLAGS]

    def rows() -> Iterator[list[Any]]:
        for row in result:
            out = list(row)
            for n in flags:
                out[n] = bool(out[n])
            if named:
                version = out.pop()
                out[-1] = f"{out[-1]}/{version}"
            yield out

    return rows()


def owners(session: Session) -> list[str]:
    """Distinct action owners, for the filter's choices (cached until the data changes)."""
    table = seen_table(session, "actions")
    query = select(table.c.owner).where(table.c.owner.is_not(None)).distinct()
    return cached(session, "owners",
                  lambda: sorted(session.execute(query).scalars(), key=str.casefold))


def bodies(session: Session) -> list[str]:
    """Distinct committees and boards named on papers."""
    query = select(PAPERS.c.body).where(PAPERS.c.body.is_not(None)).distinct()
    return sorted(session.execute(query).scalars(), key=str.casefold)
