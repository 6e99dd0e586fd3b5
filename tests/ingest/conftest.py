"""Fixtures for the reader tests: the fixture papers and a settings factory."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from scrutiny.config import Settings, get_settings
from scrutiny.ingest.document import Document
from scrutiny.ingest.read import read_bytes, read_path

PAPERS = Path(__file__).resolve().parents[1] / "fixtures" / "papers"
SAME_PAPER = ["progress_report.docx", "progress_report_lo.pdf", "progress_report.html",
              "progress_report_wp.pdf", "progress_report_cr.pdf", "progress_report.md"]


def shared_dir() -> Path:
    """../shared next to the repository, or SCRUTINY_SHARED."""
    env = os.environ.get("SCRUTINY_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture
def papers() -> Path:
    return PAPERS


@pytest.fixture
def expected() -> dict[str, object]:
    return json.loads((PAPERS / "progress_report.expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def settings() -> Callable[..., Settings]:
    """Settings with overrides (limits) for one test; never the user's environment."""
    return lambda **kw: get_settings(**kw)


@pytest.fixture
def read() -> Callable[..., Document]:
    """Read a fixture paper by name, or bytes with a name."""

    def reader(name: str, data: bytes | None = None, **limits: object) -> Document:
        settings = get_settings(**limits)
        if data is None:
            return read_path(PAPERS / name, settings)
        return read_bytes(data, name, settings)

    return reader
