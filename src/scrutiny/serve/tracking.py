"""The seam between the pages and tracking (issue 5): history and corrections of a record.

Tracking is being built beside this package. Until ``scrutiny.track.edits`` exists,
:func:`history_of` returns no history and :func:`corrections_available` is false, so
record pages show their fields and source only. When it lands, these two functions are
the only places to change.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from sqlalchemy.orm import Session


def corrections_available() -> bool:
    """True once the tracking package offers corrections."""
    return importlib.util.find_spec("scrutiny.track.edits") is not None


def history_of(session: Session, record_type: str, record_id: str) -> list[dict[str, Any]]:
    """Corrections of a record, newest first: who, when, field, old, new, reason."""
    if not corrections_available():
        return []
    return []
