"""The Extractor protocol and the registry that runs every extractor over a document.

An extractor has a ``name``, a ``version`` (bump it when its output changes, so stored
records say which rules made them) and ``extract_all(papers) -> list[Record]`` over the
papers of one file. Most extractors read one paper at a time (``@register``); some need
the whole file at once (``@register_file``): a meeting described by the agenda, the
minutes and a report of one pack is one record, and only the file-wide view can merge it.
The registry gathers everything into one ``Extraction``. One failing extractor (or one
paper failing one extractor) is reported, not fatal: the other records still come out.
Running out of the file's time is fatal: the registry checks the deadline
(``scrutiny.deadline``) between extractors and between papers, and a TimeLimitExceeded
raised inside a rule (SIGALRM on the main thread) is re-raised, not reported as one
failed paper.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from scrutiny import deadline
from scrutiny.errors import TimeLimitExceeded
from scrutiny.fork_pair import run_tasks, spare_cpu
from scrutiny.ingest.document import Document
from scrutiny.ingest.paper import Paper
from scrutiny.records import Extraction, Record, RecordType, Source

log = logging.getLogger(__name__)
# Text of a file above which extraction is shared with a forked child: about a quarter
# second of extracting, several times what forking and sending records back cost.
PARALLEL_MIN_CHARS = 200_000


class Extractor(Protocol):
    name: str
    version: str
    record_type: RecordType

    def extract_all(self, papers: list[Paper]) -> tuple[list[Record], list[str]]:
        """The records of a file's papers, and a message per failure."""
        ...


@dataclass
class PaperExtractor:
    """Wrap ``func(paper) -> records``: run on each paper, a failing paper reported alone."""

    name: str
    version: str
    record_type: RecordType
    func: Callable[[Paper], Sequence[Record]]

    def extract_all(self, papers: list[Paper]) -> tuple[list[Record], list[str]]:
        records: list[Record] = []
        problems: list[str] = []
        for paper in papers:
            deadline.check()
            try:
                records.extend(self.func(paper))
            except TimeLimitExceeded:
                raise  # the file is out of time, not this paper broken
            except Exception as exc:  # one bad rule must not lose the other records
                log.exception("extractor %s failed on %s", self.name, paper.document.source)
                problems.append(f"{self.name} failed on {paper.document.source}: {exc}")
        return records, problems


@dataclass
class FileExtractor:
    """Wrap ``func(papers) -> records`` for rules that need every paper of a file at once."""

    name: str
    version: str
    record_type: RecordType
    func: Callable[[list[Paper]], Sequence[Record]]

    def extract_all(self, papers: list[Paper]) -> tuple[list[Record], list[str]]:
        if not papers:
            return [], []
        try:
            return list(self.func(papers)), []
        except TimeLimitExceeded:
            raise
        except Exception as exc:  # one bad rule must not lose the other record types
            log.exception("extractor %s failed on %s", self.name, papers[0].document.source)
            return [], [f"{self.name} failed on {papers[0].document.source}: {exc}"]


_REGISTRY: list[Extractor] = []

PaperFunc = Callable[[Paper], Sequence[Record]]
FileFunc = Callable[[list[Paper]], Sequence[Record]]


def register(name: str, version: str, record_type: RecordType) -> Callable[[PaperFunc],
                                                                          PaperFunc]:
    """Decorator: register ``func(paper) -> records`` as the extractor ``name``."""

    def wrap(func: PaperFunc) -> PaperFunc:
        _REGISTRY.append(PaperExtractor(name, version, record_type, func))
        return func

    return wrap


def register_file(name: str, version: str, record_type: RecordType) -> Callable[[FileFunc],
                                                                               FileFunc]:
    """Decorator: register ``func(papers) -> records``, run once over a file's papers."""

    def wrap(func: FileFunc) -> FileFunc:
        _REGISTRY.append(FileExtractor(name, version, record_type, func))
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


def extract_papers(
    file_name: str, papers: list[Paper], *, parallel: bool | None = None
) -> tuple[Extraction, list[str]]:
    """Run every extractor over a file's papers. Returns the records and failure messages.

    Extractors are independent, so for a large file (``PARALLEL_MIN_CHARS``) with a CPU
    to spare, or when ``parallel`` says so, a forked child runs some of them
    (``scrutiny.fork_pair``: only where forking is safe, else in order here). The
    records are the same either way.
    """
    result = Extraction(file=file_name)
    problems: list[str] = []
    found = extractors()
    if parallel is None:
        parallel = bool(papers) and len(papers[0].document.text) >= PARALLEL_MIN_CHARS \
            and spare_cpu()
    outcomes = run_tasks([partial(_checked_run, extractor, papers) for extractor in found],
                         fork=parallel)
    for extractor, (records, failed) in zip(found, outcomes, strict=True):
        problems.extend(failed)
        for record in records:
            record.extractor = f"{extractor.name}/{extractor.version}"
        result.add(extractor.record_type, records)
    return result, problems


def _checked_run(extractor: Extractor, papers: list[Paper]) -> tuple[list[Record], list[str]]:
    deadline.check()
    return extractor.extract_all(papers)
