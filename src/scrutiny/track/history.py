"""Derived state of tracked items, always computed from their timelines.

Nothing here is stored: a register row is the fold of an item's observations in
meeting-date order (not ingest order), with people's corrections applied first to the
records and then to the item. That keeps the state honest after re-ingest, merges,
splits and undos without any cache to invalidate.
"""

from __future__ import annotations

import statistics as stats
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrutiny.store.corrected import corrected_table
from scrutiny.store.tables import File
from scrutiny.store.tables import Paper as PaperRow
from scrutiny.store.tracking_tables import Observation, TrackedItem
from scrutiny.track.edits import active_corrections, annotate, get_item, overlay
from scrutiny.track.identity import RECORD_TYPE_OF
from scrutiny.track.periods import end_of, start_of

KINDS = ("action", "finding", "question", "measure")
NOTABLE_FACTOR = 3.0


def load_timelines(
    session: Session, kind: str, item_ids: Iterable[str] | None = None,
    body: str | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Observations of every live item of ``kind`` (or of ``item_ids``), oldest first,
    each with its record (corrections applied in the query) and its source."""
    record_type = RECORD_TYPE_OF[kind]
    table = corrected_table(session, record_type)  # type: ignore[arg-type]
    query = (
        select(Observation.item_id, Observation.observed_on, Observation.link_reason,
               Observation.link_score, Observation.pinned, table,
               PaperRow.title.label("paper_title"), PaperRow.kind.label("paper_kind"),
               PaperRow.date.label("paper_date"), PaperRow.body.label("paper_body"),
               File.name.label("file_name"))
        .join(table, table.c.id == Observation.record_id)
        .join(PaperRow, PaperRow.id == table.c.paper_id)
        .join(File, File.sha256 == table.c.file_sha256)
        .join(TrackedItem, TrackedItem.id == Observation.item_id)
        .where(TrackedItem.kind == kind, TrackedItem.merged_into.is_(None))
    )
    if item_ids is not None:
        query = query.where(Observation.item_id.in_(list(item_ids)))
    if body is not None:
        query = query.where(TrackedItem.body == body)
    rows = annotate(session, record_type, [dict(r) for r in session.execute(query).mappings()])
    timelines: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        timelines.setdefault(row["item_id"], []).append(observation_view(record_type, row))
    for observations in timelines.values():
        observations.sort(key=_timeline_order)
    return timelines


def _timeline_order(obs: dict[str, Any]) -> tuple[str, int]:
    return (obs["observed_on"] or "9999", obs["source"]["char_start"])


SOURCE_FIELDS = ("file_sha256", "paper_id", "page", "char_start", "char_end", "source_text",
                 "paper_title", "paper_kind", "paper_date", "paper_body", "file_name",
                 "extractor_name", "extractor_version")
LINK_FIELDS = ("item_id", "observed_on", "link_reason", "link_score", "pinned")


def observation_view(record_type: str, row: dict[str, Any]) -> dict[str, Any]:
    """One timeline entry: when, why linked, the record's fields, and its source."""
    hidden = set(SOURCE_FIELDS) | set(LINK_FIELDS) | {"updated_at"}
    return {
        "observed_on": row["observed_on"],
        "record_type": record_type,
        "record_id": row["id"],
        "link_reason": row["link_reason"],
        "link_score": row["link_score"],
        "pinned": bool(row["pinned"]),
        "record": {k: v for k, v in row.items() if k not in hidden and k != "id"},
        "source": {k: row.get(k) for k in SOURCE_FIELDS},
    }


def latest(observations: list[dict[str, Any]], field: str) -> Any:
    """The newest non-empty value of a record field along a timeline."""
    for obs in reversed(observations):
        value = obs["record"].get(field)
        if value not in (None, ""):
            return value
    return None


def changes(observations: list[dict[str, Any]], field: str) -> list[dict[str, Any]]:
    """Each point where a field's (non-empty) value differs from the one before it."""
    out: list[dict[str, Any]] = []
    for obs in observations:
        value = obs["record"].get(field)
        if value in (None, "") or (out and out[-1]["value"] == value):
            continue
        out.append({"on": obs["observed_on"], "value": value, "record_id": obs["record_id"]})
    return out


def action_state(obs: list[dict[str, Any]], as_of: date) -> dict[str, Any]:
    """Owner, status, due now; overdue as of a date; how often the due date moved."""
    due_history = changes(obs, "due")
    due = latest(obs, "due")
    status = latest(obs, "status")
    due_end = end_of(due)
    overdue = bool(due_end and status != "discharged" and due_end < as_of)
    return {
        "raised_on": raised_on(obs),
        "last_seen": obs[-1]["observed_on"] if obs else None,
        "owner": latest(obs, "owner"),
        "status": status,
        "due": due,
        "overdue": overdue,
        "days_overdue": (as_of - due_end).days if overdue and due_end else 0,
        "due_changes": max(0, len(due_history) - 1),
        "due_history": due_history,
        "status_history": changes(obs, "status"),
    }


def raised_on(obs: list[dict[str, Any]]) -> str | None:
    """The earliest meeting an action is known from: a log's printed raise date, or the
    first paper that mentions it."""
    dates = [d for o in obs for d in (o["record"].get("meeting_date"), o["observed_on"]) if d]
    return min(dates, key=lambda d: start_of(d) or date.max) if dates else None


def finding_state(obs: list[dict[str, Any]], as_of: date) -> dict[str, Any]:
    """RAG history, status, original and current target, slippage, time open."""
    targets = _targets(obs)
    original = targets[0]["value"] if targets else None
    current = latest(obs, "anticipated_completion")
    slips = [
        (a, b) for a, b in pairwise(targets)
        if (end_of(b["value"]) or date.min) > (end_of(a["value"]) or date.max)
    ]
    first = start_of(obs[0]["observed_on"]) if obs else None
    status = latest(obs, "status")
    closed_on = _first_on(obs, "status", "complete") if status == "complete" else None
    open_until = start_of(closed_on) if closed_on else as_of
    slipped_days = 0
    if original and current and end_of(current) and end_of(original):
        slipped_days = max(0, (end_of(current) - end_of(original)).days)  # type: ignore[operator]
    return {
        "first_seen": obs[0]["observed_on"] if obs else None,
        "last_seen": obs[-1]["observed_on"] if obs else None,
        "inspection": latest(obs, "inspection"),
        "number": latest(obs, "number"),
        "rag": latest(obs, "rag"),
        "status": status,
        "original_target": original,
        "anticipated_completion": current,
        "slipped": bool(slips),
        "slip_count": len(slips),
        "slipped_days": slipped_days,
        "days_open": (open_until - first).days if first and open_until else None,
        "rag_history": changes(obs, "rag"),
        "target_history": targets,
    }


def _targets(obs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every target date in force along the timeline, the printed original first."""
    out: list[dict[str, Any]] = []
    for o in obs:
        for field in ("original_target", "anticipated_completion"):
            value = o["record"].get(field)
            if value and (not out or out[-1]["value"] != value) and not (
                field == "original_target" and any(t["value"] == value for t in out)
            ):
                out.append({"on": o["observed_on"], "value": value, "record_id": o["record_id"]})
    return out


def _first_on(obs: list[dict[str, Any]], field: str, value: str) -> str | None:
    for o in obs:
        if o["record"].get(field) == value:
            return o["observed_on"]
    return None


def question_state(obs: list[dict[str, Any]], as_of: date) -> dict[str, Any]:
    """Who asked, whether and when it was answered (an "answer to follow" may come later)."""
    answered_on = next((o["observed_on"] for o in obs if o["record"].get("answer")), None)
    return {
        "asked_on": obs[0]["observed_on"] if obs else None,
        "asker": latest(obs, "asker"),
        "affiliation": latest(obs, "affiliation"),
        "respondent": latest(obs, "respondent"),
        "answered": answered_on is not None,
        "answered_on": answered_on,
        "answer": latest(obs, "answer"),
    }


@dataclass
class Point:
    period: str | None
    start: date | None
    end: date | None
    value: float
    observation: dict[str, Any]


def measure_state(obs: list[dict[str, Any]], as_of: date) -> dict[str, Any]:
    """The series by period with change vs previous and vs a year earlier, and flags for
    changes larger than the series' usual variation."""
    points = _points(obs)
    series: list[dict[str, Any]] = []
    deltas: list[float] = []
    for i, point in enumerate(points):
        previous = points[i - 1] if i else None
        change = point.value - previous.value if previous else None
        if change is not None:
            deltas.append(change)
        year_ago = _year_earlier(points, point)
        series.append({
            "period": point.period,
            "period_start": point.start.isoformat() if point.start else None,
            "period_end": point.end.isoformat() if point.end else None,
            "value": point.value,
            "change": change,
            "change_vs_year_earlier": point.value - year_ago.value if year_ago else None,
            "record_id": point.observation["record_id"],
            "observed_on": point.observation["observed_on"],
            "source": point.observation["source"],
        })
    _flag_notable(series, deltas)
    last = series[-1] if series else {}
    return {
        "measure": latest(obs, "measure"),
        "unit": latest(obs, "unit"),
        "place": latest(obs, "place"),
        "latest_value": last.get("value"),
        "latest_period": last.get("period"),
        "change": last.get("change"),
        "notable": bool(last.get("notable")),
        "points": len(series),
        "series": series,
    }


def _points(obs: list[dict[str, Any]]) -> list[Point]:
    """One point per period (the latest paper's figure wins), in period order."""
    by_period: dict[str, Point] = {}
    for o in obs:
        record = o["record"]
        if record.get("value") is None:
            continue
        start = start_of(record.get("period_start"))
        end = end_of(record.get("period_end")) or end_of(o["observed_on"])
        key = record.get("period_end") or record.get("period") or o["observed_on"] or ""
        by_period[str(key)] = Point(record.get("period"), start, end, float(record["value"]), o)
    return sorted(by_period.values(), key=lambda p: (p.end or date.max, p.start or date.max))


def _year_earlier(points: list[Point], point: Point) -> Point | None:
    if point.end is None:
        return None
    for other in points:
        if other.end and 340 <= (point.end - other.end).days <= 390:
            return other
    return None


def _flag_notable(series: list[dict[str, Any]], deltas: list[float]) -> None:
    """Mark a change as notable when it is more than NOTABLE_FACTOR times the series'
    usual move: the median size of the *other* changes (leave-one-out, so one big jump
    cannot hide itself by inflating the spread). Needs two other changes to judge."""
    sizes = [abs(d) for d in deltas]
    index = 0
    for entry in series:
        if entry["change"] is None:
            entry["notable"] = False
            continue
        others = sizes[:index] + sizes[index + 1:]
        index += 1
        usual = stats.median(others) if len(others) >= 2 else 0.0
        entry["notable"] = bool(usual and abs(entry["change"]) > NOTABLE_FACTOR * usual)


STATE_OF = {
    "action": action_state,
    "finding": finding_state,
    "question": question_state,
    "measure": measure_state,
}


def item_view(item: TrackedItem, obs: list[dict[str, Any]], as_of: date,
              fixes: dict[str, Any] | None = None) -> dict[str, Any]:
    """An item's register row: identity, derived state, then people's corrections."""
    state = STATE_OF[item.kind](obs, as_of)
    values = {"id": item.id, "kind": item.kind, "body": item.body, "label": item.label,
              "link_key": item.link_key, "observations": len(obs), **state}
    if fixes:
        values = overlay(values, fixes)
        if item.kind == "action":  # a corrected due date or status changes overdue
            due_end = end_of(values.get("due"))
            values["overdue"] = bool(due_end and values.get("status") != "discharged"
                                     and due_end < as_of)
            values["days_overdue"] = (as_of - due_end).days if due_end and values["overdue"] \
                else 0
    return values


def item_state(session: Session, item_id: str, *, as_of: date | None = None,
               apply_corrections: bool = True) -> dict[str, Any]:
    """One item's derived state (what ``register`` shows for it)."""
    item = get_item(session, item_id)
    obs = load_timelines(session, item.kind, [item.id]).get(item.id, [])
    fixes = active_corrections(session, "item", [item.id]).get(item.id) if apply_corrections \
        else None
    return item_view(item, obs, as_of or date.today(), fixes)


def timeline(session: Session, item_id: str, *, as_of: date | None = None) -> dict[str, Any]:
    """An item with its state and every observation (oldest first), each with its source."""
    item = get_item(session, item_id)
    if item.merged_into:
        return timeline(session, item.merged_into, as_of=as_of)
    obs = load_timelines(session, item.kind, [item.id]).get(item.id, [])
    fixes = active_corrections(session, "item", [item.id]).get(item.id)
    return {**item_view(item, obs, as_of or date.today(), fixes), "timeline": obs}


def register(
    session: Session, kind: str, *, body: str | None = None, overdue: bool = False,
    slipped: bool = False, as_of: date | None = None,
) -> list[dict[str, Any]]:
    """Every live item of ``kind`` with its derived state, newest activity first."""
    if kind not in KINDS:
        from scrutiny.errors import TrackError

        raise TrackError(f"unknown register {kind!r}: use one of {', '.join(KINDS)}")
    as_of = as_of or date.today()
    timelines = load_timelines(session, kind)
    items = {i.id: i for i in session.scalars(select(TrackedItem).where(
        TrackedItem.kind == kind, TrackedItem.merged_into.is_(None)))}
    fixes = active_corrections(session, "item", list(timelines))
    rows = [
        item_view(items[item_id], obs, as_of, fixes.get(item_id))
        for item_id, obs in timelines.items() if item_id in items
    ]
    if body is not None:
        rows = [r for r in rows if r.get("body") == body or _bodies(timelines[r["id"]], body)]
    if overdue:
        rows = [r for r in rows if r.get("overdue")]
    if slipped:
        rows = [r for r in rows if r.get("slipped")]
    rows.sort(key=lambda r: str(r.get("last_seen") or r.get("asked_on") or ""), reverse=True)
    return rows


def _bodies(obs: list[dict[str, Any]], body: str) -> bool:
    return any(o["source"].get("paper_body") == body for o in obs)
