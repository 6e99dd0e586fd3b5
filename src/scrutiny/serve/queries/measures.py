"""Measures: statistics grouped into series by measure key, unit and place.

A series is every statistic with the same ``measure_key`` (or, where an extractor gave
none, the measure's wording in lower case), unit and place. Its points are ordered by
the period's end (else start, else the paper's date). A series is addressed by the id
of any of its statistics, so a link from a statistic's page needs no second id; when
tracked measures exist (issue 5) these functions are the seam to point at them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from scrutiny.errors import NotFound
from scrutiny.serve.queries.base import (
    PAPERS,
    Page,
    as_record,
    fetch_page,
    record_select,
    row_dict,
    table_of,
)
from scrutiny.serve.queries.filters import CSV_LIMIT, RegisterFilters

STATS = table_of("statistics")
# Lower-case names: these are SQL expressions, not constants.
series_key = func.coalesce(STATS.c.measure_key, func.lower(STATS.c.measure))
place_key = func.coalesce(STATS.c.place, "")
point_order = func.coalesce(STATS.c.period_end, STATS.c.period_start, PAPERS.c.date)


def ranked(filters: RegisterFilters) -> Any:
    """Every statistic with its rank in its series (1 = latest) and the series' size."""
    partition = (series_key, STATS.c.unit, place_key)
    newest_first = (point_order.desc(), PAPERS.c.date.desc(), STATS.c.id)
    query = (
        select(
            STATS.c.id, STATS.c.measure, STATS.c.value, STATS.c.unit, STATS.c.period,
            STATS.c.place, series_key.label("series_key"), PAPERS.c.body,
            PAPERS.c.date.label("paper_date"),
            func.row_number().over(partition_by=partition, order_by=newest_first).label("rank"),
            func.count().over(partition_by=partition).label("points"),
            func.lead(STATS.c.value).over(partition_by=partition, order_by=newest_first)
            .label("previous_value"),
        )
        .join(PAPERS, PAPERS.c.id == STATS.c.paper_id)
    )
    if filters.body:
        query = query.where(PAPERS.c.body == filters.body)
    if filters.q:
        for word in filters.q.split()[:8]:
            query = query.where(func.lower(STATS.c.measure).contains(word.lower()))
    if filters.date_from:
        query = query.where(PAPERS.c.date >= filters.date_from)
    if filters.date_to:
        query = query.where(PAPERS.c.date <= filters.date_to + "~")
    return query.subquery("ranked")


def measures_query(filters: RegisterFilters) -> Select[Any]:
    """One row per series: its latest point, the one before, and the change between them."""
    sub = ranked(filters)
    change = sub.c.value - sub.c.previous_value
    query = select(
        sub.c.id, sub.c.measure, sub.c.unit, sub.c.place, sub.c.series_key, sub.c.body,
        sub.c.points, sub.c.value.label("latest_value"), sub.c.period.label("latest_period"),
        sub.c.paper_date, sub.c.previous_value, change.label("change"),
        func.abs(change).label("abs_change"),
    ).where(sub.c.rank == 1)
    columns = {"measure": sub.c.measure, "points": sub.c.points, "latest": sub.c.paper_date,
               "change": func.abs(change), "body": sub.c.body, "unit": sub.c.unit}
    key = filters.sort if filters.sort and filters.sort.lstrip("-") in columns else "measure"
    column = columns[key.lstrip("-")]
    order = column.desc() if key.startswith("-") else column.asc()
    return query.order_by(column.is_(None), order, sub.c.id)


def measures(session: Session, filters: RegisterFilters) -> Page:
    """One page of the measures register."""
    return fetch_page(session, measures_query(filters), filters.page, filters.per_page)


def measure_rows(session: Session, filters: RegisterFilters) -> list[dict[str, Any]]:
    """Every series (the CSV twin)."""
    query = measures_query(filters).limit(CSV_LIMIT)
    return [row_dict(row) for row in session.execute(query).mappings()]


def notable_measures(session: Session, body: str | None, limit: int = 5) -> list[dict[str, Any]]:
    """Series whose latest value moved most against the one before, relative to its size."""
    sub = ranked(RegisterFilters(body=body))
    relative = func.abs(sub.c.value - sub.c.previous_value) / func.nullif(
        func.abs(sub.c.previous_value), 0
    )
    query = (
        select(sub, relative.label("relative_change"))
        .where(sub.c.rank == 1, sub.c.previous_value.is_not(None), relative.is_not(None))
        .order_by(relative.desc(), sub.c.id)
        .limit(limit)
    )
    return [row_dict(row) for row in session.execute(query).mappings()]


def series(session: Session, statistic_id: str) -> dict[str, Any]:
    """The series a statistic belongs to: its identity and its points, oldest first.

    Raises NotFound for an unknown id.
    """
    anchor = session.execute(
        select(STATS.c.measure, STATS.c.unit, STATS.c.place, series_key.label("key"))
        .where(STATS.c.id == statistic_id)
    ).mappings().first()
    if anchor is None:
        raise NotFound(f"no statistic {statistic_id}: pick a measure from /measures")
    query = (
        record_select("statistics")
        .where(series_key == anchor["key"], STATS.c.unit == anchor["unit"],
               place_key == (anchor["place"] or ""))
        .order_by(point_order.is_(None), point_order, PAPERS.c.date, STATS.c.id)
    )
    points = [as_record("statistics", row) for row in session.execute(query).mappings()]
    with_changes(points)
    return {"measure": anchor["measure"], "key": anchor["key"], "unit": anchor["unit"],
            "place": anchor["place"], "points": points}


def with_changes(points: list[dict[str, Any]]) -> None:
    """Add each point's change against the previous point of another period."""
    previous: dict[str, Any] | None = None
    for point in points:
        changed = previous is not None and previous.get("period") != point.get("period")
        point["change"] = point["value"] - previous["value"] if changed and previous else None
        if changed or previous is None:
            previous = point
