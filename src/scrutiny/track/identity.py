"""Which stored records are the same action, finding, question or measure across papers.

Rules, strongest first, each leaving its reason on the observation so a person can
check it:

- actions: the same printed ref within the same body ("same ref 24/07"); otherwise the
  most similar wording among the body's actions, at or above ``WORDING_THRESHOLD``
  ("similar wording 91/100").
- findings: the same inspection cycle, kind and number ("same finding PEEL 2021/22 afi
  3"); otherwise similar wording. Findings are not scoped by body: a Panel report and a
  board paper on the same inspection describe the same finding.
- questions: near-identical question wording within a body (an "answer to follow"
  answered at the next meeting).
- measures: the same normalised measure key, unit and place ("same measure key").

Linking runs per file inside that file's transaction. It first forgets the file's
automatic links, so re-extracting a file re-links it cleanly, and never touches
observations a person pinned by merging or splitting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from scrutiny.store.tables import RECORD_TABLES, natural_id, utcnow
from scrutiny.store.tables import Paper as PaperRow
from scrutiny.store.tracking_tables import Observation, TrackedItem
from scrutiny.track.periods import end_of, start_of

ITEMS: Table = TrackedItem.__table__  # type: ignore[assignment]
OBSERVATIONS: Table = Observation.__table__  # type: ignore[assignment]
WORDING_THRESHOLD = 88.0
QUESTION_THRESHOLD = 92.0

# record table -> tracked kind
TRACKED_KINDS: dict[str, str] = {
    "actions": "action",
    "findings": "finding",
    "questions": "question",
    "statistics": "measure",
}
RECORD_TYPE_OF = {kind: record_type for record_type, kind in TRACKED_KINDS.items()}


@dataclass(frozen=True)
class Link:
    """Where a record belongs: an item key (when the rule has one) and why."""

    link_key: str | None
    reason: str
    score: float | None = None


NOT_WORD = re.compile(r"[^\w%£]+")


def squash(text: object) -> str:
    """Case- and punctuation-insensitive form for keys and wording comparisons."""
    return " ".join(NOT_WORD.sub(" ", str(text or "")).casefold().split())


def inspection_cycle(inspection: str | None) -> str:
    """A finding's inspection reduced to what identifies it: name words and cycle years."""
    text = str(inspection or "")
    years = re.findall(r"(20\d\d)\s*[/-]\s*(\d{2,4})", text)
    cycle = "/".join(f"{a}-{b[-2:]}" for a, b in years) or "/".join(re.findall(r"20\d\d", text))
    name = "peel" if re.search(r"\bpeel\b", text, re.I) else squash(re.sub(r"[\d/-]+", " ", text))
    return f"{name} {cycle}".strip()


def key_for(kind: str, row: dict[str, Any]) -> Link | None:
    """The exact identity rule of a record, or None when only wording can link it."""
    if kind == "action" and row.get("ref"):
        return Link(f"ref:{squash(row['ref'])}", f"same ref {row['ref']}")
    if kind == "finding" and row.get("number"):
        cycle = inspection_cycle(row.get("inspection"))
        label = f"{cycle} {row.get('kind') or ''} {row['number']}".strip()
        return Link(f"finding:{cycle}|{row.get('kind') or ''}|{squash(row['number'])}",
                    f"same finding {label}")
    if kind == "measure":
        mkey = row.get("measure_key") or squash(row.get("measure"))
        span = period_length(row.get("period_start"), row.get("period_end"))
        key = f"measure:{mkey}|{row.get('unit') or ''}|{squash(row.get('place'))}|{span}"
        return Link(key, f"same measure key '{mkey}' ({row.get('unit')}, {span} figures)")
    return None


# Period lengths in days that count as the same kind of figure: a quarter's crimes and a
# year's crimes are different series, even under one measure name.
PERIOD_LENGTHS = (("day", 0, 1), ("week", 5, 8), ("month", 27, 32), ("quarter", 88, 93),
                  ("half-year", 180, 185), ("year", 362, 367))


SPAN_WORDS = {"week": "weekly", "month": "monthly", "quarter": "quarterly",
              "half-year": "half-yearly", "year": "annual"}


def period_length(start: str | None, end: str | None) -> str:
    """The kind of period a figure covers (quarter, year, ...), from its resolved bounds;
    ``unstated`` when the period is unknown, ``N days`` for anything else."""
    first, last = start_of(start), end_of(end)
    if first is None or last is None:
        return "unstated"
    days = (last - first).days + 1
    for name, low, high in PERIOD_LENGTHS:
        if low <= days <= high:
            return name
    return f"{days} days"


def wording_of(kind: str, row: dict[str, Any]) -> str:
    """The text compared by wording rules, and shown as the item's label."""
    field = {"action": "text", "finding": "text", "question": "question"}.get(kind, "measure")
    return str(row.get(field) or "")


def label_of(kind: str, row: dict[str, Any]) -> str:
    if kind == "measure":
        place = f" ({row['place']})" if row.get("place") else ""
        span = SPAN_WORDS.get(period_length(row.get("period_start"), row.get("period_end")))
        return f"{row.get('measure')}{place}" + (f", {span}" if span else "")
    return " ".join(wording_of(kind, row).split())[:500]


