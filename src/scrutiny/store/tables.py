"""The schema: files, their text, papers, blocks, one table per record type, ingest runs.

Record tables are *derived* from the pydantic models in ``scrutiny.records`` (the one
contract), so a field added there becomes a column here without a second definition;
an Alembic migration then records the change. Each record row adds provenance: the
file (sha256), the paper, page, character span, the exact source text, and the
extractor's name and version.

Why the original bytes live in the database (``file_contents``) rather than in
``Settings.uploads_dir``: the file is stored in the same transaction as its papers and
records, so a failed ingest leaves no orphan file and a stored paper never lacks its
original; one database is one thing to back up and works the same on SQLite and
PostgreSQL. Files are capped by ``max_file_bytes`` (100 MB), which both engines hold
comfortably, and the bytes sit in their own table so listing files never reads them.

Other modules (the tracking tables of issue 5) declare their tables on the same
``Base``/``metadata``; the Alembic env imports them too.
"""

from __future__ import annotations

import hashlib
import importlib
import types
import typing
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

from scrutiny.records import MODEL_FOR, RECORD_TYPES, Record, RecordType

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# Search objects are made by hand in the search migration (FTS5 on SQLite, a generated
# tsvector column on PostgreSQL), so they are not in ``metadata``; comparisons skip them.
SEARCH_TABLE_PREFIX = "blocks_fts"
SEARCH_VECTOR_COLUMN = "search_vector"

# Contract fields holding ISO dates at the paper's precision ("2024-12-18", "2023-05").
DATE_FIELDS = frozenset(
    {"date", "meeting_date", "due", "anticipated_completion", "original_target",
     "period_start", "period_end"}
)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = metadata


class File(Base):
    """One ingested file, identified by the sha256 of its bytes."""

    __tablename__ = "files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(BigInteger)
    page_count: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # The Document's text: every span (papers, blocks, records) indexes into it.
    text: Mapped[str] = mapped_column(Text, deferred=True)


