"""Shared pieces of the gold-set scorers (benchmarks/eval.py, benchmarks/holdout.py and
their tests): where ../shared is, the corpus scorer imported by path, and the
(paper, gold) pairs of a folder.

The scorer is the project-independent judge, so it is imported as-is, never copied.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

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
