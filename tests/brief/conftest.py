"""Fixtures for briefing tests: the tracking tests' invented series plus tabled questions,
ingested into a fresh database (SQLite and PostgreSQL through ``db``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "track"))

import questions_series
import series

from scrutiny.pipeline import ingest_paths


@pytest.fixture
def papers(tmp_path: Path) -> list[Path]:
    """Every paper of the invented series: board notes, AFI reports, performance
    reports and the Panel's tabled questions."""
    folder = tmp_path / "papers"
    return [
        *series.write_board_series(folder / "board"),
        *series.write_afi_series(folder / "afi"),
        *series.write_measure_series(folder / "measure"),
        *questions_series.write_question_series(folder / "questions"),
    ]


@pytest.fixture
def ingested(db: Any, papers: list[Path]) -> Any:
    """The test database with the series ingested, newest paper first (state must follow
    meeting dates, not ingest order)."""
    report = ingest_paths(list(reversed(papers)), db.settings())
    failed = [f"{f.name}: {f.reason}" for f in report.files if f.status == "failed"]
    assert not failed, failed
    return db
