"""A correction follows its record when an improved extractor changes the record's id,
and one that cannot follow stays visible as "needs review"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import scrutiny.pipeline as pipeline
from scrutiny.cli import app as cli
from scrutiny.errors import NotFound
from scrutiny.serve.app import create_app
from scrutiny.serve.queries import cache
from scrutiny.serve.queries.filters import RegisterFilters
from scrutiny.serve.queries.registers import register
from scrutiny.store.repository import get_record
from scrutiny.track import edits
from scrutiny.track.reattach import needs_review

Rewrite = Callable[[Any], list[Any]]


def _rewrite_actions(monkeypatch: pytest.MonkeyPatch, change: Rewrite) -> None:
    """Make the pipeline's extraction pass its actions through ``change`` (a stand-in for
    an extractor that now reads the same passages differently)."""
    original = pipeline.extract_papers

    def extract(name: str, papers: list[Any], **options: Any) -> Any:
        extraction, problems = original(name, papers, **options)
        extraction.actions = change(extraction.actions)
        return extraction, problems

    monkeypatch.setattr(pipeline, "extract_papers", extract)


def _corrected_action(db) -> dict:
    with db.session() as session:
        action = register(session, "actions", RegisterFilters(as_of="2025-05-31")).items[0]
        edits.correct(session, "actions", action["id"], "status", "discharged",
                      reason="Discharged at the March meeting", by="R Officer")
    return action


def test_correction_follows_a_record_whose_id_changed(db, papers, ingest, monkeypatch) -> None:
    ingest(papers["board"])
    cache.clear()
    action = _corrected_action(db)
    # The improved extractor reads every ref with a prefix: each action's id changes.
    _rewrite_actions(monkeypatch, lambda actions: [
        a.model_copy(update={"ref": f"AL-{a.ref or 'x'}"}) for a in actions])
    ingest(papers["board"], force=True)
    with db.session() as session:
        with pytest.raises(NotFound):
            get_record(session, "actions", action["id"])
        same_place = [r for r in register(session, "actions", RegisterFilters(
            as_of="2025-05-31", status="discharged", per_page=500)).items
            if r["source"] == action["source"]]
        assert len(same_place) == 1
        moved = same_place[0]
        assert moved["id"] != action["id"] and moved["ref"].startswith("AL-")
        assert moved["corrected"]["status"]["by"] == "R Officer"
        trail = edits.history(session, "actions", moved["id"])
        assert [t["action"] for t in trail] == ["reattach", "set"]
        assert trail[0]["old_value"] == {"record": action["id"]}
        assert trail[0]["new_value"]["matched"] == "same source span"
        assert needs_review(session) == []


def test_correction_without_a_record_needs_review(db, papers, ingest, monkeypatch) -> None:
    ingest(papers["board"])
    cache.clear()
    action = _corrected_action(db)
    start = action["source"]["start"]
    # The extractor no longer finds an action in that passage at all.
    _rewrite_actions(monkeypatch, lambda actions: [
        a for a in actions if a.source is None or a.source.start != start])
    ingest(papers["board"], force=True)
    with db.session() as session:
        review = needs_review(session)
        assert [(r["target_id"], r["new_value"]) for r in review] == [
            (action["id"], "discharged")]
    result = CliRunner().invoke(cli, ["corrections", "review", "--db", db.url])
    assert result.exit_code == 0, result.output
    assert "1 correction needs review" in result.stdout
    assert action["id"] in result.stdout
    web = create_app(db.settings(editable=False), engine=db.engine)
    with TestClient(web) as client:
        shown = client.get("/dashboard.json").json()["corrections_needing_review"]
        assert [c["target_id"] for c in shown] == [action["id"]]
        assert shown[0]["source_url"].startswith(f"/papers/{action['paper']['id']}?start=")
        page = client.get("/").text
        assert 'id="needs-review"' in page and "Discharged at the March meeting" in page