class ItemIndex:
    """The tracked items of one kind (and body, where the kind is scoped by body),
    loaded once per file so linking a file costs one query per kind and body.

    Each item's squashed label is kept beside it, so a wording comparison squashes only
    the new record's text; the ids of every stored item of the kind (merged ones too)
    are loaded once, so creating an item needs no query. New items stay out of the
    session (``new``): :func:`link_file` writes them with one Core insert at the end,
    with any link key found later in the file, before the observations that cite them.
    """

    def __init__(self, session: Session, kind: str, body: str | None) -> None:
        self.session = session
        self.kind = kind
        self.body = body
        query = select(TrackedItem).where(
            TrackedItem.kind == kind, TrackedItem.merged_into.is_(None)
        )
        if scoped(kind):
            query = query.where(TrackedItem.body.is_(None) if body is None
                                else TrackedItem.body == body)
        self.items = list(session.scalars(query))
        self.labels = [squash(item.label) for item in self.items]
        self.by_key = {item.link_key: item for item in self.items if item.link_key}
        self.stored_ids = set(session.scalars(
            select(TrackedItem.id).where(TrackedItem.kind == kind)
        ))
        self.new: dict[str, TrackedItem] = {}  # created now, not yet written

    def find(self, row: dict[str, Any]) -> tuple[TrackedItem | None, Link]:
        exact = key_for(self.kind, row)
        if exact and exact.link_key in self.by_key:
            return self.by_key[exact.link_key], exact
        if self.kind == "measure":  # measures link by key only: wording says nothing more
            return None, exact or Link(None, "first seen")
        similar = self.most_similar(wording_of(self.kind, row))
        if similar is not None:
            item, score = similar
            if item.link_key is None or exact is None:
                if item.link_key is None and exact is not None and exact.link_key:
                    item.link_key = exact.link_key  # the ref first printed now
                    self.by_key[exact.link_key] = item
                return item, Link(None, f"similar wording {score:.0f}/100", score)
        return None, exact or Link(None, "first seen")

    def most_similar(self, text: str) -> tuple[TrackedItem, float] | None:
        threshold = QUESTION_THRESHOLD if self.kind == "question" else WORDING_THRESHOLD
        wanted = squash(text)
        if len(wanted) < 12 or not self.labels:
            return None  # too short to judge by wording
        # the first of the best-scoring items at or above the threshold
        found = process.extractOne(wanted, self.labels, scorer=fuzz.token_sort_ratio,
                                   processor=None, score_cutoff=threshold)
        if found is None:
            return None
        return self.items[found[2]], found[1]

    def create(self, row: dict[str, Any], link: Link) -> TrackedItem:
        seed = link.link_key or row["id"]
        item = TrackedItem(
            id=natural_id("item", self.kind, self.body if scoped(self.kind) else "", seed),
            kind=self.kind,
            body=self.body,
            link_key=link.link_key,
            label=label_of(self.kind, row),
        )
        existing = self.new.get(item.id) or (
            self.session.get(TrackedItem, item.id) if item.id in self.stored_ids else None)
        if existing is not None:  # an emptied item of an earlier link: reuse it
            existing.merged_into = None
            item = existing
        else:
            self.new[item.id] = item
        self.items.append(item)
        self.labels.append(squash(item.label))
        if item.link_key:
            self.by_key[item.link_key] = item
        return item


def scoped(kind: str) -> bool:
    """Actions and questions belong to one body; findings and measures are shared."""
    return kind in {"action", "question"}


def file_records(session: Session, record_type: str, sha256: str) -> Iterable[dict[str, Any]]:
    """The file's records of one type, each with its paper's body and date."""
    table = RECORD_TABLES[record_type]  # type: ignore[index]
    query = (
        select(table, PaperRow.body.label("paper_body"), PaperRow.date.label("paper_date"))
        .join(PaperRow, PaperRow.id == table.c.paper_id)
        .where(table.c.file_sha256 == sha256)
        .order_by(table.c.char_start)
    )
    for row in session.execute(query).mappings():
        yield dict(row)


def observed_on(row: dict[str, Any]) -> str | None:
    """The date an observation stands at on a timeline: the meeting its paper is for
    (an action log reprints an action's raise date on every row, so the record's own
    meeting date would put every sighting on one day), else the record's date."""
    return row.get("paper_date") or row.get("meeting_date") or row.get("date")


def link_file(session: Session, sha256: str) -> int:
    """Link every trackable record of one stored file to its tracked item; return links made."""
    pinned = set(session.scalars(
        select(Observation.record_id).where(Observation.pinned.is_(True))
    ))
    session.execute(
        delete(Observation).where(Observation.file_sha256 == sha256,
                                  Observation.pinned.is_(False))
    )
    observations: list[dict[str, Any]] = []  # inserted after the items they reference
    indexes: dict[tuple[str, str | None], ItemIndex] = {}
    for record_type, kind in TRACKED_KINDS.items():
        for row in file_records(session, record_type, sha256):
            if row["id"] in pinned:
                continue
            body = row.get("paper_body") if scoped(kind) else None
            index = indexes.get((kind, body))
            if index is None:
                index = indexes[(kind, body)] = ItemIndex(session, kind, body)
            item, link = index.find(row)
            if item is None:
                item = index.create(row, link)
            observations.append(dict(
                item_id=item.id, record_type=record_type, record_id=row["id"],
                file_sha256=sha256, observed_on=observed_on(row),
                link_reason=link.reason, link_score=link.score, pinned=False,
            ))
    session.flush()  # reused items and link keys first printed in this file
    # Core inserts, not the ORM's: plain rows, nothing for the session to follow.
    connection = session.connection()
    now = utcnow()
    items = [item_row(item, now) for index in indexes.values() for item in index.new.values()]
    if items:  # the new items first: observations reference them by id
        connection.execute(insert(ITEMS), items)
    if observations:  # one executemany, in the order the records were linked
        connection.execute(insert(OBSERVATIONS), observations)
    return len(observations)


def item_row(item: TrackedItem, created_at: datetime) -> dict[str, Any]:
    """A new item as a row to insert."""
    return {"id": item.id, "kind": item.kind, "body": item.body, "link_key": item.link_key,
            "label": item.label, "merged_into": None, "created_at": created_at}
