"""How the CLI shows things: progress, summaries, tables, JSON and CSV of stored data.

Kept apart from ``cli.py`` so the commands stay a few lines each. Data comes from the
repository as plain dicts; this module only lays them out.
"""

from __future__ import annotations

import csv
import io
import json
import re
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from scrutiny.errors import ConfigError
from scrutiny.pipeline import FileResult, IngestReport
from scrutiny.store.repository import RecordPage, flat_record
from scrutiny.store.search import HIGHLIGHT_END, HIGHLIGHT_START, Hit, highlight_parts

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Columns shown in the table view of each record type (JSON and CSV carry every field).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "meetings": ("date", "body", "kind", "venue", "present"),
    "agenda_items": ("meeting_date", "number", "title", "resolution"),
    "questions": ("meeting_date", "asker", "respondent", "question", "answer"),
    "actions": ("meeting_date", "owner", "status", "due", "text"),
    "findings": ("inspection", "number", "rag", "status", "anticipated_completion", "text"),
    "judgements": ("inspection", "area", "grade"),
    "statistics": ("measure", "value", "unit", "period", "place"),
}


# Free-text fields that get most of the table's width.
LONG_TEXT = frozenset({"text", "question", "answer", "title", "resolution", "measure"})


DATE_COLUMNS = frozenset({"date", "meeting_date", "due", "anticipated_completion"})


class ProgressBar:
    """A rich progress bar that follows ``pipeline.Progress`` (file by file).

    It redraws on each file's start and end instead of from rich's refresh thread: with
    that thread running, ``scrutiny.fork_pair`` (which forks only when no other thread
    runs) would never let a helper share a large file's work.
    """

    def __init__(self, console: Console) -> None:
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(),
                            MofNCompleteColumn(), console=console, transient=True,
                            auto_refresh=False)
        self.task = self.bar.add_task("ingest", total=None)

    def __enter__(self) -> ProgressBar:
        self.bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.bar.stop()

    def starting(self, name: str, index: int, total: int) -> None:
        self.bar.update(self.task, description=f"Reading {name}", total=total, refresh=True)

    def finished(self, result: FileResult, index: int, total: int) -> None:
        self.bar.update(self.task, completed=index, refresh=True)


def print_report(console: Console, err_console: Console, report: IngestReport) -> None:
    """The ingest summary table, then one line per failed file and per warning."""
    totals = report.totals()
    new_records = sum(f.records.get("inserted", 0) for f in report.files)
    table = Table("", "count", title="Ingest summary")
    rows = {
        "files": len(report.files),
        "inserted": report.count("inserted"),
        "updated": report.count("updated"),
        "unchanged": report.count("unchanged"),
        "failed": report.count("failed"),
        **totals,
        "new records": new_records,
    }
    for name, count in rows.items():
        table.add_row(name, str(count))
    console.print(table)
    for result in report.files:
        for warning in result.warnings:
            err_console.print(f"Warning: {result.name}: {warning}", markup=False,
                              highlight=False, soft_wrap=True)
        if result.status == "failed":
            err_console.print(f"Failed: {result.name}: {result.reason}", markup=False,
                              highlight=False, soft_wrap=True)


def print_papers(console: Console, rows: list[dict[str, Any]]) -> None:
    table = Table("date", "title", "kind", "body", "pages", "file", title="Papers")
    for row in rows:
        pages = f"{row['first_page']}-{row['last_page']}" if row["pages"] > 1 else str(
            row["first_page"])
        table.add_row(row["date"] or "", row["title"] or "(untitled)", row["kind"],
                      row["body"] or "", pages, row["file"]["name"])
    console.print(table)


def print_counts(console: Console, counts: dict[str, int]) -> None:
    table = Table("stored", "rows", title="What the database holds")
    for name, count in counts.items():
        table.add_row(name, str(count))
    console.print(table)


def snippet_text(snippet: str) -> Text:
    """A snippet as rich Text with the matched words highlighted."""
    text = Text()
    for part, marked in highlight_parts(snippet):
        text.append(part, style="bold yellow" if marked else None)
    return text


def hit_json(hit: Hit) -> dict[str, Any]:
    """A hit for scripts: the snippet as plain text plus the [start, end) of each match."""
    plain, spans = "", []
    for part, marked in highlight_parts(hit.snippet):
        if marked:
            spans.append([len(plain), len(plain) + len(part)])
        plain += part
    data = {k: v for k, v in vars(hit).items() if k != "snippet"}
    data.update(snippet=plain, highlights=spans)
    return data


def print_hits(console: Console, query: str, hits: list[Hit]) -> None:
    if not hits:
        console.print(f"No passages match {query!r}.", markup=False, highlight=False)
        return
    for rank, hit in enumerate(hits, start=1):
        heading = Text(f"{rank}. ", style="bold")
        heading.append(hit.paper_title or "(untitled)", style="bold")
        heading.append(f"  {hit.paper_date or 'undated'}  page {hit.page}  {hit.file_name}",
                       style="dim")
        console.print(heading)
        console.print(snippet_text(hit.snippet))
        console.print()


def iso_date(value: str | None, option: str) -> str | None:
    """``value`` if it is an ISO date at some precision; else ConfigError naming the option."""
    if value is None or ISO_DATE.match(value):
        return value
    raise ConfigError(f"{option} {value!r} is not a date: use 2024, 2024-05 or 2024-05-17")


def print_records(console: Console, page: RecordPage, format: str) -> None:
    if format == "json":
        console.file.write(json.dumps(page.items, indent=2, ensure_ascii=False) + "\n")
    elif format == "csv":
        console.file.write(records_csv(page.items))
    else:
        print_record_table(console, page)


def records_csv(items: list[dict[str, Any]]) -> str:
    """Records as CSV with a header row; nested values flattened (``source_page``)."""
    rows = [flat_record(item) for item in items]
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def print_record_table(console: Console, page: RecordPage) -> None:
    columns = TABLE_COLUMNS[page.record_type]
    title = f"{page.record_type.replace('_', ' ').capitalize()}: {len(page.items)} of {page.total}"
    table = Table(title=title, expand=True)
    for column in columns:
        if column in DATE_COLUMNS:
            table.add_column(column, no_wrap=True, min_width=10)
        else:
            table.add_column(column, ratio=4 if column in LONG_TEXT else 1)
    table.add_column("page", no_wrap=True)
    table.add_column("paper", ratio=2)
    for item in page.items:
        cells = [_cell(item.get(c)) for c in columns]
        table.add_row(*cells, str(item["source"]["page"]), item["paper"]["title"] or "")
    console.print(table)


def _cell(value: Any, limit: int = 160) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value).replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    return text if len(text) <= limit else text[: limit - 1] + "…"
