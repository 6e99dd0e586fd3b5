"""Register tables: one table, a row per finding, with a header row naming the columns
(``No | Area for improvement | Progress | RAG | Target date | Revised date``). Rows that
wrap across lines or pages (an empty number cell) are joined back into one finding; a
register continued on the next page without its header is read with the same columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny.extract.base import source_for
from scrutiny.extract.findings_fields import NO_REVISION, ORIGINALLY
from scrutiny.extract.findings_inspections import better_name, inspection_name
from scrutiny.extract.findings_units import cell_span
from scrutiny.extract.findings_words import (
    COMPLETED,
    NUMBERED,
    cell_rag,
    contract_status,
    kind_of,
    rag_key,
    ref_kind,
    spelt_colour,
    status_from_words,
)
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import parse_date
from scrutiny.records import Finding

SUBHEADER = re.compile(r"^\W*(?:original|revised|new|current|previous|target|date|due|"
                       r"anticipated|forecast|agreed)(?:\s+(?:target|date|completion))?\W*$",
                       re.IGNORECASE)
COLUMN_ROLES = [
    # A tracker of several inspections names each row's inspection and kind in a column.
    ("inspection", re.compile(r"^\W*(?:inspection|report|source)(?:\s+(?:name|title))?\W*$",
                              re.I)),
    ("kind", re.compile(r"^\W*(?:type|kind|category)\W*$", re.I)),
    ("number", re.compile(r"^\W*(?:no\.?|number|ref(?:erence)?\.?|#|item|afi\s*(?:no\.?|ref)?|"
                          r"rec(?:ommendation)?\s*(?:no\.?|ref))\W*$", re.I)),
    ("rag", re.compile(r"\b(?:rag|r/a/g|brag)\b", re.I)),
    # when the work was done, not when it is due: "Date completed", "Closed on"
    ("completed", re.compile(r"^\W*(?:date\s+(?:completed|closed|signed\s+off)|(?:completed|"
                             r"closed|signed\s+off)\s+(?:on|date)|actual\s+(?:completion|"
                             r"closure)(?:\s+date)?|completion\s+date\s*\(actual\))\W*$", re.I)),
    ("revised", re.compile(r"\b(?:revised|new|amended|anticipated|expected|forecast)\b", re.I)),
    ("target", re.compile(r"\b(?:target|due|deadline|completion|date|timescales?|timeframe|"
                          r"original|by\s+when)\b", re.I)),
    ("status", re.compile(r"^\W*(?:(?:current\s+|progress\s+)?status|state|complete\??|"
                          r"(?:current\s+)?position)\W*$", re.I)),
    ("progress", re.compile(r"\b(?:progress|action|update|activity|comment|response|"
                            r"position|evidence|owner|lead)\b", re.I)),
    ("text", re.compile(r"\b(?:recommendation|area\s+for\s+improvement|afi|finding|"
                        r"cause\s+of\s+concern|description|detail|issue)s?\b", re.I)),
]


def _roles(header: list[str], findings_context: bool = True) -> dict[str, int] | None:
    """Which column holds what, from a header row; None when the row is no header (a
    header names columns in a few words; a card's first row is a numbered statement; a
    title row spanning the table has one filled cell) or heads no findings: a column
    headed "Description" holds findings only where the text around names findings, and
    never in an action log."""
    if any(len(cell or "") > 60 for cell in header) or (header and NUMBERED.match(header[0])):
        return None
    if len({cell.strip() for cell in header if cell and cell.strip()}) < 2:
        return None
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        for role, pattern in COLUMN_ROLES:
            if role not in roles and pattern.search(cell or ""):
                roles[role] = index
                break
    if "text" not in roles and "number" in roles and kind_of(header[roles["number"]]):
        roles["text"] = roles.pop("number")  # a column headed just "AFI" holds the findings
    if "text" not in roles:
        return None
    kinds = [i for i, cell in enumerate(header) if kind_of(cell or "") and i not in
             (roles.get("rag"), roles.get("status"), roles.get("progress"))]
    if len(kinds) > 1:
        roles["text"] = kinds[-1]  # "Cause of concern | Recommendation": the latter is tracked
    findings_context = findings_context or "inspection" in roles  # a tracker of inspections
    if not kind_of(header[roles["text"]]) and (
            not findings_context or re.search(r"action", " ".join(header), re.I)):
        return None
    return roles


@dataclass
class _Register:
    """A register table being read, kept so its continuation on the next page (a table
    with no header row of its own) is read with the same columns."""

    roles: dict[str, int]
    width: int
    kind: str | None
    last: tuple[list[str], int] | None = None  # the last row's cells, its index in found


def _register_rows(block: Block, paper: Paper, inspection: str | None, kind: str | None,
                   key: dict[str, str], found: list[Finding],
                   register_: _Register | None) -> _Register | None:
    """Append one finding per row of a register table (rows that wrap are joined first)
    to ``found``; return the register's state, or None when this table is no register."""
    assert block.rows
    first, roles = _header(block.rows, kind is not None)
    if roles is None and register_ and len(block.rows[0]) == register_.width:
        first, roles = -1, register_.roles  # the same register, continued on a new page
    elif roles is None:
        return None
    else:
        header = " ".join(block.rows[first])
        register_ = _Register(roles, len(block.rows[first]),
                              kind_of(block.rows[first][roles["text"]]) or kind_of(
                                  " ".join(block.rows[0])) or kind_of(header) or kind)
    rows = block.rows
    merged = _merge_wrapped(rows, first, roles)
    if first >= 0:
        _parent_findings(block, paper, inspection, rows[first], roles, merged, found)
    if merged and register_.last and first == -1 and not _numbered(rows[0], roles):
        cells, index = register_.last  # a row split by the page break
        joined = [(a + " " + b).strip() for a, b in zip(cells, merged[0][0], strict=False)]
        finding = _register_finding(joined, roles, key)
        if finding is not None:
            finding.inspection, finding.kind = found[index].inspection, found[index].kind
            finding.source = found[index].source
            found[index] = finding
        merged = merged[1:]
    for cells, top, bottom in merged:
        finding = _register_finding(cells, roles, key)
        if finding is None:
            continue
        finding.inspection = _row_inspection(cells, roles) or inspection
        finding.kind = (_row_kind(cells, roles) or finding.kind or register_.kind
                        or "afi")  # type: ignore[assignment]
        start = cell_span(block, top, 0)[0]
        end = cell_span(block, bottom, len(rows[bottom]) - 1)[1]
        finding.source = source_for(paper.document, start, end)
        found.append(finding)
        register_.last = (cells, len(found) - 1)
    return register_


