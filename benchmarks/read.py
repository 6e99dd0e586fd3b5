"""How fast the readers turn a PDF into a Document, against raw PDFium text extraction.

On ``corpus/kent-pdf/bench-300-pages.pdf`` (308 pages) this measures, each in a fresh
child process so peak memory (``ru_maxrss``) belongs to that task alone:

- ``raw_pypdfium2``: open the file and pull every page's text with pypdfium2, nothing else;
- ``read_path``: our PDF reader (lines, fonts, headings, ruled and aligned tables, page
  furniture, run-on tables), giving the Document every later stage uses;
- ``read_and_split``: the reader plus splitting into classified papers.

Runs are interleaved (raw, read, split, raw, ...) so machine load hits each alike; the
median of ``--repeat`` runs is reported with every run kept, and the best run too (on a
shared, loaded machine the best is the least disturbed estimate). The project's target is
end-to-end ingest at >= 1/3 of raw pages/s (benchmarks/ingest.py measures that); reading
alone should be well above it.

Usage: .venv/bin/python benchmarks/read.py [--repeat 5] [--pdf PATH]
       -> writes benchmarks/results/read.json; exits 0 with a note when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "read.json"
TASKS = ("raw_pypdfium2", "read_path", "read_and_split")


def default_pdf() -> Path:
    shared = Path(os.environ.get("SCRUTINY_SHARED") or REPO / ".." / "shared")
    return shared / "corpus" / "kent-pdf" / "bench-300-pages.pdf"


def run_task(task: str, path: Path) -> dict[str, float]:
    """Do one task in this process; return pages, seconds and peak resident MB.

    Modules are imported before the clock starts: we measure reading, not start-up.
    """
    import pypdfium2 as pdfium

    from scrutiny.config import get_settings
    from scrutiny.ingest.formats import pdf as _reader  # noqa: F401  (import cost, untimed)
    from scrutiny.ingest.read import read_path
    from scrutiny.ingest.split import split_document

    settings = get_settings()
    started = time.perf_counter()
    if task == "raw_pypdfium2":
        pdf = pdfium.PdfDocument(str(path))
        pages = len(pdf)
        for index in range(pages):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()
        extra: dict[str, float] = {}
    else:
        document = read_path(path, settings)
        pages = document.page_count
        extra = {"blocks": len(document.blocks),
                 "tables": sum(1 for b in document.blocks if b.kind == "table")}
        if task == "read_and_split":
            extra["papers"] = len(split_document(document))
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"pages": pages, "seconds": seconds, "peak_mb": peak_mb, **extra}


def in_child(task: str, path: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", task, "--pdf", str(path)],
        check=True, capture_output=True, text=True, timeout=900,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def summarise(runs: list[dict[str, float]]) -> dict[str, object]:
    seconds = statistics.median(r["seconds"] for r in runs)
    pages = runs[0]["pages"]
    best = min(r["seconds"] for r in runs)
    summary: dict[str, object] = {
        "seconds": round(seconds, 3),
        "pages_per_second": round(pages / seconds, 1),
        "best_seconds": round(best, 3),
        "best_pages_per_second": round(pages / best, 1),
        "peak_mb": round(max(r["peak_mb"] for r in runs), 1),
        "runs_seconds": [round(r["seconds"], 3) for r in runs],
    }
    for key in ("blocks", "tables", "papers"):
        if key in runs[0]:
            summary[key] = int(runs[0][key])
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, default=default_pdf())
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", choices=TASKS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_task(args.child, args.pdf)))
        return 0
    if not args.pdf.exists():
        print(f"skipped: {args.pdf} not found (set SCRUTINY_SHARED)")
        return 0
    runs: dict[str, list[dict[str, float]]] = {task: [] for task in TASKS}
    for _ in range(args.repeat):
        for task in TASKS:
            runs[task].append(in_child(task, args.pdf))
    result: dict[str, object] = {
        "file": args.pdf.name,
        "pages": int(runs["raw_pypdfium2"][0]["pages"]),
        "repeat": args.repeat,
        **{task: summarise(runs[task]) for task in TASKS},
    }
    raw = result["raw_pypdfium2"]["pages_per_second"]  # type: ignore[index]
    raw_best = result["raw_pypdfium2"]["best_pages_per_second"]  # type: ignore[index]
    for task in ("read_path", "read_and_split"):
        speed = result[task]["pages_per_second"]  # type: ignore[index]
        best = result[task]["best_pages_per_second"]  # type: ignore[index]
        result[f"ratio_{task}_to_raw"] = round(speed / raw, 3)
        # best runs are the least disturbed by other load on a shared machine
        result[f"ratio_{task}_to_raw_best"] = round(best / raw_best, 3)
    result["target_ingest_ratio"] = round(1 / 3, 3)
    result["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                         "load_average_1m": round(os.getloadavg()[0], 2),
                         "platform": platform.platform()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
