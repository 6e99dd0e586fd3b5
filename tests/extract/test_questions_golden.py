"""Golden papers for questions and actions: invented papers in several house styles.

Each ``fixtures_qa/<name>.<ext>`` sits beside ``<name>.expected.json`` holding the
records a reader of the paper would write down. The test reads the paper through the
real pipeline (reader, splitter, every extractor) and checks, per record type in the
expected file, that the same records come out: no more, no fewer, every field right.
Answers and long texts are compared by their opening, as the contract allows.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from scrutiny.pipeline import extract_file

FIXTURES = Path(__file__).parent / "fixtures_qa"
SUFFIXES = {".txt", ".md", ".html", ".docx", ".pdf"}
PAPERS = sorted(p for p in FIXTURES.iterdir() if p.suffix in SUFFIXES)

# Fields compared exactly (after normalising space and quotes), and the text field
# that identifies a record of each type.
EXACT = {
    "questions": ("meeting_date", "asker", "affiliation", "respondent"),
    "actions": ("meeting_date", "owner", "status", "due", "ref"),
}
KEY = {"questions": "question", "actions": "text"}
OPENING = {"questions": ("answer",), "actions": ()}


def norm(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value or "")).replace("’", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def _cases() -> list[tuple[Path, str]]:
    cases = []
    for paper in PAPERS:
        expected = json.loads(paper.with_suffix(".expected.json").read_text())
        cases += [(paper, record_type) for record_type in expected if record_type in KEY]
    return cases


@pytest.fixture(scope="module")
def extracted() -> dict[Path, dict[str, Any]]:
    return {paper: extract_file(paper)[0].contract() for paper in PAPERS}


@pytest.mark.parametrize(
    ("paper", "record_type"), _cases(), ids=lambda v: v.name if isinstance(v, Path) else v
)
def test_golden_paper(
    paper: Path, record_type: str, extracted: dict[Path, dict[str, Any]]
) -> None:
    expected = json.loads(paper.with_suffix(".expected.json").read_text())[record_type]
    got = extracted[paper][record_type]
    key = KEY[record_type]
    got_keys = [norm(r[key]) for r in got]
    assert len(got) == len(expected), f"{paper.name}: got {got_keys}"
    for want in expected:
        match = [r for r in got if norm(r[key]) == norm(want[key])]
        assert match, f"{paper.name}: no {record_type} record {want[key]!r}; got {got_keys}"
        record = match[0]
        for field in EXACT[record_type]:
            if field in want:
                assert norm(record[field]) == norm(want[field]), (
                    f"{paper.name} {want[key][:40]!r}: {field} {record[field]!r} "
                    f"!= {want[field]!r}"
                )
        for field in OPENING[record_type]:
            if want.get(field) is None:
                assert record[field] is None, f"{want[key][:40]!r}: {field} should be null"
            elif want.get("whole"):  # the expected text is the whole answer, no more
                assert norm(record[field]) == norm(want[field]), (
                    f"{want[key][:40]!r}: {field} {record[field]!r}"
                )
            else:
                assert norm(record[field]).startswith(norm(want[field])), (
                    f"{want[key][:40]!r}: {field} {record[field]!r}"
                )
        assert record["source"]["text"], "every record cites its source passage"
