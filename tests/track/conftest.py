"""Fixtures for tracking tests: the invented series ingested into a fresh database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import series

from scrutiny.pipeline import ingest_paths


@pytest.fixture
def papers(tmp_path: Path) -> dict[str, list[Path]]:
    folder = tmp_path / "papers"
    return {
        "board": series.write_board_series(folder / "board"),
        "afi": series.write_afi_series(folder / "afi"),
        "measure": series.write_measure_series(folder / "measure"),
    }


@pytest.fixture
def ingest(db) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    """Ingest paths into the test database, failing the test on any failed file."""

    def run(paths: list[Path], force: bool = False) -> None:
        report = ingest_paths(paths, db.settings(), force=force)
        failed = [f"{f.name}: {f.reason}" for f in report.files if f.status == "failed"]
        assert not failed, failed

    return run
