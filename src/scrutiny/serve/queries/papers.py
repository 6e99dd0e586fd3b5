"""Papers: the list, one paper with its blocks for the viewer, and the records it holds.

A single record and a file's bytes come from the store's ``get_record`` / ``file_content``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from scrutiny.errors import NotFound
from scrutiny.records import RECORD_TYPES
from scrutiny.serve.queries.base import (
    PAPERS,
    Page,
    as_record,
    fetch_page,
    record_select,
    row_dict,
    seen_table,
)
from scrutiny.serve.queries.filters import RegisterFilters
from scrutiny.serve.tracking import with_corrections
from scrutiny.store.tables import Block, File

FILES: Table = File.__table__  # type: ignore[assignment]
BLOCKS: Table = Block.__table__  # type: ignore[assignment]
FILE_COLUMNS = (FILES.c.name.label("file_name"), FILES.c.format, FILES.c.page_count)


def paper_list(session: Session, filters: RegisterFilters) -> Page:
    """Papers, newest first, filtered by body and words in the title."""
    query = select(PAPERS, *FILE_COLUMNS).join(FILES, FILES.c.sha256 == PAPERS.c.file_sha256)
    if filters.body:
        query = query.where(PAPERS.c.body == filters.body)
    if filters.q:
        for word in filters.q.split()[:8]:
            query = query.where(func.lower(PAPERS.c.title).contains(word.lower()))
    query = query.order_by(PAPERS.c.date.is_(None), PAPERS.c.date.desc(), PAPERS.c.id)
    return fetch_page(session, query, filters.page, filters.per_page)


def paper(session: Session, paper_id: str) -> dict[str, Any]:
    """A paper with its file's name and format and its blocks in order.

    Raises NotFound for an unknown id.
    """
    row = session.execute(
        select(PAPERS, *FILE_COLUMNS)
        .join(FILES, FILES.c.sha256 == PAPERS.c.file_sha256)
        .where(PAPERS.c.id == paper_id)
    ).mappings().first()
    if row is None:
        raise NotFound(f"no paper {paper_id}: pick one from /papers")
    blocks = session.execute(
        select(BLOCKS.c.id, BLOCKS.c.seq, BLOCKS.c.page, BLOCKS.c.kind, BLOCKS.c.char_start,
               BLOCKS.c.char_end, BLOCKS.c.text, BLOCKS.c.rows)
        .where(BLOCKS.c.paper_id == paper_id)
        .order_by(BLOCKS.c.seq)
    ).mappings()
    return {**row_dict(row), "blocks": [row_dict(b) for b in blocks]}


def paper_records(session: Session, paper_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every record extracted from a paper, by type, in reading order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for record_type in RECORD_TYPES:
        table = seen_table(session, record_type)
        query = record_select(record_type, table).where(table.c.paper_id == paper_id)
        rows = session.execute(query.order_by(table.c.char_start)).mappings()
        out[record_type] = with_corrections(session, record_type,
                                            [as_record(record_type, r) for r in rows])
    return out


def file_papers(session: Session, sha256: str) -> list[dict[str, Any]]:
    """The papers split from one file, in order (an upload's result links to them)."""
    query = select(PAPERS).where(PAPERS.c.file_sha256 == sha256).order_by(PAPERS.c.seq)
    return [row_dict(row) for row in session.execute(query).mappings()]
