"""Shared pieces of the gold-set scorers (benchmarks/eval.py, benchmarks/holdout.py and
their tests): where ../shared is, the corpus scorer imported by path, and the
(paper, gold) pairs of a folder.

The scorer is the project-independent judge, so it is imported as-is, never copied.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import time
import traceback
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
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


def _by_type(scorer: ModuleType, results: list[dict[str, Any]]) -> dict[str, Any]:
    return {"papers": len(results),
            "exact_f1": {t: round(v["exact_f1"], 3) for t, v in scorer.merge(results).items()}}


def score_set(
    scorer: ModuleType,
    pairs: list[tuple[Path, Path]],
    show_misses: bool = False,
    subset_of: Callable[[Path], str] | None = None,
) -> dict[str, Any]:
    """Extract and score every (paper, gold) pair: totals with pooled attributes, macro
    exact F1, per format, per subset (when ``subset_of`` names each paper's), per file.
    The development and held-out scorers differ only in their papers."""
    results: list[dict[str, Any]] = []
    groups: dict[str, dict[str, list[dict[str, Any]]]] = {"by_format": {}, "subsets": {}}
    files: dict[str, Any] = {}
    errors: dict[str, str] = {}
    seconds = 0.0
    for paper, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        run = extract(paper)
        seconds += run.seconds
        result = scorer.score_pair(gold, run.prediction, show_misses)
        results.append(result)
        groups["by_format"].setdefault(paper.suffix.lower().lstrip("."), []).append(result)
        if subset_of is not None:
            groups["subsets"].setdefault(subset_of(paper), []).append(result)
        files[paper.name] = {"seconds": round(run.seconds, 3), "types": result}
        if run.error:
            errors[paper.name] = run.error
            files[paper.name]["error"] = run.error
        if run.problems:
            files[paper.name]["problems"] = run.problems
    total = scorer.merge(results)
    for record_type, shares in pooled_attributes(results).items():
        total[record_type]["attributes"] = shares
    typed = [v["exact_f1"] for v in total.values() if v["gold"]]
    outcome: dict[str, Any] = {
        "papers": len(files),
        "seconds": round(seconds, 3),
        "total": total,
        "macro_exact_f1": sum(typed) / len(typed) if typed else 0.0,
        "by_format": {f: _by_type(scorer, rs) for f, rs in sorted(groups["by_format"].items())},
    }
    if subset_of is not None:
        outcome["subsets"] = {n: _by_type(scorer, rs) for n, rs in groups["subsets"].items()}
    return {**outcome, "errors": errors, "files": files}


def git_commit(repo: Path) -> str | None:
    """The commit measured, so a stored result can be traced to its code."""
    try:
        out = subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True, timeout=10,
        )
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None


# ---------------------------------------------------------------- gold quotes its paper
# Shared by the gold-integrity tests of the hand-written sets (tests/eval, tests/holdout): every
# quoted gold text and every gold figure must be in the paper as written.


class _VisibleText(HTMLParser):
    """Visible text of an HTML page or source (style, script and title skipped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"style", "script", "title"}:
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "script", "title"}:
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def norm_text(text: str) -> str:
    """Lower case, NFKC, straight quotes, hyphens for dashes, markdown marks and
    whitespace runs collapsed to one space."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    text = text.replace("\u2212", "-").replace("\xa0", " ")
    text = re.sub(r"[*_`#|>]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _docx_words(paper: Path) -> str:
    import docx

    document = docx.Document(str(paper))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
        parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def paper_text(paper: Path) -> str:
    """What a paper says, normalised (norm_text): a PDF or DOCX built from an HTML source
    in ``sources/`` is read from that source; another DOCX with python-docx; HTML as its
    visible text; TXT and Markdown as they are."""
    sources = paper.parent / "sources"
    built_from = [s for s in (sources / f"{paper.name}.html", sources / f"{paper.stem}.html")
                  if s.exists()]
    suffix = paper.suffix.lower()
    if suffix in {".pdf", ".docx"} and built_from:
        raw = built_from[0].read_text(encoding="utf-8")
    elif suffix == ".docx":
        return norm_text(_docx_words(paper))
    else:
        raw = paper.read_text(encoding="utf-8")
    if suffix in {".pdf", ".docx", ".html", ".htm"}:
        parser = _VisibleText()
        parser.feed(raw)
        raw = "".join(parser.parts)
    return norm_text(raw)


_NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
                 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve",
                 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
                 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}


def number_renderings(value: float) -> set[str]:
    """How a paper may print a gold value: 1,204,310 / 1204310 / 4.0 / 2.4m / 2.4 million /
    650k / 27p / nine; a negative value also as its magnitude after a minus sign."""
    out: set[str] = set()
    magnitude = abs(value)
    if float(magnitude).is_integer():
        n = int(magnitude)
        out |= {f"{n:,}", str(n), f"{n:,}.0", f"{n:,}.00"}
        if n in _NUMBER_WORDS:
            out.add(_NUMBER_WORDS[n])
    else:
        out |= {f"{magnitude:,}", f"{magnitude:g}", f"{magnitude:,.1f}", f"{magnitude:,.2f}"}
    if 0 < magnitude < 1:
        out.add(f"{round(magnitude * 100)}p")
    if magnitude >= 100_000:
        out |= {f"{magnitude / 1e6:g}m", f"{magnitude / 1e6:g} million",
                f"{magnitude / 1e6:.2f}m"}
        # a cell of a table headed (£m) prints 89,240,000 as 89.24
        out |= {f"{magnitude / 1e6:g}", f"{magnitude / 1e6:.2f}"}
    if magnitude >= 1_000:
        out.add(f"{magnitude / 1e3:g}k")
    return out


def number_present(value: float, text: str) -> bool:
    """Whether ``text`` (normalised) prints ``value`` in one of its renderings."""
    for shown in number_renderings(value):
        if re.search(rf"(?<![\d.,]){re.escape(shown)}(?![\d]|,\d|\.\d)", text):
            return True
    return False


def gold_quotes(gold: dict[str, Any]) -> list[str]:
    """Every text a gold file quotes from its paper (not measures, bodies or periods,
    which are worded by the examiner)."""
    quoted: list[str] = []
    for item in gold.get("agenda_items", []):
        quoted += [item.get("number") or "", item.get("title") or "",
                   item.get("resolution") or ""]
    for question in gold.get("questions", []):
        quoted += [question.get("question") or "", question.get("answer") or "",
                   question.get("affiliation") or ""]
    quoted += [action.get("text") or "" for action in gold.get("actions", [])]
    quoted += [finding.get("text") or "" for finding in gold.get("findings", [])]
    quoted += [judgement.get("area") or "" for judgement in gold.get("judgements", [])]
    for meeting in gold.get("meetings", []):
        quoted += [meeting.get("venue") or "", *meeting.get("present", []),
                   *meeting.get("apologies", [])]
    return [q for q in quoted if q]
