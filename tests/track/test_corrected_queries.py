"""Corrections hold everywhere: filters, sorts, counts, twins, dashboard and CLI act on
the corrected values (``store.corrected.corrected_table``), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from scrutiny.cli import app as cli
from scrutiny.serve.app import create_app
from scrutiny.serve.queries import cache
from scrutiny.serve.queries.dashboard import action_counts, overdue_actions
from scrutiny.serve.queries.filters import RegisterFilters
from scrutiny.serve.queries.registers import register, register_rows
from scrutiny.store.repository import RecordQuery, get_record, list_records
from scrutiny.track import edits

AS_OF = "2025-05-31"


def _ids(session, **filters) -> set[str]:
    page = register(session, "actions", RegisterFilters(as_of=AS_OF, per_page=500, **filters))
    return {r["id"] for r in page.items}


def _overdue_action(db) -> dict:
    with db.session() as session:
        rows = register(session, "actions", RegisterFilters(as_of=AS_OF, overdue=True,
                                                            sort="due")).items
    assert rows, "the board series has overdue actions"
    return rows[0]


def test_corrected_status_moves_an_action_between_filters_and_counts(db, papers, ingest) -> None:
    ingest(papers["board"])
    cache.clear()
    action = _overdue_action(db)
    with db.session() as session:
        before = action_counts(session, None, AS_OF)
        assert action["id"] in _ids(session, overdue=True)
        edits.correct(session, "actions", action["id"], "status", "discharged",
                      reason="Discharged at the May meeting", by="P Member")
    with db.session() as session:
        assert action["id"] not in _ids(session, overdue=True)
        assert action["id"] not in _ids(session, status=action["status"] or "none")
        assert action["id"] in _ids(session, status="discharged")
        after = action_counts(session, None, AS_OF)
        assert after["overdue"] == before["overdue"] - 1
        assert after["open"] == before["open"] - 1
        assert action["id"] not in {a["id"] for a in overdue_actions(session, None, AS_OF)}
        shown = register(session, "actions", RegisterFilters(
            as_of=AS_OF, status="discharged", per_page=500)).items
        row = next(r for r in shown if r["id"] == action["id"])
        assert row["status"] == "discharged" and row["overdue"] is False
        assert row["extracted"]["status"] == action["status"]
        assert row["corrected"]["status"]["by"] == "P Member"
        csv_rows = register_rows(session, "actions", RegisterFilters(as_of=AS_OF,
                                                                     status="discharged"))
        assert action["id"] in {r["id"] for r in csv_rows}
        listed = list_records(session, "actions", RecordQuery(status="discharged", limit=500))
        assert action["id"] in {r["id"] for r in listed.items}
        assert get_record(session, "actions", action["id"])["status"] == "discharged"


def test_corrected_due_date_sorts_and_undo_restores(db, papers, ingest) -> None:
    ingest(papers["board"])
    cache.clear()
    action = _overdue_action(db)
    with db.session() as session:
        fix = edits.correct(session, "actions", action["id"], "due", "2099-12-31",
                            reason="Deadline extended by the Panel", by="R Officer")
    with db.session() as session:
        assert action["id"] not in _ids(session, overdue=True)
        latest = register(session, "actions", RegisterFilters(as_of=AS_OF, sort="-due"))
        assert latest.items[0]["id"] == action["id"]
        assert latest.items[0]["due"] == "2099-12-31"
        edits.undo(session, fix.id, by="R Officer")
    with db.session() as session:
        assert action["id"] in _ids(session, overdue=True)


def test_twins_and_cli_use_corrected_values(db, papers, ingest) -> None:
    ingest(papers["board"])
    cache.clear()
    action = _overdue_action(db)
    with db.session() as session:
        edits.correct(session, "actions", action["id"], "owner", "Zed Invented-Owner",
                      reason="Minutes name the owner", by="P Member")
    web = create_app(db.settings(editable=False), engine=db.engine)
    with TestClient(web) as client:
        query = f"owner=Zed Invented-Owner&as_of={AS_OF}"
        page = client.get(f"/actions.json?{query}").json()
        assert [r["id"] for r in page["items"]] == [action["id"]]
        assert page["total"] == 1
        text = client.get(f"/actions.csv?{query}").content.decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [(r["id"], r["owner"]) for r in rows] == [(action["id"], "Zed Invented-Owner")]
    result = CliRunner().invoke(cli, ["actions", "--db", db.url, "--owner", "invented-owner",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    assert action["id"] in result.stdout and "Zed Invented-Owner" in result.stdout


def test_corrected_figure_feeds_the_measure_series(db, papers, ingest) -> None:
    """A number column (a statistic's value) read back from the correction's JSON: cast
    to a float on PostgreSQL, json_extract on SQLite."""
    from scrutiny.serve.queries.measures import measure_list, series

    ingest(papers["measure"])
    cache.clear()
    with db.session() as session:
        latest = max(measure_list(session, RegisterFilters()), key=lambda s: s["points"])
        edits.correct(session, "statistics", latest["id"], "value", 12345.5,
                      reason="Table misread", by="J Reporter")
    with db.session() as session:
        again = next(s for s in measure_list(session, RegisterFilters())
                     if s["id"] == latest["id"])
        assert again["latest_value"] == 12345.5
        assert again["change"] == 12345.5 - again["previous_value"]
        point = next(p for p in series(session, latest["id"])["points"]
                     if p["id"] == latest["id"])
        assert point["value"] == 12345.5
        assert point["extracted"]["value"] == latest["latest_value"]
