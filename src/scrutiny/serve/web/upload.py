"""Upload: several papers at once, each stored, unchanged or failed with its reason.

The form posts with HTMX (showing upload progress and swapping in the results) and
also works as a plain form without JavaScript. API clients get JSON. Uploads are off
unless the server is editable (localhost or --editable).
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from sqlalchemy.orm import Session

from scrutiny.pipeline import FileResult, ingest_bytes
from scrutiny.serve.api.errors import wants_json
from scrutiny.serve.deps import Editable
from scrutiny.serve.queries.papers import file_papers

router = APIRouter()
MAX_FILES = 50


@router.get("/upload", include_in_schema=False)
def upload_form(request: Request) -> Response:
    """The upload form (or, on a read-only server, why there is none)."""
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "upload.html", {"results": None})


@router.post("/upload", dependencies=[Editable], tags=["upload"],
             summary="Upload papers (multipart field 'files'); per-file results")
def upload(
    request: Request, files: Annotated[list[UploadFile], File(description="papers")]
) -> Response:
    """Ingest each file on its own: one bad file fails alone, the rest are stored."""
    settings = request.app.state.settings
    engine = request.app.state.engine
    results = [ingest_upload(f, settings, engine) for f in files[:MAX_FILES]]
    rows = [result_row(r, engine) for r in results]
    if wants_json(request):
        failed = any(r["status"] == "failed" for r in rows)
        return JSONResponse({"files": rows}, status_code=422 if failed and not _any_ok(rows)
                            else 200)
    templates = request.app.state.templates
    partial = request.headers.get("hx-request") == "true"
    name = "_partials/upload_results.html" if partial else "upload.html"
    return templates.TemplateResponse(request, name, {"results": rows})


def ingest_upload(upload: UploadFile, settings: Any, engine: Any) -> FileResult:
    """Read one upload (at most the size limit + 1 byte) and ingest it."""
    name = PurePath(upload.filename or "unnamed").name or "unnamed"
    data = upload.file.read(settings.max_file_bytes + 1)
    return ingest_bytes(data, name, settings, engine=engine)


def result_row(result: FileResult, engine: Any) -> dict[str, Any]:
    """A per-file result with links to the papers it holds (when stored)."""
    row = asdict(result)
    row["stored"] = result.status in {"inserted", "updated", "unchanged"}
    row["papers_of_file"] = papers_of_file(engine, result.sha256) if row["stored"] else []
    return row


def papers_of_file(engine: Any, sha256: str | None) -> list[dict[str, Any]]:
    with Session(engine) as session:
        return file_papers(session, sha256 or "")


def _any_ok(rows: list[dict[str, Any]]) -> bool:
    return any(r["stored"] for r in rows)
