"""The period labels and due dates of the shared corpus's gold records, read back.

A regression guard on real papers: every gold period label that names a year must parse
to a period with at least one bound, and every gold action due date must read back as
itself. Skipped when the shared corpus is absent.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from scrutiny.parse.dates import parse_date, parse_period

SHARED = Path(os.environ.get("SCRUTINY_SHARED") or
              Path(__file__).resolve().parents[2] / ".." / "shared")
GOLD = sorted((SHARED / "corpus").glob("*/*.gold.json"))

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not GOLD, reason="shared corpus not present"),
]


def _gold(kind: str, field: str) -> list[str]:
    values = {str(record[field]) for path in GOLD
              for record in json.loads(path.read_text(encoding="utf-8")).get(kind, [])
              if record.get(field)}
    return sorted(values)


def test_every_dated_gold_period_parses() -> None:
    labels = [label for label in _gold("statistics", "period")
              if re.search(r"(?:19|20)\d{2}", label) and " vs " not in label]
    assert labels
    unparsed = [label for label in labels
                if not ((p := parse_period(label, reference="2024-12-18")) and (p.start or p.end))]
    assert unparsed == []


def test_gold_due_dates_read_back() -> None:
    dues = _gold("actions", "due") + _gold("findings", "anticipated_completion")
    assert [due for due in dues if parse_date(due) != due] == []
