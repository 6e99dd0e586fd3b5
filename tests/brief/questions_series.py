# ruff: noqa: E501
"""Invented Panel papers with tabled questions, for the briefing tests.

At the October meeting one question is answered, two get "Answer to follow"; the
January paper answers one of those (the same question, reprinted with its answer) and
leaves the other owed. The owed hare coursing question holds a ``<script>``: document text is
untrusted and must come out escaped.
"""

from __future__ import annotations

from pathlib import Path

PANEL = "Elmshire Police and Crime Panel"

HARE = "What is the Commissioner doing about <script>alert(1)</script> hare coursing on the Levels?"
CUSTODY = "Will the Commissioner publish the findings of the custody review?"
BURGLARY = "How many burglaries in Ravensby were attended within 24 hours in 2024?"

OCTOBER = f"""# {PANEL}

## Public and Member Questions – 16 October 2024

| No. | Question from | Question | Answer |
|---|---|---|---|
| 1 | Cllr Helen Moss (Ravensby Borough Council) | {BURGLARY} | The Commissioner said that 91% of residential burglaries were attended within 24 hours. |
| 2 | Mr Tom Hart (Elmshire Rural Watch) | {HARE} | Answer to follow |
| 3 | Cllr D Ahmed (Elmshire County Council) | {CUSTODY} | Answer to follow |
"""

JANUARY = f"""# {PANEL}

## Public and Member Questions – 22 January 2025

| No. | Question from | Question | Answer |
|---|---|---|---|
| 1 | Cllr D Ahmed (Elmshire County Council) | {CUSTODY} | Yes. The findings will be published in April once the Chief Constable has responded. |
"""


def write_question_series(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    first = folder / "panel-questions-oct.md"
    first.write_text(OCTOBER, encoding="utf-8")
    second = folder / "panel-questions-jan.md"
    second.write_text(JANUARY, encoding="utf-8")
    return [first, second]
