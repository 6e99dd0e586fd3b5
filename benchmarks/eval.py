#!/usr/bin/env python3
"""Score scrutiny's extraction on the development papers (tests/fixtures/eval and dev2).

Why a held-out set: the extractors are tuned on ../shared/corpus/kent, one force's house
style. Issues 3 and 4 ask for generality: the same code must read papers from other
forces, in other layouts and formats. tests/fixtures/eval holds papers from invented
forces written in deliberately different styles, each beside a hand-written
``<name>.gold.json``; extractor authors should not tune on them, so the score here is an
honest estimate of how scrutiny does on a paper it has never seen. Both sets have since
been looked at while tuning, so they are development sets now: tests/fixtures/dev2 was the
blind holdout of session 1, opened in session 2 when a new blind set replaced it
(tests/fixtures/holdout, benchmarks/holdout.py). Scores here measure regressions and
progress on known styles; only the holdout estimates an unseen paper.

Scoring uses ../shared/tools/score.py (the same scorer as the corpus), imported by path:
set SCRUTINY_SHARED to the shared folder, or keep it at ``<repo>/../shared``.

    .venv/bin/python benchmarks/eval.py              # print per-type F1, write results/eval.json
    .venv/bin/python benchmarks/eval.py --show-misses
    .venv/bin/python benchmarks/eval.py --no-write
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
EVAL_DIR = REPO / "tests" / "fixtures" / "eval"
DEV2_DIR = REPO / "tests" / "fixtures" / "dev2"
DEV3_DIR = REPO / "tests" / "fixtures" / "dev3"
DEV4_DIR = REPO / "tests" / "fixtures" / "dev4"
DEV_DIRS = (EVAL_DIR, DEV2_DIR, DEV3_DIR, DEV4_DIR)
RESULTS = REPO / "benchmarks" / "results" / "eval.json"
# Papers kept outside the repository until the end of the session that wrote them, so the
# extractors had never seen them when first scored (tests/fixtures/eval/README.md). Scored
# apart from the rest, they remain the better estimate of performance on an unseen paper.
LATE_FORCES = ("tamsford", "brackenshire", "gwynant", "stourvale")


def eval_pairs(folder: Path | None = None) -> list[tuple[Path, Path]]:
    """(paper, gold) for every gold file of one folder, or of both development sets."""
    folders = [d for d in DEV_DIRS if d.is_dir()] if folder is None else [folder]
    return [pair for one in folders for pair in gold_pairs(one)]


def subset_of(paper: Path) -> str:
    """Which part of the development papers a paper belongs to, for per-subset scores."""
    for extra in (DEV2_DIR, DEV3_DIR, DEV4_DIR):
        if paper.parent.resolve() == extra.resolve():
            return extra.name
    return "late" if paper.name.split("_", 1)[0] in LATE_FORCES else "early"


def run_eval(
    scorer: ModuleType, show_misses: bool = False, folder: Path | None = None
) -> dict[str, Any]:
    """Extract every development paper and score it; totals, per format, subset and file."""
    return score_set(scorer, eval_pairs(folder), show_misses, subset_of)


def main(argv: list[str] | None = None) -> int:
    """Print the per-type table (the scorer's own report) and store the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="list missed/spurious records")
    parser.add_argument("--no-write", action="store_true", help=f"do not write {RESULTS.name}")
    parser.add_argument(
        "--dir", type=Path, default=None, help="score one folder only (no write)"
    )
    args = parser.parse_args(argv)
    if args.dir is not None:
        args.no_write = True
    scorer = load_scorer()
    if scorer is None:
        print(f"eval: scorer not found under {shared_dir()} (set SCRUTINY_SHARED)", file=sys.stderr)
        return 2
    outcome = run_eval(scorer, args.show_misses, args.dir)
    if args.show_misses:
        for name, info in outcome["files"].items():
            for t, v in info["types"].items():
                for rec in v.get("missed", []):
                    print(f"MISSED   {name} {t}: {json.dumps(rec, ensure_ascii=False)[:220]}")
                for rec in v.get("spurious", []):
                    print(f"SPURIOUS {name} {t}: {json.dumps(rec, ensure_ascii=False)[:220]}")
    print(f"{outcome['papers']} papers, extraction {outcome['seconds']:.2f}s")
    scorer.report(outcome["total"])
    print("attributes right among matched records:")
    for record_type, share in outcome["total"].items():
        if share.get("attributes"):
            cells = ", ".join(f"{a} {v:.2f}" for a, v in share["attributes"].items())
            print(f"  {record_type:<13}{cells}")
    for name, subset in outcome["subsets"].items():
        cells = ", ".join(f"{t} {v:.2f}" for t, v in subset["exact_f1"].items())
        print(f"{name} papers ({subset['papers']}): {cells}")
    print("exact F1 by format:")
    for fmt, figures in outcome["by_format"].items():
        cells = ", ".join(f"{t} {v:.2f}" for t, v in figures["exact_f1"].items())
        print(f"  {fmt:<5}({figures['papers']}) {cells}")
    for name, err in outcome["errors"].items():
        print(f"ERROR {name}: {err}")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        stored = {
            "what": "exact/found F1 per record type on tests/fixtures/eval, dev2-dev4",
            "commit": git_commit(REPO),
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            **{k: v for k, v in outcome.items() if k != "files"},
            "files": {
                n: {
                    **{k: v for k, v in f.items() if k != "types"},
                    "exact_f1": {t: round(r["exact_f1"], 3) for t, r in f["types"].items()},
                }
                for n, f in outcome["files"].items()
            },
        }
        RESULTS.write_text(json.dumps(stored, indent=1, default=str) + "\n", encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
