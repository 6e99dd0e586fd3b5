"""Writes (insert / update / noop, openstates style) and the read queries every interface shares.

Writing: :func:`store_document` puts one file - its bytes, text, papers, blocks and
records - into the session's open transaction; the caller commits or rolls back the
whole file (``pipeline`` does, so a failure leaves nothing half-stored). Every row's
write reports ``insert``, ``update`` or ``noop``; a record's id comes from its natural
key, so re-storing the same content changes nothing.

Reading: :func:`list_papers`, :func:`list_records` and friends return plain dicts (JSON
ready) so the CLI, the web pages and their ``.json``/``.csv`` twins are fed by one query.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from sqlalchemy import FromClause, Select, Table, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from scrutiny.errors import NotFound, StoreError
from scrutiny.ingest.document import Document
from scrutiny.ingest.paper import Paper as PaperSpan
from scrutiny.records import RECORD_TYPES, Extraction, Record, RecordType
from scrutiny.store.corrected import corrected_table
from scrutiny.store.search import clean_text, indexed_in_one_pass
from scrutiny.store.tables import (
    NATURAL_KEYS,
    RECORD_TABLES,
    Block,
    File,
    FileContent,
    Paper,
    contract_fields,
    natural_id,
    paper_id,
    utcnow,
)

Outcome = Literal["insert", "update", "noop"]
BLOCKS: Table = Block.__table__  # type: ignore[assignment]


@dataclass
class WriteCounts:
    """How many rows a write inserted, updated, left alone, or deleted as stale."""

    insert: int = 0
    update: int = 0
    noop: int = 0
    delete: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    @property
    def total(self) -> int:
        return self.insert + self.update + self.noop


@dataclass
class StoredFile:
    """What :func:`store_document` wrote for one file."""

    sha256: str
    papers: WriteCounts = field(default_factory=WriteCounts)
    blocks: int = 0
    records: dict[str, WriteCounts] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def record_total(self) -> int:
        return sum(c.total for c in self.records.values())


# --- writes -----------------------------------------------------------------------------


def file_exists(session: Session, sha256: str) -> bool:
    """True when a file with these bytes is already stored."""
    return session.get(File, sha256) is not None


def store_document(
    session: Session,
    document: Document,
    papers: Sequence[PaperSpan],
    extraction: Extraction,
    data: bytes,
) -> StoredFile:
    """Write one file and everything read from it into the session's transaction.

    Re-storing a file replaces its blocks and reports each paper and record as insert,
    update or noop; records the new extraction no longer yields are deleted as stale.
    Raises StoreError when the document has no sha256 (it must come from ``read_bytes``).
    """
    if not document.sha256:
        raise StoreError(f"{document.source}: document has no sha256; read it with read_bytes")
    result = StoredFile(document.sha256)
    # A file new to the database has no papers, blocks or records yet (all cascade from
    # its row), so their writes skip the lookups and stale deletes a re-store needs.
    new = _write_file(session, document, data)
    spans = list(papers) or [PaperSpan(document, 0, len(document.blocks), title=document.title)]
    result.papers = _write_papers(session, document, spans, new=new)
    result.blocks = _write_blocks(session, document, spans, new=new)
    locator = _PaperLocator(document.sha256, spans)
    for record_type in RECORD_TYPES:
        records = getattr(extraction, record_type)
        result.records[record_type] = _write_records(
            session, record_type, records, locator, result.warnings, new=new
        )
    session.flush()
    return result


def _write_file(session: Session, document: Document, data: bytes) -> bool:
    """Write the file's row and bytes; True when the file was not stored before."""
    row = session.get(File, document.sha256)
    new = row is None
    if row is None:
        row = File(sha256=document.sha256)
        session.add(row)
        session.add(FileContent(sha256=document.sha256, data=data))
    row.name = document.source
    row.format = document.format
    row.size = len(data)
    row.page_count = document.page_count
    row.title = document.title
    row.text = document.text
    row.ingested_at = utcnow()
    session.flush()
    return new


