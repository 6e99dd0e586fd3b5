"""The development papers: scrutiny's extraction scored on invented papers of many styles.

tests/fixtures/dev2 holds session 1's blind holdout (12 papers, seven more invented forces),
opened for tuning in session 2 when a new blind set took its place; dev3 (14 papers) and
dev4 (8 papers) were written in session 2 blind to the code, then tuned on. tests/fixtures/eval
holds papers from ten invented forces (Northmarch, Calderbrook, Fenwold, Dunmere, Harbourne,
Wexmoor, Tamsford, Brackenshire, Gwynant, Stourvale) in PDF, DOCX, HTML, text and Markdown,
each in a house style unlike the Kent corpus and unlike each other,
beside a hand-written ``<name>.gold.json``.

Two kinds of test live here:
- integrity of the set itself (shape, coverage, and that every quoted gold text and every
  gold figure really is in the paper), so a typo in the gold cannot pass as an extractor
  failure or hide one;
- the score, using ../shared/tools/score.py (skipped when ../shared is absent), against a
  floor per record type. The floors are the scores measured at the end of the session
  that built this set, less a small margin for harmless wobble: they stop regressions,
  they are not targets (issues 3 and 4 set the targets: 0.85, statistics 0.75).
  ``benchmarks/eval.py`` prints the same figures and stores them in
  benchmarks/results/eval.json.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from benchmarks.goldsets import norm_text, number_present, paper_text

from scrutiny.records import RECORD_TYPES, Extraction

REPO = Path(__file__).resolve().parents[2]


def _load_bench() -> ModuleType:
    """benchmarks/eval.py holds the runner; the test and the benchmark share one code path."""
    name = "scrutiny_bench_eval"
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / "eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


BENCH = _load_bench()
PAIRS: list[tuple[Path, Path]] = BENCH.eval_pairs()  # tests/fixtures/eval + dev2

# Exact F1 floors per record type (micro-averaged over all 55 development papers:
# tests/fixtures/eval, dev2, dev3 and dev4). Measured 2026-11-23 11:36 UTC at commit a4d3b8e
# (benchmarks/results/eval.json): meetings 1.00, agenda_items 1.00, questions 1.00,
# actions 0.99, findings 1.00, judgements 0.99, statistics 0.70. Each floor is that figure
# less 0.05, rounded down to a multiple of 0.05, so harmless wobble passes and a real
# regression fails. Raise them as the extractors improve; never lower one to make a change
# pass. The development papers have been tuned on: these floors guard against regressions,
# the issues' targets (0.85; statistics 0.75) are judged on the blind holdout.
FLOORS: dict[str, float] = {
    "meetings": 0.95,
    "agenda_items": 0.95,
    "questions": 0.95,
    "actions": 0.90,
    "findings": 0.95,
    "judgements": 0.90,
    "statistics": 0.65,
}


def _gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- integrity of the set


def test_set_covers_formats_forces_and_types() -> None:
    """Issue 3/4's unseen-paper claim needs breadth: >= 8 papers, >= 4 forces, all formats."""
    assert len(PAIRS) >= 8
    forces = {paper.name.split("_", 1)[0] for paper, _ in PAIRS}
    assert len(forces) >= 4, forces
    formats = {paper.suffix for paper, _ in PAIRS}
    assert {".pdf", ".docx", ".html", ".txt"} <= formats, formats
    counts = {t: sum(len(_gold(g)[t]) for _, g in PAIRS) for t in RECORD_TYPES}
    assert all(counts[t] >= 5 for t in RECORD_TYPES), counts


@pytest.mark.parametrize(("paper", "gold"), PAIRS, ids=[p.name for p, _ in PAIRS])
def test_gold_is_in_the_contract_shape(paper: Path, gold: Path) -> None:
    """Gold must parse as the record contract, or the scorer compares the wrong thing."""
    data = _gold(gold)
    assert data["file"] == paper.name
    Extraction.model_validate(data)
    iso = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for meeting in data["meetings"]:
        assert iso.match(meeting["date"]), meeting
    for record_type, key in [("agenda_items", "meeting_date"), ("questions", "meeting_date"),
                             ("actions", "due"), ("findings", "anticipated_completion"),
                             ("findings", "original_target")]:
        for record in data[record_type]:
            assert record[key] is None or iso.match(record[key]), record


@pytest.mark.parametrize(("paper", "gold"), PAIRS, ids=[p.name for p, _ in PAIRS])
def test_gold_quotes_the_paper(paper: Path, gold: Path) -> None:
    """Every quoted gold text and every gold figure is really in the paper."""
    text = paper_text(paper)
    data = _gold(gold)
    quoted: list[str] = []
    for item in data["agenda_items"]:
        quoted += [item["number"], item["title"], item["resolution"] or ""]
    for question in data["questions"]:
        quoted += [question["question"], question["answer"] or "", question["affiliation"] or ""]
    quoted += [action["text"] for action in data["actions"]]
    quoted += [finding["text"] for finding in data["findings"]]
    quoted += [judgement["area"] for judgement in data["judgements"]]
    for meeting in data["meetings"]:
        quoted += [meeting["venue"] or "", *meeting["present"], *meeting["apologies"]]
    missing = [q for q in quoted if q and norm_text(q) not in text]
    assert not missing, missing
    absent = [s for s in data["statistics"] if not number_present(s["value"], text)]
    assert not absent, absent


# ---------------------------------------------------------------- the score


@pytest.fixture(scope="module")
def scored() -> dict[str, Any]:
    scorer = BENCH.load_scorer()
    if scorer is None:
        pytest.skip("../shared/tools/score.py not present (set SCRUTINY_SHARED)")
    return BENCH.run_eval(scorer)


def test_every_paper_extracts_without_error(scored: dict[str, Any]) -> None:
    """A valid paper in an unfamiliar style may score badly, but must not crash the pipeline."""
    assert scored["errors"] == {}


@pytest.mark.parametrize("record_type", RECORD_TYPES)
def test_exact_f1_floor(scored: dict[str, Any], record_type: str) -> None:
    total = scored["total"]
    assert record_type in total, f"no {record_type} in gold or prediction"
    f1 = total[record_type]["exact_f1"]
    floor = FLOORS[record_type]
    assert f1 >= floor, f"{record_type}: exact F1 {f1:.3f} < floor {floor}"
