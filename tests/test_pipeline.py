"""ingest_paths / ingest_bytes: per-file outcomes, sha256 identity, runs, real papers."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from scrutiny.pipeline import expand_paths, ingest_bytes, ingest_paths
from scrutiny.store.repository import list_papers, table_counts
from scrutiny.store.search import search
from scrutiny.store.tables import IngestRun, Paper


@pytest.fixture
def folder(tmp_path: Path, sample_text: str) -> Path:
    papers = tmp_path / "papers"
    (papers / "2025" / ".hidden").mkdir(parents=True)
    (papers / "minutes.txt").write_text(sample_text)
    (papers / "2025" / "notes.md").write_text(sample_text.replace("Northvale", "Southdown"))
    (papers / "2025" / ".hidden" / "skip.txt").write_text("hidden")
    (papers / "2025" / "picture.png").write_bytes(b"\x89PNG")
    (papers / "empty.txt").write_text("")
    return papers


def test_expand_paths_recurses_skips_hidden_and_dedupes(folder: Path):
    files, missing = expand_paths([folder, folder / "minutes.txt", str(folder / "**" / "*.md"),
                                   folder / "nope.txt", str(folder / "*.docx")])
    assert [f.name for f in files] == ["notes.md", "empty.txt", "minutes.txt"]
    assert [(m.name, m.reason) for m in missing] == [
        (str(folder / "nope.txt"), "no such file or folder"),
        (str(folder / "*.docx"), "no files match this pattern"),
    ]


def test_a_bad_file_fails_alone(db, folder: Path):
    report = ingest_paths([folder], db.settings(), engine=db.engine)
    outcome = {Path(f.name).name: (f.status, f.reason) for f in report.files}
    assert outcome == {
        "notes.md": ("inserted", None),
        "empty.txt": ("failed", "the file is empty"),
        "minutes.txt": ("inserted", None),
    }
    assert not report.ok
    with db.session() as session:
        assert table_counts(session)["files"] == 2


def test_reingest_is_unchanged_and_does_no_work(db, folder: Path):
    good = folder / "minutes.txt"
    first = ingest_paths([good], db.settings(), engine=db.engine)
    with db.session() as session:  # a change only a re-read would undo
        session.execute(update(Paper).values(title="Edited"))
    again = ingest_paths([good], db.settings(), engine=db.engine)
    assert [f.status for f in again.files] == ["unchanged"]
    assert (again.files[0].papers, again.files[0].blocks) == (first.files[0].papers,
                                                               first.files[0].blocks)
    with db.session() as session:
        assert {p["title"] for p in list_papers(session)} == {"Edited"}


def test_force_rereads_and_reports_no_record_changes(db, folder: Path):
    good = folder / "minutes.txt"
    ingest_paths([good], db.settings(), engine=db.engine)
    forced = ingest_paths([good], db.settings(), engine=db.engine, force=True)
    result = forced.files[0]
    assert result.status == "unchanged"
    assert result.records["inserted"] == 0 and result.records["deleted"] == 0


def test_runs_are_recorded(db, folder: Path):
    report = ingest_paths([folder], db.settings(), engine=db.engine)
    with db.session() as session:
        run = session.scalars(select(IngestRun)).one()
    assert run.id == report.run_id
    assert (run.inserted, run.unchanged, run.failed) == (2, 0, 1)
    assert {r["status"] for r in run.results} == {"inserted", "failed"}


def test_ingest_bytes_for_uploads(db, sample_text):
    result = ingest_bytes(sample_text.encode(), "upload.txt", db.settings(), engine=db.engine)
    assert result.status == "inserted" and result.papers >= 1
    bad = ingest_bytes(b"%PDF-1.7 truncated", "broken.pdf", db.settings(), engine=db.engine)
    assert bad.status == "failed" and bad.reason
    assert "\n" not in bad.reason


def test_size_limit_comes_from_settings(db, folder: Path):
    report = ingest_paths([folder / "minutes.txt"], db.settings(max_file_bytes=100),
                          engine=db.engine)
    assert report.files[0].status == "failed"
    assert "over the 100-byte limit" in (report.files[0].reason or "")


@pytest.mark.corpus
def test_real_papers_are_stored_and_searchable(db, shared_dir: Path):
    report = ingest_paths([shared_dir / "corpus" / "kent"], db.settings(), engine=db.engine)
    assert report.ok, [(f.name, f.reason) for f in report.files if f.reason]
    assert report.count("inserted") == 5
    assert report.totals()["papers"] >= 5
    with db.session() as session:
        hits = search(session, "stalking protection orders", limit=5)
    assert hits and all(h.file_name.endswith(".txt") for h in hits)
    assert any("panel-agenda-pack" in h.file_name for h in hits)


def test_a_file_that_takes_too_long_fails_alone(db, tmp_path: Path, sample_text: str):
    slow = tmp_path / "long.txt"
    slow.write_text(sample_text * 3000)  # ~2.5 MB: far longer to read than the limit
    report = ingest_paths([slow], db.settings(max_seconds_per_file=0.001), engine=db.engine)
    assert report.files[0].status == "failed"
    assert report.files[0].reason == (
        "took more than 0.001 s to read and extract (raise SCRUTINY_MAX_SECONDS_PER_FILE)"
    )
    with db.session() as session:
        assert table_counts(session)["files"] == 0


def test_an_upload_in_a_worker_thread_is_bounded_by_the_time_limit(db):
    """A web server handles uploads in worker threads, where SIGALRM cannot fire: the
    cooperative deadline stops a long PDF between pages all the same."""
    from concurrent.futures import ThreadPoolExecutor

    from tests.test_deadline import many_page_pdf

    data = many_page_pdf()
    with ThreadPoolExecutor(max_workers=1) as pool:
        result = pool.submit(ingest_bytes, data, "long.pdf",
                             db.settings(max_seconds_per_file=0.001), engine=db.engine).result()
    assert (result.status, result.reason) == (
        "failed", "took more than 0.001 s to read and extract "
        "(raise SCRUTINY_MAX_SECONDS_PER_FILE)")
    with db.session() as session:
        assert table_counts(session)["files"] == 0


def test_the_same_upload_twice_at_once_stores_it_once(db, sample_text: str):
    import threading

    results = []
    start = threading.Barrier(2)

    def upload() -> None:
        start.wait()
        results.append(ingest_bytes(sample_text.encode(), "upload.txt", db.settings(),
                                    engine=db.engine))

    threads = [threading.Thread(target=upload) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.status for r in results) in (["inserted", "unchanged"],)
    with db.session() as session:
        assert table_counts(session)["files"] == 1