class FileContent(Base):
    """The original bytes of a file, for download; apart so listings never load them."""

    __tablename__ = "file_contents"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("files.sha256", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Paper(Base):
    """One paper of a file (an agenda pack holds many): blocks ``first_block..last_block``."""

    __tablename__ = "papers"

    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    file_sha256: Mapped[str] = mapped_column(
        ForeignKey("files.sha256", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)  # position of the paper in its file, from 0
    title: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    date: Mapped[str | None] = mapped_column(String(32), index=True)
    body: Mapped[str | None] = mapped_column(Text, index=True)
    first_page: Mapped[int] = mapped_column(Integer)
    last_page: Mapped[int] = mapped_column(Integer)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    block_count: Mapped[int] = mapped_column(Integer, default=0)


class Block(Base):
    """One heading, paragraph, list item or table of a paper: the unit of search."""

    __tablename__ = "blocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    paper_id: Mapped[str] = mapped_column(
        ForeignKey("papers.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)  # position in the file's blocks, from 0
    page: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    rows: Mapped[list[list[str]] | None] = mapped_column(JSON)  # table cells, when a table


class IngestRun(Base):
    """One ``ingest`` call: its counts and each file's outcome (a one-line reason if failed)."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    results: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


# --- record tables, derived from the contract -------------------------------------------

PROVENANCE_FIELDS = (
    "id", "file_sha256", "paper_id", "page", "char_start", "char_end", "source_text",
    "extractor_name", "extractor_version", "updated_at",
)


def contract_fields(model: type[Record]) -> list[str]:
    """The contract's fields of a record model (everything but provenance)."""
    return [name for name in model.model_fields if name not in {"source", "extractor"}]


def column_type(name: str, annotation: Any) -> TypeEngine[Any]:
    """The SQL type for one pydantic field annotation."""
    inner = [a for a in typing.get_args(annotation) if a is not type(None)]
    base = inner[0] if _is_optional(annotation) and len(inner) == 1 else annotation
    origin = typing.get_origin(base)
    if origin is Literal:
        return String(32)  # a fixed width, so a new allowed value needs no migration
    if origin is list:
        return JSON()
    if base is float:
        return Float()
    if base is int:
        return Integer()
    if name in DATE_FIELDS:
        return String(32)  # ISO at the paper's precision; room for an odd extractor value
    return Text()


def _is_optional(annotation: Any) -> bool:
    return typing.get_origin(annotation) in {typing.Union, types.UnionType} and type(
        None
    ) in typing.get_args(annotation)


def record_table(record_type: RecordType, model: type[Record]) -> Table:
    """A table for one record type: provenance columns, then the contract's fields."""
    columns: list[Column[Any]] = [
        Column("id", String(24), primary_key=True),
        Column("file_sha256", ForeignKey("files.sha256", ondelete="CASCADE"), nullable=False,
               index=True),
        Column("paper_id", ForeignKey("papers.id", ondelete="CASCADE"), nullable=False,
               index=True),
        Column("page", Integer, nullable=False),
        Column("char_start", Integer, nullable=False),
        Column("char_end", Integer, nullable=False),
        Column("source_text", Text, nullable=False),
        Column("extractor_name", String(80), nullable=False),
        Column("extractor_version", String(40), nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
    ]
    for name in contract_fields(model):
        field = model.model_fields[name]
        columns.append(Column(name, column_type(name, field.annotation),
                              nullable=not field.is_required()))
    table = Table(record_type, metadata, *columns)
    for name in contract_fields(model):
        if name in DATE_FIELDS:
            Index(f"ix_{record_type}_{name}", table.c[name])
    if record_type in REGISTER_INDEX:
        # A register finds one page of ids by filtering and sorting narrow columns; this
        # covering index lets SQLite do it without reading the wide rows (source_text).
        Index(f"ix_{record_type}_register",
              *(table.c[name] for name in ("paper_id", "id", *REGISTER_INDEX[record_type])))
    return table


# The columns each register filters and sorts by (after paper_id and id), for
# ``ix_<type>_register``; migration 0004 creates the same indexes.
REGISTER_INDEX: dict[str, tuple[str, ...]] = {
    "actions": ("meeting_date", "due", "owner", "status", "ref"),
    "findings": ("rag", "status", "anticipated_completion", "original_target", "number",
                 "inspection"),
    "questions": ("meeting_date", "asker", "respondent"),
}


RECORD_TABLES: dict[RecordType, Table] = {
    record_type: record_table(record_type, MODEL_FOR[record_type]) for record_type in RECORD_TYPES
}

# What identifies a record within its file (with the file's sha256 and the record type).
# Fields that an extractor may refine without the record becoming another one (an
# answer, a status, a due date) are left out, so a re-extraction updates in place.
NATURAL_KEYS: dict[RecordType, tuple[str, ...]] = {
    "meetings": ("body", "date", "kind"),
    "agenda_items": ("meeting_date", "number", "title"),
    "questions": ("meeting_date", "asker", "question"),
    "actions": ("meeting_date", "ref", "text"),
    "findings": ("inspection", "kind", "number", "text"),
    "judgements": ("inspection", "area"),
    "statistics": ("measure", "unit", "period", "place"),
}


def natural_id(*parts: object) -> str:
    """A short stable id from content: the same parts always give the same id."""
    joined = "\x1f".join("" if p is None else " ".join(str(p).split()).casefold() for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def paper_id(file_sha256: str, seq: int) -> str:
    """A paper's id: from its file and its position in that file."""
    return natural_id("paper", file_sha256, seq)


MODEL_MODULES = ("scrutiny.store.tables", "scrutiny.store.tracking_tables")


def all_metadata() -> MetaData:
    """``metadata`` with every model module imported (the tracking tables when present),
    so migrations and schema comparisons see all tables, not just this module's."""
    for module in MODEL_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    return metadata


def migrated_by_hand(obj: Any, name: str | None, type_: str, reflected: bool,
                     compare_to: Any) -> bool:
    """Alembic ``include_object``: False for the search objects the models do not describe."""
    if name is None:
        return True
    if name.startswith(SEARCH_TABLE_PREFIX):
        return False
    return not (type_ == "column" and name == SEARCH_VECTOR_COLUMN)
