"""The ``scrutiny`` command: one Typer app, each command a thin wrapper over the library.

Errors raised on purpose (ScrutinyError) are printed as one ``Error: ...`` line and the
command exits 1; anything else is a bug and shows its traceback.
"""

from __future__ import annotations

import json
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
            err_console.print(f"Error: {exc}", markup=False, highlight=False)
            raise typer.Exit(1) from exc

    return wrapper  # type: ignore[return-value]


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


def main() -> None:  # pragma: no cover - console entry point alias
    app()
