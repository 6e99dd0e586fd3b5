"""The pre-meeting briefing: what is owed, what slipped, what moved, what was done.

``build_briefing`` reads the registers of ``scrutiny.track.history`` (the state a member
sees in ``scrutiny register``) and the timelines behind them, so every entry carries the
paper, date and page it can be cited from. Nothing is stored; the renderers in
``markdown`` and ``html`` only lay out a :class:`Briefing`.

Dates: ``as_of`` is the day overdue is judged on (default today); ``since`` opens the
window for "biggest moves" and "done" (default three months before ``as_of``).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrutiny.errors import NotFound
from scrutiny.store.tables import Paper as PaperRow
from scrutiny.track.history import load_timelines, register
from scrutiny.track.periods import start_of

TOP_MOVES = 5  # measures listed for size of move alone (notable ones are always listed)


@dataclass(frozen=True)
class Citation:
    """Where a member can point to: the paper, its meeting date and the page."""

    paper_title: str | None
    paper_date: str | None
    page: int | None
    file_name: str | None

    def __str__(self) -> str:
        parts = [self.paper_title or self.file_name or "unknown paper"]
        if self.paper_date:
            parts.append(self.paper_date)
        if self.page:
            parts.append(f"p. {self.page}")
        return ", ".join(parts)


@dataclass(frozen=True)
class OverdueAction:
    item_id: str
    text: str
    owner: str | None
    due: str | None
    days_overdue: int
    due_changes: int
    source: Citation


@dataclass(frozen=True)
class SlippingFinding:
    item_id: str
    text: str
    rag: str | None
    original_target: str | None
    current_target: str | None
    slip_count: int
    slipped_days: int
    source: Citation


@dataclass(frozen=True)
class MeasureMove:
    item_id: str
    measure: str
    unit: str | None
    from_value: float
    from_period: str | None
    to_value: float
    to_period: str | None
    change: float
    change_pct: float | None  # relative to the earlier value; None when that was 0
    notable: bool  # a change in the window the tracker flagged as unusual for the series
    source: Citation


@dataclass(frozen=True)
class OpenQuestion:
    item_id: str
    question: str
    asker: str | None
    respondent: str | None
    asked_on: str | None
    source: Citation


@dataclass(frozen=True)
class Done:
    item_id: str
    kind: str  # "action" (discharged) or "finding" (completed)
    text: str
    on: str | None
    source: Citation


@dataclass
class Briefing:
    """Everything a briefing shows, in its sections' order."""

    body: str | None
    as_of: date
    since: date
    overdue_actions: list[OverdueAction] = field(default_factory=list)
    slipping_findings: list[SlippingFinding] = field(default_factory=list)
    measures: list[MeasureMove] = field(default_factory=list)
    unanswered_questions: list[OpenQuestion] = field(default_factory=list)
    done: list[Done] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One line: the count of each section."""
        notable = sum(1 for m in self.measures if m.notable)
        discharged = sum(1 for d in self.done if d.kind == "action")
        completed = len(self.done) - discharged
        return ", ".join([
            _count(len(self.overdue_actions), "overdue action"),
            _count(len(self.slipping_findings), "slipping finding"),
            _count(notable, "notable measure change"),
            _count(len(self.unanswered_questions), "unanswered question"),
            f"{_count(discharged, 'action')} discharged and "
            f"{_count(completed, 'finding')} completed since {self.since.isoformat()}",
        ])


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def build_briefing(
    session: Session, body: str | None = None, as_of: date | None = None,
    since: date | None = None,
) -> Briefing:
    """The briefing for one panel or board (``body``: its name or a unique part of it,
    case-insensitive), or for every body when None. Raises NotFound when ``body`` matches
    no stored paper's body, or several and none exactly."""
    as_of = as_of or date.today()
    since = since or months_before(as_of, 3)
    name = resolve_body(session, body) if body is not None else None
    registers = Registers(session, name, as_of)
    return Briefing(
        body=name, as_of=as_of, since=since,
        overdue_actions=overdue_actions(registers),
        slipping_findings=slipping_findings(registers),
        measures=measure_moves(registers, since),
        unanswered_questions=unanswered_questions(registers),
        done=done_since(registers, since),
    )


