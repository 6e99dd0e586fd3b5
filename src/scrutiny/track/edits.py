"""People's corrections: an audited overlay that re-extraction never overwrites.

A correction never edits an extracted row. It is stored beside it (who, when, old value,
new value, reason) and applied when the record or item is read, so:

- re-ingesting or re-extracting refreshes the extracted value, and the person's value
  still wins; both are shown (``extracted`` beside ``corrected``) for review;
- undo marks a correction undone (the audit trail keeps it) and the next older
  correction of the field, or the extracted value, shows again;
- merges and splits of tracked items are corrections too, undone by moving the
  observations back;
- corrections export to JSON and import again, so papers + corrections rebuild a
  deployment (record and item ids derive from content, so they come back the same).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from scrutiny.errors import NotFound, TrackError
from scrutiny.records import MODEL_FOR
from scrutiny.store.tables import RECORD_TABLES, contract_fields, natural_id, utcnow
from scrutiny.store.tracking_tables import Correction, Observation, TrackedItem

# Fields of a tracked item a person may set (they override the derived state), by the
# item's kind: an AFI has no answer and a question no due date, so neither is offered.
ITEM_FIELDS_OF_KIND: dict[str, frozenset[str]] = {
    "action": frozenset({"label", "body", "owner", "status", "due", "note"}),
    "finding": frozenset({"label", "body", "rag", "status", "anticipated_completion",
                          "original_target", "note"}),
    "question": frozenset({"label", "body", "answer", "note"}),
    "measure": frozenset({"label", "body", "note"}),
}
ITEM_FIELDS = frozenset().union(*ITEM_FIELDS_OF_KIND.values())


def correctable_fields(target_type: str) -> frozenset[str]:
    """The fields a correction may set on a record type, or on "item"."""
    if target_type == "item":
        return ITEM_FIELDS
    if target_type not in MODEL_FOR:
        raise TrackError(f"unknown record type {target_type!r}: use one of "
                         f"{', '.join(MODEL_FOR)} or 'item'")
    return frozenset(contract_fields(MODEL_FOR[target_type]))


def active_corrections(
    session: Session, target_type: str, target_ids: Iterable[str]
) -> dict[str, dict[str, Correction]]:
    """For each target id, its fields' winning corrections (newest not undone)."""
    ids = list(target_ids)
    found: dict[str, dict[str, Correction]] = {}
    for start in range(0, len(ids), 500):
        query = (
            select(Correction)
            .where(Correction.action == "set", Correction.target_type == target_type,
                   Correction.target_id.in_(ids[start:start + 500]),
                   Correction.undone_at.is_(None))
            .order_by(Correction.at, Correction.id)
        )
        for correction in session.scalars(query):
            found.setdefault(correction.target_id, {})[correction.field or ""] = correction
    return found


def overlay(values: dict[str, Any], corrections: dict[str, Correction],
            extracted: dict[str, Any] | None = None) -> dict[str, Any]:
    """``values`` with people's corrections applied; adds ``corrected`` (field -> who/why)
    and ``extracted`` (field -> the value the corrections replaced: from ``extracted``
    when given, since values read through ``corrected_table`` are already corrected)."""
    if not corrections:
        return values
    out = dict(values)
    out["corrected"] = {}
    out["extracted"] = {}
    before = values if extracted is None else extracted
    for field, correction in corrections.items():
        out["extracted"][field] = before.get(field)
        out[field] = correction.new_value
        out["corrected"][field] = {"by": correction.by, "at": stamp(correction.at),
                                   "reason": correction.reason, "id": correction.id}
    return out


