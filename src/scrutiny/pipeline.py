"""Compose the stages: read a file, split it into papers, extract records, store and track
them. Every interface (CLI, web upload, tests) calls this module.

One file at a time, each in its own transaction: a file that fails to read, extract or
store leaves nothing behind and is reported with a one-line reason while the batch goes
on. A file is identified by the sha256 of its bytes, so ingesting it again is reported
``unchanged`` and does no work (``force=True`` re-reads it and reports what changed).
"""

from __future__ import annotations

import glob
import hashlib
import importlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from scrutiny import deadline
from scrutiny.config import Settings, get_settings
from scrutiny.deadline import time_limit
from scrutiny.errors import ScrutinyError
from scrutiny.extract.base import extract_papers
from scrutiny.ingest.document import Document
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import SUPPORTED_SUFFIXES, read_bytes, read_path
from scrutiny.ingest.split import split_document
from scrutiny.records import Extraction

if TYPE_CHECKING:  # the database is imported only by what stores: `scrutiny extract` starts
    # without SQLAlchemy (about a third of its import time)
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

Status = Literal["inserted", "updated", "unchanged", "failed"]


def papers_of(document: Document) -> list[Paper]:
    """Split a document into classified papers."""
    return split_document(document)


def extract_document(document: Document) -> tuple[Extraction, list[str]]:
    """All records of one document, plus messages for any extractor that failed."""
    return extract_papers(document.source, papers_of(document))


def extract_file(path: Path, settings: Settings | None = None) -> tuple[Extraction, list[str]]:
    """Read and extract one file without a database (``scrutiny extract``)."""
    return extract_document(read_path(path, settings))


# --- reports ----------------------------------------------------------------------------


@dataclass
class FileResult:
    """What happened to one file. ``reason`` is one line, set when ``status == "failed"``."""

    name: str
    status: Status
    sha256: str | None = None
    reason: str | None = None
    papers: int = 0
    pages: int = 0
    blocks: int = 0
    records: dict[str, int] = field(default_factory=dict)  # inserted/updated/noop/deleted
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    """All files of one ingest call, in the order they were given."""

    files: list[FileResult] = field(default_factory=list)
    run_id: int | None = None

    def count(self, status: Status) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def ok(self) -> bool:
        return self.count("failed") == 0

    def totals(self) -> dict[str, int]:
        """Papers, pages and blocks over every file that is stored."""
        stored = [f for f in self.files if f.status != "failed"]
        return {
            "papers": sum(f.papers for f in stored),
            "pages": sum(f.pages for f in stored),
            "blocks": sum(f.blocks for f in stored),
        }


class Progress(Protocol):
    """Told about each file as the batch goes (the CLI draws a progress bar with it)."""

    def starting(self, name: str, index: int, total: int) -> None: ...

    def finished(self, result: FileResult, index: int, total: int) -> None: ...