def _row_inspection(cells: list[str], roles: dict[str, int]) -> str | None:
    """The inspection a tracker row names in its own column ("PEEL 2023–25", "Vetting,
    misconduct and misogyny (2022)"): a thematic title is an inspectorate's report."""
    index = roles.get("inspection")
    name = " ".join(cells[index].split()) if index is not None and index < len(cells) else ""
    if not name:
        return None
    named = inspection_name(name)
    if named and named != "Inspection":
        return named
    return name if re.search(r"\bHM|inspectorate", name, re.I) else f"HMICFRS {name}"


def _row_kind(cells: list[str], roles: dict[str, int]) -> str | None:
    """The kind a tracker row names in a "Type" column ("AFI", "Recommendation")."""
    index = roles.get("kind")
    return ref_kind(cells[index]) if index is not None and index < len(cells) else None


def _parent_findings(block: Block, paper: Paper, inspection: str | None, header: list[str],
                     roles: dict[str, int], merged: list[tuple[list[str], int, int]],
                     found: list[Finding]) -> None:
    """A table of causes of concern with their recommendations holds both: the earlier
    findings column (often a merged cell repeated down the rows) gives one finding per
    distinct text, without the progress that belongs to the recommendations."""
    for col, title in enumerate(header):
        kind = kind_of(title)
        if col == roles["text"] or not kind or kind == kind_of(header[roles["text"]]):
            continue
        seen: set[str] = set()
        for cells, top, _ in merged:
            text = " ".join(cells[col].split()) if col < len(cells) else ""
            if not text or text in seen:
                continue
            seen.add(text)
            lead = NUMBERED.match(text)
            start, end = cell_span(block, top, col)
            found.append(Finding(
                inspection=inspection, kind=kind,  # type: ignore[arg-type]
                number=lead.group("num").rstrip(".") if lead else None,
                text=text[lead.end():] if lead else text,
                source=source_for(paper.document, start, end)))


