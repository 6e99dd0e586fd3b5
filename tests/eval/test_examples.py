"""The bundled example papers (examples/papers) are what `scrutiny demo` shows a new user.

Why test them: they are the first thing anyone sees, and the tracking work (issue 5) relies
on them carrying a series (an action whose due date moves, an AFI whose target slips, a
measure over three quarters). These tests check the folder is what examples/README.md
promises and that scrutiny reads those series out of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scrutiny.pipeline import extract_file

REPO = Path(__file__).resolve().parents[2]
PAPERS = REPO / "examples" / "papers"
SOURCES = REPO / "examples" / "sources"


def _extract(name: str) -> dict[str, Any]:
    extraction, _problems = extract_file(PAPERS / name)
    return extraction.contract()


def _one(records: list[dict[str, Any]], key: str, needle: str) -> dict[str, Any]:
    found = [r for r in records if needle.lower() in (r.get(key) or "").lower()]
    assert found, f"no record whose {key} mentions {needle!r}"
    return found[0]


def test_folder_is_small_and_covers_four_formats() -> None:
    papers = sorted(p for p in PAPERS.iterdir() if p.is_file())
    assert {p.suffix for p in papers} >= {".pdf", ".docx", ".html", ".txt"}
    assert sum(p.stat().st_size for p in papers) < 1_000_000
    for paper in papers:  # every built paper has the source it was built from
        stem = paper.name
        assert any(s.name in {stem, f"{stem}.html"} for s in SOURCES.iterdir()), paper.name


@pytest.mark.parametrize("name", sorted(p.name for p in PAPERS.iterdir() if p.is_file()))
def test_each_example_extracts(name: str) -> None:
    """Every example yields at least one meeting and one record of another kind."""
    records = _extract(name)
    assert records["meetings"], name
    assert any(records[t] for t in records if t not in {"file", "meetings"}), name


def test_action_series_due_date_moves_and_status_changes() -> None:
    before = _extract("2024-11-20_accountability-board-notes.docx")["actions"]
    after = _extract("2025-02-19_accountability-board-notes.docx")["actions"]
    custody_before = _one(before, "text", "custody record system")
    custody_after = _one(after, "text", "custody record system")
    assert (custody_before["due"], custody_after["due"]) == ("2025-01-31", "2025-03-31")
    stalking_before = _one(before, "text", "stalking protection orders")
    stalking_after = _one(after, "text", "stalking protection orders")
    assert (stalking_before["status"], stalking_after["status"]) == ("open", "discharged")
    later = _extract("2025-05-21_accountability-board-notes.docx")["actions"]
    assert _one(later, "text", "custody record system")["due"] == "2025-06-30"


def test_finding_series_target_slips_and_rag_changes() -> None:
    before = _extract("2024-11-13_peel-progress.html")["findings"]
    after = _extract("2025-04-09_peel-progress.html")["findings"]
    clare_before = _one(before, "text", "Clare's Law")
    clare_after = _one(after, "text", "Clare's Law")
    assert clare_before["anticipated_completion"] == "2025-02"
    assert clare_after["anticipated_completion"] == "2025-05"
    calls_before = _one(before, "text", "answers emergency and non-emergency calls")
    calls_after = _one(after, "text", "answers emergency and non-emergency calls")
    assert (calls_before["rag"], calls_after["rag"]) == ("amber", "green")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("2024-08-21_performance-report-q1-2024-25.txt", 87.3),
        ("2024-11-20_performance-report-q2-2024-25.md", 84.1),
        ("2025-02-19_performance-report-q3-2024-25.md", 88.6),
        ("2025-05-21_performance-report-q4-2024-25.txt", 91.2),
    ],
)
def test_measure_series_over_four_quarters(name: str, value: float) -> None:
    statistics = _extract(name)["statistics"]
    found = [s for s in statistics if "999" in s["measure"] and s["value"] == value]
    assert found, [s["measure"] for s in statistics]
    assert found[0]["unit"] == "percent"
