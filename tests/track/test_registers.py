"""Registers and timelines over invented series: state follows meeting dates, not ingest
order; overdue, slipped and moved due dates come from the timeline."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.errors import NotFound, TrackError
from scrutiny.track.history import register, timeline


def _by_label(rows: list[dict], words: str) -> dict:
    found = [r for r in rows if words in r["label"]]
    assert len(found) == 1, [r["label"] for r in rows]
    return found[0]


@pytest.mark.parametrize("order", ["oldest_first", "newest_first"])
def test_action_register_follows_meeting_dates(db, papers, ingest, order) -> None:
    paths = papers["board"] if order == "oldest_first" else list(reversed(papers["board"]))
    for path in paths:  # one ingest per paper, as papers arrive
        ingest([path])
    with db.session() as session:
        rows = register(session, "action", as_of=date(2025, 5, 31))
    assert len(rows) == 3
    backlog = _by_label(rows, "firearms licensing backlog")
    fleet = _by_label(rows, "fleet replacement strategy")
    bodycam = _by_label(rows, "body-worn video")

    assert backlog["status"] == "discharged" and not backlog["overdue"]
    assert backlog["observations"] == 2 and backlog["raised_on"] == "2024-09-10"

    assert fleet["status"] == "open" and fleet["due"] == "2025-04-30"
    assert fleet["overdue"] and fleet["days_overdue"] == 31
    assert fleet["due_changes"] == 2
    assert [c["value"] for c in fleet["due_history"]] == ["2024-11-30", "2025-02-28",
                                                         "2025-04-30"]
    assert fleet["owner"] == "Force"  # "Head of Fleet": a force role, owner per the contract
    assert bodycam["status"] == "discharged" and bodycam["raised_on"] == "2024-12-03"


def test_overdue_filter_and_as_of(db, papers, ingest) -> None:
    ingest(papers["board"])
    with db.session() as session:
        before = register(session, "action", overdue=True, as_of=date(2025, 4, 1))
        after = register(session, "action", overdue=True, as_of=date(2025, 5, 1))
    assert before == []
    assert [r["label"] for r in after] == [
        "Share the draft fleet replacement strategy with the OPCC"]


def test_timeline_cites_each_paper_with_link_reason(db, papers, ingest) -> None:
    ingest(list(reversed(papers["board"])))
    with db.session() as session:
        fleet = _by_label(register(session, "action"), "fleet replacement")
        view = timeline(session, fleet["id"])
    dates = [obs["observed_on"] for obs in view["timeline"]]
    assert dates == ["2024-09-10", "2024-12-03", "2025-03-11"]
    assert {obs["source"]["file_name"] for obs in view["timeline"]} == {
        "board-notes-sep.md", "board-notes-dec.html", "board-notes-mar.docx"}
    assert all("RA/02" in obs["source"]["source_text"] for obs in view["timeline"])
    reasons = [obs["link_reason"] for obs in view["timeline"]]
    assert reasons.count("same ref RA/02") == 3


def test_finding_slip_and_rag_history(db, papers, ingest) -> None:
    ingest(list(reversed(papers["afi"])))
    with db.session() as session:
        rows = register(session, "finding", as_of=date(2025, 3, 1))
        slipped = register(session, "finding", slipped=True)
    calls = _by_label(rows, "non-emergency calls")
    assert calls["original_target"] == "2025-03"
    assert calls["anticipated_completion"] == "2025-09"
    assert calls["slipped"] and calls["slip_count"] == 1
    assert calls["slipped_days"] == (date(2025, 9, 30) - date(2025, 3, 31)).days
    assert [c["value"] for c in calls["rag_history"]] == ["amber", "red"]
    supervision = _by_label(rows, "supervisors review")
    assert supervision["status"] == "complete" and not supervision["slipped"]
    assert [r["id"] for r in slipped] == [calls["id"]]


def test_measure_series_changes_and_flags(db, papers, ingest) -> None:
    ingest(list(reversed(papers["measure"])))
    with db.session() as session:
        rows = register(session, "measure")
    calls = _by_label(rows, "999 calls answered")
    values = [p["value"] for p in calls["series"]]
    assert values == [86.1, 87.0, 85.9, 95.5]  # period order, not ingest order
    changes = [p["change"] for p in calls["series"]]
    assert changes[0] is None
    assert changes[1:] == pytest.approx([0.9, -1.1, 9.6])
    assert calls["latest_period"] == "Q4 2024/25"
    assert calls["series"][-1]["notable"] is True  # far beyond the usual quarter-on-quarter move
    assert not any(p["notable"] for p in calls["series"][:-1])


def test_unknown_register_and_item(db) -> None:
    with db.session() as session:
        with pytest.raises(TrackError, match="unknown register"):
            register(session, "widgets")
        with pytest.raises(NotFound):
            timeline(session, "nope")


def test_quarterly_and_annual_figures_are_separate_series(db, ingest, tmp_path) -> None:
    paths = []
    for number, (quarter, day, value) in enumerate(
        [("Q1 2024/25", "14 August 2024", 5120), ("Q2 2024/25", "13 November 2024", 5304)],
        start=1,
    ):
        path = tmp_path / f"perf-{number}.txt"
        path.write_text(
            "PERFORMANCE REPORT\n\n"
            f"Report to the Elmshire Police and Crime Panel, {day}\n\n"
            f"Measure\t{quarter}\t2023/24\nRecorded crime\t{value}\t20877\n",
            encoding="utf-8",
        )
        paths.append(path)
    ingest(paths)
    with db.session() as session:
        rows = [r for r in register(session, "measure") if "Recorded crime" in r["label"]]
    series = sorted([p["value"] for p in r["series"]] for r in rows)
    assert series == [[5120.0, 5304.0], [20877.0]]
    assert all(not p["notable"] for r in rows for p in r["series"])
    reasons = {r["link_key"].rsplit("|", 1)[-1] for r in rows}
    assert reasons == {"quarter", "year"}