def _paper_values(document: Document, seq: int, span: PaperSpan) -> dict[str, Any]:
    return {
        "id": paper_id(document.sha256, seq),
        "file_sha256": document.sha256,
        "seq": seq,
        "title": span.title,
        "kind": span.kind,
        "date": span.date,
        "body": span.body,
        "first_page": span.first_page,
        "last_page": span.last_page,
        "char_start": span.start,
        "char_end": span.end,
        "block_count": span.last - span.first,
    }


def _write_papers(session: Session, document: Document, spans: Sequence[PaperSpan], *,
                  new: bool) -> WriteCounts:
    table: Table = Paper.__table__  # type: ignore[assignment]
    rows = [_paper_values(document, seq, span) for seq, span in enumerate(spans)]
    counts = upsert_rows(session, table, rows, new=new)
    if new:
        return counts
    stale = delete(table).where(
        table.c.file_sha256 == document.sha256, table.c.seq >= len(spans)
    )
    counts.delete = session.execute(stale).rowcount  # type: ignore[attr-defined]
    return counts


def _write_blocks(session: Session, document: Document, spans: Sequence[PaperSpan], *,
                  new: bool) -> int:
    """Replace the file's blocks (they are an index of the text, not records anyone edits)."""
    ids = [paper_id(document.sha256, seq) for seq in range(len(spans))]
    if not new:
        session.execute(delete(Block).where(Block.paper_id.in_(ids)))
    rows = [
        {
            "paper_id": ids[seq],
            "seq": index,
            "page": block.page,
            "kind": block.kind,
            "char_start": block.start,
            "char_end": block.end,
            "text": block.text,
            "rows": block.rows,
        }
        for seq, span in enumerate(spans)
        for index, block in enumerate(span.blocks, start=span.first)
    ]
    if rows:
        with indexed_in_one_pass(session, ids):
            # Core, not the ORM's bulk insert: thousands of plain rows, nothing to track.
            session.connection().execute(insert(BLOCKS), rows)
    return len(rows)


class _PaperLocator:
    """Finds the paper a character offset falls in (papers are ordered runs of the text)."""

    def __init__(self, sha256: str, spans: Sequence[PaperSpan]) -> None:
        self.sha256 = sha256
        self.starts = [span.start for span in spans]
        self.ids = [paper_id(sha256, seq) for seq in range(len(spans))]  # hashed once

    def paper_id(self, offset: int) -> str:
        return self.ids[max(0, bisect.bisect_right(self.starts, offset) - 1)]


def record_values(
    record_type: RecordType, record: Record, locator: _PaperLocator, occurrence: Counter[str]
) -> dict[str, Any] | None:
    """The row for one record (provenance first), or None when it has no source."""
    source = record.source
    if source is None:
        return None
    values = {name: getattr(record, name) for name in _model_fields(type(record))}
    key = natural_id(record_type, locator.sha256,
                     *(values.get(name) for name in NATURAL_KEYS[record_type]))
    occurrence[key] += 1  # the same key twice in one file: the second gets its own id
    name, _, version = (record.extractor or "unknown/0").partition("/")
    return {
        "id": key if occurrence[key] == 1 else natural_id(key, occurrence[key]),
        "file_sha256": locator.sha256,
        "paper_id": locator.paper_id(source.start),
        "page": source.page,
        "char_start": source.start,
        "char_end": source.end,
        "source_text": source.text,
        "extractor_name": name,
        "extractor_version": version or "0",
        **values,
    }


@functools.cache
def _model_fields(model: type[Record]) -> tuple[str, ...]:
    # Cached: record_values runs once per record, thousands per large file.
    return tuple(contract_fields(model))


