"""The seam between the pages and tracking (issue 5): corrections of a record.

Tracking (``scrutiny.track``) is built beside this package. Every page reaches it only
through these functions, so while it is absent the pages still work (no corrections,
no history), and when its API changes only this module follows.

People's corrections are an overlay: the record tables keep what was extracted, and a
record is shown with the winning corrections applied, each marked with who, when and
why, and the extracted value beside it.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session


def corrections_available(session: Session | None = None) -> bool:
    """True once tracking offers corrections (and, given a session, its table exists)."""
    if importlib.util.find_spec("scrutiny.track.edits") is None:
        return False
    if session is None:
        return True
    return bool(inspect(session.get_bind()).has_table("corrections"))


def correctable_fields(record_type: str) -> list[str]:
    """The fields a person may correct on this record type (empty without tracking)."""
    if not corrections_available():
        return []
    from scrutiny.track.edits import correctable_fields as fields

    return sorted(fields(record_type))


def history_of(session: Session, record_type: str, record_id: str) -> list[dict[str, Any]]:
    """Corrections of a record, newest first: who, when, field, old, new, reason."""
    if not corrections_available(session):
        return []
    from scrutiny.track.edits import history

    return history(session, record_type, record_id)


def with_corrections(
    session: Session, record_type: str, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Records marked with people's corrections (``corrected`` and ``extracted`` added).

    The values themselves are already corrected when the rows were read through
    ``store.corrected.corrected_table`` (every register is); this adds who, when, why
    and the extracted value beside each corrected field."""
    if not records or not corrections_available(session):
        return records
    from scrutiny.track.edits import annotate

    return annotate(session, record_type, records)


def correct_record(
    session: Session, record_type: str, record_id: str, field: str, value: Any, *,
    reason: str, by: str,
) -> None:
    """Store one correction (raises TrackError with a message for a bad field/reason)."""
    from scrutiny.track.edits import correct

    correct(session, record_type, record_id, field, value, reason=reason, by=by)


def corrections_version(session: Session) -> Any:
    """A value that changes whenever a correction is made or undone (a cache key part)."""
    if not corrections_available(session):
        return None
    from scrutiny.store.tracking_tables import Correction

    return tuple(session.execute(
        select(func.count(Correction.id), func.max(Correction.id), func.max(Correction.undone_at))
    ).one())


# --- tracked items ----------------------------------------------------------------------


def item_of(session: Session, record_id: str) -> str | None:
    """The tracked item a record is an observation of (None without tracking or link)."""
    if not corrections_available(session):
        return None
    from scrutiny.store.tracking_tables import Observation

    query = select(Observation.item_id).where(Observation.record_id == record_id).limit(1)
    return session.execute(query).scalar()


def item_timeline(session: Session, item_id: str, as_of: Any) -> dict[str, Any]:
    """An item's derived state and its observations, oldest first (NotFound if absent)."""
    from scrutiny.errors import NotFound

    if not corrections_available(session):
        raise NotFound(f"no tracked item {item_id}: tracking is not set up here")
    from scrutiny.track.history import timeline

    return timeline(session, item_id, as_of=as_of)


def item_fields(kind: str | None = None) -> list[str]:
    """Fields of a tracked item (of ``kind``: an AFI's, a question's) a person may correct."""
    if not corrections_available():
        return []
    from scrutiny.track.edits import ITEM_FIELDS, ITEM_FIELDS_OF_KIND

    return sorted(ITEM_FIELDS_OF_KIND.get(kind or "", ITEM_FIELDS))


def tracked_register(
    session: Session, kind: str, *, body: str | None, as_of: Any, overdue: bool = False,
    slipped: bool = False,
) -> list[dict[str, Any]] | None:
    """Tracked items of a kind (one row per action seen in several papers), or None when
    tracking is not set up, so callers can fall back to the record tables."""
    if not corrections_available(session):
        return None
    from scrutiny.track.history import register

    return register(session, kind, body=body, overdue=overdue, slipped=slipped, as_of=as_of)


def corrections_needing_review(session: Session, limit: int = 20) -> list[dict[str, Any]]:
    """People's corrections whose record vanished on a re-ingest and could not be
    re-attached, newest first, each with a link to where the record was (``source_url``),
    so the dashboard can show them rather than let them apply to nothing."""
    if not corrections_available(session):
        return []
    from scrutiny.store.tables import Paper
    from scrutiny.track.reattach import needs_review

    rows = needs_review(session)[:limit]
    for row in rows:
        anchor = row.get("anchor") or {}
        start, end = anchor.get("char_start"), anchor.get("char_end")
        paper = session.execute(select(Paper.id).where(
            Paper.file_sha256 == anchor.get("file_sha256"), Paper.char_start <= (start or 0),
            Paper.char_end >= (end or 0)).limit(1)).scalar() if start is not None else None
        row["source_url"] = (f"/papers/{paper}?start={start}&end={end}#cited"
                             if paper else None)
    return rows
