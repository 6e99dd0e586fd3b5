"""Tracking commands of the ``scrutiny`` CLI: registers, timelines and corrections.

Registered on the one Typer app in ``scrutiny.cli``; each is a thin wrapper over
``scrutiny.track`` functions that the web UI calls too.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from scrutiny.cli import DbOption, app, check_format, console, friendly_errors, open_engine
from scrutiny.errors import ConfigError

REGISTERS = {"actions": "action", "findings": "finding", "questions": "question",
             "measures": "measure"}
COLUMNS = {
    "action": ("id", "label", "owner", "status", "due", "overdue", "days_overdue",
               "due_changes", "last_seen"),
    "finding": ("id", "label", "rag", "status", "original_target", "anticipated_completion",
                "slip_count", "slipped_days", "last_seen"),
    "question": ("id", "label", "asker", "respondent", "asked_on", "answered", "answered_on"),
    "measure": ("id", "label", "unit", "latest_value", "latest_period", "change", "notable",
                "points"),
}
ByOption = Annotated[str, typer.Option("--by", help="Who is making the change.")]


def _as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"--as-of {value!r} is not a date: use 2025-03-31") from exc


def _parse_value(raw: str) -> Any:
    """A correction's value: JSON when it parses (null, 3, "x", [..]), else the text."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def _target(session: Any, target: str) -> tuple[str, str]:
    """``TYPE:ID`` for a record, or a bare tracked item id."""
    if ":" in target:
        kind, _, ident = target.partition(":")
        return kind, ident
    return "item", target


@app.command()
@friendly_errors
def register(
    kind: Annotated[str, typer.Argument(help="actions, findings, questions or measures")],
    db: DbOption = None,
    body: Annotated[str | None, typer.Option("--body", help="Committee or board.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only overdue actions.")] = False,
    slipped: Annotated[bool, typer.Option("--slipped", help="Only findings whose target "
                                          "moved later.")] = False,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Judge overdue as of this "
                                              "date (default today).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, json or csv")] = "table",
) -> None:
    """One register of tracked items with their state now, computed from every paper.

    Example: scrutiny register actions --overdue --as-of 2025-03-31
    """
    from scrutiny.store.database import session_scope
    from scrutiny.track.history import register as build_register

    check_format(format, ("table", "json", "csv"))
    if kind not in REGISTERS:
        raise ConfigError(f"unknown register {kind!r}: use {', '.join(REGISTERS)}")
    with session_scope(open_engine(db)) as session:
        rows = build_register(session, REGISTERS[kind], body=body, overdue=overdue,
                              slipped=slipped, as_of=_as_of(as_of))
    columns = COLUMNS[REGISTERS[kind]]
    if format == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    elif format == "csv":
        typer.echo(_csv(rows, columns), nl=False)
    else:
        table = Table(*columns, title=f"{kind.capitalize()} register: {len(rows)}")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        console.print(table)


def _csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    return text if len(text) <= 90 else text[:89] + "…"


