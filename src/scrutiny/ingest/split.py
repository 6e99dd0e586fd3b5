"""Split a Document into its papers. (Placeholder: one paper per document until the
splitter lands; see issue 2.)"""

from __future__ import annotations

from scrutiny.ingest.document import Document
from scrutiny.ingest.paper import Paper


def split_document(document: Document) -> list[Paper]:
    """Every paper of the document, in order; never empty for a non-empty document."""
    return [Paper(document, 0, len(document.blocks), title=document.title)]
