"""The ``scrutiny brief`` command: a pre-meeting briefing as Markdown or HTML.

Registered on the one Typer app in ``scrutiny.cli``; a thin wrapper over
``scrutiny.brief``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from scrutiny.cli import DbOption, app, check_format, console, friendly_errors, open_engine
from scrutiny.errors import ConfigError

FORMATS = ("md", "html")


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
    format: Annotated[str, typer.Option("--format", "-f", help="md or html")] = "md",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file "
                                                "(default: print).", dir_okay=False)] = None,
    db: DbOption = None,
) -> None:
    """A pre-meeting briefing: overdue actions, slipping findings, measures that moved,
    unanswered questions and what was done, each with its paper, date and page.

    Example: scrutiny brief --body panel --since 2025-01-01 --format html -o brief.html
    """
    from scrutiny.brief.briefing import build_briefing
    from scrutiny.brief.html import render_html
    from scrutiny.brief.markdown import render_markdown
    from scrutiny.store.database import session_scope

    check_format(format, FORMATS)
    as_of_day, since_day = _date(as_of, "--as-of"), _date(since, "--since")
    if as_of_day and since_day and since_day > as_of_day:
        raise ConfigError(f"--since {since} is after --as-of {as_of}: give an earlier --since")
    with session_scope(open_engine(db)) as session:
        briefing = build_briefing(session, body=body, as_of=as_of_day, since=since_day)
    text = render_html(briefing) if format == "html" else render_markdown(briefing)
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {output}: {exc.strerror}") from exc
    console.print(f"Wrote the briefing to {output}: {briefing.summary}", markup=False,
                  highlight=False, soft_wrap=True)
