"""``scrutiny brief``: output, --output, and the exact error lines a user sees."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny.cli import app

runner = CliRunner()
DATES = ["--as-of", "2025-05-31", "--since", "2025-01-01"]


def test_prints_markdown(ingested) -> None:
    result = runner.invoke(app, ["brief", "--db", ingested.url, *DATES])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Briefing: all panels and boards\n")
    assert "## 1. Overdue actions\n\n1. Share the draft fleet replacement" in result.stdout
    assert result.stderr == ""


def test_writes_html_for_one_body(ingested, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    result = runner.invoke(app, ["brief", "--db", ingested.url, *DATES, "--body", "elmshire",
                                 "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"Wrote the briefing to {out}: 0 overdue actions, 1 slipping finding, 1 notable "
        "measure change, 1 unanswered question, 0 actions discharged and 1 finding "
        "completed since 2025-01-01\n")
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert "<h1>Briefing: Elmshire Police and Crime Panel</h1>" in html


@pytest.mark.parametrize(("args", "message"), [
    (["--as-of", "31/05/2025"], "Error: --as-of '31/05/2025' is not a date: use 2025-03-31\n"),
    (["--since", "2025-13-01"], "Error: --since '2025-13-01' is not a date: use 2025-03-31\n"),
    (["--format", "docx"], "Error: unknown format 'docx': use md or html or pdf\n"),
    (["--format", "pdf"], "Error: --format pdf needs --output FILE (a PDF is not printed)\n"),
    (["--as-of", "2025-01-01", "--since", "2025-02-01"],
     "Error: --since 2025-02-01 is after --as-of 2025-01-01: give an earlier --since\n"),
    (["--body", "Northvale"], "Error: no panel or board matches 'Northvale': known bodies "
     "are none yet (ingest some papers first)\n"),
])
def test_errors_say_how_to_fix(db, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["brief", "--db", db.url, *args])
    assert result.exit_code == 1
    assert result.stderr == message
    assert result.stdout == ""


def test_unwritable_output(db, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "brief.md"
    result = runner.invoke(app, ["brief", "--db", db.url, "--output", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {target}: No such file or directory\n"


def test_writes_pdf(ingested, tmp_path: Path) -> None:
    # CI installs the `pdf` extra and Pango (.ci/run): there a missing WeasyPrint fails.
    if not os.environ.get("CI"):
        pytest.importorskip("weasyprint")
    import pypdfium2

    out = tmp_path / "brief.pdf"
    result = runner.invoke(app, ["brief", "--db", ingested.url, *DATES, "-f", "pdf",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    pdf = pypdfium2.PdfDocument(out)
    width, height = pdf[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "1. Overdue actions" in text
    assert "<script>alert(1)</script> hare coursing" in text  # shown as text, not run
    pdf.close()
