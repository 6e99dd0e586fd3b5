"""Opening databases: URLs, pragmas, unreachable servers, and the migrations' schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from scrutiny.config import get_settings
from scrutiny.errors import ConfigError
from scrutiny.store.database import (
    create_db_engine,
    init_db,
    migrations_config,
    open_database,
    table_names,
)
from scrutiny.store.tables import RECORD_TABLES, all_metadata, migrated_by_hand


def schema_differences(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": migrated_by_hand, "compare_type": True}
        )
        return compare_metadata(context, all_metadata())


def test_migrated_schema_equals_the_models(db):
    assert schema_differences(db.engine) == []


def test_every_record_type_has_a_table(db):
    names = table_names(db.engine)
    assert set(RECORD_TABLES) <= set(names)
    assert {"files", "file_contents", "papers", "blocks", "ingest_runs"} <= set(names)


def test_downgrade_to_nothing_and_back(db):
    with db.engine.begin() as connection:
        command.downgrade(migrations_config(connection), "base")
    assert set(table_names(db.engine)) <= {"alembic_version"}
    init_db(db.engine)  # the real migrations, online, on both engines
    assert schema_differences(db.engine) == []


def test_init_db_twice_is_harmless(db):
    init_db(db.engine)
    with db.engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        head = ScriptDirectory.from_config(migrations_config(connection)).get_current_head()
    assert version == head


def test_sqlite_connections_use_wal_and_foreign_keys(tmp_path: Path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "cannot parse database URL 'not a url': use sqlite:///path/to/file.db "
                      "or postgresql+psycopg://user@host/dbname"),
        ("mysql://u@h/db", "unsupported database 'mysql' in 'mysql://u@h/db': use "
                           "sqlite:///path/to/file.db or postgresql+psycopg://user@host/dbname"),
    ],
)
def test_bad_urls_say_what_to_type(url: str, message: str):
    with pytest.raises(ConfigError) as error:
        create_db_engine(url)
    assert str(error.value) == message


def test_sqlite_in_a_missing_folder(tmp_path: Path):
    with pytest.raises(ConfigError, match="does not exist: create it"):
        create_db_engine(f"sqlite:///{tmp_path / 'nope' / 'x.db'}")


def test_unreachable_server_names_it():
    settings = get_settings(
        database_url="postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2"
    )
    with pytest.raises(ConfigError, match=r"^cannot connect to postgresql\+psycopg://nobody@127"):
        open_database(settings)


def test_plain_postgresql_url_uses_psycopg():
    assert create_db_engine("postgresql://u@localhost/db").url.drivername == "postgresql+psycopg"
