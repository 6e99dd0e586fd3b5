"""Facts about one paper that several finders (and the actions extractor) need, worked
out once per paper instead of once per caller.

The questions extractor finds the written questions of a paper; the actions extractor
then needs the same blocks to skip promises made in written answers. Section roles and
title flags are read by several finders over the same blocks. Each is kept here for the
document being extracted; the cache holds the document itself, so an ``id()`` reused by
a later document can never return a stale value, and it is emptied when a new document
comes along (one document at a time, as ``meeting_context`` does).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from scrutiny.ingest.paper import Paper

T = TypeVar("T")

_CACHE: dict[tuple[str, int, int, int, str], tuple[object, Any]] = {}


def per_paper(name: str, paper: Paper, compute: Callable[[Paper], T]) -> T:
    """``compute(paper)``, computed once per paper of the current document."""
    key = (name, id(paper.document), paper.first, paper.last, paper.kind)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is paper.document:
        return cached[1]
    value = compute(paper)
    remember(name, paper, value)
    return value


def remember(name: str, paper: Paper, value: object) -> None:
    """Keep ``value`` as ``name`` of ``paper`` (a finder that has it already saves it)."""
    if any(doc is not paper.document for doc, _ in _CACHE.values()):
        _CACHE.clear()
    _CACHE[(name, id(paper.document), paper.first, paper.last, paper.kind)] = (
        paper.document, value)
