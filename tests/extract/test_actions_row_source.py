"""An action from a log cites its own row, so the viewer highlights that row only."""

from __future__ import annotations

from scrutiny.ingest.read import read_bytes
from scrutiny.pipeline import extract_document

LOG = """Notes of the Resources Board held on 4 March 2025

Action log

| Ref | Action | Owner | Due | Status |
| --- | --- | --- | --- | --- |
| RB/1 | Publish the custody audit | Force | 30/04/2025 | Open |
| RB/2 | Circulate the fleet review | OPCC | 31/05/2025 | Complete |
"""


def test_each_log_row_is_its_own_source() -> None:
    document = read_bytes(LOG.encode(), "notes.md")
    result, problems = extract_document(document)
    assert not problems
    by_ref = {a.ref: a for a in result.actions}
    assert set(by_ref) == {"RB/1", "RB/2"}
    for ref, action in by_ref.items():
        assert action.source is not None
        cited = document.text[action.source.start:action.source.end]
        assert cited.startswith(ref) and action.text in cited
        other = "RB/2" if ref == "RB/1" else "RB/1"
        assert other not in cited
