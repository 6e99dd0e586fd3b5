"""Drop grid columns that no cell starts at: invisible in print, so absent from PDFs.

Word and HTML tables can carry a grid column that every row spans over (a ``gridCol``
left from editing, a ``colspan`` on every row). Printed, that column has no border and
no cell of its own, so the PDF of the same paper shows one column fewer. Removing such
columns keeps DOCX, HTML and PDF tables cell-for-cell the same.
"""

from __future__ import annotations


def drop_unused_columns(rows: list[list[str]], starts: set[int]) -> list[list[str]]:
    """Keep column 0 and every column some cell starts at; the others are always covered
    by a span (so their slots are empty) and are removed."""
    width = max((len(r) for r in rows), default=0)
    keep = [k for k in range(width) if k == 0 or k in starts]
    if len(keep) == width:
        return rows
    return [[row[k] if k < len(row) else "" for k in keep] for row in rows]
