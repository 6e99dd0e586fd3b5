"""Tables of tracking (issue 5): tracked items, their observations, and people's corrections.

A *tracked item* is one action, finding, question or measure followed across papers.
Each *observation* ties one stored record to its item and says why (``link_reason``),
so a person can check every link. *Corrections* are an overlay: the extracted record
rows are never edited by people, so re-extraction can refresh them freely while the
person's value keeps winning wherever one was given; the extractor's value stays
visible beside it for review.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from scrutiny.store.tables import Base, utcnow


class TrackedItem(Base):
    """One action / finding / question / measure as it persists across papers."""

    __tablename__ = "tracked_items"

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # action|finding|question|measure
    body: Mapped[str | None] = mapped_column(Text, index=True)
    link_key: Mapped[str | None] = mapped_column(Text, index=True)  # printed ref / measure key
    label: Mapped[str] = mapped_column(Text)  # what the item is, for lists
    merged_into: Mapped[str | None] = mapped_column(String(24), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Observation(Base):
    """One record seen as part of an item: which record, when, and why it was linked."""

    __tablename__ = "observations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(
        ForeignKey("tracked_items.id", ondelete="CASCADE"), index=True
    )
    record_type: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(24), index=True)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    observed_on: Mapped[str | None] = mapped_column(String(32), index=True)  # meeting date
    link_reason: Mapped[str] = mapped_column(Text)
    link_score: Mapped[float | None] = mapped_column(Float)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)  # set by a person's merge/split


class Correction(Base):
    """One change a person made, with who, when, old, new and why; undoable."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(String(16))  # set | merge | split
    target_type: Mapped[str] = mapped_column(String(16), index=True)  # record type or "item"
    target_id: Mapped[str] = mapped_column(String(24), index=True)
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[Any] = mapped_column(JSON)
    new_value: Mapped[Any] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    undone_by: Mapped[str | None] = mapped_column(Text)
    # What identifies the target if ids change (natural key fields, file sha256).
    anchor: Mapped[dict[str, Any] | None] = mapped_column(JSON)
