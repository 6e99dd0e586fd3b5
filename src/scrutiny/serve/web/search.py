"""Search: ranked passages with highlighted snippets, facets, and links to the passage."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from scrutiny.serve.api.twins import twin
from scrutiny.serve.api.view import View
from scrutiny.serve.deps import DB
from scrutiny.serve.highlight import snippet_markup
from scrutiny.serve.queries.facets import cached_facets
from scrutiny.store.search import Facets, Hit, highlight_parts, search

router = APIRouter()
PER_PAGE = 20
FACET_WORKERS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="search-facets")


@twin(router, "/search", tags=["search"])
def search_page(
    request: Request,
    session: DB,
    q: Annotated[str, Query(max_length=500, description='words, "phrases", OR, -word')] = "",
    body: Annotated[str | None, Query(description="committee or board (part of its name)")] = None,
    kind: Annotated[str | None, Query(description="paper kind: minutes, report, ...")] = None,
    year: Annotated[str | None, Query(pattern=r"^(\d{4})?$")] = None,
    page: Annotated[int, Query(ge=1, le=500)] = 1,
) -> View:
    """Full-text search over every paper's passages, best first, with facets."""
    narrow = {"body": body or None, "kind": kind or None, "year": year or None}
    pending = facets_alongside(request, q, narrow) if q else None
    hits = search(session, q, limit=PER_PAGE, offset=(page - 1) * PER_PAGE, **narrow) if q else []
    counts = pending.result() if pending else None
    items = [hit_dict(hit) for hit in hits]
    total = counts.total if counts else 0
    data = {"q": q, **narrow, "page": page, "per_page": PER_PAGE, "total": total,
            "pages": max(1, -(-total // PER_PAGE)), "items": items,
            "facets": asdict(counts) if counts else None}
    return View("search.html", data)


def facets_alongside(request: Request, q: str, narrow: dict[str, Any]) -> Future[Facets]:
    """Count the facets on a second connection while the ranked hits are fetched.

    Both are scans of the same matches; the database works on them in parallel (SQLite
    and psycopg release the GIL while a query runs), so the page waits for the slower
    one rather than for both in turn.
    """

    def count() -> Facets:
        with request.app.state.sessions() as other:
            return cached_facets(other, q, **narrow)

    return FACET_WORKERS.submit(count)


def passage_url(paper_id: str, start: int, end: int) -> str:
    """The paper viewer with the passage highlighted and scrolled to."""
    return f"/papers/{paper_id}?start={start}&end={end}#cited"


def hit_dict(hit: Hit) -> dict[str, Any]:
    """A hit for the page and the JSON: plain ``snippet`` and escaped ``snippet_html``."""
    plain = "".join(text for text, _ in highlight_parts(hit.snippet))
    return {**asdict(hit), "snippet": plain, "snippet_html": snippet_markup(hit.snippet),
            "url": passage_url(hit.paper_id, hit.start, hit.end)}
