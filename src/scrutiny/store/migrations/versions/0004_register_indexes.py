"""register indexes: covering indexes for the actions, findings and questions registers

A register page sorts and filters narrow columns to find one page of ids; without these
indexes SQLite reads every wide row (with its source text) to do it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 08:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here rather than imported, so the migration does not change if the models do.
REGISTER_INDEX: dict[str, tuple[str, ...]] = {
    "actions": ("meeting_date", "due", "owner", "status", "ref"),
    "findings": ("rag", "status", "anticipated_completion", "original_target", "number",
                 "inspection"),
    "questions": ("meeting_date", "asker", "respondent"),
}


def upgrade() -> None:
    for table, columns in REGISTER_INDEX.items():
        op.create_index(op.f(f"ix_{table}_register"), table, ["paper_id", "id", *columns])


def downgrade() -> None:
    for table in REGISTER_INDEX:
        op.drop_index(op.f(f"ix_{table}_register"), table_name=table)
