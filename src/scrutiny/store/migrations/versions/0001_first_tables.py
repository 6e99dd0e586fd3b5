"""first tables

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 06:47:44.531866
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "files",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_files")),
    )
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inserted", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingest_runs")),
    )
    op.create_table(
        "file_contents",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["files.sha256"],
            name=op.f("fk_file_contents_sha256_files"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_file_contents")),
    )
    op.create_table(
        "papers",
        sa.Column("id", sa.String(length=20), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("date", sa.String(length=32), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("first_page", sa.Integer(), nullable=False),
        sa.Column("last_page", sa.Integer(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("block_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["files.sha256"],
            name=op.f("fk_papers_file_sha256_files"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_papers")),
    )
    with op.batch_alter_table("papers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_papers_body"), ["body"], unique=False)
        batch_op.create_index(batch_op.f("ix_papers_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_papers_file_sha256"), ["file_sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_papers_kind"), ["kind"], unique=False)

    op.create_table(
        "actions",
        sa.Column("id", sa.String(length=24), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("paper_id", sa.String(length=20), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("extractor_name", sa.String(length=80), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("meeting_date", sa.String(length=32), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("due", sa.String(length=32), nullable=True),
        sa.Column("ref", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["files.sha256"],
            name=op.f("fk_actions_file_sha256_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paper_id"], ["papers.id"], name=op.f("fk_actions_paper_id_papers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index("ix_actions_due", ["due"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_file_sha256"), ["file_sha256"], unique=False)
        batch_op.create_index("ix_actions_meeting_date", ["meeting_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_paper_id"), ["paper_id"], unique=False)

    op.create_table(
        "agenda_items",
        sa.Column("id", sa.String(length=24), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("paper_id", sa.String(length=20), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("extractor_name", sa.String(length=80), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("meeting_date", sa.String(length=32), nullable=True),
        sa.Column("number", sa.Text(), nullable=True),
        sa.Column("ref", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["files.sha256"],
            name=op.f("fk_agenda_items_file_sha256_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paper_id"],
            ["papers.id"],
            name=op.f("fk_agenda_items_paper_id_papers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_items_file_sha256"), ["file_sha256"], unique=False
        )
        batch_op.create_index("ix_agenda_items_meeting_date", ["meeting_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_items_paper_id"), ["paper_id"], unique=False)

    op.create_table(
        "blocks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("paper_id", sa.String(length=20), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["paper_id"], ["papers.id"], name=op.f("fk_blocks_paper_id_papers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blocks")),
    )
    with op.batch_alter_table("blocks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_blocks_paper_id"), ["paper_id"], unique=False)

    op.create_table(
        "findings",
        sa.Column("id", sa.String(length=24), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("paper_id", sa.String(length=20), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("extractor_name", sa.String(length=80), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inspection", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=True),
        sa.Column("number", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rag", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("anticipated_completion", sa.String(length=32), nullable=True),
        sa.Column("original_target", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["files.sha256"],
            name=op.f("fk_findings_file_sha256_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paper_id"],
            ["papers.id"],
            name=op.f("fk_findings_paper_id_papers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
    )
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_findings_anticipated_completion", ["anticipated_completion"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_findings_file_sha256"), ["file_sha256"], unique=False)
        batch_op.create_index("ix_findings_original_target", ["original_target"], unique=False)
        batch_op.create_index(batch_op.f("ix_findings_paper_id"), ["paper_id"], unique=False)

    op.create_table(
        "judgements",
        sa.Column("id", sa.String(length=24), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("paper_id", sa.String(length=20), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("extractor_name", sa.String(length=80), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inspection", sa.Text(), nullable=True),
        sa.Column("area", sa.Text(), nullable=False),
        sa.Column("grade", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["files.sha256"],
            name=op.f("fk_judgements_file_sha256_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paper_id"],
            ["papers.id"],
            name=op.f("fk_judgements_paper_id_papers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judgements")),
    )
    with op.batch_alter_table("judgements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_judgements_file_sha256"), ["file_sha256"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_judgements_paper_id"), ["paper_id"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("id", sa.String(length=24), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("paper_id", sa.String(length=20), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("extractor_name", sa.String(length=80), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("date", sa.String(length=32), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=True),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("present", sa.JSON(), nullable=True),
        sa.Column("apologies", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["files.sha256"],
            name=op.f("fk_meetings_file_sha256_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paper_id"],
            ["papers.id"],
            name=op.f("fk_meetings_paper_id_papers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index("ix_meetings_date", ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_file_sha256"), ["file_sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_paper_id"), ["paper_id"], unique=False)

    op.create_table(
        "questions",
        sa.Column("id", sa.String(length=24), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("paper_id", sa.String(length=20), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("extractor_name", sa.String(length=80), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("meeting_date", sa.String(length=32), nullable=True),
        sa.Column("asker", sa.Text(), nullable=True),
        sa.Column("affiliation", sa.Text(), nullable=True),
        sa.Column("respondent", sa.Text(), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["files.sha256"],
            name=op.f("fk_questions_file_sha256_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paper_id"],
            ["papers.id"],
            name=op.f("fk_questions_paper_id_papers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_questions_file_sha256"), ["file_sha256"], unique=False)
        batch_op.create_index("ix_questions_meeting_date", ["meeting_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_questions_paper_id"), ["paper_id"], unique=False)

    op.create_table(
        "statistics",
        sa.Column("id", sa.String(length=24), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("paper_id", sa.String(length=20), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("extractor_name", sa.String(length=80), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=True),
        sa.Column("period", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("measure_key", sa.Text(), nullable=True),
        sa.Column("period_start", sa.String(length=32), nullable=True),
        sa.Column("period_end", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["file_sha256"],
            ["files.sha256"],
            name=op.f("fk_statistics_file_sha256_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paper_id"],
            ["papers.id"],
            name=op.f("fk_statistics_paper_id_papers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistics")),
    )
    with op.batch_alter_table("statistics", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_statistics_file_sha256"), ["file_sha256"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_statistics_paper_id"), ["paper_id"], unique=False)
        batch_op.create_index("ix_statistics_period_end", ["period_end"], unique=False)
        batch_op.create_index("ix_statistics_period_start", ["period_start"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("statistics", schema=None) as batch_op:
        batch_op.drop_index("ix_statistics_period_start")
        batch_op.drop_index("ix_statistics_period_end")
        batch_op.drop_index(batch_op.f("ix_statistics_paper_id"))
        batch_op.drop_index(batch_op.f("ix_statistics_file_sha256"))

    op.drop_table("statistics")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questions_paper_id"))
        batch_op.drop_index("ix_questions_meeting_date")
        batch_op.drop_index(batch_op.f("ix_questions_file_sha256"))

    op.drop_table("questions")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_paper_id"))
        batch_op.drop_index(batch_op.f("ix_meetings_file_sha256"))
        batch_op.drop_index("ix_meetings_date")

    op.drop_table("meetings")
    with op.batch_alter_table("judgements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_judgements_paper_id"))
        batch_op.drop_index(batch_op.f("ix_judgements_file_sha256"))

    op.drop_table("judgements")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_findings_paper_id"))
        batch_op.drop_index("ix_findings_original_target")
        batch_op.drop_index(batch_op.f("ix_findings_file_sha256"))
        batch_op.drop_index("ix_findings_anticipated_completion")

    op.drop_table("findings")
    with op.batch_alter_table("blocks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_blocks_paper_id"))

    op.drop_table("blocks")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_items_paper_id"))
        batch_op.drop_index("ix_agenda_items_meeting_date")
        batch_op.drop_index(batch_op.f("ix_agenda_items_file_sha256"))

    op.drop_table("agenda_items")
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_paper_id"))
        batch_op.drop_index("ix_actions_meeting_date")
        batch_op.drop_index(batch_op.f("ix_actions_file_sha256"))
        batch_op.drop_index("ix_actions_due")

    op.drop_table("actions")
    with op.batch_alter_table("papers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_papers_kind"))
        batch_op.drop_index(batch_op.f("ix_papers_file_sha256"))
        batch_op.drop_index(batch_op.f("ix_papers_date"))
        batch_op.drop_index(batch_op.f("ix_papers_body"))

    op.drop_table("papers")
    op.drop_table("file_contents")
    op.drop_table("ingest_runs")
    op.drop_table("files")
