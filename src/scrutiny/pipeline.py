"""Compose the stages: read a file, split it into papers, extract records (and, with a
database, store and track them). Every interface (CLI, web upload, tests) calls this.
"""

from __future__ import annotations

from pathlib import Path

from scrutiny.config import Settings
from scrutiny.extract.base import extract_papers
from scrutiny.ingest.document import Document
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_path
from scrutiny.ingest.split import split_document
from scrutiny.records import Extraction


def papers_of(document: Document) -> list[Paper]:
    """Split a document into classified papers."""
    return split_document(document)


def extract_document(document: Document) -> tuple[Extraction, list[str]]:
    """All records of one document, plus messages for any extractor that failed."""
    return extract_papers(document.source, papers_of(document))


def extract_file(path: Path, settings: Settings | None = None) -> tuple[Extraction, list[str]]:
    """Read and extract one file without a database (``scrutiny extract``)."""
    return extract_document(read_path(path, settings))
