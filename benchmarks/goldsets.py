"""Shared pieces of the gold-set scorers (benchmarks/eval.py, benchmarks/holdout.py and
their tests): where ../shared is, the corpus scorer imported by path, and the
(paper, gold) pairs of a folder.

The scorer is the project-independent judge, so it is imported as-is, never copied.
"""

from __future__ import annotations

import importlib.util
import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PAPER_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".txt", ".md"}


def shared_dir() -> Path:
    """Where ../shared lives: SCRUTINY_SHARED wins, else beside the repository."""
    env = os.environ.get("SCRUTINY_SHARED")
    return Path(env) if env else (REPO / ".." / "shared").resolve()


def load_scorer(module_name: str = "shared_score") -> ModuleType | None:
    """Import shared/tools/score.py by path; None when ../shared is absent."""
    path = shared_dir() / "tools" / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(paper, gold) for every gold file; a gold without exactly one paper is an error
    worth seeing, not a paper to skip."""
    pairs: list[tuple[Path, Path]] = []
    for gold in sorted(folder.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        papers = [p for p in folder.glob(f"{stem}.*") if p.suffix.lower() in PAPER_SUFFIXES]
        if len(papers) != 1:
            found = [p.name for p in papers]
            raise FileNotFoundError(f"{gold.name}: expected one paper {stem}.<ext>, found {found}")
        pairs.append((papers[0], gold))
    return pairs


@dataclass
class Run:
    """One paper's extraction: the contract JSON (empty on failure) and what went wrong."""

    paper: Path
    prediction: dict[str, Any]
    seconds: float
    problems: list[str] = field(default_factory=list)
    error: str | None = None


def extract(paper: Path) -> Run:
    """Extract one paper with scrutiny.pipeline.extract_file, never raising.

    A crash on an unseen paper is itself a finding: it scores as an empty prediction
    (every gold record missed) and is reported, so one bad paper does not hide the
    others' scores behind one traceback.
    """
    from scrutiny.pipeline import extract_file

    start = time.perf_counter()
    try:
        extraction, problems = extract_file(paper)
        return Run(paper, extraction.contract(), time.perf_counter() - start, list(problems))
    except Exception as exc:  # the point is to keep scoring the rest
        where = traceback.extract_tb(exc.__traceback__)[-1]
        message = f"{type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"
        return Run(paper, {}, time.perf_counter() - start, [], message)


def pooled_attributes(results: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Share of matched records with each key attribute right, pooled over all papers.

    The scorer reports this per file only; pooled, it tells an extractor author which
    field (a due date, a RAG, a period) costs the exact score, without reading the papers.
    """
    pooled: dict[str, dict[str, list[float]]] = {}
    for result in results:
        for record_type, figures in result.items():
            matched = figures.get("matched", 0)
            for attribute, share in figures.get("attributes", {}).items():
                tally = pooled.setdefault(record_type, {}).setdefault(attribute, [0.0, 0.0])
                tally[0] += share * matched
                tally[1] += matched
    return {
        record_type: {a: round(ok / n, 3) for a, (ok, n) in attrs.items() if n}
        for record_type, attrs in pooled.items()
    }
