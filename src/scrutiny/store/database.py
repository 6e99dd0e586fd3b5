"""Open a database from a URL, check it answers, and bring its schema to the newest migration.

SQLite is the default (``sqlite:///scrutiny.db``); it gets WAL (readers do not block the
writer, which matters when the web server reads while an ingest runs), enforced foreign
keys and a busy timeout on every connection. PostgreSQL is chosen by URL
(``postgresql+psycopg://user@host/db``). Any URL problem becomes a ConfigError whose
message says what to type instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from scrutiny.config import Settings
from scrutiny.errors import ConfigError

URL_HELP = "use sqlite:///path/to/file.db or postgresql+psycopg://user@host/dbname"


def create_db_engine(url: str, **engine_options: Any) -> Engine:
    """An Engine for ``url``; raises ConfigError for a URL SQLAlchemy cannot use.

    Does not connect: call :func:`check_connection` (or :func:`open_database`) for that.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"cannot parse database URL {url!r}: {URL_HELP}") from exc
    backend = parsed.get_backend_name()
    if backend not in {"sqlite", "postgresql"}:
        raise ConfigError(f"unsupported database {backend!r} in {url!r}: {URL_HELP}")
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # the driver we ship
    if backend == "sqlite":
        _check_sqlite_folder(parsed.database)
    try:
        engine = create_engine(parsed, **engine_options)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise ConfigError(f"cannot use database URL {url!r} ({exc}): {URL_HELP}") from exc
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _check_sqlite_folder(database: str | None) -> None:
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    folder = Path(database).expanduser().resolve().parent
    if not folder.is_dir():
        raise ConfigError(f"folder {folder} for the SQLite database does not exist: create it")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Per-connection settings SQLite does not remember in the file (except WAL)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; much faster commits
    cursor.close()


def check_connection(engine: Engine) -> None:
    """Connect once; raise ConfigError naming the server when it cannot be reached."""
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        where = engine.url.render_as_string(hide_password=True)
        raise ConfigError(f"cannot connect to {where}: {reason}") from exc


def migrations_config(connection: Any) -> Any:
    """An Alembic Config for the migrations shipped inside the package, bound to a connection."""
    from alembic.config import Config

    config = Config()
    location = resources.files("scrutiny.store") / "migrations"
    config.set_main_option("script_location", str(location))
    config.attributes["connection"] = connection
    return config


def init_db(engine: Engine) -> None:
    """Run ``alembic upgrade head`` on ``engine`` (a no-op when already at head)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), "head")


def init_sql(dialect_name: str) -> str:
    """The migrations up to head as one SQL script, for ``dialect_name``.

    Running it gives the same schema as :func:`init_db` (Alembic's offline mode writes
    exactly the statements it would run). Tests use it to build a fresh PostgreSQL
    schema per test in milliseconds instead of re-running Alembic each time.
    """
    import io

    from alembic import command
    from alembic.config import Config

    buffer = io.StringIO()
    config = Config(output_buffer=buffer)
    config.set_main_option("script_location", str(resources.files("scrutiny.store") / "migrations"))
    config.attributes["dialect_name"] = dialect_name
    command.upgrade(config, "head", sql=True)
    return buffer.getvalue()


def open_database(settings: Settings) -> Engine:
    """The Engine for ``settings.database_url``, reachable and migrated to head."""
    engine = create_db_engine(settings.database_url)
    check_connection(engine)
    init_db(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (the CLI prints them later)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit on success, roll back everything on any exception."""
    with session_factory(engine).begin() as session:
        yield session


def with_search_path(url: str, schema: str) -> str:
    """A PostgreSQL URL whose connections use ``schema`` (tests and benchmarks use a
    throwaway schema each, so they never touch each other's tables)."""
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options={quote(f'-csearch_path={schema}')}"


def table_names(engine: Engine) -> list[str]:
    """Names of the tables that exist in the database (for checks and tests)."""
    return sorted(inspect(engine).get_table_names())
