"""Alembic environment: runs on the connection ``init_db`` passes in, or on a URL.

The models come from ``scrutiny.store.tables`` and, when present, the tracking tables
(``scrutiny.store.tracking_tables``), both on one MetaData. Search objects made by hand
(FTS5 tables, the tsvector column) are left out of comparisons.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from scrutiny.store.tables import all_metadata, migrated_by_hand

config = context.config


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=all_metadata(),
        render_as_batch=True,  # SQLite alters tables by copying them
        include_object=migrated_by_hand,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline(dialect_name: str) -> None:
    """Write the migrations as SQL (``init_sql``) instead of running them."""
    context.configure(
        dialect_name=dialect_name,
        target_metadata=all_metadata(),
        render_as_batch=True,
        include_object=migrated_by_hand,
        literal_binds=True,
        transactional_ddl=False,  # the caller runs the script in its own transaction
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if context.is_offline_mode():
    run_offline(config.attributes.get("dialect_name", "postgresql"))
elif connection is not None:
    run(connection)
else:  # `alembic -x url=...` from a shell, for writing new migrations
    from scrutiny.store.database import create_db_engine

    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///scrutiny.db")
    with create_db_engine(url).begin() as conn:
        run(conn)
