"""build_briefing over the invented series: each section's entries, order and sources."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from scrutiny.brief.briefing import build_briefing, months_before
from scrutiny.errors import NotFound
from scrutiny.track.edits import correct
from scrutiny.track.history import register

BOARD = "Resources and Accountability Board"
PANEL = "Elmshire Police and Crime Panel"
MAY_END = date(2025, 5, 31)
NEW_YEAR = date(2025, 1, 1)


def test_sections_hold_cited_entries(ingested) -> None:
    with ingested.session() as session:
        briefing = build_briefing(session, as_of=MAY_END, since=NEW_YEAR)

    [fleet] = briefing.overdue_actions
    assert fleet.text == "Share the draft fleet replacement strategy with the OPCC"
    assert (fleet.owner, fleet.due, fleet.days_overdue, fleet.due_changes) == (
        "Force", "2025-04-30", 31, 2)
    assert (fleet.source.file_name, fleet.source.paper_date, fleet.source.page) == (
        "board-notes-mar.docx", "2025-03-11", 1)

    [calls] = briefing.slipping_findings
    assert "non-emergency calls" in calls.text
    assert (calls.rag, calls.original_target, calls.current_target) == ("red", "2025-03",
                                                                         "2025-09")
    assert (calls.slip_count, calls.slipped_days) == (1, 183)
    assert calls.source.file_name == "afi-progress-feb.md"  # where the new target was given

    [measure] = briefing.measures
    assert measure.measure.startswith("999 calls answered within 10 seconds")
    # the figure known on 1 January (Q2, published in November) to the latest (Q4)
    assert (measure.from_value, measure.from_period) == (87.0, "Q2 2024/25")
    assert (measure.to_value, measure.to_period) == (95.5, "Q4 2024/25")
    assert measure.change == pytest.approx(8.5) and measure.notable
    assert measure.source.paper_date == "2025-05-14"

    [hare] = briefing.unanswered_questions  # custody was answered in January
    assert "hare coursing" in hare.question
    assert (hare.asker, hare.asked_on) == ("Mr Tom Hart", "2024-10-16")
    assert hare.source.file_name == "panel-questions-oct.md"

    # newest first; the firearms backlog was discharged in December, before --since
    assert [(d.kind, d.on, d.source.file_name) for d in briefing.done] == [
        ("action", "2025-03-11", "board-notes-mar.docx"),
        ("finding", "2025-02-12", "afi-progress-feb.md"),
    ]
    assert briefing.summary == (
        "1 overdue action, 1 slipping finding, 1 notable measure change, "
        "1 unanswered question, 1 action discharged and 1 finding completed since 2025-01-01")


def test_most_overdue_first(ingested) -> None:
    with ingested.session() as session:
        backlog = next(r for r in register(session, "action") if "firearms" in r["label"])
        correct(session, "item", backlog["id"], "status", "open",
                reason="Reopened: breakdown incomplete", by="test")
    with ingested.session() as session:
        briefing = build_briefing(session, as_of=MAY_END, since=NEW_YEAR)
    assert [(a.due, a.days_overdue, a.due_changes) for a in briefing.overdue_actions] == [
        ("2024-10-31", 212, 0), ("2025-04-30", 31, 2)]


@pytest.mark.parametrize(("as_of", "overdue"), [
    (date(2025, 4, 30), []),  # due that day: not yet overdue
    (date(2025, 5, 1), [1]),
    (MAY_END, [31]),
])
def test_as_of_decides_overdue(ingested, as_of: date, overdue: list[int]) -> None:
    with ingested.session() as session:
        briefing = build_briefing(session, as_of=as_of, since=NEW_YEAR)
    assert [a.days_overdue for a in briefing.overdue_actions] == overdue
    assert briefing.summary.startswith(f"{len(overdue)} overdue action")


def test_body_filter_by_part_of_the_name(ingested) -> None:
    with ingested.session() as session:
        board = build_briefing(session, body="resources and", as_of=MAY_END, since=NEW_YEAR)
        panel = build_briefing(session, body="Elmshire", as_of=MAY_END, since=NEW_YEAR)
    assert board.body == BOARD
    assert len(board.overdue_actions) == 1
    assert (board.slipping_findings, board.measures, board.unanswered_questions) == ([], [], [])
    assert [d.kind for d in board.done] == ["action"]
    assert panel.body == PANEL
    assert panel.overdue_actions == []
    assert len(panel.slipping_findings) == len(panel.measures) == 1
    assert len(panel.unanswered_questions) == 1
    assert [d.kind for d in panel.done] == ["finding"]


def test_unknown_and_ambiguous_body(ingested) -> None:
    with ingested.session() as session:
        with pytest.raises(NotFound) as unknown:
            build_briefing(session, body="Northvale")
        with pytest.raises(NotFound) as several:
            build_briefing(session, body="an")
    assert str(unknown.value) == (
        f"no panel or board matches 'Northvale': known bodies are {PANEL}; {BOARD}")
    assert str(several.value) == (
        f"'an' matches several bodies ({PANEL}; {BOARD}): give more of the name")


def test_since_moves_the_window(ingested) -> None:
    with ingested.session() as session:
        may = build_briefing(session, as_of=MAY_END, since=date(2025, 5, 1))
        june = build_briefing(session, as_of=date(2025, 6, 30), since=date(2025, 6, 1))
    [measure] = may.measures  # from Q3 (known on 1 May) to Q4
    assert (measure.from_value, measure.to_value) == (85.9, 95.5)
    assert may.done == []
    assert june.measures == []  # no figure published since 1 June


def test_defaults(db) -> None:
    with db.session() as session:
        briefing = build_briefing(session, as_of=date(2025, 5, 31))
    assert briefing.since == date(2025, 2, 28)
    assert briefing.body is None and briefing.done == []
    assert months_before(date(2025, 1, 15), 3) == date(2024, 10, 15)


def test_a_person_discharging_an_action_moves_it_to_done(ingested) -> None:
    with ingested.session() as session:
        fleet = next(r for r in register(session, "action") if "fleet" in r["label"])
        correct(session, "item", fleet["id"], "status", "discharged",
                reason="Strategy shared at the May board", by="test")
    with ingested.session() as session:
        briefing = build_briefing(session, as_of=MAY_END, since=NEW_YEAR)
    assert briefing.overdue_actions == []
    done = [d for d in briefing.done if d.item_id == fleet["id"]]
    # the papers never say it was discharged: dated by the correction, cited from the
    # newest paper that lists it
    assert [(d.on, d.source.file_name) for d in done] == [
        (datetime.now(UTC).date().isoformat(), "board-notes-mar.docx")]


def test_a_corrected_record_changes_the_briefing(ingested) -> None:
    """A correction of the record (not the item) reaches the briefing through the
    query-level overlay: the newest paper's status corrected to discharged."""
    from scrutiny.track.history import timeline

    with ingested.session() as session:
        fleet = next(r for r in register(session, "action") if "fleet" in r["label"])
        newest = timeline(session, fleet["id"])["timeline"][-1]["record_id"]
        correct(session, "actions", newest, "status", "discharged",
                reason="The notes misprint the status", by="test")
    with ingested.session() as session:
        briefing = build_briefing(session, as_of=MAY_END, since=NEW_YEAR)
    assert fleet["id"] not in {a.item_id for a in briefing.overdue_actions}
