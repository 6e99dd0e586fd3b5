"""Every error scrutiny raises on purpose, so callers can catch one family.

    ScrutinyError
     +-- ConfigError          bad settings or database URL
     +-- IngestError          a file could not be read into a Document
     |    +-- UnsupportedFormat   extension/content not a PDF, DOCX, HTML or text paper
     |    +-- FileTooLarge        over the size limit (--max-size)
     |    +-- EmptyDocument       no text at all (empty file, scanned PDF without OCR)
     |    +-- CorruptDocument     truncated, encrypted, zip bomb, unparseable
     |    +-- TimeLimitExceeded   reading and extracting took over the per-file limit
     +-- ExtractionError      an extractor failed on a paper
     +-- StoreError           the database refused a write or a query
     +-- TrackError           linking / corrections could not be applied
     +-- NotFound             a record, paper or tracked item id that does not exist

Messages are one line that names the file or id and says how to fix it; the CLI prints
them as ``Error: <message>`` and exits non-zero.
"""

from __future__ import annotations


class ScrutinyError(Exception):
    """Base of every error raised on purpose by scrutiny."""


class ConfigError(ScrutinyError):
    """Settings or a database URL that cannot be used."""


class IngestError(ScrutinyError):
    """A file could not be read into a Document."""


class UnsupportedFormat(IngestError):
    """The file is not a PDF, DOCX, HTML or text paper (by extension and by content)."""


class FileTooLarge(IngestError):
    """The file is bigger than the configured size limit."""


class EmptyDocument(IngestError):
    """The file holds no text."""


class CorruptDocument(IngestError):
    """The file is truncated, encrypted, a zip bomb or otherwise unreadable."""


class TimeLimitExceeded(IngestError):
    """Reading and extracting one file took longer than ``max_seconds_per_file``.

    Extractors re-raise it rather than report it as one failed paper: the whole file
    has run out of time, not one rule.
    """


class ExtractionError(ScrutinyError):
    """An extractor failed on a paper."""


class StoreError(ScrutinyError):
    """The database refused a write or a query."""


class TrackError(ScrutinyError):
    """A link, merge, split or correction could not be applied."""


class NotFound(ScrutinyError):
    """No record, paper or tracked item has that id."""