class Registers:
    """Each register the briefing reads (``scrutiny register``'s rows) and the timelines
    behind it, loaded once per kind however many sections use them."""

    def __init__(self, session: Session, body: str | None, as_of: date) -> None:
        self.session, self.body, self.as_of = session, body, as_of
        self._loaded: dict[str, tuple[list[dict[str, Any]], dict[str, Any]]] = {}

    def rows(self, kind: str) -> list[dict[str, Any]]:
        return self._load(kind)[0]

    def timeline(self, kind: str, item_id: str) -> list[dict[str, Any]]:
        """An item's observations, oldest first, each with its source."""
        return list(self._load(kind)[1].get(item_id, []))

    def _load(self, kind: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        if kind not in self._loaded:
            rows = register(self.session, kind, body=self.body, as_of=self.as_of)
            self._loaded[kind] = (rows, load_timelines(self.session, kind))
        return self._loaded[kind]


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def resolve_body(session: Session, wanted: str) -> str:
    """The stored body named exactly by ``wanted``, else the one it is part of."""
    bodies = sorted(b for b in session.scalars(select(PaperRow.body).distinct()) if b)
    exact = [b for b in bodies if b.casefold() == wanted.strip().casefold()]
    if exact:
        return exact[0]
    found = [b for b in bodies if wanted.strip().casefold() in b.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        known = "; ".join(bodies) or "none yet (ingest some papers first)"
        raise NotFound(f"no panel or board matches {wanted!r}: known bodies are {known}")
    raise NotFound(f"{wanted!r} matches several bodies ({'; '.join(found)}): "
                   "give more of the name")


def cite(obs: dict[str, Any] | None) -> Citation:
    """The citation of one timeline observation."""
    source = (obs or {}).get("source") or {}
    return Citation(source.get("paper_title"), source.get("paper_date"), source.get("page"),
                    source.get("file_name"))


def _obs_of(record_id: str | None, obs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The observation of a record, else the newest one."""
    for o in obs:
        if o["record_id"] == record_id:
            return o
    return obs[-1] if obs else None


def overdue_actions(registers: Registers) -> list[OverdueAction]:
    """Overdue actions, most overdue first, each cited from the newest paper listing it."""
    out = [
        OverdueAction(r["id"], r["label"], r.get("owner"), r.get("due"),
                      r["days_overdue"], r["due_changes"],
                      cite(_obs_of(None, registers.timeline("action", r["id"]))))
        for r in registers.rows("action") if r.get("overdue")
    ]
    return sorted(out, key=lambda a: (-a.days_overdue, a.text))


def slipping_findings(registers: Registers) -> list[SlippingFinding]:
    """Open findings whose target moved later, furthest slipped first, each cited from
    the paper that first gave the current target."""
    out = []
    for r in registers.rows("finding"):
        if not r.get("slipped") or r.get("status") == "complete":
            continue
        moved = (r.get("target_history") or [{}])[-1].get("record_id")
        out.append(SlippingFinding(
            r["id"], r["label"], r.get("rag"), r.get("original_target"),
            r.get("anticipated_completion"), r["slip_count"], r["slipped_days"],
            cite(_obs_of(moved, registers.timeline("finding", r["id"])))))
    return sorted(out, key=lambda f: (-f.slipped_days, f.text))


def measure_moves(registers: Registers, since: date) -> list[MeasureMove]:
    """Measures with a new figure since ``since``: the move from the figure known then
    (or the first figure, for a new series) to the latest. Every move the tracker flags
    as notable is listed, then the biggest others (by relative size) up to TOP_MOVES."""
    moves = [m for r in registers.rows("measure") if (m := _move(r, since)) is not None]
    moves.sort(key=_move_size, reverse=True)
    notable = [m for m in moves if m.notable]
    others = [m for m in moves if not m.notable][:TOP_MOVES]
    return notable + others


def _move(row: dict[str, Any], since: date) -> MeasureMove | None:
    series = row.get("series") or []
    if len(series) < 2:
        return None
    known = [p for p in series if _on_or_before(p.get("observed_on"), since)]
    latest = series[-1]
    baseline = known[-1] if known else series[0]
    if baseline is latest or _on_or_before(latest.get("observed_on"), since):
        return None  # no figure published in the window
    window = series[series.index(baseline) + 1:]
    change = latest["value"] - baseline["value"]
    pct = change / abs(baseline["value"]) * 100 if baseline["value"] else None
    source = latest.get("source") or {}
    return MeasureMove(
        row["id"], row["label"], row.get("unit"), baseline["value"], baseline.get("period"),
        latest["value"], latest.get("period"), change, pct,
        any(p.get("notable") for p in window), cite({"source": source}))


def _on_or_before(iso: str | None, day: date) -> bool:
    start = start_of(iso)
    return start is not None and start <= day


def _move_size(move: MeasureMove) -> float:
    return abs(move.change_pct) if move.change_pct is not None else abs(move.change)


def unanswered_questions(registers: Registers) -> list[OpenQuestion]:
    """Questions with no answer in any paper (an "answer to follow" answered later is
    answered), oldest first: the longest owed lead."""
    out = [
        OpenQuestion(r["id"], r["label"], r.get("asker"), r.get("respondent"),
                     r.get("asked_on"),
                     cite(next(iter(registers.timeline("question", r["id"])), None)))
        for r in registers.rows("question") if not r.get("answered")
    ]
    return sorted(out, key=lambda q: (q.asked_on or "9999", q.question))


def done_since(registers: Registers, since: date) -> list[Done]:
    """Actions discharged and findings completed on or after ``since``, newest first,
    each cited from the paper that first reported it done."""
    out: list[Done] = []
    for kind, field_name, value in (("action", "status", "discharged"),
                                    ("finding", "status", "complete")):
        for r in registers.rows(kind):
            if r.get(field_name) != value:
                continue
            obs = registers.timeline(kind, r["id"])
            first = _became(obs, field_name, value)
            on = first["observed_on"] if first else _corrected_on(r, field_name)
            if (start_of(on) or date.min) >= since:
                out.append(Done(r["id"], kind, r["label"], on, cite(first or _obs_of(None, obs))))
    out.sort(key=lambda d: d.text)
    return sorted(out, key=lambda d: d.on or "", reverse=True)


def _became(obs: list[dict[str, Any]], field_name: str, value: str) -> dict[str, Any] | None:
    """The observation from which a field has said ``value`` ever since (an action
    reopened and discharged again counts from its second discharge); None when the papers
    do not end on ``value``."""
    start = None
    for o in obs:
        current = o["record"].get(field_name)
        if current in (None, ""):
            continue
        start = (start or o) if current == value else None
    return start


def _corrected_on(row: dict[str, Any], field_name: str) -> str | None:
    """The day a person set the field, when the papers never said so."""
    stamp = (row.get("corrected") or {}).get(field_name, {}).get("at")
    return str(stamp)[:10] if stamp else None