def _header(rows: list[list[str]],
            findings_context: bool = True) -> tuple[int, dict[str, int] | None]:
    """The header row's index and column roles: the first row, or the second under a
    title row; a second header row ("Original | Revised" under "Target date") joins it."""
    first, roles = 0, _roles(rows[0], findings_context)
    if roles is None and len(rows) > 2:
        first, roles = 1, _roles(rows[1], findings_context)
    if roles is None or first + 1 >= len(rows):
        return first, roles
    below = rows[first + 1]
    words = [c for c in below if c.strip()]
    if words and all(SUBHEADER.match(c) for c in words):
        joined = [f"{a} {b}".strip() for a, b in zip(rows[first], below, strict=False)]
        return first + 1, _roles(joined) or roles
    return first, roles


def _numbered(row: list[str], roles: dict[str, int]) -> bool:
    """Does the row print a number (a row without one continues the row above)?"""
    if "number" not in roles:
        return True
    index = roles["number"]
    return index < len(row) and bool(row[index].strip())


def _merge_wrapped(rows: list[list[str]], header: int,
                   roles: dict[str, int]) -> list[tuple[list[str], int, int]]:
    """Rows with their first and last row index; a row with an empty number cell
    continues the row above (a cell that wrapped over a line or a page)."""
    width = len(rows[header])
    merged: list[tuple[list[str], int, int]] = []
    for index in range(header + 1, len(rows)):
        cells = rows[index] + [""] * (width - len(rows[index]))
        if merged and not _numbered(cells, roles):
            above, top, _ = merged[-1]
            joined = [(a + " " + b).strip() for a, b in zip(above, cells, strict=False)]
            merged[-1] = (joined, top, index)
        else:
            merged.append((cells, index, index))
    return merged


def _register_finding(cells: list[str], roles: dict[str, int],
                      key: dict[str, str]) -> Finding | None:
    """A finding from one register row, by column role."""
    def cell(role: str) -> str:
        return cells[roles[role]].strip() if role in roles else ""

    text = cell("text")
    if not text:
        return None
    printed = cell("number")
    lead = NUMBERED.match(text)
    if lead and not printed:
        printed, text = lead.group("num"), text[lead.end():]
    # A dash (or n/a) in the revised column means no revision: the target stays in force;
    # a revised date of "TBC" replaces the target, so the date in force is unknown.
    revision = "" if NO_REVISION.match(cell("revised")) else cell("revised")
    target_cell = cell("target")
    earlier = ORIGINALLY.search(target_cell)
    if earlier and not revision:
        # "June 2025 (originally March 2025)" in the one date column: both dates
        revision = target_cell[:earlier.start()] + target_cell[earlier.end():]
        target_cell = earlier.group("date")
    target = parse_date(target_cell) if target_cell else None
    revised = parse_date(revision) if revision else None
    rag, status = _rag_and_status(cells, roles, key, target or revised)
    in_force = revised if revision else target
    original = target if revision and target and revised != target else None
    done = parse_date(cell("completed")) if cell("completed") else None
    if done:  # done, on that date: the date in force; no target was revised
        status, in_force, original = "complete", done, None
    return Finding(
        number=_ref_number(printed),
        kind=ref_kind(printed),  # type: ignore[arg-type]
        text=re.sub(r"\s+", " ", text).strip(), rag=rag,  # type: ignore[arg-type]
        status=contract_status(status),  # type: ignore[arg-type]
        anticipated_completion=in_force, original_target=original,
    )


