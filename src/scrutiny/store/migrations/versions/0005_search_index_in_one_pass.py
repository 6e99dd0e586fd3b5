"""search index in one pass: a writer may index a file's new blocks in one statement (SQLite)

The per-row ``blocks_fts_insert`` trigger cost an FTS5 insert per block (0.1 s for a
300-page pack). It now stands aside while the ``blocks_fts_batch`` table holds a row:
``store.search.indexed_in_one_pass`` puts a row there inside its transaction, inserts
the blocks, indexes them with one ``INSERT ... SELECT`` and removes the row, so no other
connection ever sees it. Every other writer (tests, benchmarks, a shell) is indexed by
the trigger as before, so none can leave blocks out of search. The delete and update
triggers are unchanged. PostgreSQL computes its tsvector column itself: nothing to do.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 10:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here rather than imported from 0002, so this migration never changes.
HEADING = "CASE WHEN new.kind = 'heading' THEN new.text ELSE '' END"
BODY = "CASE WHEN new.kind = 'heading' THEN '' ELSE new.text END"
INSERT_INDEX = f"INSERT INTO blocks_fts(rowid, heading, body) VALUES (new.id, {HEADING}, {BODY});"

SQLITE_UP = [
    "CREATE TABLE blocks_fts_batch (started INTEGER NOT NULL)",
    "DROP TRIGGER blocks_fts_insert",
    f"""CREATE TRIGGER blocks_fts_insert AFTER INSERT ON blocks
        WHEN NOT EXISTS (SELECT 1 FROM blocks_fts_batch) BEGIN
        {INSERT_INDEX}
        END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER blocks_fts_insert",
    f"CREATE TRIGGER blocks_fts_insert AFTER INSERT ON blocks BEGIN {INSERT_INDEX} END",
    "DROP TABLE blocks_fts_batch",
]


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":  # works offline (as SQL) too
        for statement in SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
