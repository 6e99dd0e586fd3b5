#!/usr/bin/env python3
"""Score scrutiny's extraction on the second held-out set (tests/fixtures/holdout).

The first held-out set (tests/fixtures/eval) has been looked at while the extractors were
tuned, so its score is no longer a clean estimate. tests/fixtures/holdout was written in
session 2 (2026-11-23) blind to the extractor code and to the earlier test papers by an
outside examiner: 14 papers from eight invented police force areas (4 PDF, 3 DOCX, 3 HTML,
3 TXT, 1 Markdown), in house styles unlike the corpus and unlike each other, each beside a
hand-written ``<name>.gold.json`` (see its README.md). Nobody tunes extractors on it; read
the numbers, fix the general failure, never the paper, and never edit gold to match an
output.

Scoring uses ../shared/tools/score.py (the corpus scorer), imported by path: set
SCRUTINY_SHARED to the shared folder, or keep it at ``<repo>/../shared``.

    .venv/bin/python benchmarks/holdout.py                 # per-type/per-format exact F1
    .venv/bin/python benchmarks/holdout.py --show-misses   # also list missed/spurious records
    .venv/bin/python benchmarks/holdout.py --no-write      # do not update results/holdout.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or by path
from goldsets import git_commit, gold_pairs, load_scorer, score_set, shared_dir

REPO = Path(__file__).resolve().parents[1]
HOLDOUT_DIR = REPO / "tests" / "fixtures" / "holdout"
RESULTS = REPO / "benchmarks" / "results" / "holdout.json"


def holdout_pairs(folder: Path = HOLDOUT_DIR) -> list[tuple[Path, Path]]:
    """(paper, gold) for every gold file of the set."""
    return gold_pairs(folder)


def run_holdout(
    scorer: ModuleType, show_misses: bool = False, folder: Path = HOLDOUT_DIR
) -> dict[str, Any]:
    """Extract and score every held-out paper: totals, per format, per file."""
    return score_set(scorer, holdout_pairs(folder), show_misses)


def stored(outcome: dict[str, Any]) -> dict[str, Any]:
    """The JSON written to results/holdout.json: per type, per format, per file."""
    return {
        "what": "exact/found F1 per record type and per format on tests/fixtures/holdout "
        "(second held-out set, written blind to the extractors)",
        "commit": git_commit(REPO),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "papers": outcome["papers"],
        "seconds": outcome["seconds"],
        "macro_exact_f1": round(outcome["macro_exact_f1"], 3),
        "exact_f1": {t: round(v["exact_f1"], 3) for t, v in outcome["total"].items()},
        "total": outcome["total"],
        "by_format": outcome["by_format"],
        "errors": outcome["errors"],
        "files": {
            name: {
                **{k: v for k, v in info.items() if k != "types"},
                "exact_f1": {t: round(r["exact_f1"], 3) for t, r in info["types"].items()},
                "gold_pred": {t: [r["gold"], r["pred"]] for t, r in info["types"].items()},
            }
            for name, info in outcome["files"].items()
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="list missed/spurious records")
    parser.add_argument("--no-write", action="store_true", help=f"do not write {RESULTS.name}")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    if scorer is None:
        print(f"holdout: scorer not found under {shared_dir()} (set SCRUTINY_SHARED)",
              file=sys.stderr)
        return 2
    outcome = run_holdout(scorer, args.show_misses)
    if args.show_misses:
        for name, info in outcome["files"].items():
            for t, v in info["types"].items():
                for rec in v.get("missed", []):
                    print(f"MISSED   {name} {t}: {json.dumps(rec, ensure_ascii=False)[:240]}")
                for rec in v.get("spurious", []):
                    print(f"SPURIOUS {name} {t}: {json.dumps(rec, ensure_ascii=False)[:240]}")
    print(f"{outcome['papers']} papers, extraction {outcome['seconds']:.2f}s")
    scorer.report(outcome["total"])
    print("attributes right among matched records:")
    for record_type, figures in outcome["total"].items():
        if figures.get("attributes"):
            cells = ", ".join(f"{a} {v:.2f}" for a, v in figures["attributes"].items())
            print(f"  {record_type:<13}{cells}")
    print("exact F1 by format:")
    for fmt, figures in outcome["by_format"].items():
        cells = ", ".join(f"{t} {v:.2f}" for t, v in figures["exact_f1"].items())
        print(f"  {fmt:<5}({figures['papers']}) {cells}")
    for name, err in outcome["errors"].items():
        print(f"ERROR {name}: {err}")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(
            json.dumps(stored(outcome), indent=1, default=str) + "\n", encoding="utf-8"
        )
        print(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
