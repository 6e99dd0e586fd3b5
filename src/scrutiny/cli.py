"""The ``scrutiny`` command: one Typer app, each command a thin wrapper over the library.

Errors raised on purpose (ScrutinyError) are printed as one ``Error: ...`` line and the
command exits 1; anything else is a bug and shows its traceback. Every command that
touches the database takes ``--db URL`` (default: ``SCRUTINY_DATABASE_URL``, else
``sqlite:///scrutiny.db``). Presentation lives in ``cli_output``; this module only wires
options to library calls.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from scrutiny.errors import ScrutinyError

app = typer.Typer(
    help="Turn police and crime panel and PCC board papers into a searchable, cited register.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $SCRUTINY_DATABASE_URL or "
                 "sqlite:///scrutiny.db).", show_default=False),
]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many.")]
TableJson = Annotated[str, typer.Option("--format", "-f", help="table or json")]
ListFormat = Annotated[str, typer.Option("--format", "-f", help="table, json or csv")]
BodyOption = Annotated[
    str | None, typer.Option("--body", help="Committee or board (part of its name).")
]


@app.callback()
def main_options() -> None:
    """scrutiny: papers in, a cited register out."""


def friendly_errors(func: F) -> F:
    """Turn a ScrutinyError into ``Error: <message>`` and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ScrutinyError as exc:
            err_console.print(f"Error: {exc}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(1) from exc

    return wrapper  # type: ignore[return-value]


def check_format(value: str, allowed: tuple[str, ...]) -> str:
    """The format name, or ScrutinyError naming the allowed ones."""
    if value not in allowed:
        from scrutiny.errors import ConfigError

        raise ConfigError(f"unknown format {value!r}: use {' or '.join(allowed)}")
    return value


def open_engine(db: str | None, **overrides: object) -> Any:
    """The migrated engine for ``--db`` (or the environment's database)."""
    from scrutiny.config import get_settings
    from scrutiny.store.database import open_database

    return open_database(get_settings(database_url=db, **overrides))


@app.command()
@friendly_errors
def extract(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A paper to read.")],
    format: Annotated[str, typer.Option("--format", "-f", help="json or table")] = "table",
) -> None:
    """Print the records of one file (no database needed).

    Example: scrutiny extract agenda-pack.pdf --format json
    """
    from scrutiny.errors import IngestError
    from scrutiny.pipeline import extract_file

    try:
        result, problems = extract_file(file)
    except IngestError as exc:
        raise IngestError(f"{file}: {exc}") from exc
    for problem in problems:
        err_console.print(f"Warning: {problem}", markup=False, highlight=False)
    if format == "json":
        typer.echo(json.dumps(result.contract(), indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table("record type", "count", title=f"Records in {file.name}")
    for name, count in result.counts().items():
        table.add_row(name, str(count))
    console.print(table)


@app.command()
@friendly_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or globs.")],
    db: DbOption = None,
    max_size: Annotated[
        float | None, typer.Option("--max-size", min=0.001, help="Refuse files over this many MB "
                                   "(default 100).", show_default=False)
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-read files already stored and report changes.")
    ] = False,
) -> None:
    """Read, split, extract and store papers; each file in its own transaction.

    Prints a summary; exits 1 if any file failed (the others are still stored).

    Example: scrutiny ingest papers/ "archive/**/*.pdf" --db sqlite:///panel.db
    """
    from scrutiny import cli_output
    from scrutiny.config import get_settings
    from scrutiny.pipeline import ingest_paths

    max_bytes = int(max_size * 1024 * 1024) if max_size else None
    settings = get_settings(database_url=db, max_file_bytes=max_bytes)
    engine = open_engine(db)
    with cli_output.ProgressBar(console) as progress:
        report = ingest_paths(paths, settings, progress, force=force, engine=engine)
    cli_output.print_report(console, err_console, report)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
@friendly_errors
def papers(
    db: DbOption = None,
    format: TableJson = "table",
    limit: LimitOption = 100,
    body: BodyOption = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Paper kind: minutes, ...")] = None,
) -> None:
    """List stored papers: date, title, kind, body, pages and source file.

    Example: scrutiny papers --kind minutes --format json
    """
    from scrutiny import cli_output
    from scrutiny.store.database import session_scope
    from scrutiny.store.repository import list_papers

    check_format(format, ("table", "json"))
    with session_scope(open_engine(db)) as session:
        rows = list_papers(session, body=body, kind=kind, limit=limit)
    if format == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        cli_output.print_papers(console, rows)


@app.command()
@friendly_errors
def search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", OR, -exclude.')],
    db: DbOption = None,
    format: TableJson = "table",
    limit: LimitOption = 10,
    body: BodyOption = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Paper kind.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Paper year.")] = None,
) -> None:
    """Find passages: ranked, with paper, date, page and a highlighted snippet.

    Example: scrutiny search "stalking protection orders" --year 2024
    """
    from scrutiny import cli_output
    from scrutiny.store.database import session_scope
    from scrutiny.store.search import search as run_search

    check_format(format, ("table", "json"))
    with session_scope(open_engine(db)) as session:
        hits = run_search(session, query, limit=limit, body=body, kind=kind, year=year)
    if format == "json":
        typer.echo(json.dumps([cli_output.hit_json(h) for h in hits], indent=2,
                              ensure_ascii=False))
    else:
        cli_output.print_hits(console, query, hits)


def list_command(record_type: str, example: str) -> Callable[..., None]:
    """A listing command for one record type (meetings, questions, actions)."""

    def command(
        db: DbOption = None,
        format: ListFormat = "table",
        body: BodyOption = None,
        since: Annotated[str | None, typer.Option("--since", help="From this date: "
                                                  "2024, 2024-05 or 2024-05-17.")] = None,
        until: Annotated[str | None, typer.Option("--until", help="Up to this date "
                                                  "(inclusive, any precision).")] = None,
        owner: Annotated[str | None, typer.Option("--owner", help="Owner (actions) or "
                                                  "respondent (questions).")] = None,
        status: Annotated[str | None, typer.Option("--status", help="open or discharged "
                                                   "(actions).")] = None,
        limit: LimitOption = 100,
        offset: Annotated[int, typer.Option("--offset", min=0, help="Skip this many.")] = 0,
        sort: Annotated[str | None, typer.Option("--sort", help="A field; -field for "
                                                 "descending. Default: newest first.")] = None,
    ) -> None:
        from scrutiny import cli_output
        from scrutiny.store.database import session_scope
        from scrutiny.store.repository import RecordQuery, list_records

        check_format(format, ("table", "json", "csv"))
        query = RecordQuery(body=body, since=cli_output.iso_date(since, "--since"),
                            until=cli_output.iso_date(until, "--until"), owner=owner,
                            status=status, limit=limit, offset=offset, sort=sort)
        with session_scope(open_engine(db)) as session:
            page = list_records(session, record_type, query)  # type: ignore[arg-type]
        cli_output.print_records(console, page, format)

    command.__doc__ = (
        f"List stored {record_type} with their source paper and page.\n\n"
        f"Example: {example}"
    )
    return friendly_errors(command)


app.command("meetings")(list_command(
    "meetings", "scrutiny meetings --body panel --since 2024 --format csv"))
app.command("questions")(list_command(
    "questions", "scrutiny questions --owner commissioner --since 2024-10"))
app.command("actions")(list_command(
    "actions", "scrutiny actions --status open --owner force --format json"))


@app.command()
@friendly_errors
def demo(
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Only ingest and list; do not "
                                           "start the web UI (for scripts and CI).")] = False,
    port: Annotated[int, typer.Option("--port", help="Port for the web UI.")] = 8000,
) -> None:
    """Ingest the bundled example papers into a fresh ./scrutiny-demo.db, show them, and
    open the web UI on http://127.0.0.1:8000/ (Ctrl+C stops it).

    Exits 1 if any example failed to ingest.

    Example: scrutiny demo
    """
    if not run_demo_command().ok:
        raise typer.Exit(1)
    if not no_serve:
        from scrutiny.pipeline import DEMO_DATABASE
        from scrutiny.serve.run import run_server

        run_server("127.0.0.1", port, f"sqlite:///{DEMO_DATABASE}", editable=False,
                   say=lambda line: console.print(line, markup=False, highlight=False))


