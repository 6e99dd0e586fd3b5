"""Measures: statistics grouped into series by measure key, unit and place.

A series is every statistic with the same ``measure_key`` (or, where an extractor gave
none, the measure's wording in lower case), unit and place. Its points are ordered by
the period's end (else start, else the paper's date). A series is addressed by the id
of any of its statistics, so a link from a statistic's page needs no second id; when
tracked measures exist (issue 5) these functions are the seam to point at them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import FromClause, Select, func, select
from sqlalchemy.orm import Session

from scrutiny.errors import NotFound
from scrutiny.serve.queries.base import (
    PAPERS,
    Page,
    as_record,
    record_select,
    seen_table,
)
from scrutiny.serve.queries.cache import cached
from scrutiny.serve.queries.filters import CSV_LIMIT, RegisterFilters
from scrutiny.serve.tracking import with_corrections


def series_key(stats: FromClause) -> Any:
    """What groups statistics into a series: the measure key, else the wording."""
    return func.coalesce(stats.c.measure_key, func.lower(stats.c.measure))


def place_key(stats: FromClause) -> Any:
    return func.coalesce(stats.c.place, "")


def point_order(stats: FromClause) -> Any:
    return func.coalesce(stats.c.period_end, stats.c.period_start, PAPERS.c.date)


def points_query(stats: FromClause, filters: RegisterFilters) -> Select[Any]:
    """The few columns of every statistic a series summary needs, narrowed by body/dates.

    ``stats`` is the statistics as people see them (:func:`seen_table`), so a corrected
    figure, unit or period is what the series uses."""
    query = select(
        stats.c.id, stats.c.measure, stats.c.value, stats.c.unit, stats.c.period,
        stats.c.place, series_key(stats).label("series_key"),
        point_order(stats).label("point_order"), PAPERS.c.body, PAPERS.c.date.label("paper_date"),
    ).join(PAPERS, PAPERS.c.id == stats.c.paper_id)
    if filters.body:
        query = query.where(PAPERS.c.body == filters.body)
    if filters.date_from:
        query = query.where(PAPERS.c.date >= filters.date_from)
    if filters.date_to:
        query = query.where(PAPERS.c.date <= filters.date_to + "~")
    return query


def summaries(session: Session, filters: RegisterFilters) -> list[dict[str, Any]]:
    """One summary per series: its latest point, the one before, and the change.

    Grouped in Python from one narrow scan (a window query over every statistic took
    about a second at 30,000 statistics on SQLite) and cached until the data changes.
    """
    key = ("measure-summaries", filters.body, filters.date_from, filters.date_to)
    return cached(session, key, lambda: _summaries(session, filters))


def _summaries(session: Session, filters: RegisterFilters) -> list[dict[str, Any]]:
    # Plain tuples, not mappings: at 30,000 statistics building a dict per row cost more
    # than the scan itself. Fields by position are those of points_query.
    groups: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
    query = points_query(seen_table(session, "statistics"), filters)
    for row in session.execute(query).tuples():
        # (series_key, unit, place or "")
        groups.setdefault((row[6], row[3], row[5] or ""), []).append(row)
    return [summary_of(points) for points in groups.values()]


def _point_sort_key(point: tuple[Any, ...]) -> tuple[Any, ...]:
    # (point_order missing last, point_order, paper_date, id)
    return (point[7] is None, point[7] or "", point[9] or "", point[0])


def summary_of(points: list[tuple[Any, ...]]) -> dict[str, Any]:
    """The series' latest point (by period end, then paper date, then id) and the previous.

    ``points`` are rows of :func:`points_query` (id, measure, value, unit, period, place,
    series_key, point_order, body, paper_date).
    """
    if len(points) > 1:
        ordered = sorted(points, key=_point_sort_key)
        latest, before = ordered[-1], ordered[-2]
        previous = before[2]
    else:
        latest, previous = points[0], None
    (id_, measure, value, unit, period, place, key, _order, body, paper_date) = latest
    change = value - previous if previous is not None else None
    return {
        "id": id_, "measure": measure, "unit": unit,
        "place": place, "series_key": key, "body": body,
        "points": len(points), "latest_value": value,
        "latest_period": period, "paper_date": paper_date,
        "previous_value": previous, "change": change,
        "abs_change": abs(change) if change is not None else None,
    }


SORT_FIELDS = {"measure": "measure", "points": "points", "latest": "paper_date",
               "change": "abs_change", "body": "body", "unit": "unit"}


def measure_list(session: Session, filters: RegisterFilters) -> list[dict[str, Any]]:
    """Every series matching the filters, sorted (``-field`` descending; missing last)."""
    rows = summaries(session, filters)
    if filters.q:
        words = [word.lower() for word in filters.q.split()[:8]]
        rows = [r for r in rows if all(word in r["measure"].lower() for word in words)]
    # By default the longest series first: those are the ones with a story over time.
    sort = filters.sort if filters.sort and filters.sort.lstrip("-") in SORT_FIELDS else "-points"
    field = SORT_FIELDS[sort.lstrip("-")]
    present = [r for r in rows if r[field] is not None]
    present.sort(key=lambda r: (_sortable(r[field]), r["id"]), reverse=sort.startswith("-"))
    return present + [r for r in rows if r[field] is None]


def _sortable(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def measures(session: Session, filters: RegisterFilters) -> Page:
    """One page of the measures register."""
    rows = measure_list(session, filters)
    first = (filters.page - 1) * filters.per_page
    return Page(rows[first : first + filters.per_page], len(rows), filters.page, filters.per_page)


def measure_rows(session: Session, filters: RegisterFilters) -> list[dict[str, Any]]:
    """Every series (the CSV twin)."""
    return measure_list(session, filters)[:CSV_LIMIT]


def notable_measures(session: Session, body: str | None, limit: int = 5) -> list[dict[str, Any]]:
    """Series whose latest value moved most against the one before, relative to its size."""
    moved = []
    for row in summaries(session, RegisterFilters(body=body)):
        previous = row["previous_value"]
        if previous:  # None or 0: no relative change to speak of
            moved.append({**row, "value": row["latest_value"], "period": row["latest_period"],
                          "relative_change": abs(row["change"]) / abs(previous)})
    moved.sort(key=lambda r: (-r["relative_change"], r["id"]))
    return moved[:limit]


def series(session: Session, statistic_id: str) -> dict[str, Any]:
    """The series a statistic belongs to: its identity and its points, oldest first.

    Raises NotFound for an unknown id.
    """
    stats = seen_table(session, "statistics")
    key = series_key(stats)
    anchor = session.execute(
        select(stats.c.measure, stats.c.unit, stats.c.place, key.label("key"))
        .where(stats.c.id == statistic_id)
    ).mappings().first()
    if anchor is None:
        raise NotFound(f"no statistic {statistic_id}: pick a measure from /measures")
    order = point_order(stats)
    query = (
        record_select("statistics", stats)
        .where(key == anchor["key"], stats.c.unit == anchor["unit"],
               place_key(stats) == (anchor["place"] or ""))
        .order_by(order.is_(None), order, PAPERS.c.date, stats.c.id)
    )
    points = with_corrections(session, "statistics", [
        as_record("statistics", row) for row in session.execute(query).mappings()])
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
