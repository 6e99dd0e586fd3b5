"""A record table as people see it: their corrections applied inside the query.

Corrections (``tracking_tables.Correction``) are kept beside the extracted rows, never
written into them, so re-extraction can refresh a row while the person's value keeps
winning. Applying them only after a query (for display) made filters, sorts and counts
disagree with the page: an action corrected to "discharged" still matched
``status=open`` and still counted as overdue. :func:`corrected_table` is the one place
that fixes that: a FROM clause with the record table's columns in which every corrected
field holds the winning correction's value (newest ``set`` not undone). Registers,
dashboards, CSV/JSON twins, the CLI listings and the tracked-item timelines all select
from it, on SQLite and PostgreSQL alike.

When a record type has no active correction it is the plain table, so the common case
costs one small indexed query (which fields are corrected) and keeps every index.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    FromClause,
    Table,
    case,
    cast,
    func,
    inspect,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import Float, Integer, Text

from scrutiny.records import RecordType
from scrutiny.store.tables import RECORD_TABLES
from scrutiny.store.tracking_tables import Correction


def corrected_fields(session: Session, record_type: str) -> list[str]:
    """The fields of ``record_type`` that at least one active correction sets (sorted).

    Empty when tracking's tables are absent (a database migrated before tracking)."""
    if not inspect(session.get_bind()).has_table(Correction.__tablename__):
        return []
    query = (
        select(Correction.field)
        .where(Correction.action == "set", Correction.target_type == record_type,
               Correction.undone_at.is_(None), Correction.field.is_not(None))
        .distinct()
    )
    return sorted(str(name) for name in session.execute(query).scalars())


def corrected_table(session: Session, record_type: RecordType) -> FromClause:
    """``record_type``'s table with people's corrections applied to its columns.

    The result has every column of the record table under the same names, so code
    written against ``table.c.status`` works unchanged on it. Without corrections it
    *is* the record table.

    A corrected column is ``CASE WHEN id IN (ids with an active correction of the
    field) THEN (the newest such correction's value) ELSE column END``: no join, so the
    databases flatten the subquery and keep using the registers' covering indexes; the
    ``IN`` list is computed once per query and the value looked up only for the
    (few) corrected rows.
    """
    table = RECORD_TABLES[record_type]
    fields = [name for name in corrected_fields(session, record_type) if name in table.c]
    if not fields:
        return table
    dialect = session.get_bind().dialect.name
    values = {name: _corrected_column(table, record_type, name, dialect) for name in fields}
    columns = [values[c.name].label(c.name) if c.name in values else c for c in table.c]
    return select(*columns).subquery(f"corrected_{record_type}")


def _active(record_type: str, name: str) -> list[ColumnElement[bool]]:
    return [Correction.action == "set", Correction.target_type == record_type,
            Correction.field == name, Correction.undone_at.is_(None)]


def _corrected_column(table: Table, record_type: str, name: str,
                      dialect: str) -> ColumnElement[Any]:
    corrected_ids = select(Correction.target_id).where(*_active(record_type, name))
    newest = (
        select(_typed(Correction.new_value, table, name, dialect))
        .where(*_active(record_type, name), Correction.target_id == table.c.id)
        .order_by(Correction.at.desc(), Correction.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return case((table.c.id.in_(corrected_ids), newest), else_=table.c[name])


def _typed(value: Any, table: Table, name: str, dialect: str) -> ColumnElement[Any]:
    """A correction's JSON value as the SQL type of the column it replaces.

    SQLite's ``json_extract(v, '$')`` gives a JSON scalar as its SQL value (a JSON null
    as NULL, an array as JSON text); PostgreSQL's ``v #>> '{}'`` gives it as text, cast
    to numbers or JSON where the column holds those.
    """
    column_type = table.c[name].type
    if dialect == "sqlite":
        return type_coerce(func.json_extract(value, "$"), column_type)
    text = value.op("#>>", return_type=Text())(literal_column("'{}'"))
    if isinstance(column_type, Float | Integer | JSON):
        return cast(text, column_type)
    return type_coerce(text, column_type)