@app.command()
@friendly_errors
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on; editing is on "
                                      "only on 127.0.0.1/localhost.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    db: DbOption = None,
    editable: Annotated[bool, typer.Option("--editable", help="Allow uploads and corrections "
                                           "on a non-loopback address.")] = False,
) -> None:
    """Start the web UI and JSON API (pages, .json and .csv twins, /docs).

    Example: scrutiny serve --port 8080 --db sqlite:///scrutiny-demo.db
    """
    from scrutiny.serve.run import run_server

    run_server(host, port, db, editable,
               say=lambda line: console.print(line, markup=False, highlight=False))


def run_demo_command() -> Any:
    """The demo's work, apart from the command so a server can be started after it.

    Returns the ingest report; the database is ``pipeline.DEMO_DATABASE``.
    """
    from scrutiny import cli_output
    from scrutiny.pipeline import DEMO_DATABASE, run_demo
    from scrutiny.store.database import create_db_engine, session_scope
    from scrutiny.store.repository import list_papers, table_counts

    with cli_output.ProgressBar(console) as progress:
        report = run_demo(progress=progress)
    cli_output.print_report(console, err_console, report)
    engine = create_db_engine(f"sqlite:///{DEMO_DATABASE}")
    with session_scope(engine) as session:
        cli_output.print_papers(console, list_papers(session))
        cli_output.print_counts(console, table_counts(session))
    engine.dispose()
    program = sys.argv[0] if sys.argv[0].endswith("scrutiny") else "scrutiny"
    console.print(f"Stored in {DEMO_DATABASE}. Try: {program} search police "
                  f"--db sqlite:///{DEMO_DATABASE}", markup=False, highlight=False, soft_wrap=True)
    return report


def main() -> None:  # pragma: no cover - console entry point alias
    app()


# Tracking commands (register, timeline, correct, undo, merge, split, corrections) and the
# pre-meeting briefing (brief) live in their own modules and register themselves on ``app``
# when imported.
from scrutiny import cli_brief, cli_track  # noqa: E402, F401