def annotate(session: Session, record_type: str,
             records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records marked with their corrections (who, when, why) and the extracted values.

    Works on rows read through ``store.corrected.corrected_table`` (values already
    corrected: the extracted ones are read back from the record table, for the few
    corrected rows only) and on raw rows alike.
    """
    winning = active_corrections(session, record_type, [r["id"] for r in records])
    if not winning:
        return records
    raw = extracted_values(session, record_type, winning)
    return [overlay(r, winning.get(r["id"], {}), raw.get(r["id"])) for r in records]


def extracted_values(session: Session, record_type: str,
                     winning: dict[str, dict[str, Correction]]) -> dict[str, dict[str, Any]]:
    """The extracted (uncorrected) values of the corrected fields of these records."""
    table = RECORD_TABLES[record_type]  # type: ignore[index]
    fields = sorted({f for fixes in winning.values() for f in fixes if f in table.c})
    ids = list(winning)
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        query = select(table.c.id, *(table.c[f] for f in fields)).where(
            table.c.id.in_(ids[start:start + 500]))
        out.update({row["id"]: dict(row) for row in session.execute(query).mappings()})
    return out


def _record_row(session: Session, record_type: str, record_id: str) -> dict[str, Any]:
    table = RECORD_TABLES[record_type]  # type: ignore[index]
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        raise NotFound(f"no {record_type} record {record_id}")
    return dict(row)


def current_value(session: Session, target_type: str, target_id: str, field: str) -> Any:
    """The value a person sees now: the winning correction, else the extracted/derived one."""
    winning = active_corrections(session, target_type, [target_id]).get(target_id, {})
    if field in winning:
        return winning[field].new_value
    if target_type == "item":
        from scrutiny.track.history import item_state

        return item_state(session, target_id, apply_corrections=False).get(field)
    return _record_row(session, target_type, target_id).get(field)


def _anchor(session: Session, target_type: str, target_id: str) -> dict[str, Any]:
    """What identifies the target beyond its id, for re-import after a rebuild."""
    if target_type == "item":
        item = get_item(session, target_id)
        return {"kind": item.kind, "link_key": item.link_key, "label": item.label}
    from scrutiny.track.reattach import anchor_of

    return anchor_of(target_type, _record_row(session, target_type, target_id))


def get_item(session: Session, item_id: str) -> TrackedItem:
    item = session.get(TrackedItem, item_id)
    if item is None:
        raise NotFound(f"no tracked item {item_id} (see `scrutiny register`)")
    return item


def correct(
    session: Session, target_type: str, target_id: str, field: str, value: Any, *,
    reason: str, by: str = "unknown",
) -> Correction:
    """Set ``field`` of a record (``target_type`` = its record type) or tracked item."""
    if target_type == "item":
        kind = get_item(session, target_id).kind
        fields, name = ITEM_FIELDS_OF_KIND.get(kind, ITEM_FIELDS), f"a tracked {kind}"
    else:
        fields, name = correctable_fields(target_type), target_type
    if field not in fields:
        raise TrackError(f"{field!r} cannot be corrected on {name}; fields: "
                         f"{', '.join(sorted(fields))}")
    if not reason.strip():
        raise TrackError("a correction needs a reason (--reason)")
    old = current_value(session, target_type, target_id, field)
    correction = Correction(
        action="set", target_type=target_type, target_id=target_id, field=field,
        old_value=old, new_value=value, reason=reason.strip(), by=by or "unknown",
        at=utcnow(), anchor=_anchor(session, target_type, target_id),
    )
    session.add(correction)
    session.flush()
    return correction


def undo(session: Session, correction_id: int, *, by: str = "unknown") -> Correction:
    """Undo a correction (it stays in the trail, marked undone)."""
    correction = session.get(Correction, correction_id)
    if correction is None:
        raise NotFound(f"no correction {correction_id}")
    if correction.undone_at is not None:
        raise TrackError(f"correction {correction_id} was already undone")
    if correction.action == "merge":
        _move(session, correction.old_value["records"], correction.old_value["item"])
        session.execute(update(TrackedItem).where(TrackedItem.id == correction.old_value["item"])
                        .values(merged_into=None))
    elif correction.action == "split":
        _move(session, correction.new_value["records"], correction.target_id)
        session.execute(update(TrackedItem).where(TrackedItem.id == correction.new_value["item"])
                        .values(merged_into=correction.target_id))
    correction.undone_at = utcnow()
    correction.undone_by = by
    session.flush()
    return correction


def _move(session: Session, record_ids: list[str], item_id: str) -> None:
    session.execute(update(Observation).where(Observation.record_id.in_(record_ids))
                    .values(item_id=item_id, pinned=True))


def merge(session: Session, keep_id: str, other_id: str, *, reason: str,
          by: str = "unknown") -> Correction:
    """Make ``other_id`` part of ``keep_id``: its observations move, it is marked merged."""
    keep, other = get_item(session, keep_id), get_item(session, other_id)
    if keep.id == other.id or keep.kind != other.kind:
        raise TrackError("merge needs two different tracked items of the same kind")
    records = list(session.scalars(
        select(Observation.record_id).where(Observation.item_id == other.id)))
    _move(session, records, keep.id)
    other.merged_into = keep.id
    correction = Correction(
        action="merge", target_type="item", target_id=keep.id, field=None,
        old_value={"item": other.id, "records": records}, new_value={"item": keep.id},
        reason=reason.strip() or "merged", by=by, at=utcnow(),
        anchor={"kind": keep.kind, "link_key": keep.link_key, "other_label": other.label},
    )
    session.add(correction)
    session.flush()
    return correction


def split(session: Session, item_id: str, record_ids: list[str], *, reason: str,
          by: str = "unknown") -> tuple[TrackedItem, Correction]:
    """Move the observations of ``record_ids`` out of an item into a new item."""
    item = get_item(session, item_id)
    owned = set(session.scalars(select(Observation.record_id).where(
        Observation.item_id == item.id)))
    missing = [r for r in record_ids if r not in owned]
    if missing or not record_ids:
        raise TrackError(f"records {', '.join(missing) or '(none)'} are not in item {item_id}")
    if set(record_ids) == owned:
        raise TrackError("a split must leave at least one observation in the item")
    new = TrackedItem(id=natural_id("split", item.id, *sorted(record_ids)), kind=item.kind,
                      body=item.body, link_key=None, label=item.label)
    existing = session.get(TrackedItem, new.id)
    if existing is None:
        session.add(new)
    else:
        existing.merged_into = None
        new = existing
    session.flush()
    _move(session, record_ids, new.id)
    correction = Correction(
        action="split", target_type="item", target_id=item.id, field=None,
        old_value={"item": item.id}, new_value={"item": new.id, "records": record_ids},
        reason=reason.strip() or "split", by=by, at=utcnow(),
        anchor={"kind": item.kind, "link_key": item.link_key},
    )
    session.add(correction)
    session.flush()
    return new, correction


def history(session: Session, target_type: str | None = None,
            target_id: str | None = None) -> list[dict[str, Any]]:
    """The audit trail, newest first (optionally of one target)."""
    query = select(Correction).order_by(Correction.at.desc(), Correction.id.desc())
    if target_type:
        query = query.where(Correction.target_type == target_type)
    if target_id:
        query = query.where(Correction.target_id == target_id)
    return [correction_dict(c) for c in session.scalars(query)]


def stamp(moment: datetime) -> str:
    """A timestamp as UTC ISO text to the second: SQLite returns naive datetimes and
    PostgreSQL aware ones, so exports and duplicate checks compare this form."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.isoformat(timespec="seconds")


def correction_dict(c: Correction) -> dict[str, Any]:
    return {
        "id": c.id, "action": c.action, "target_type": c.target_type,
        "target_id": c.target_id, "field": c.field, "old_value": c.old_value,
        "new_value": c.new_value, "reason": c.reason, "by": c.by,
        "at": stamp(c.at), "undone_at": stamp(c.undone_at) if c.undone_at else None,
        "undone_by": c.undone_by, "anchor": c.anchor,
    }


def export_corrections(session: Session) -> list[dict[str, Any]]:
    """Every correction, oldest first, as JSON-ready dicts."""
    return list(reversed(history(session)))


def import_corrections(session: Session, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Replay exported corrections in order; skip ones already present or whose target is
    gone (counted, so the caller can report them)."""
    counts = {"applied": 0, "skipped": 0, "missing": 0}
    seen = {(c.action, c.target_type, c.target_id, c.field, stamp(c.at))
            for c in session.scalars(select(Correction))}
    for row in rows:
        key = (row["action"], row["target_type"], row["target_id"], row.get("field"),
               stamp(datetime.fromisoformat(row["at"])))
        # A reattach entry records what a re-ingest did; importing re-anchors by itself.
        if key in seen or row["action"] == "reattach":
            counts["skipped"] += 1
            continue
        try:
            applied = _replay(session, _reanchored(session, row))
        except NotFound:
            counts["missing"] += 1
            continue
        applied.at = datetime.fromisoformat(row["at"])
        if row.get("undone_at"):
            undo(session, applied.id, by=row.get("undone_by") or "unknown")
            applied.undone_at = datetime.fromisoformat(row["undone_at"])
        counts["applied"] += 1
    session.flush()
    return counts


def _reanchored(session: Session, row: dict[str, Any]) -> dict[str, Any]:
    """An exported record correction pointed at the record now at its anchor, when its
    own id is gone (an extractor changed since the export); otherwise unchanged."""
    from scrutiny.track.reattach import find_by_anchor

    target_type = row["target_type"]
    if row["action"] != "set" or target_type not in RECORD_TABLES or not row.get("anchor"):
        return row
    table = RECORD_TABLES[target_type]
    if session.execute(select(table.c.id).where(table.c.id == row["target_id"])).first():
        return row
    found = find_by_anchor(session, target_type, row["anchor"])
    return {**row, "target_id": found[0]} if found else row


def _replay(session: Session, row: dict[str, Any]) -> Correction:
    reason, by = row.get("reason") or "imported", row.get("by") or "unknown"
    if row["action"] == "set":
        return correct(session, row["target_type"], row["target_id"], row["field"],
                       row["new_value"], reason=reason, by=by)
    if row["action"] == "merge":
        return merge(session, row["target_id"], row["old_value"]["item"], reason=reason, by=by)
    if row["action"] == "split":
        return split(session, row["target_id"], row["new_value"]["records"],
                     reason=reason, by=by)[1]
    raise TrackError(f"unknown correction action {row['action']!r}")

