"""What the dashboard says is owed and what slipped: from tracked items when tracking has
linked them (an action seen in three action logs counts once, in its latest state), else
from the record tables.

Both paths give the same row shape - ``url``, ``text``, ``owner``, ``status``, ``due``,
``overdue``, ``rag``, targets, ``source_url`` and ``page`` - so the page and its JSON do not
care which one answered; ``tracked`` says which.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from scrutiny.serve.charts import sparkline
from scrutiny.serve.queries import dashboard as records
from scrutiny.serve.tracking import item_timeline, tracked_register
from scrutiny.serve.web.templating import source_url

LIST_LIMIT = 8
RAG_ORDER = {"red": 0, "amber": 1}


def record_row(record: dict[str, Any], kind: str) -> dict[str, Any]:
    """A record (the store's shape) as a dashboard row."""
    return {
        "url": f"/{kind}/{record['id']}", "text": record.get("text"),
        "owner": record.get("owner"), "status": record.get("status"), "due": record.get("due"),
        "overdue": record.get("overdue"), "rag": record.get("rag"),
        "number": record.get("number"), "kind": record.get("kind"),
        "original_target": record.get("original_target"),
        "anticipated_completion": record.get("anticipated_completion"),
        "slipped": record.get("slipped"), "source_url": source_url(record),
        "page": (record.get("source") or {}).get("page"),
    }


def item_row(session: Session, item: dict[str, Any], as_of: date) -> dict[str, Any]:
    """A tracked item as a dashboard row, citing its latest observation."""
    observations = item_timeline(session, item["id"], as_of)["timeline"]
    latest = observations[-1]["source"] if observations else {}
    url = (f"/papers/{latest['paper_id']}?start={latest['char_start']}"
           f"&end={latest['char_end']}#cited") if latest else ""
    return {
        "url": f"/items/{item['id']}", "text": item.get("label"), "owner": item.get("owner"),
        "status": item.get("status"), "due": item.get("due"), "overdue": item.get("overdue"),
        "days_overdue": item.get("days_overdue"), "rag": item.get("rag"),
        "number": item.get("number"), "kind": None,
        "original_target": item.get("original_target"),
        "anticipated_completion": item.get("anticipated_completion"),
        "slipped": item.get("slipped"), "source_url": url, "page": latest.get("page"),
    }


def actions_owed(session: Session, body: str | None, as_of: str) -> dict[str, Any]:
    """Counts of actions (all, open, overdue) and the longest-overdue ones."""
    day = date.fromisoformat(as_of)
    items = tracked_register(session, "action", body=body, as_of=day)
    if items:
        overdue = sorted((i for i in items if i.get("overdue")),
                         key=lambda i: (-(i.get("days_overdue") or 0), i["id"]))
        counts = {"all": len(items), "overdue": len(overdue),
                  "open": sum(1 for i in items if i.get("status") != "discharged")}
        rows = [item_row(session, i, day) for i in overdue[:LIST_LIMIT]]
        return {"tracked": True, "counts": counts, "overdue": rows}
    counts = records.action_counts(session, body, as_of)
    rows = [record_row(a, "actions") for a in records.overdue_actions(session, body, as_of)]
    return {"tracked": False, "counts": counts, "overdue": rows}


def findings_owed(session: Session, body: str | None, as_of: str) -> dict[str, Any]:
    """Findings by RAG with the slipped count, and open ones slipped first, then red, amber."""
    day = date.fromisoformat(as_of)
    items = tracked_register(session, "finding", body=body, as_of=day)
    if items:
        counts = {"red": 0, "amber": 0, "green": 0, "none": 0, "slipped": 0}
        for item in items:
            counts[item.get("rag") or "none"] += 1
            counts["slipped"] += bool(item.get("slipped"))
        open_items = [i for i in items if i.get("status") != "complete"]
        open_items.sort(key=lambda i: (not i.get("slipped"), RAG_ORDER.get(i.get("rag") or "", 2),
                                       i["id"]))
        rows = [item_row(session, i, day) for i in open_items[:LIST_LIMIT]]
        return {"tracked": True, "counts": counts, "attention": rows}
    rows = [record_row(f, "findings") for f in records.findings_needing_attention(session, body)]
    return {"tracked": False, "counts": records.finding_counts(session, body), "attention": rows}


def measures_moved(session: Session, body: str | None, as_of: str,
                   limit: int = 5) -> list[dict[str, Any]] | None:
    """Tracked measures whose latest change is largest against their previous figure,
    those tracking flags as bigger than the series' usual move first; None when tracking
    has no measures (the caller then uses the record-level series)."""
    items = tracked_register(session, "measure", body=body, as_of=date.fromisoformat(as_of))
    moved = [m for m in items or [] if m.get("change") is not None and len(m["series"]) > 1]
    if not moved:
        return None
    moved.sort(key=lambda m: (not m.get("notable"), -relative_change(m), m["id"]))
    return [measure_row(m) for m in moved[:limit]]


def relative_change(item: dict[str, Any]) -> float:
    previous = item["series"][-2]["value"]
    return abs(item["change"]) / abs(previous) if previous else 0.0


def measure_row(item: dict[str, Any]) -> dict[str, Any]:
    """A tracked measure as the dashboard shows it (chart link: its latest figure)."""
    values = [point["value"] for point in item["series"]]
    return {"id": item["series"][-1]["record_id"], "item_id": item["id"],
            "measure": item.get("measure") or item.get("label"), "place": item.get("place"),
            "unit": item.get("unit"), "period": item.get("latest_period"),
            "value": item.get("latest_value"), "previous_value": values[-2],
            "notable": bool(item.get("notable")), "values": values,
            "sparkline": sparkline(values)}
