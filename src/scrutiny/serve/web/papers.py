"""Papers: the list, the viewer (cited passage highlighted), and the original file."""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from scrutiny.serve.api.twins import twin
from scrutiny.serve.api.view import Table, View
from scrutiny.serve.deps import DB
from scrutiny.serve.highlight import first_mark, split_span, table_pieces
from scrutiny.serve.pdf_pages import page_png
from scrutiny.serve.queries import papers as q
from scrutiny.serve.queries.filters import CSV_LIMIT, RegisterFilters, register_filters
from scrutiny.serve.queries.registers import bodies
from scrutiny.store.repository import file_content

router = APIRouter()
MEDIA_TYPES = {".pdf": "application/pdf", ".html": "text/html", ".htm": "text/html",
               ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
Offset = Annotated[int | None, Query(ge=0, description="character offset in the file's text")]


@twin(router, "/papers", csv=True, tags=["papers"])
def papers(
    request: Request, session: DB, filters: Annotated[RegisterFilters, Depends(register_filters)]
) -> View:
    """Stored papers, newest first; filter by body or words in the title."""
    page = q.paper_list(session, filters)
    columns = ["id", "title", "kind", "date", "body", "first_page", "last_page", "file_name",
               "format", "file_sha256"]

    def all_rows() -> list[dict[str, Any]]:
        unpaged = RegisterFilters(body=filters.body, q=filters.q, per_page=CSV_LIMIT)
        return q.paper_list(session, unpaged).items

    return View("papers.html", {"filters": filters.active(), **page.as_dict()},
                context={"form": filters, "choices": {"bodies": bodies(session)}},
                table=Table(columns, all_rows, filename="papers.csv"))


@twin(router, "/papers/{paper_id}", tags=["papers"])
def paper(
    request: Request, session: DB, paper_id: str, start: Offset = None, end: Offset = None
) -> View:
    """A paper's text, block by block, with [start, end) highlighted and its records."""
    found = q.paper(session, paper_id)
    blocks = [with_pieces(block, start, end) for block in found.pop("blocks")]
    first_mark(blocks)
    records = q.paper_records(session, paper_id)
    data = {**found, "start": start, "end": end, "records": records,
            "blocks": [{k: v for k, v in b.items() if k not in {"pieces", "cells"}}
                       for b in blocks]}
    context = {"pages": pages_of(blocks), "cited": start is not None and end is not None}
    return View("paper.html", data, context=context)


def with_pieces(block: dict[str, Any], start: int | None, end: int | None) -> dict[str, Any]:
    """A block with its text (or its table cells) split around the cited span."""
    out = dict(block)
    if block["kind"] == "table" and block.get("rows"):
        out["cells"] = table_pieces(block["rows"], block["char_start"], start, end)
    else:
        out["pieces"] = split_span(block["text"], block["char_start"], start, end)
    return out


def pages_of(blocks: list[dict[str, Any]]) -> list[tuple[int, list[dict[str, Any]]]]:
    """Blocks grouped by page, in order (for page anchors and links)."""
    grouped: list[tuple[int, list[dict[str, Any]]]] = []
    for block in blocks:
        if not grouped or grouped[-1][0] != block["page"]:
            grouped.append((block["page"], []))
        grouped[-1][1].append(block)
    return grouped


@router.get("/files/{sha256}", tags=["papers"], response_class=Response,
            summary="Download the original file as it was ingested")
def download(session: DB, sha256: str) -> Response:
    """The original bytes, as an attachment (never rendered inline: it may be hostile HTML)."""
    name, data = file_content(session, sha256)
    media = MEDIA_TYPES.get(PurePath(name).suffix.lower(), "text/plain; charset=utf-8")
    safe_name = "".join(c if c.isalnum() or c in "._- " else "_" for c in name) or "paper"
    headers = {"Content-Disposition": f'attachment; filename="{safe_name}"'}
    return Response(data, media_type=media, headers=headers)


@router.get("/files/{sha256}/pages/{number}.png", tags=["papers"], response_class=Response,
            summary="A page of an original PDF as a PNG image")
def page_image(session: DB, sha256: str, number: Annotated[int, Path(ge=1, le=10_000)]) -> Response:
    """The page as printed (PDF originals only); cached by browsers for a day."""
    _name, data = file_content(session, sha256)
    headers = {"Cache-Control": "public, max-age=86400, immutable"}
    return Response(page_png(data, number), media_type="image/png", headers=headers)