# --- finding files ----------------------------------------------------------------------


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileResult]]:
    """Files named, found in folders (recursively) or matched by globs, each once.

    Returns the files and a failed result for each argument that matched nothing.
    Inside folders only paper formats (PDF, DOCX, HTML, TXT/MD) are taken and hidden
    files are skipped; a file named outright is always tried, so its reader can say why
    it is refused.
    """
    found: list[Path] = []
    missing: list[FileResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(_papers_in(path))
        elif path.is_file():
            found.append(path)
        elif glob.has_magic(str(raw)):
            matches = sorted(Path(m) for m in glob.glob(str(raw), recursive=True))
            files = [m for m in matches if m.is_file() and _is_paper(m)]
            if files:
                found.extend(files)
            else:
                missing.append(_failed(str(raw), "no files match this pattern"))
        else:
            missing.append(_failed(str(raw), "no such file or folder"))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, missing


def _papers_in(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and _is_paper(p)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def _is_paper(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _failed(name: str, reason: str) -> FileResult:
    return FileResult(name=name, status="failed", reason=reason)


# --- ingesting --------------------------------------------------------------------------


def ingest_paths(
    paths: Sequence[str | Path],
    settings: Settings | None = None,
    progress: Progress | None = None,
    *,
    force: bool = False,
    engine: Engine | None = None,
) -> IngestReport:
    """Ingest files, folders and globs into the database of ``settings``.

    Raises ConfigError when the database cannot be opened (before any file is read);
    every per-file problem is a ``failed`` FileResult instead. The run's counts and
    per-file outcomes are stored in ``ingest_runs``.
    """
    settings = settings or get_settings()
    engine = engine or _open(settings)
    started = _now()
    files, report_files = expand_paths(paths)
    report = IngestReport(files=list(report_files))
    for index, path in enumerate(files, start=1):
        if progress:
            progress.starting(path.name, index, len(files))
        result = _ingest_one(engine, path, settings, force)
        report.files.append(result)
        if progress:
            progress.finished(result, index, len(files))
    report.run_id = _save_run(engine, report, started)
    return report


def ingest_bytes(
    data: bytes,
    name: str,
    settings: Settings | None = None,
    *,
    force: bool = False,
    engine: Engine | None = None,
) -> FileResult:
    """Ingest one file given as bytes (a web upload); never raises for a bad file."""
    settings = settings or get_settings()
    engine = engine or _open(settings)
    started = _now()
    result = _guarded(name, lambda: store_bytes(engine, data, name, settings, force=force))
    _save_run(engine, IngestReport(files=[result]), started)
    return result


def _ingest_one(engine: Engine, path: Path, settings: Settings, force: bool) -> FileResult:
    def run() -> FileResult:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            read_path(path, settings)  # raises FileTooLarge with the standard message
        return store_bytes(engine, path.read_bytes(), path.name, settings, force=force)

    return _guarded(display_name(path), run)


def display_name(path: Path) -> str:
    """``path`` relative to the working folder when it is inside it (as a user typed it)."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _guarded(name: str, run: Callable[[], FileResult]) -> FileResult:
    """Run one file's work; any exception becomes a failed result with a one-line reason.

    Documents are untrusted, so a reader crashing on a hostile file is a failed file, not
    a failed batch. Errors raised on purpose carry their own message; others are logged
    with their traceback for a bug report.
    """
    try:
        return run()
    except ScrutinyError as exc:
        return _failed(name, _one_line(str(exc)))
    except Exception as exc:
        log.info("unexpected error on %s", name, exc_info=True)
        return _failed(name, _one_line(f"unexpected {type(exc).__name__}: {exc}"))


def _one_line(message: str, limit: int = 300) -> str:
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def store_bytes(
    engine: Engine, data: bytes, name: str, settings: Settings, *, force: bool = False
) -> FileResult:
    """Read, split, extract and store one file in one transaction.

    Raises ScrutinyError (or anything a reader raises) for a bad file; nothing of it is
    stored then. A file already stored is ``unchanged`` without being read, unless
    ``force``.
    """
    from sqlalchemy.exc import IntegrityError

    from scrutiny.store.database import session_scope
    from scrutiny.store.repository import file_exists

    sha256 = hashlib.sha256(data).hexdigest()
    if not force:
        with session_scope(engine) as session:
            if file_exists(session, sha256):
                return _unchanged(session, name, sha256)
    # bounded in any thread (a web upload runs in a worker thread): see scrutiny.deadline
    with time_limit(settings.max_seconds_per_file):
        document = read_bytes(data, name, settings)
        deadline.check()
        papers = papers_of(document)
        deadline.check()
        extraction, problems = extract_papers(
            document.source, papers, parallel=None if settings.fork_helper else False)
    try:
        with session_scope(engine) as session:
            existed = file_exists(session, sha256)
            result = _store(session, document, papers, extraction, data)
            track_stored_file(session, document.sha256)
    except IntegrityError:
        # Another ingest (a second upload of the same file) stored it meanwhile.
        with session_scope(engine) as session:
            if not force and file_exists(session, sha256):
                return _unchanged(session, name, sha256)
        raise
    result.warnings[:0] = problems
    if existed:
        result.status = "updated" if _changed(result.records) else "unchanged"
    return result


def _store(
    session: Session, document: Document, papers: list[Paper], extraction: Extraction,
    data: bytes,
) -> FileResult:
    from scrutiny.store.repository import store_document

    stored = store_document(session, document, papers, extraction, data)
    records = {"inserted": 0, "updated": 0, "unchanged": 0, "deleted": 0}
    for counts in stored.records.values():
        records["inserted"] += counts.insert
        records["updated"] += counts.update
        records["unchanged"] += counts.noop
        records["deleted"] += counts.delete
    return FileResult(
        name=document.source, status="inserted", sha256=document.sha256,
        papers=stored.papers.total, pages=document.page_count, blocks=stored.blocks,
        records=records, warnings=stored.warnings,
    )


def _changed(records: dict[str, int]) -> bool:
    return bool(records.get("inserted") or records.get("updated") or records.get("deleted"))


def _unchanged(session: Session, name: str, sha256: str) -> FileResult:
    from sqlalchemy import func, select

    from scrutiny.store.tables import File, Paper

    pages = session.scalar(select(File.page_count).where(File.sha256 == sha256)) or 0
    papers = session.scalar(
        select(func.count()).select_from(Paper).where(Paper.file_sha256 == sha256)
    ) or 0
    blocks = session.scalar(
        select(func.coalesce(func.sum(Paper.block_count), 0)).where(Paper.file_sha256 == sha256)
    ) or 0
    return FileResult(name=name, status="unchanged", sha256=sha256, papers=papers,
                      pages=pages, blocks=int(blocks))


def track_stored_file(session: Session, sha256: str) -> None:
    """Hook for tracking (issue 5): link the file's records to tracked items.

    Called inside the file's transaction, after its records are stored, so a tracking
    failure rolls the file back with everything else. Does nothing until the tracking
    package provides ``scrutiny.track.link_file(session, sha256)``.
    """
    try:
        track = importlib.import_module("scrutiny.track")
    except ModuleNotFoundError:
        return
    link_file = getattr(track, "link_file", None)
    if link_file is not None:
        link_file(session, sha256)


def _open(settings: Settings) -> Engine:
    from scrutiny.store.database import open_database

    return open_database(settings)


def _now() -> datetime:
    from scrutiny.store.tables import utcnow

    return utcnow()


def _save_run(engine: Engine, report: IngestReport, started: datetime) -> int:
    from scrutiny.store.database import session_scope
    from scrutiny.store.tables import IngestRun

    run = IngestRun(
        started_at=started,
        finished_at=_now(),
        inserted=report.count("inserted") + report.count("updated"),
        unchanged=report.count("unchanged"),
        failed=report.count("failed"),
        results=[asdict(f) for f in report.files],
    )
    with session_scope(engine) as session:
        session.add(run)
        session.flush()
        return run.id


# --- the demo ---------------------------------------------------------------------------

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples" / "papers"
DEMO_DATABASE = Path("scrutiny-demo.db")


def run_demo(
    database: Path = DEMO_DATABASE,
    examples: Path = EXAMPLES_DIR,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest the bundled example papers into a fresh SQLite database at ``database``.

    Raises ConfigError when the examples folder is missing (an install without the
    repository's ``examples/`` folder).
    """
    from scrutiny.errors import ConfigError

    if not examples.is_dir():
        raise ConfigError(f"example papers not found at {examples}; run from a clone of the repo")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    settings = get_settings(database_url=f"sqlite:///{database}")
    return ingest_paths([examples], settings, progress)

