"""The blind held-out set (tests/fixtures/holdout): extract every paper, score it, report.

The set was written in session 2 (2026-11-23) by an outside examiner, blind to the
extractor code and to the earlier test papers: 14 invented papers from eight police force
areas (4 PDF, 3 DOCX, 3 HTML, 3 TXT, 1 Markdown) with hand-written gold (see
tests/fixtures/holdout/README.md; audited by a second examiner in session 2). Nobody
tunes extractors on them. These tests assert only what is honest for an unseen paper:
every gold file is in the contract's shape and quotes its paper (every quoted text and
figure is in the paper; reported questions quoted from the start of their sentence),
every paper extracts without error, and every paper yields at least one record of a type
its gold has. The scores are
printed (``pytest -s``) and stored by benchmarks/holdout.py; no threshold is asserted.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from benchmarks.goldsets import (
    gold_pairs,
    gold_quotes,
    load_scorer,
    norm_text,
    number_present,
    paper_text,
    shared_dir,
)

REPO = Path(__file__).resolve().parents[2]
HOLDOUT = REPO / "tests" / "fixtures" / "holdout"
TYPES = ["meetings", "agenda_items", "questions", "actions", "findings", "judgements",
         "statistics"]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
UNITS = {"count", "percent", "percentage_points", "gbp", "fte", "days", "hours", "years", "ratio"}


PAIRS = gold_pairs(HOLDOUT)
IDS = [paper.name for paper, _ in PAIRS]


@pytest.fixture(scope="module")
def extracted() -> dict[str, tuple[dict[str, Any] | None, str | None]]:
    """Each paper's contract JSON, or the error it raised (extracted once per module)."""
    from scrutiny.pipeline import extract_file

    out: dict[str, tuple[dict[str, Any] | None, str | None]] = {}
    for paper, _ in PAIRS:
        try:
            extraction, _problems = extract_file(paper)
            out[paper.name] = (extraction.contract(), None)
        except Exception as exc:  # reported by the test below, not hidden
            out[paper.name] = (None, f"{type(exc).__name__}: {exc}")
    return out


def test_holdout_set_is_big_and_varied() -> None:
    formats = {paper.suffix.lower() for paper, _ in PAIRS}
    forces = {paper.name.split("_")[0] for paper, _ in PAIRS}
    assert len(PAIRS) >= 10
    assert {".pdf", ".docx", ".html"} <= formats and formats & {".txt", ".md"}
    assert len(forces) >= 5


@pytest.mark.parametrize(("paper", "gold_path"), PAIRS, ids=IDS)
def test_gold_is_in_contract_shape(paper: Path, gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert gold["file"] == paper.name
    assert set(TYPES) <= set(gold)
    for m in gold["meetings"]:
        assert DATE.match(m["date"]) and m["kind"] in {"agenda", "minutes", "notes"}
        assert isinstance(m["present"], list) and isinstance(m["apologies"], list)
    for a in gold["agenda_items"]:
        assert DATE.match(a["meeting_date"]) and a["number"] and a["title"]
    for q in gold["questions"]:
        assert q["asker"] and q["question"] and q["respondent"]
    for a in gold["actions"]:
        assert a["text"] and a["status"] in {"open", "discharged", None}
        assert a["due"] is None or DATE.match(a["due"])
    for f in gold["findings"]:
        assert f["kind"] in {"afi", "recommendation", "cause_of_concern"}
        assert f["rag"] in {"red", "amber", "green", None}
        assert f["status"] in {"complete", "in_progress", None}
        for key in ("anticipated_completion", "original_target"):
            assert f.get(key) is None or DATE.match(f[key])
    for j in gold["judgements"]:
        assert j["grade"] in {"outstanding", "good", "adequate", "requires_improvement",
                              "inadequate"}
    for s in gold["statistics"]:
        assert s["unit"] in UNITS and isinstance(s["value"], int | float) and s["measure"]


@pytest.mark.parametrize(("paper", "gold_path"), PAIRS, ids=IDS)
def test_gold_quotes_the_paper(paper: Path, gold_path: Path) -> None:
    """Every quoted gold text (agenda numbers, titles and resolutions, question and answer
    openings, affiliations, action, finding and judgement texts, venues, present and
    apologies names) and every statistic value is in the paper as printed.

    A PDF or DOCX is read from the HTML it was built from (sources/), the python-docx
    action log with python-docx; whitespace, quotes and dashes are normalised, and a
    value may be printed as 1,204,310 / 2.4m / 650k / 27p / nine or as a cell of a (£m)
    table. Needs no extractor: it checks the gold against its paper only.
    """
    text = paper_text(paper)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    missing = [q for q in gold_quotes(gold) if norm_text(q) not in text]
    assert not missing, f"{paper.name}: gold text not in the paper: {missing}"
    absent = [s for s in gold["statistics"] if not number_present(s["value"], text)]
    assert not absent, f"{paper.name}: gold figures not in the paper: {absent}"


@pytest.mark.parametrize(("paper", "gold_path"), PAIRS, ids=IDS)
def test_gold_reported_questions_quote_the_whole_sentence(paper: Path, gold_path: Path) -> None:
    """Kent practice: a question in reported speech is quoted from the start of its
    sentence ("A Panel Member asked whether ...", "The PCC asked why ..."), never from
    the word after "asked"."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    clipped = [q["question"] for q in gold["questions"]
               if re.match(r"(whether|why|how|what|when|if)\b", q["question"])
               and not q["question"].rstrip().endswith("?")]
    assert not clipped, f"{paper.name}: reported questions quoted from after 'asked': {clipped}"


@pytest.mark.parametrize(("paper", "gold_path"), PAIRS, ids=IDS)
def test_paper_extracts_without_error(extracted, paper: Path, gold_path: Path) -> None:
    prediction, error = extracted[paper.name]
    assert error is None, f"{paper.name}: {error}"
    assert isinstance(prediction, dict)


@pytest.mark.parametrize(("paper", "gold_path"), PAIRS, ids=IDS)
def test_paper_yields_a_record_of_a_gold_type(extracted, paper: Path, gold_path: Path) -> None:
    prediction, error = extracted[paper.name]
    assert error is None, f"{paper.name}: {error}"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold_types = [t for t in TYPES if gold.get(t)]
    found = [t for t in gold_types if (prediction or {}).get(t)]
    assert found, f"{paper.name}: nothing extracted of {gold_types}"


def test_report_holdout_scores(extracted) -> None:
    """Print per-type exact F1 (the scorer's own table); asserts nothing about the level."""
    scorer = load_scorer()
    if scorer is None:
        pytest.skip(f"scorer not found under {shared_dir()} (set SCRUTINY_SHARED)")
    results = []
    for paper, gold_path in PAIRS:
        prediction, _ = extracted[paper.name]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        results.append(scorer.score_pair(gold, prediction or {}))
    total = scorer.merge(results)
    print(f"\nheld-out set: {len(PAIRS)} papers")
    macro = scorer.report(total)
    assert set(total) <= set(TYPES)
    assert 0.0 <= macro <= 1.0
