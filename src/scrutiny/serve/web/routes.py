"""Every router of the web UI, in the order they are mounted.

Order matters for paths that share a prefix: ``/measures/{id}`` after ``/measures``'s
twins; each module registers its ``.json``/``.csv`` routes before the plain one.
"""

from __future__ import annotations

from scrutiny.serve.web import (
    dashboard,
    items,
    measures,
    meetings,
    papers,
    records,
    registers,
    search,
    upload,
)

ROUTERS = [
    dashboard.router,
    registers.router,
    measures.router,
    meetings.router,
    papers.router,
    search.router,
    upload.router,
    records.router,
    items.router,
]