def _ref_number(printed: str) -> str | None:
    """The number in a reference cell, whatever label a reader ran into it: "AFI 3",
    "R2", "Recommendation1", "Cause of concern 1", "4.2"."""
    digits = re.search(r"\d{1,3}(?:\.\d{1,2})?(?=\W*$)", printed)
    if digits:
        return digits.group(0)
    if ref_kind(printed):
        return None  # "Cause of concern" with no number: an unnumbered finding
    return printed.strip(" .") or None


def _rag_and_status(cells: list[str], roles: dict[str, int], key: dict[str, str],
                    date: str | None) -> tuple[str | None, str | None]:
    """A row's RAG colour and status. A colour may sit in its own column, in brackets in
    a status/position cell ("In progress (Amber)") or alone in either; blue (BRAG) means
    done and is no RAG value. A status word wins over what the key says of the colour."""
    def cell(role: str) -> str:
        return cells[roles[role]].strip() if role in roles else ""

    status_cell = cell("status") or (cell("progress") if len(cell("progress")) < 40 else "")
    status_cell = spelt_colour(status_cell)  # a status column of initials is a RAG column
    colour_cells = [spelt_colour(cell("rag")), status_cell]
    rag = next((r for r in map(cell_rag, colour_cells) if r), None)
    blue = any(re.search(r"\bblue\b", c, re.I) for c in colour_cells)
    # status words in the status cell, else in a RAG cell that holds words ("Complete")
    words = next(filter(None, (status_from_words(COLOUR_WORDS.sub("", c))
                               for c in (status_cell, cell("rag")))), None)
    if words:
        return rag, words
    for initial in (cell("rag").strip(" .*").lower(), cell("status").strip(" .*").lower()):
        if len(initial) == 1 and initial in key:
            return rag, key[initial]  # a letter the key gives a status ("C = complete")
    if blue and not rag:
        return None, key.get("blue", "complete")
    if rag and rag in key:
        return rag, key[rag]
    return rag, _status_from_progress(cell("progress"), date)


COLOUR_WORDS = re.compile(r"\b(?:red|amber|green|blue)\b", re.IGNORECASE)


def _status_from_progress(progress: str, date: str | None) -> str | None:
    """Status from progress text that says it ("Completed", "ongoing"), else from a date
    still to come; None when neither says anything."""
    if COMPLETED.match(progress or "") or re.search(r"\bcompleted?\b\W*$", progress or "", re.I):
        return "complete"
    if re.search(r"\b(?:ongoing|on-going|in\s+progress|under\s+way|underway|continu\w+)\b",
                 progress or "", re.I) or date:
        return "in_progress"
    return None


def register_tables(paper: Paper, key: dict[str, str]) -> tuple[list[Finding], set[int]]:
    """Findings of every register table, and the ids of those tables' blocks."""
    found: list[Finding] = []
    used: set[int] = set()
    inspection: str | None = inspection_name(paper.title) if paper.title else None
    kind: str | None = None
    register_: _Register | None = None
    for block in paper.blocks:
        if block.kind != "table" or not block.rows or len(block.rows) < 2:
            if len(block.text) > 40:
                register_ = None  # text between tables: a later table is a new one
            if len(block.text) < 400:
                inspection = better_name(inspection, inspection_name(block.text))
                kind = kind_of(block.text) or kind
                key = rag_key(block.text) or key
            continue
        register_ = _register_rows(block, paper, inspection, kind, key, found, register_)
        if register_ is not None:
            used.add(id(block))
    return found, used