def _write_records(
    session: Session,
    record_type: RecordType,
    records: Iterable[Record],
    locator: _PaperLocator,
    warnings: list[str],
    *,
    new: bool,
) -> WriteCounts:
    occurrence: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    unsourced = 0
    for record in records:
        values = record_values(record_type, record, locator, occurrence)
        if values is None:
            unsourced += 1
        else:
            rows.append(values)
    if unsourced:
        warnings.append(f"{unsourced} {record_type} without a source passage were not stored")
    table = RECORD_TABLES[record_type]
    counts = upsert_rows(session, table, rows, new=new)
    if new:
        return counts
    keep = [row["id"] for row in rows]
    stale = delete(table).where(table.c.file_sha256 == locator.sha256, table.c.id.not_in(keep))
    counts.delete = session.execute(stale).rowcount  # type: ignore[attr-defined]
    return counts


def upsert_rows(session: Session, table: Table, rows: list[dict[str, Any]], *,
                new: bool = False) -> WriteCounts:
    """Insert new rows, update changed ones, leave equal ones alone; count each outcome.

    Rows are matched on ``id``. ``updated_at`` (when the table has it) is set on insert
    and update only, so it says when the content last changed. ``new``: the caller knows
    none of the ids is stored yet, so they are not looked up.
    """
    counts = WriteCounts()
    if not rows:
        return counts
    existing = {} if new else {
        row["id"]: row
        for chunk in _chunks([r["id"] for r in rows], 500)
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings()
    }
    now = utcnow()
    stamped = "updated_at" in table.c
    inserts = []
    for row in rows:
        old = existing.get(row["id"])
        if old is None:
            inserts.append({**row, "updated_at": now} if stamped else row)
            counts.add("insert")
        elif any(old[name] != value for name, value in row.items()):
            values = {**row, "updated_at": now} if stamped else row
            session.execute(update(table).where(table.c.id == row["id"]).values(**values))
            counts.add("update")
        else:
            counts.add("noop")
    if inserts:
        session.execute(insert(table), inserts)
    return counts


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- reads ------------------------------------------------------------------------------


