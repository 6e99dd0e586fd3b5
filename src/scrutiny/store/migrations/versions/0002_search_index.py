"""search index: FTS5 on SQLite, a generated tsvector column with GIN on PostgreSQL

Written by hand: neither object is expressible in the models, and each engine gets its
own. Headings are weighted above body text on both (FTS5 column weights in bm25();
tsvector weight A against D). Only the first 100,000 characters of a block are indexed
on PostgreSQL, whose tsvector has a 1 MB cap that a giant table could otherwise hit.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HEADING = "CASE WHEN {t}.kind = 'heading' THEN {t}.text ELSE '' END"
BODY = "CASE WHEN {t}.kind = 'heading' THEN '' ELSE {t}.text END"

SQLITE_UP = [
    # External content: FTS5 keeps only the index and reads text back through this view.
    f"""CREATE VIEW blocks_fts_source AS
        SELECT id, {HEADING.format(t='blocks')} AS heading, {BODY.format(t='blocks')} AS body
        FROM blocks""",
    """CREATE VIRTUAL TABLE blocks_fts USING fts5(
        heading, body, content='blocks_fts_source', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER blocks_fts_insert AFTER INSERT ON blocks BEGIN
        INSERT INTO blocks_fts(rowid, heading, body)
        VALUES (new.id, {HEADING.format(t='new')}, {BODY.format(t='new')});
        END""",
    f"""CREATE TRIGGER blocks_fts_delete AFTER DELETE ON blocks BEGIN
        INSERT INTO blocks_fts(blocks_fts, rowid, heading, body)
        VALUES ('delete', old.id, {HEADING.format(t='old')}, {BODY.format(t='old')});
        END""",
    f"""CREATE TRIGGER blocks_fts_update AFTER UPDATE ON blocks BEGIN
        INSERT INTO blocks_fts(blocks_fts, rowid, heading, body)
        VALUES ('delete', old.id, {HEADING.format(t='old')}, {BODY.format(t='old')});
        INSERT INTO blocks_fts(rowid, heading, body)
        VALUES (new.id, {HEADING.format(t='new')}, {BODY.format(t='new')});
        END""",
    "INSERT INTO blocks_fts(blocks_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS blocks_fts_update",
    "DROP TRIGGER IF EXISTS blocks_fts_delete",
    "DROP TRIGGER IF EXISTS blocks_fts_insert",
    "DROP TABLE IF EXISTS blocks_fts",
    "DROP VIEW IF EXISTS blocks_fts_source",
]
POSTGRES_UP = [
    """ALTER TABLE blocks ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, left(text, 100000)),
                  CASE WHEN kind = 'heading' THEN 'A'::"char" ELSE 'D'::"char" END)
        ) STORED""",
    "CREATE INDEX blocks_fts_gin ON blocks USING gin (search_vector)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS blocks_fts_gin",
    "ALTER TABLE blocks DROP COLUMN IF EXISTS search_vector",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_context().dialect.name  # works offline (as SQL) too
    _run(SQLITE_UP if dialect == "sqlite" else POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_context().dialect.name
    _run(SQLITE_DOWN if dialect == "sqlite" else POSTGRES_DOWN)
