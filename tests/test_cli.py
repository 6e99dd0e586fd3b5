"""The CLI as a user meets it: exit codes and the exact messages printed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny.cli import app
from scrutiny.store.repository import store_document

runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def stored(db, sample):
    with db.session() as session:
        store_document(session, sample.document, sample.papers, sample.extraction, sample.data)
    return db


@pytest.fixture
def folder(tmp_path: Path, sample_text: str) -> Path:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "minutes.txt").write_text(sample_text)
    (papers / "empty.txt").write_text("")
    (papers / "fake.pdf").write_text("<html><body>not a pdf</body></html>")
    return papers


def test_ingest_reports_each_failure_and_exits_1(db, folder):
    result = run("ingest", folder, "--db", db.url)
    assert result.exit_code == 1
    assert f"Failed: {folder / 'empty.txt'}: the file is empty\n" in result.stderr
    assert f"Failed: {folder / 'fake.pdf'}: named .pdf but the content is HTML" in result.stderr
    assert "Ingest summary" in result.stdout


def test_ingest_twice_reports_unchanged(db, folder):
    good = folder / "minutes.txt"
    first = run("ingest", good, "--db", db.url)
    assert first.exit_code == 0, first.output
    with db.session() as session:
        from scrutiny.store.repository import table_counts

        blocks = table_counts(session)["blocks"]
    again = run("ingest", good, "--db", db.url)
    assert again.exit_code == 0
    assert again.stderr == ""
    with db.session() as session:
        assert table_counts(session)["blocks"] == blocks


def test_ingest_missing_path(db):
    result = run("ingest", "no-such-file.txt", "--db", db.url)
    assert result.exit_code == 1
    assert result.stderr == "Failed: no-such-file.txt: no such file or folder\n"


def test_ingest_size_limit(db, folder, sample_text):
    big = folder / "big.txt"
    big.write_text(sample_text * 3)
    result = run("ingest", big, "--db", db.url, "--max-size", "0.001")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Failed: {big}: {big.stat().st_size:,} bytes is over the 1,048-byte limit "
        "(raise it with --max-size or SCRUTINY_MAX_FILE_BYTES)\n"
    )


def test_bad_database_url_is_one_line():
    result = run("papers", "--db", "mysql://u@h/db")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: unsupported database 'mysql' in 'mysql://u@h/db': use "
        "sqlite:///path/to/file.db or postgresql+psycopg://user@host/dbname\n"
    )


def test_papers_json(stored):
    result = run("papers", "--db", stored.url, "--format", "json")
    assert result.exit_code == 0
    papers = json.loads(result.stdout)
    assert [(p["title"], p["kind"], p["file"]["name"]) for p in papers] == [
        ("Minutes", "minutes", "2025-03-05_minutes.txt")
    ]


def test_unknown_format(stored):
    result = run("papers", "--db", stored.url, "--format", "xml")
    assert result.exit_code == 1
    assert result.stderr == "Error: unknown format 'xml': use table or json\n"


def test_search_json_has_plain_snippet_and_highlight_offsets(stored):
    result = run("search", "road deaths", "--db", stored.url, "--format", "json")
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert hits and hits[0]["paper_title"] == "Minutes"
    start, end = hits[0]["highlights"][0]
    assert hits[0]["snippet"][start:end].lower() in {"road", "deaths"}


def test_search_table_and_no_match(stored):
    assert "Minutes" in run("search", "stalking", "--db", stored.url).stdout
    result = run("search", "zebra crossing", "--db", stored.url)
    assert result.stdout == "No passages match 'zebra crossing'.\n"


def test_actions_csv_with_filters(stored):
    result = run("actions", "--db", stored.url, "--status", "open", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["owner"], r["due"], r["source_page"]) for r in rows] == [
        ("Force", "2025-04-30", "1")
    ]


def test_meetings_json(stored):
    result = run("meetings", "--db", stored.url, "--format", "json", "--since", "2025")
    meetings = json.loads(result.stdout)
    assert meetings[0]["present"] == ["Cllr Ann Example", "Cllr Bob Sample"]


def test_questions_table(stored):
    result = run("questions", "--db", stored.url, "--owner", "commissioner")
    assert result.exit_code == 0
    assert "Questions: 1 of 1" in result.stdout
    result = run("questions", "--db", stored.url, "--owner", "nobody")
    assert "Questions: 0 of 0" in result.stdout


def test_filter_that_does_not_apply(stored):
    result = run("meetings", "--db", stored.url, "--owner", "Force")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: the owner filter does not apply to meetings (only actions, questions)\n"
    )


def test_bad_date(stored):
    result = run("actions", "--db", stored.url, "--since", "2024/25")
    assert result.stderr == (
        "Error: --since '2024/25' is not a date: use 2024, 2024-05 or 2024-05-17\n"
    )


def test_every_command_has_an_example():
    for command in app.registered_commands:
        name = command.name or getattr(command.callback, "__name__", "")
        result = run(name, "--help")
        assert "Example:" in result.stdout, name


def test_demo_stores_the_examples(tmp_path, monkeypatch, examples_dir):
    monkeypatch.chdir(tmp_path)
    result = run("demo", "--no-serve")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "scrutiny-demo.db").exists()
    assert "What the database holds" in result.stdout
    papers = run("papers", "--db", "sqlite:///scrutiny-demo.db", "--format", "json")
    assert len(json.loads(papers.stdout)) >= len(list(examples_dir.iterdir())) // 2


def test_unreachable_server():
    result = run("papers", "--db", "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: cannot connect to postgresql+psycopg://nobody@127.0.0.1:9/none"
    )
    assert result.stderr.count("\n") == 1


def test_failed_files_are_named_as_typed(db, folder, monkeypatch):
    monkeypatch.chdir(folder.parent)
    result = run("ingest", "papers/empty.txt", "--db", db.url)
    assert result.stderr == "Failed: papers/empty.txt: the file is empty\n"