def list_papers(
    session: Session,
    *,
    body: str | None = None,
    kind: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored papers, newest first (undated last), with their file's name."""
    query = (
        select(Paper, File.name.label("file_name"), File.format.label("file_format"))
        .join(File, Paper.file_sha256 == File.sha256)
        .order_by(Paper.date.is_(None), Paper.date.desc(), File.name, Paper.seq)
    )
    if body:
        query = query.where(func.lower(Paper.body).contains(body.lower()))
    if kind:
        query = query.where(Paper.kind == kind)
    rows = session.execute(query.limit(limit).offset(offset)).all()
    return [_paper_dict(paper, name, fmt) for paper, name, fmt in rows]


def _paper_dict(paper: Paper, file_name: str, file_format: str) -> dict[str, Any]:
    return {
        "id": paper.id,
        "title": paper.title,
        "kind": paper.kind,
        "date": paper.date,
        "body": paper.body,
        "first_page": paper.first_page,
        "last_page": paper.last_page,
        "pages": paper.last_page - paper.first_page + 1,
        "blocks": paper.block_count,
        "file": {"sha256": paper.file_sha256, "name": file_name, "format": file_format},
    }


def get_paper(session: Session, paper_id_: str) -> dict[str, Any]:
    """One paper by id; raises NotFound."""
    row = session.execute(
        select(Paper, File.name, File.format)
        .join(File, Paper.file_sha256 == File.sha256)
        .where(Paper.id == paper_id_)
    ).first()
    if row is None:
        raise NotFound(f"no paper with id {paper_id_!r}")
    return _paper_dict(*row)


def paper_blocks(session: Session, paper_id_: str) -> list[Block]:
    """A paper's blocks in reading order (for showing a paper and highlighting a span)."""
    query = select(Block).where(Block.paper_id == paper_id_).order_by(Block.seq)
    return list(session.scalars(query))


def file_content(session: Session, sha256: str) -> tuple[str, bytes]:
    """A stored file's name and original bytes, for download; raises NotFound."""
    row = session.execute(
        select(File.name, FileContent.data)
        .join(FileContent, FileContent.sha256 == File.sha256)
        .where(File.sha256 == sha256)
    ).first()
    if row is None:
        raise NotFound(f"no stored file with sha256 {sha256!r}")
    return row[0], row[1]


def table_counts(session: Session) -> dict[str, int]:
    """Rows per table: files, papers, blocks and each record type (for summaries)."""
    counts = {
        "files": session.scalar(select(func.count()).select_from(File)) or 0,
        "papers": session.scalar(select(func.count()).select_from(Paper)) or 0,
        "blocks": session.scalar(select(func.count()).select_from(Block)) or 0,
    }
    for record_type, table in RECORD_TABLES.items():
        counts[record_type] = session.scalar(select(func.count()).select_from(table)) or 0
    return counts


# --- record listings --------------------------------------------------------------------

# The date a record is "of": its own meeting date, else the paper's date.
RECORD_DATE_COLUMN: dict[RecordType, str | None] = {
    "meetings": "date",
    "agenda_items": "meeting_date",
    "questions": "meeting_date",
    "actions": "meeting_date",
    "findings": None,
    "judgements": None,
    "statistics": None,
}
OWNER_COLUMN: dict[RecordType, str] = {"actions": "owner", "questions": "respondent"}
STATUS_COLUMN: dict[RecordType, str] = {"actions": "status", "findings": "status"}


@dataclass
class RecordQuery:
    """Filters for :func:`list_records`. Text filters match case-insensitively, in part.

    ``since``/``until`` compare ISO dates at any precision: ``until="2024-12"`` keeps
    ``2024-12-18``. ``sort`` names a column, ``-`` first for descending; default is
    newest first.
    """

    body: str | None = None
    since: str | None = None
    until: str | None = None
    owner: str | None = None
    status: str | None = None
    limit: int = 100
    offset: int = 0
    sort: str | None = None


@dataclass
class RecordPage:
    """One page of records plus the total the filters match (for paging links)."""

    record_type: RecordType
    items: list[dict[str, Any]]
    total: int
    query: RecordQuery


def list_records(session: Session, record_type: RecordType, query: RecordQuery) -> RecordPage:
    """Stored records of one type with provenance and paper, filtered, sorted and paged,
    as people see them: filters, sort and total act on corrected values.

    Raises StoreError for a filter the type does not have (``--owner`` on meetings) or
    a sort column that does not exist.
    """
    table = corrected_table(session, record_type)
    base = _filtered(record_type, table, query)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    ordered = base.order_by(*_order(record_type, table, query.sort), table.c.id)
    rows = session.execute(ordered.limit(max(0, query.limit)).offset(max(0, query.offset)))
    items = [record_dict(record_type, row) for row in rows.mappings()]
    return RecordPage(record_type, items, total, query)


def _date_expr(record_type: RecordType, table: FromClause) -> Any:
    column = RECORD_DATE_COLUMN[record_type]
    return func.coalesce(table.c[column], Paper.date) if column else Paper.date


def _filtered(record_type: RecordType, table: FromClause, query: RecordQuery) -> Select[Any]:
    stmt = (
        select(table, Paper.title.label("paper_title"), Paper.kind.label("paper_kind"),
               Paper.date.label("paper_date"), Paper.body.label("paper_body"),
               File.name.label("file_name"))
        .join(Paper, Paper.id == table.c.paper_id)
        .join(File, File.sha256 == table.c.file_sha256)
    )
    query = _cleaned(query)
    if query.body:
        needle = query.body.lower()
        matches = [func.lower(Paper.body).contains(needle)]
        if "body" in table.c:
            matches.append(func.lower(table.c.body).contains(needle))
        stmt = stmt.where(or_(*matches))
    date = _date_expr(record_type, table)
    if query.since:
        stmt = stmt.where(date >= query.since)
    if query.until:
        stmt = stmt.where(date <= query.until + "~")  # "~" sorts after every date character
    if query.owner:
        column = _filter_column(OWNER_COLUMN, record_type, "owner")
        stmt = stmt.where(func.lower(table.c[column]).contains(query.owner.lower()))
    if query.status:
        column = _filter_column(STATUS_COLUMN, record_type, "status")
        stmt = stmt.where(table.c[column] == query.status.lower())
    return stmt


def _cleaned(query: RecordQuery) -> RecordQuery:
    """The query with NUL characters removed from user text (PostgreSQL refuses them)."""

    def clean(value: str | None) -> str | None:
        return clean_text(value) if value else None

    return replace(query, body=clean(query.body), since=clean(query.since),
                   until=clean(query.until), owner=clean(query.owner),
                   status=clean(query.status))


def _filter_column(columns: dict[RecordType, str], record_type: RecordType, name: str) -> str:
    if record_type not in columns:
        usable = ", ".join(sorted(columns))
        raise StoreError(f"the {name} filter does not apply to {record_type} (only {usable})")
    return columns[record_type]


def _order(record_type: RecordType, table: FromClause, sort: str | None) -> list[Any]:
    if not sort:
        date = _date_expr(record_type, table)
        return [date.is_(None), date.desc(), table.c.page, table.c.char_start]
    name = sort.lstrip("-")
    if name not in table.c:
        fields = ", ".join(contract_fields_of(record_type))
        raise StoreError(f"cannot sort {record_type} by {name!r}; use one of: {fields}")
    column = table.c[name]
    return [column.is_(None), column.desc() if sort.startswith("-") else column.asc()]


def contract_fields_of(record_type: RecordType) -> list[str]:
    """The contract's field names of a record type, in the contract's order."""
    return list(_contract_fields_of(record_type))


@functools.cache
def _contract_fields_of(record_type: RecordType) -> tuple[str, ...]:
    # Cached: record_dict runs once per row, and a CSV twin can hold 100,000 rows.
    from scrutiny.records import MODEL_FOR

    return _model_fields(MODEL_FOR[record_type])


def record_dict(record_type: RecordType, row: Any) -> dict[str, Any]:
    """A stored record as JSON: contract fields, id, source, paper, file and extractor."""
    out: dict[str, Any] = {"id": row["id"]}
    out.update({name: row[name] for name in _contract_fields_of(record_type)})
    out["source"] = {"page": row["page"], "start": row["char_start"], "end": row["char_end"],
                     "text": row["source_text"]}
    # ``key in row`` then ``row[key]``: a result row's .get() is several times slower.
    out["paper"] = {"id": row["paper_id"], "title": _get(row, "paper_title"),
                    "kind": _get(row, "paper_kind"), "date": _get(row, "paper_date"),
                    "body": _get(row, "paper_body")}
    out["file"] = {"sha256": row["file_sha256"], "name": _get(row, "file_name")}
    out["extractor"] = f"{row['extractor_name']}/{row['extractor_version']}"
    return out


def _get(row: Any, key: str) -> Any:
    return row[key] if key in row else None  # noqa: SIM401 - faster than RowMapping.get


def get_record(session: Session, record_type: RecordType, record_id: str) -> dict[str, Any]:
    """One record by id, its values corrected where people corrected them; raises NotFound."""
    table = corrected_table(session, record_type)
    row = session.execute(
        _filtered(record_type, table, RecordQuery()).where(table.c.id == record_id)
    ).mappings().first()
    if row is None:
        raise NotFound(f"no {record_type} record with id {record_id!r}")
    return record_dict(record_type, row)


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record dict flattened for CSV: lists joined with "; ", nested keys as ``a_b``."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for inner, inner_value in value.items():
                flat[f"{key}_{inner}"] = inner_value
        elif isinstance(value, list):
            flat[key] = "; ".join(str(v) for v in value)
        else:
            flat[key] = value
    return flat
