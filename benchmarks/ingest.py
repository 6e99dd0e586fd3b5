"""End-to-end ingest speed against raw PDF text extraction, on the same file in one run.

Ingests ``corpus/kent-pdf/bench-300-pages.pdf`` (read, split, extract, store, index) into
a fresh SQLite database, and extracts the same file's text with pypdfium2 alone; reports
pages per second for both and their ratio (target: ingest >= 1/3 of raw). Each is the
median of ``--repeat`` runs, interleaved so machine load hits both alike. A second pass
times the stages separately to show where the time goes.

On a large file the default ingest lets a forked child share reading and extracting
when a CPU is idle (``scrutiny.fork_pair``); the same ingest with ``fork_helper`` off is
timed in the same runs, and the forks made are counted, so the output says what the
second core bought. Machine load
(other work on the same two cores) is recorded at the start and the end.

Usage: .venv/bin/python benchmarks/ingest.py [--repeat 3] [--pdf PATH]
       -> writes benchmarks/results/ingest.json (needs ../shared or SCRUTINY_SHARED)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from scrutiny.config import get_settings
from scrutiny.extract.base import extract_papers
from scrutiny.fork_pair import forks_made
from scrutiny.ingest.read import read_bytes
from scrutiny.pipeline import ingest_paths, papers_of, track_stored_file
from scrutiny.store.database import create_db_engine, init_db, session_scope
from scrutiny.store.repository import store_document, table_counts

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "ingest.json"


def default_pdf() -> Path:
    shared = Path(os.environ.get("SCRUTINY_SHARED") or REPO / ".." / "shared")
    return shared / "corpus" / "kent-pdf" / "bench-300-pages.pdf"


def raw_text(pdf_path: Path) -> tuple[int, float]:
    """Pages and seconds to pull every page's text with pypdfium2 and nothing else."""
    started = time.perf_counter()
    pdf = pdfium.PdfDocument(str(pdf_path))
    pages = len(pdf)
    for index in range(pages):
        page = pdf[index]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    pdf.close()
    return pages, time.perf_counter() - started


def end_to_end(pdf_path: Path, folder: Path, name: str, *, fork: bool = True
               ) -> tuple[float, dict[str, int]]:
    """Seconds for ``ingest_paths`` into a fresh SQLite database, and what it stored."""
    url = f"sqlite:///{folder / f'ingest-{name}.db'}"
    engine = create_db_engine(url)
    init_db(engine)  # schema creation is not part of ingesting a file
    settings = get_settings(database_url=url, fork_helper=fork)
    started = time.perf_counter()
    report = ingest_paths([pdf_path], settings, engine=engine)
    seconds = time.perf_counter() - started
    if not report.ok:
        sys.exit(f"ingest failed: {report.files[0].reason}")
    with session_scope(engine) as session:
        counts = table_counts(session)
    engine.dispose()
    return seconds, counts


def stages(pdf_path: Path, folder: Path) -> dict[str, float]:
    """Seconds per stage for one pass: read, split, extract, store (+ index), track."""
    data = pdf_path.read_bytes()
    times: dict[str, float] = {}
    started = time.perf_counter()
    document = read_bytes(data, pdf_path.name, get_settings())
    times["read"] = time.perf_counter() - started
    started = time.perf_counter()
    papers = papers_of(document)
    times["split"] = time.perf_counter() - started
    started = time.perf_counter()
    extraction, _ = extract_papers(document.source, papers)
    times["extract"] = time.perf_counter() - started
    engine = create_db_engine(f"sqlite:///{folder / 'stages.db'}")
    init_db(engine)
    with session_scope(engine) as session:
        started = time.perf_counter()
        store_document(session, document, papers, extraction, data)
        times["store_and_index"] = time.perf_counter() - started
        started = time.perf_counter()
        track_stored_file(session, document.sha256)
        times["track"] = time.perf_counter() - started
    engine.dispose()
    return {name: round(seconds, 3) for name, seconds in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", type=Path, default=default_pdf())
    args = parser.parse_args()
    if not args.pdf.is_file():
        sys.exit(f"{args.pdf} not found: set SCRUTINY_SHARED or pass --pdf")
    raw_runs: list[float] = []
    ingest_runs: list[float] = []
    sequential_runs: list[float] = []
    forks: list[int] = []  # helper children forked in each default run (0 when busy)
    load_at_start = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for run in range(args.repeat):
            pages, seconds = raw_text(args.pdf)
            raw_runs.append(seconds)
            forks_before = forks_made()
            seconds, counts = end_to_end(args.pdf, folder, f"{run}")
            ingest_runs.append(seconds)
            forks.append(forks_made() - forks_before)
            seconds, _ = end_to_end(args.pdf, folder, f"{run}-sequential", fork=False)
            sequential_runs.append(seconds)
        stage_times = stages(args.pdf, folder)
    raw = statistics.median(raw_runs)
    ingest = statistics.median(ingest_runs)
    sequential = statistics.median(sequential_runs)
    result = {
        "file": args.pdf.name,
        "pages": pages,
        "repeat": args.repeat,
        "raw_pypdfium2": {"seconds": round(raw, 3), "pages_per_second": round(pages / raw, 1),
                          "runs": [round(s, 3) for s in raw_runs]},
        "ingest_end_to_end": {"seconds": round(ingest, 3),
                              "pages_per_second": round(pages / ingest, 1),
                              "runs": [round(s, 3) for s in ingest_runs]},
        "helper_children_forked_per_run": forks,
        "ingest_never_forking": {
            "seconds": round(sequential, 3), "runs": [round(s, 3) for s in sequential_runs]},
        "ratio_ingest_to_raw": round(raw / ingest, 3),
        "target_ratio": round(1 / 3, 3),
        "meets_target": raw / ingest >= 1 / 3,
        "stages_seconds_one_pass": stage_times,
        "stored": counts,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "platform": platform.platform(), "load_average_at_start": load_at_start,
                    "load_average_at_end": os.getloadavg()},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
