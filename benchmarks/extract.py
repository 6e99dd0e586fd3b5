"""Extraction time against reading time, per document, for the same documents.

Issue 3 asks that extraction (splitting a document into papers and running every
registered extractor over them) cost no more than reading the file did. This script
reads each document (corpus text, the PDF/DOCX re-layouts, and any
``tests/fixtures/papers`` and ``tests/extract/fixtures_qa`` papers), then splits and
extracts it, each the median of ``--repeat`` runs, and reports the ratio
extract / read per document and overall, with the time of each extractor so a slow one
is easy to find.

Usage: .venv/bin/python benchmarks/extract.py [--repeat 3] [--no-write] [--skip-large]
       -> writes benchmarks/results/extract.json (corpus needs ../shared or SCRUTINY_SHARED)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scrutiny.errors import ScrutinyError
from scrutiny.extract.base import extractors
from scrutiny.ingest.document import Document
from scrutiny.ingest.read import read_path
from scrutiny.pipeline import papers_of

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "extract.json"
SUFFIXES = {".txt", ".md", ".pdf", ".docx", ".html", ".htm"}


def shared_dir() -> Path:
    return Path(os.environ.get("SCRUTINY_SHARED") or REPO / ".." / "shared")


def documents(skip_large: bool) -> list[Path]:
    """Every document to time, corpus first; missing folders are skipped."""
    folders = [
        shared_dir() / "corpus" / "kent",
        shared_dir() / "corpus" / "kent-pdf",
        REPO / "tests" / "fixtures" / "papers",
        REPO / "tests" / "extract" / "fixtures_qa",
    ]
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
    if skip_large:
        found = [p for p in found if p.stat().st_size < 2_000_000]
    return found


def median_seconds(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        func()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def extract_all(document: Document) -> dict[str, float]:
    """Split, then run every extractor over every paper; seconds per stage and extractor."""
    timings: dict[str, float] = {}
    began = time.perf_counter()
    papers = papers_of(document)
    timings["split"] = time.perf_counter() - began
    for extractor in extractors():
        began = time.perf_counter()
        extractor.extract_all(papers)  # failures are reported, not raised; only time counts
        timings[extractor.name] = timings.get(extractor.name, 0.0) + time.perf_counter() - began
    return timings


def clear_caches() -> None:
    """Empty every functools cache in scrutiny, so each run pays for its own work."""
    for name, module in list(sys.modules.items()):
        if name.startswith("scrutiny"):
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def measure(path: Path, repeat: int) -> dict[str, Any]:
    read_s = median_seconds(lambda: read_path(path), repeat)
    document = read_path(path)
    runs = []
    for _ in range(repeat):
        # a fresh Document and empty caches each run, so no cache makes a rerun look free
        fresh = read_path(path)
        clear_caches()
        began = time.perf_counter()
        stages = extract_all(fresh)
        runs.append((time.perf_counter() - began, stages))
    runs.sort(key=lambda run: run[0])
    extract_s, stages = runs[len(runs) // 2]
    return {
        "file": str(path.relative_to(path.parents[1])),
        "format": document.format,
        "pages": document.page_count,
        "blocks": len(document.blocks),
        "chars": len(document.text),
        "read_s": round(read_s, 5),
        "extract_s": round(extract_s, 5),
        "extract_over_read": round(extract_s / read_s, 3) if read_s else None,
        "stages_s": {name: round(seconds, 5) for name, seconds in stages.items()},
    }


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    read = sum(r["read_s"] for r in rows)
    extract = sum(r["extract_s"] for r in rows)
    stages: dict[str, float] = {}
    for row in rows:
        for name, seconds in row["stages_s"].items():
            stages[name] = stages.get(name, 0.0) + seconds
    slower = [r["file"] for r in rows if r["extract_over_read"] and r["extract_over_read"] > 1]
    return {
        "documents": len(rows),
        "read_s": round(read, 4),
        "extract_s": round(extract, 4),
        "extract_over_read": round(extract / read, 3) if read else None,
        "documents_where_extract_costs_more": slower,
        "stages_s": {k: round(v, 4) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--skip-large", action="store_true", help="skip files over 2 MB")
    args = parser.parse_args()
    rows = []
    skipped: dict[str, str] = {}
    for path in documents(args.skip_large):
        try:
            row = measure(path, args.repeat)
        except ScrutinyError as exc:  # fixtures of broken files, on purpose
            skipped[path.name] = str(exc)
            continue
        rows.append(row)
        print(f"{row['file']:<60} read {row['read_s']:8.4f}s  extract {row['extract_s']:8.4f}s"
              f"  x{row['extract_over_read']}")
    result = {
        "summary": summary(rows),
        "documents": rows,
        "skipped_unreadable": skipped,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "repeat": args.repeat,
        "statistic": "median",
    }
    print(json.dumps(result["summary"], indent=2))
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
