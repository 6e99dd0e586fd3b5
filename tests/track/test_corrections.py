"""People's corrections: audited, undoable, never overwritten by re-ingest, exportable."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from scrutiny.cli import app
from scrutiny.errors import TrackError
from scrutiny.track import edits
from scrutiny.track.history import register, timeline


def _item(session, kind: str, words: str) -> dict:
    rows = [r for r in register(session, kind, as_of=date(2025, 5, 31)) if words in r["label"]]
    assert len(rows) == 1
    return rows[0]


def test_item_correction_survives_reingest_and_undo_restores(db, papers, ingest) -> None:
    ingest(papers["board"])
    with db.session() as session:
        fleet = _item(session, "action", "fleet replacement")
        done = edits.correct(session, "item", fleet["id"], "status", "discharged",
                             reason="Strategy shared by email on 2 May", by="A Officer")
        assert done.old_value == "open"
    ingest(papers["board"], force=True)  # re-extract every paper
    with db.session() as session:
        fleet = _item(session, "action", "fleet replacement")
        assert fleet["status"] == "discharged" and not fleet["overdue"]
        assert fleet["extracted"]["status"] == "open"  # the extractor's value, for review
        assert fleet["corrected"]["status"]["by"] == "A Officer"
        trail = edits.history(session, "item", fleet["id"])
        assert [(h["field"], h["old_value"], h["new_value"]) for h in trail] == [
            ("status", "open", "discharged")]
        edits.undo(session, done.id, by="A Officer")
    with db.session() as session:
        fleet = _item(session, "action", "fleet replacement")
        assert fleet["status"] == "open" and fleet["overdue"]
        assert edits.history(session, "item", fleet["id"])[0]["undone_by"] == "A Officer"


def test_record_correction_feeds_the_register(db, papers, ingest) -> None:
    ingest(papers["board"])
    with db.session() as session:
        backlog = _item(session, "action", "firearms licensing")
        first = timeline(session, backlog["id"])["timeline"][0]
        edits.correct(session, "actions", first["record_id"], "owner", "Chief Constable",
                      reason="Minutes name the CC", by="B Clerk")
        edits.correct(session, "actions", first["record_id"], "due", "2024-11-15",
                      reason="Typo in the log", by="B Clerk")
    with db.session() as session:
        view = timeline(session, backlog["id"])
        corrected = view["timeline"][0]["record"]
        assert corrected["owner"] == "Chief Constable"
        assert corrected["extracted"]["owner"] == "Force"
        assert [c["value"] for c in view["due_history"]] == ["2024-11-15", "2024-10-31"]


def test_bad_corrections_are_refused(db, papers, ingest) -> None:
    ingest(papers["board"][:1])
    with db.session() as session:
        item = register(session, "action")[0]
        with pytest.raises(TrackError, match="cannot be corrected"):
            edits.correct(session, "item", item["id"], "colour", "red", reason="x")
        with pytest.raises(TrackError, match="needs a reason"):
            edits.correct(session, "item", item["id"], "status", "open", reason="  ")


def test_merge_split_and_undo(db, papers, ingest) -> None:
    ingest(papers["board"])
    with db.session() as session:
        backlog = _item(session, "action", "firearms licensing")
        bodycam = _item(session, "action", "body-worn video")
        merged = edits.merge(session, backlog["id"], bodycam["id"], reason="test merge")
    with db.session() as session:
        assert len(register(session, "action")) == 2
        view = timeline(session, backlog["id"])
        assert len(view["timeline"]) == 4
        assert timeline(session, bodycam["id"])["id"] == backlog["id"]  # follows the merge
        edits.undo(session, merged.id)
    with db.session() as session:
        assert len(register(session, "action")) == 3
        view = timeline(session, backlog["id"])
        moved = [view["timeline"][-1]["record_id"]]
        new, _ = edits.split(session, backlog["id"], moved, reason="different action")
    with db.session() as session:
        assert len(timeline(session, new.id)["timeline"]) == 1
        assert len(timeline(session, backlog["id"])["timeline"]) == 1
    ingest(papers["board"], force=True)  # a person's split is pinned through re-ingest
    with db.session() as session:
        assert len(timeline(session, new.id)["timeline"]) == 1


def test_corrections_export_import_rebuilds(db, papers, ingest, tmp_path) -> None:
    ingest(papers["board"])
    with db.session() as session:
        fleet = _item(session, "action", "fleet replacement")
        edits.correct(session, "item", fleet["id"], "due", "2025-06-30",
                      reason="Agreed at the May board", by="C Lead")
        exported = edits.export_corrections(session)
    # a second deployment rebuilt from the same papers plus the exported corrections
    runner = CliRunner()
    other = f"sqlite:///{tmp_path / 'rebuilt.db'}"
    result = runner.invoke(app, ["ingest", "--db", other, *map(str, papers["board"])])
    assert result.exit_code == 0, result.output
    corrections_file = tmp_path / "corrections.json"
    corrections_file.write_text(json.dumps(exported))
    result = runner.invoke(app, ["corrections", "import", str(corrections_file), "--db", other])
    assert result.exit_code == 0, result.output
    assert "Applied 1" in result.output
    result = runner.invoke(app, ["register", "actions", "--db", other, "--format", "json",
                                 "--as-of", "2025-05-31"])
    rows = json.loads(result.output)
    fleet = next(r for r in rows if "fleet" in r["label"])
    assert fleet["due"] == "2025-06-30" and not fleet["overdue"]
    again = runner.invoke(app, ["corrections", "import", str(corrections_file), "--db", other])
    assert "already present 1" in again.output


def test_cli_correct_and_errors(db, papers, ingest) -> None:
    ingest(papers["board"])
    with db.session() as session:
        fleet = _item(session, "action", "fleet replacement")
    runner = CliRunner()
    result = runner.invoke(app, ["correct", fleet["id"], "status", "discharged",
                                 "--reason", "Closed at May board", "--db", db.url])
    assert result.exit_code == 0, result.output
    assert "'open' -> 'discharged'" in result.output
    result = runner.invoke(app, ["timeline", "missing-id", "--db", db.url])
    assert result.exit_code == 1
    assert "Error: no tracked item missing-id" in result.output
    result = runner.invoke(app, ["register", "widgets", "--db", db.url])
    assert result.exit_code == 1 and "unknown register 'widgets'" in result.output


def test_an_item_takes_only_its_kinds_fields(db, papers, ingest) -> None:
    ingest(papers["afi"])
    with db.session() as session:
        finding = register(session, "finding", as_of=date(2025, 5, 31))[0]
        with pytest.raises(TrackError, match="'answer' cannot be corrected on a tracked "
                                             "finding; fields: anticipated_completion, body"):
            edits.correct(session, "item", finding["id"], "answer", "Done",
                          reason="wrong kind", by="R Officer")
        edits.correct(session, "item", finding["id"], "rag", "red", reason="Minutes say red",
                      by="R Officer")
