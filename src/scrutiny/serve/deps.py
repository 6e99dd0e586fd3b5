"""FastAPI dependencies: a database session per request, and the edit switch.

Sessions are read-only by habit (pages never write); the upload and correction routes
commit through the pipeline / tracking functions they call.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy.orm import Session

READ_ONLY_MESSAGE = (
    "This server is read-only. Start it on 127.0.0.1 (scrutiny serve) or with --editable "
    "to upload papers and correct records."
)


def get_session(request: Request) -> Iterator[Session]:
    """One session per request, closed afterwards whatever happened."""
    session: Session = request.app.state.sessions()
    try:
        yield session
    finally:
        session.close()


def require_editable(request: Request) -> None:
    """Refuse (403) when the server was started read-only."""
    if not request.app.state.editable:
        raise HTTPException(status_code=403, detail=READ_ONLY_MESSAGE)


DB = Annotated[Session, Depends(get_session)]
Editable = Depends(require_editable)
