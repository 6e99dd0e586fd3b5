"""The Extractor protocol and the registry that runs every extractor over a document.

An extractor has a ``name``, a ``version`` (bump it when its output changes, so stored
records say which rules made them) and ``extract(paper) -> list[Record]``. The registry
runs each over each Paper and gathers the results into one ``Extraction``. One failing
extractor is reported, not fatal: the other record types of the file still come out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from scrutiny.ingest.document import Document
from scrutiny.ingest.paper import Paper
from scrutiny.records import Extraction, Record, RecordType, Source

log = logging.getLogger(__name__)


class Extractor(Protocol):
    name: str
    version: str
    record_type: RecordType

    def extract(self, paper: Paper) -> list[Record]: ...


@dataclass
class FunctionExtractor:
    """Wrap a plain function ``(paper) -> records`` as an Extractor."""

    name: str
    version: str
    record_type: RecordType
    func: Callable[[Paper], list[Record]]

    def extract(self, paper: Paper) -> list[Record]:
        return self.func(paper)


_REGISTRY: list[Extractor] = []


def register(name: str, version: str, record_type: RecordType) -> Callable[
    [Callable[[Paper], Sequence[Record]]], Callable[[Paper], Sequence[Record]]
]:
    """Decorator: register ``func(paper) -> records`` as the extractor ``name``."""

    def wrap(func: Callable[[Paper], Sequence[Record]]) -> Callable[[Paper], Sequence[Record]]:
        _REGISTRY.append(
            FunctionExtractor(name, version, record_type, lambda p: list(func(p)))
        )
        return func

    return wrap


def extractors() -> list[Extractor]:
    """Every registered extractor (importing the extractor modules registers them)."""
    from scrutiny.extract import load_all

    load_all()
    return list(_REGISTRY)


def source_for(document: Document, start: int, end: int) -> Source:
    """A Source for the span ``[start, end)`` of ``document.text``."""
    start = max(0, min(start, len(document.text)))
    end = max(start, min(end, len(document.text)))
    return Source(page=document.page_of(start), start=start, end=end,
                  text=document.text[start:end])


def extract_papers(file_name: str, papers: list[Paper]) -> tuple[Extraction, list[str]]:
    """Run every extractor over every paper. Returns the records and any failure messages."""
    result = Extraction(file=file_name)
    problems: list[str] = []
    for extractor in extractors():
        for paper in papers:
            try:
                records = extractor.extract(paper)
            except Exception as exc:  # one bad rule must not lose the other records
                log.exception("extractor %s failed on %s", extractor.name, file_name)
                problems.append(f"{extractor.name} failed on {file_name}: {exc}")
                continue
            for record in records:
                record.extractor = f"{extractor.name}/{extractor.version}"
            result.add(extractor.record_type, records)
    return result, problems
