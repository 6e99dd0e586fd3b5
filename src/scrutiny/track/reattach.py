"""Corrections follow their record when an improved extractor changes its id.

A record's id hashes its natural key (``store.tables.NATURAL_KEYS``), so when an
extractor starts reading a ref or a meeting date differently, re-ingesting the file
deletes the old row as stale and inserts the same passage under a new id. A person's
correction of the old id would then point at nothing. Each correction keeps an
*anchor* (the file, the cited span and, since this module, the natural key values), so
after a file is stored :func:`reattach_file` finds the record that now stands in the
same place and moves the file's orphaned corrections onto it, in this order:

1. the same source span (``char_start``/``char_end``) in the same file;
2. the same natural key values (compared the way ids are: spaces and case folded);
3. the record whose span overlaps the old one most (at least half of the wider span).

Each move is written to the audit trail as a ``reattach`` correction (from which id, to
which, and why). A correction that cannot be re-attached is left as it is and listed by
:func:`needs_review`, so it stays visible instead of silently applying to nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from scrutiny.store.tables import NATURAL_KEYS, RECORD_TABLES, utcnow
from scrutiny.store.tracking_tables import Correction

MIN_OVERLAP = 0.5
SYSTEM = "scrutiny (re-ingest)"


def anchor_of(record_type: str, row: dict[str, Any]) -> dict[str, Any]:
    """What finds a record again if its id changes: its file, span and natural key."""
    keys = NATURAL_KEYS.get(record_type, ())  # type: ignore[call-overload]
    return {"file_sha256": row["file_sha256"], "char_start": row["char_start"],
            "char_end": row["char_end"], "key": {name: row.get(name) for name in keys}}


def reattach_file(session: Session, sha256: str) -> list[Correction]:
    """Move corrections of this file's vanished records onto the records that replaced
    them; return the ``reattach`` entries written (empty when nothing was orphaned)."""
    written: list[Correction] = []
    for (record_type, old_id), anchor in _orphans(session, sha256).items():
        found = find_by_anchor(session, record_type, anchor)
        if found is None:
            continue
        new_id, how = found
        session.execute(update(Correction).where(
            Correction.target_type == record_type, Correction.target_id == old_id,
            Correction.action == "set").values(target_id=new_id))
        entry = Correction(
            action="reattach", target_type=record_type, target_id=new_id, field=None,
            old_value={"record": old_id}, new_value={"record": new_id, "matched": how},
            reason=f"re-attached after re-extraction changed the record's id ({how})",
            by=SYSTEM, at=utcnow(), anchor=anchor,
        )
        session.add(entry)
        written.append(entry)
    session.flush()
    return written


def _orphans(session: Session, sha256: str) -> dict[tuple[str, str], dict[str, Any]]:
    """(record type, old id) -> anchor, for this file's corrections whose record is gone."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for record_type, table in RECORD_TABLES.items():
        query = select(Correction.target_id, Correction.anchor).where(
            Correction.action == "set", Correction.target_type == record_type,
            Correction.target_id.not_in(select(table.c.id)))
        for target_id, anchor in session.execute(query):
            if anchor and anchor.get("file_sha256") == sha256:
                out[(record_type, target_id)] = anchor
    return out


def find_by_anchor(
    session: Session, record_type: str, anchor: dict[str, Any]
) -> tuple[str, str] | None:
    """The id of the record now at ``anchor`` and how it matched, or None."""
    table = RECORD_TABLES[record_type]  # type: ignore[index]
    keys = NATURAL_KEYS[record_type]  # type: ignore[index]
    rows = [dict(r) for r in session.execute(
        select(table.c.id, table.c.char_start, table.c.char_end,
               *(table.c[k] for k in keys)).where(
            table.c.file_sha256 == anchor.get("file_sha256"))).mappings()]
    span = (anchor.get("char_start"), anchor.get("char_end"))
    same_span = [r for r in rows if (r["char_start"], r["char_end"]) == span]
    if len(same_span) == 1:
        return same_span[0]["id"], "same source span"
    key = anchor.get("key")
    if key:
        same_key = [r for r in rows if all(_folded(r.get(k)) == _folded(key.get(k))
                                            for k in keys)]
        if len(same_key) == 1:
            return same_key[0]["id"], "same natural key"
    return _best_overlap(rows, span)


def _best_overlap(rows: list[dict[str, Any]], span: tuple[Any, Any]) -> tuple[str, str] | None:
    start, end = span
    if start is None or end is None:
        return None
    best: tuple[float, str] | None = None
    for row in rows:
        shared = min(end, row["char_end"]) - max(start, row["char_start"])
        wider = max(end, row["char_end"]) - min(start, row["char_start"])
        ratio = shared / wider if wider > 0 else 0.0
        if ratio >= MIN_OVERLAP and (best is None or ratio > best[0]):
            best = (ratio, row["id"])
    return (best[1], "overlapping source span") if best else None


def _folded(value: object) -> str:
    """A key value compared the way ``natural_id`` hashes it (spaces and case folded)."""
    return "" if value is None else " ".join(str(value).split()).casefold()


def needs_review(session: Session) -> list[dict[str, Any]]:
    """Active corrections whose record no longer exists and could not be re-attached:
    the person's value applies to nothing until someone looks (newest first)."""
    from scrutiny.track.edits import correction_dict

    out: list[dict[str, Any]] = []
    for record_type, table in RECORD_TABLES.items():
        query = select(Correction).where(
            Correction.action == "set", Correction.target_type == record_type,
            Correction.undone_at.is_(None), Correction.target_id.not_in(select(table.c.id)))
        out.extend(correction_dict(c) for c in session.scalars(query))
    out.sort(key=lambda c: (c["at"], c["id"]), reverse=True)
    return out