@app.command()
@friendly_errors
def timeline(
    item_id: Annotated[str, typer.Argument(help="A tracked item id (from `scrutiny register`).")],
    db: DbOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Judge overdue as of this "
                                              "date.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    """Every paper that mentioned an item, oldest meeting first, with why it was linked.

    Example: scrutiny timeline 3f2a9c0d1e --format json
    """
    from scrutiny.store.database import session_scope
    from scrutiny.track.history import timeline as build_timeline

    check_format(format, ("table", "json"))
    with session_scope(open_engine(db)) as session:
        view = build_timeline(session, item_id, as_of=_as_of(as_of))
    if format == "json":
        typer.echo(json.dumps(view, indent=2, ensure_ascii=False, default=str))
        return
    console.print(f"[bold]{view['kind']}[/bold] {view['id']}: {view['label']}", markup=True,
                  highlight=False)
    table = Table("date", "paper", "page", "linked because", "status / value", "passage")
    for obs in view["timeline"]:
        record, source = obs["record"], obs["source"]
        state = record.get("status") or record.get("rag") or record.get("value") or ""
        table.add_row(obs["observed_on"] or "", source["paper_title"] or source["file_name"],
                      str(source["page"]), obs["link_reason"], _cell(state),
                      _cell(source["source_text"]))
    console.print(table)


@app.command()
@friendly_errors
def correct(
    target: Annotated[str, typer.Argument(help="A tracked item id, or RECORDTYPE:ID for one "
                                          "record (actions:ab12...).")],
    field: Annotated[str, typer.Argument(help="The field to set (status, due, owner, ...).")],
    value: Annotated[str, typer.Argument(help="The new value (JSON null/number allowed).")],
    reason: Annotated[str, typer.Option("--reason", help="Why: kept in the audit trail.")],
    by: ByOption = "cli",
    db: DbOption = None,
) -> None:
    """Correct a field; re-ingesting never overwrites it. Undo with `scrutiny undo ID`.

    Example: scrutiny correct 3f2a9c0d1e status discharged --reason "Closed at May board"
    """
    from scrutiny.store.database import session_scope
    from scrutiny.track.edits import correct as apply

    with session_scope(open_engine(db)) as session:
        kind, ident = _target(session, target)
        done = apply(session, kind, ident, field, _parse_value(value), reason=reason, by=by)
        console.print(f"Correction {done.id}: {field} {done.old_value!r} -> {done.new_value!r}",
                      markup=False, highlight=False)


@app.command()
@friendly_errors
def undo(
    correction_id: Annotated[int, typer.Argument(help="A correction id (see `corrections`).")],
    by: ByOption = "cli",
    db: DbOption = None,
) -> None:
    """Undo a correction, merge or split (the audit trail keeps it, marked undone).

    Example: scrutiny undo 12
    """
    from scrutiny.store.database import session_scope
    from scrutiny.track.edits import undo as apply

    with session_scope(open_engine(db)) as session:
        done = apply(session, correction_id, by=by)
        console.print(f"Undid correction {done.id} ({done.action} {done.field or ''})",
                      markup=False, highlight=False)


@app.command()
@friendly_errors
def merge(
    keep: Annotated[str, typer.Argument(help="The tracked item to keep.")],
    other: Annotated[str, typer.Argument(help="The tracked item merged into it.")],
    reason: Annotated[str, typer.Option("--reason", help="Why they are the same.")],
    by: ByOption = "cli",
    db: DbOption = None,
) -> None:
    """Merge two tracked items that are the same action, finding, question or measure.

    Example: scrutiny merge 3f2a9c0d1e 88b1c2d3e4 --reason "Same action, ref reprinted"
    """
    from scrutiny.store.database import session_scope
    from scrutiny.track.edits import merge as apply

    with session_scope(open_engine(db)) as session:
        done = apply(session, keep, other, reason=reason, by=by)
        console.print(f"Merged {other} into {keep} (correction {done.id})", markup=False)


@app.command()
@friendly_errors
def split(
    item_id: Annotated[str, typer.Argument(help="The tracked item to split.")],
    record_ids: Annotated[list[str], typer.Argument(help="Record ids to move to a new item "
                                                    "(see `scrutiny timeline`).")],
    reason: Annotated[str, typer.Option("--reason", help="Why they differ.")],
    by: ByOption = "cli",
    db: DbOption = None,
) -> None:
    """Move some observations of a tracked item into a new item.

    Example: scrutiny split 3f2a9c0d1e 9a8b7c6d5e --reason "Different action, same wording"
    """
    from scrutiny.store.database import session_scope
    from scrutiny.track.edits import split as apply

    with session_scope(open_engine(db)) as session:
        new, done = apply(session, item_id, record_ids, reason=reason, by=by)
        console.print(f"New item {new.id} (correction {done.id})", markup=False)


@app.command()
@friendly_errors
def corrections(
    action: Annotated[str, typer.Argument(help="list, export, import or review")] = "list",
    file: Annotated[Path | None, typer.Argument(help="JSON file to export to or import "
                                                "from (default: stdout/stdin).")] = None,
    db: DbOption = None,
) -> None:
    """List, export or import people's corrections (papers + corrections rebuild a database);
    review lists corrections whose record is gone after a re-ingest and could not be
    re-attached (they apply to nothing until someone looks).

    Example: scrutiny corrections export corrections.json
    """
    from scrutiny.store.database import session_scope
    from scrutiny.track import edits

    check_format(action, ("list", "export", "import", "review"))
    with session_scope(open_engine(db)) as session:
        if action == "review":
            _print_review(session)
            return
        if action == "import":
            raw = file.read_text(encoding="utf-8") if file else typer.get_text_stream(
                "stdin").read()
            counts = edits.import_corrections(session, _load(raw))
            console.print(f"Applied {counts['applied']}, already present {counts['skipped']}, "
                          f"target missing {counts['missing']}", markup=False)
            return
        rows = edits.export_corrections(session)
    text = json.dumps(rows, indent=2, ensure_ascii=False)
    if action == "export" and file:
        file.write_text(text + "\n", encoding="utf-8")
        console.print(f"Wrote {len(rows)} corrections to {file}", markup=False)
    elif action == "export":
        typer.echo(text)
    else:
        table = Table("id", "when", "by", "action", "target", "field", "old", "new", "reason",
                      "undone")
        for r in reversed(rows):
            table.add_row(str(r["id"]), r["at"][:16], r["by"], r["action"],
                          f"{r['target_type']}:{r['target_id']}", r["field"] or "",
                          _cell(r["old_value"]), _cell(r["new_value"]), _cell(r["reason"]),
                          "yes" if r["undone_at"] else "")
        console.print(table)


def _print_review(session: Any) -> None:
    from scrutiny.track.reattach import needs_review

    rows = needs_review(session)
    noun = "correction needs" if len(rows) == 1 else "corrections need"
    console.print(f"{len(rows)} {noun} review (record gone after re-ingest)", markup=False)
    for r in rows:  # one line each: a narrow terminal must not cut the ids
        anchor = r["anchor"] or {}
        console.print(
            f"#{r['id']} {r['target_type']}:{r['target_id']} {r['field']} = "
            f"{_cell(r['new_value'])} (by {r['by']}, {r['at'][:10]}: {_cell(r['reason'])}); "
            f"was at file {str(anchor.get('file_sha256', ''))[:12]} chars "
            f"{anchor.get('char_start')}-{anchor.get('char_end')}", markup=False, soft_wrap=True)


def _load(raw: str) -> list[dict[str, Any]]:
    try:
        rows = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"corrections file is not JSON: {exc}") from exc
    if not isinstance(rows, list):
        raise ConfigError("corrections file must hold a JSON list (from `corrections export`)")
    return rows
