"""The register of tracked items: one row per action, finding, question or measure as it
persists across papers, in its state now (from ``scrutiny.track``), filtered and paged.

Tracking folds every item's timeline in Python, so the whole register for a kind, body
and day is computed once per data version and cached; filters on words, sorting and
paging then work on that list.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from scrutiny.serve.queries.base import Page
from scrutiny.serve.queries.cache import cached
from scrutiny.serve.queries.filters import RegisterFilters
from scrutiny.serve.tracking import tracked_register

KINDS = ("action", "finding", "question", "measure")
# Columns of the register page and CSV, per kind (after the label).
COLUMNS = {
    "action": ("owner", "status", "due", "overdue", "days_overdue", "due_changes", "raised_on",
               "last_seen"),
    "finding": ("inspection", "number", "rag", "status", "original_target",
                "anticipated_completion", "slipped", "slip_count", "last_seen"),
    "question": ("asker", "affiliation", "respondent", "answered", "asked_on", "answered_on"),
    "measure": ("unit", "place", "points", "latest_value", "latest_period", "change",
                "notable"),
}
SORTS = {"action": "-days_overdue", "finding": "-slipped_days", "question": "-asked_on",
         "measure": "-points"}


def all_items(session: Session, kind: str, filters: RegisterFilters) -> list[dict[str, Any]] | None:
    """Every tracked item of ``kind`` matching body/overdue/slipped; None without tracking."""
    key = ("items", kind, filters.body, filters.overdue, filters.slipped, filters.as_of)

    def compute() -> list[dict[str, Any]] | None:
        return tracked_register(session, kind, body=filters.body, overdue=filters.overdue,
                                slipped=filters.slipped, as_of=date.fromisoformat(filters.as_of))

    return cached(session, key, compute)


def matching(items: list[dict[str, Any]], kind: str, filters: RegisterFilters
             ) -> list[dict[str, Any]]:
    """Items with the words, owner, status and RAG asked for, in the asked order."""
    out = items
    if filters.q:
        words = [w.lower() for w in filters.q.split()[:8]]
        out = [i for i in out if all(w in str(i.get("label", "")).lower() for w in words)]
    for field in ("owner", "status", "rag"):
        wanted = getattr(filters, field)
        if wanted:
            out = [i for i in out if str(i.get(field) or "none").lower() == wanted.lower()]
    sort = filters.sort or SORTS[kind]
    field = sort.lstrip("-")
    present = [i for i in out if i.get(field) not in (None, "")]
    present.sort(key=lambda i: (_key(i[field]), i["id"]), reverse=sort.startswith("-"))
    return present + [i for i in out if i.get(field) in (None, "")]


def _key(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def item_register(session: Session, kind: str, filters: RegisterFilters) -> Page | None:
    """One page of the tracked register, or None when tracking is not set up."""
    items = all_items(session, kind, filters)
    if items is None:
        return None
    rows = matching(items, kind, filters)
    first = (filters.page - 1) * filters.per_page
    page = [flat(i, kind) for i in rows[first : first + filters.per_page]]
    return Page(page, len(rows), filters.page, filters.per_page)


def item_rows(session: Session, kind: str, filters: RegisterFilters) -> list[dict[str, Any]]:
    """Every matching item, flat (the CSV twin)."""
    items = all_items(session, kind, filters) or []
    return [flat(i, kind) for i in matching(items, kind, filters)]


def flat(item: dict[str, Any], kind: str) -> dict[str, Any]:
    """An item without its histories (lists), for the page, JSON and CSV."""
    keep = ("id", "kind", "body", "label", "link_key", "observations", *COLUMNS[kind])
    return {k: item.get(k) for k in keep}
