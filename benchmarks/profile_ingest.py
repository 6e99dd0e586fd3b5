"""Where ingest spends its time: one stage of the bench PDF under cProfile, the rest timed.

Runs read, split, extract, store (+ index) and track on ``bench-300-pages.pdf`` (or
``--pdf``) once, printing each stage's seconds; the stage named by ``--stage`` runs under
cProfile and its top functions are printed (``--sort tottime`` for self time). Extractor
modules are imported before timing, so their one-off regex compilation is not counted.
On a loaded machine compare shares within one run, never seconds across runs.

Usage: .venv/bin/python benchmarks/profile_ingest.py --stage read [--sort tottime]
       [--limit 40] [--dump out.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scrutiny.config import get_settings
from scrutiny.extract.base import extract_papers
from scrutiny.ingest.read import read_bytes
from scrutiny.pipeline import papers_of, track_stored_file
from scrutiny.store.database import create_db_engine, init_db, session_scope
from scrutiny.store.repository import store_document

REPO = Path(__file__).resolve().parents[1]
STAGES = ("read", "split", "extract", "store", "track")


def default_pdf() -> Path:
    shared = Path(os.environ.get("SCRUTINY_SHARED") or REPO / ".." / "shared")
    return shared / "corpus" / "kent-pdf" / "bench-300-pages.pdf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", choices=(*STAGES, "none"), default="none")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--dump", type=Path, help="write the stage's profile here")
    parser.add_argument("--pdf", type=Path, default=default_pdf())
    args = parser.parse_args()
    if not args.pdf.is_file():
        sys.exit(f"{args.pdf} not found: set SCRUTINY_SHARED or pass --pdf")
    data = args.pdf.read_bytes()

    def run(name: str, step: Callable[[], Any]) -> Any:
        if name != args.stage:
            started = time.perf_counter()
            result = step()
            print(f"{name:8} {time.perf_counter() - started:7.3f} s")
            return result
        profile = cProfile.Profile()
        started = time.perf_counter()
        profile.enable()
        result = step()
        profile.disable()
        print(f"{name:8} {time.perf_counter() - started:7.3f} s (under cProfile)")
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats(args.sort).print_stats(args.limit)
        if args.dump:
            stats.dump_stats(args.dump)
        return result

    # a small paper first, so extractor modules and their regexes are loaded before timing
    warm = read_bytes(data, args.pdf.name, get_settings())
    extract_papers(warm.source, papers_of(warm)[:1])
    document = run("read", lambda: read_bytes(data, args.pdf.name, get_settings()))
    papers = run("split", lambda: papers_of(document))
    extraction, _ = run("extract", lambda: extract_papers(document.source, papers))
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_db_engine(f"sqlite:///{Path(tmp) / 'profile.db'}")
        init_db(engine)
        with session_scope(engine) as session:
            run("store", lambda: store_document(session, document, papers, extraction, data))
            run("track", lambda: track_stored_file(session, document.sha256))
        engine.dispose()


if __name__ == "__main__":
    main()
