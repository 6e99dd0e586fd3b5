"""A small cache for results that only change when papers are ingested (or corrected).

The dashboard's aggregates and the measure series scan whole record tables; between
ingests they are the same for every visitor. Each cached value is keyed by the store's
*data version* - how many files there are and when the last was ingested, plus the
tracking seam's own version (corrections) - so an ingest or a correction makes every
entry stale at once, in this process and in any other serving the same database.
Checking the version is one indexed query (``files`` is small).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scrutiny.serve.tracking import corrections_version
from scrutiny.store.tables import File

T = TypeVar("T")
MAX_ENTRIES = 256
_entries: OrderedDict[Hashable, Any] = OrderedDict()
_lock = Lock()


def data_version(session: Session) -> tuple[Any, ...]:
    """What changes whenever stored papers or corrections change."""
    count, latest = session.execute(select(func.count(), func.max(File.ingested_at))).one()
    return (count, str(latest), corrections_version(session))


def cached(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``'s result for ``key`` at the current data version (computed once)."""
    bind: Any = session.get_bind()
    full_key = (str(bind.url), data_version(session), key)
    with _lock:
        if full_key in _entries:
            _entries.move_to_end(full_key)
            found: T = _entries[full_key]
            return found
    value = compute()
    with _lock:
        _entries[full_key] = value
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def clear() -> None:
    """Forget everything (tests that rewrite a database under the same URL)."""
    with _lock:
        _entries.clear()
