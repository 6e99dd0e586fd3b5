"""Search facets (hit counts by body, paper kind and year, and the total), cached.

The store counts them in one grouped pass over the matches; at 100,000 blocks a common
word matches ten thousand, so that pass is still a large part of the search page. Paging
through results asks for the same facets again, so they are kept per query until the
data changes.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from scrutiny.serve.queries.cache import cached
from scrutiny.store.search import Facets, facets


def cached_facets(
    session: Session, query: str, *, body: str | None = None, kind: str | None = None,
    year: str | None = None,
) -> Facets:
    """``store.search.facets`` for this query and filters, computed once per data version."""
    key = ("facets", query, body, kind, year)
    return cached(session, key, lambda: facets(session, query, body=body, kind=kind, year=year))
