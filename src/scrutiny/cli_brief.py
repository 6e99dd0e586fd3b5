"""The ``scrutiny brief`` command: a pre-meeting briefing as Markdown or HTML.

Registered on the one Typer app in ``scrutiny.cli``; a thin wrapper over
``scrutiny.brief``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from scrutiny.cli import DbOption, app, check_format, console, friendly_errors, open_engine
from scrutiny.errors import ConfigError

if TYPE_CHECKING:
    from scrutiny.brief.briefing import Briefing

FORMATS = ("md", "html", "pdf")


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"{option} {value!r} is not a date: use 2025-03-31") from exc


@app.command()
@friendly_errors
def brief(
    body: Annotated[str | None, typer.Option("--body", help="Panel or board (its name or a "
                                             "unique part of it).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Judge overdue as of this "
                                              "date (default today).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Moves and completions since "
                                              "this date (default three months before "
                                              "--as-of).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="md, html or pdf (PDF needs "
                                           "WeasyPrint and --output).")] = "md",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file "
                                                "(default: print).", dir_okay=False)] = None,
    db: DbOption = None,
) -> None:
    """A pre-meeting briefing: overdue actions, slipping findings, measures that moved,
    unanswered questions and what was done, each with its paper, date and page.

    Example: scrutiny brief --body panel --since 2025-01-01 --format html -o brief.html
    """
    from scrutiny.brief.briefing import build_briefing
    from scrutiny.store.database import session_scope

    check_format(format, FORMATS)
    if format == "pdf" and output is None:
        raise ConfigError("--format pdf needs --output FILE (a PDF is not printed)")
    as_of_day, since_day = _date(as_of, "--as-of"), _date(since, "--since")
    if as_of_day and since_day and since_day > as_of_day:
        raise ConfigError(f"--since {since} is after --as-of {as_of}: give an earlier --since")
    with session_scope(open_engine(db)) as session:
        briefing = build_briefing(session, body=body, as_of=as_of_day, since=since_day)
    rendered = _render(briefing, format)
    if output is None:
        typer.echo(rendered, nl=False)
        return
    try:
        output.write_bytes(rendered if isinstance(rendered, bytes) else rendered.encode())
    except OSError as exc:
        raise ConfigError(f"cannot write {output}: {exc.strerror}") from exc
    console.print(f"Wrote the briefing to {output}: {briefing.summary}", markup=False,
                  highlight=False, soft_wrap=True)


def _render(briefing: Briefing, format: str) -> str | bytes:
    """The briefing in one of FORMATS (PDF as bytes)."""
    if format == "pdf":
        from scrutiny.brief.pdf import render_pdf

        return render_pdf(briefing)
    if format == "html":
        from scrutiny.brief.html import render_html

        return render_html(briefing)
    from scrutiny.brief.markdown import render_markdown

    return render_markdown(briefing)
