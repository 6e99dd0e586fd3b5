"""Findings read as cards: one small table, or a run of paragraphs, per finding (the
numbered finding, its RAG word, "Action Taken" / "Ongoing Activity" text, a closing
"Anticipated completion date – May 2023" or "Completed"), and the same cards after a
PDF-to-text conversion, where columns and fields run together.

One state machine over units (``findings_units``) handles DOCX cards, PDF tables and
flattened text alike. A statement counts as a finding when it is labelled ("AFI 3",
"Recommendation 2") or worded like one and progress follows it.
"""

from __future__ import annotations

import re

from scrutiny.extract.base import source_for
from scrutiny.extract.findings_fields import (
    DATE_LINE,
    FIELD_CUT,
    FIELD_LABEL,
    LINE_CUT,
    STATUS_LINE,
    Entry,
    apply_date_line,
)
from scrutiny.extract.findings_flat import FlatHeader, is_cell, split_row
from scrutiny.extract.findings_inspections import better_name, inspection_name
from scrutiny.extract.findings_units import Unit, units
from scrutiny.extract.findings_words import (
    BULLET_MARKERS,
    COMPLETED,
    INLINE_RAG,
    NUMBERED,
    ONGOING,
    PROGRESS_HEAD,
    RAG_WORD,
    RECOMMENDED,
    TRAILING_RAG,
    cell_rag,
    contract_status,
    is_statement,
    kind_of,
    paper_key,
    rag_key,
    ref_kind,
    status_from_words,
)
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import parse_date
from scrutiny.records import Finding

# A label followed by a verb or a joining word is a finding named in a sentence, not stated.
MENTION = re.compile(r"^\s*(?:is|was|are|were|has|have|had|will|would|remains?|and|or)\s",
                     re.IGNORECASE)


def _split_statement(text: str) -> tuple[str, str | None, str]:
    """Cut a finding statement from the progress text run into it; return
    (statement, rag word or None, the rest)."""
    rag = None
    inline = INLINE_RAG.search(text)
    if inline:
        rag = inline.group(1).lower()
        text = (text[: inline.start()] + " " + text[inline.end():]).strip()
    cut = re.search(r"\*{0,2}\b(?:Action\s+Taken|Ongoing\s+Activity|Progress\s+update|"
                    r"Update:|Progress:)", text)
    field = next((m for m in FIELD_CUT.finditer(text) if m.start() > 20), None)
    if field and (cut is None or cut.start() <= 20 or field.start() < cut.start()):
        cut = field
    rest = ""
    if cut and cut.start() > 20:
        text, rest = text[: cut.start()], text[cut.start():]
    trailing = TRAILING_RAG.search(text)
    if trailing:
        rag = rag or trailing.group(1).lower()
        text = text[: trailing.start()]
    bracket = TRAILING_BRACKET.search(text)
    if bracket and status_from_words(bracket.group("inside")):
        # "... repeat victims. (Complete – March 2024)": the progress, in brackets
        text, rest = text[: bracket.start()], f"{_bracket_fields(bracket.group('inside'))} {rest}"
    text = re.sub(r"\s+", " ", text.replace("**", " ")).strip(" \t-–:")
    return text, rag, rest.strip()


TRAILING_BRACKET = re.compile(r"\s*[*_]*\((?P<inside>[^()]{3,80})\)[*_]*\s*$")
BRACKET_SEP = re.compile(r"\s+[-–—]\s+|;\s*|,\s*")


def _bracket_fields(inside: str) -> str:
    """"Complete – March 2024" as the lines a card would print: "Status: Complete. Target
    date: March 2024"; a labelled date ("revised date September 2025") keeps its label."""
    parts = BRACKET_SEP.split(inside, maxsplit=1)
    status, date = parts[0], parts[1] if len(parts) > 1 else ""
    date = date.strip()
    if date and not DATE_LINE.match(date) and parse_date(date):
        date = f"Target date: {date}"
    elif DATE_LINE.match(date):
        date = date[:1].upper() + date[1:]  # a field label as a card prints it
    return f"Status: {status.strip()}. {date}".strip()


def _field_row(unit: Unit) -> bool:
    """Is this a card table's label/value row ("Target date | March 2025", "RAG | Amber")?"""
    cells = [c for c in unit.cells if c]
    return unit.block.kind == "table" and len(cells) >= 2 and bool(FIELD_LABEL.match(cells[0]))


def _labelled(text: str) -> bool:
    match = NUMBERED.match(text)
    return bool(match and match.group("label"))


# A short title run into the statement after a finding's label, as a text reader joins the
# lines "AFI 4 – Investigations" / "The force should ...": the title, then a capital
# opening the sentence ("The", "Within six months", "Ashvale Police").
RUN_IN_TITLE = re.compile(
    r"^\s*(?:\([^()]{2,60}\)|(?-i:[A-Z])[\w'&/,-]*(?:\s+[\w'&/,-]+){0,5}?)\s+"
    r"(?=(?-i:The|Within|By|Its|It|This|[A-Z]\w+\s+(?:Police|Constabulary))\b)")


def _without_title(text: str) -> str:
    """A labelled finding's statement without a short title run into it ("Investigations
    The force should ..." -> "The force should ..."); unchanged when what follows is no
    statement or the text opens with the statement itself."""
    title = RUN_IN_TITLE.match(text)
    if title is None or is_statement(text[:title.end()]):
        return text
    rest = text[title.end():]
    return rest if is_statement(rest) else text


# A kind label with no number before its statement, as a paper with only one of that kind
# prints it.
UNNUMBERED_LABEL = re.compile(
    r"^[\s*_]*(?:cause\s+of\s+concern|area\s+for\s+improvement|recommendation)[*_]*"
    r"\s*(?::|[-–—]\s)\s*", re.IGNORECASE)


def _statement_start(unit: Unit, in_list: bool = False) -> tuple[str | None, str, bool] | None:
    """(number, statement text, labelled) when the unit opens a finding, else None. A
    statement labelled "AFI 3" / "Recommendation 2" is a finding whatever its wording (a
    bare "AFI 3" heading takes the sentence under it); an unlabelled one must read like
    one ("The force should ..."). Bulleted statements count only as a list of findings
    (``in_list``), since progress notes are bulleted too."""
    block = unit.block
    if block.kind == "list_item" and (block.marker or "").strip() in BULLET_MARKERS \
            and not in_list and not _labelled(unit.cells[0] if unit.cells else ""):
        return None  # a bullet of progress notes, unless it names its finding ("AFI 4 –")
    cells = [c for c in unit.cells if c]
    if not cells:
        return None
    number: str | None = None
    if block.kind == "list_item" and block.marker:
        digits = re.match(r"\(?(\d{1,3})[.)]?$", block.marker.strip())
        number = digits.group(1) if digits else None
    first = cells[0]
    match = NUMBERED.match(first)
    labelled = bool(match and match.group("label"))
    unnumbered = None if match else UNNUMBERED_LABEL.match(first)
    if unnumbered and is_statement(first[unnumbered.end():]):
        # "Cause of concern: The force is not doing enough ...": the only one, so no number
        first, labelled = first[unnumbered.end():], True
    if match and (number is None or labelled):
        number = match.group("num").rstrip(".")
        first = first[match.end():]
        if not first.strip() and len(cells) > 1:
            cells = cells[1:]
            first = cells[0]
    text = " ".join([first, *cells[1:]]).strip()
    if block.kind == "table" and len(cells) > 1:
        # In a card row the statement is its own cell; the other cells are RAG/dates.
        text = first.strip()
        for extra in cells[1:]:
            if not RAG_WORD.match(extra) and not DATE_LINE.match(extra):
                text += " " + extra.strip()
    if labelled and re.fullmatch(r"\([^()]{2,60}\)", text):
        text = ""  # "Area for improvement 1 (Investigating crime)": a title, no statement
    if labelled:
        text = _without_title(text)
    if labelled and MENTION.match(text):
        return None  # "R5 is addressed to the CPS alone": a sentence about a finding
    if labelled and not PROGRESS_HEAD.match(text) and (
            text.strip() or block.kind == "heading" or len(unit.text) < 40):
        return number, text, True
    if not is_statement(text):
        return None
    return number, text, False


class CardReader:
    """Walks units in order and groups them into findings."""

    def __init__(self, paper: Paper, skip: set[int] | None = None,
                 key: dict[str, str] | None = None) -> None:
        self.paper = paper
        self.skip = skip or set()
        self.inspection: str | None = inspection_name(paper.title) if paper.title else None
        self.kind: str | None = None
        self.key: dict[str, str] = paper_key(paper) if key is None else dict(key)
        self.list_heading = False  # the last heading named findings ("Areas for improvement")
        self.entries: list[Entry] = []
        self.current: Entry | None = None
        self.flat = FlatHeader()  # the header of a register flattened into paragraphs

    def read(self) -> list[Entry]:
        for unit in units([b for b in self.paper.blocks if id(b) not in self.skip]):
            self.feed(unit)
        return [e for e in self.entries
                if (e.progress_seen or e.labelled) and (e.content or not e.implicit)]

    def _context(self, unit: Unit) -> None:
        text = unit.text
        if unit.block.kind == "heading" or (len(text) < 120 and text.rstrip().endswith(":")):
            self.list_heading = bool(kind_of(text))
        if len(text) < 120 and RECOMMENDED.search(text):
            # "It recommended that:" introduces the inspectorate's recommendations.
            self.list_heading, self.kind = True, "recommendation"
            return
        if len(text) < 400:
            self.inspection = better_name(self.inspection, inspection_name(text))
        kind = kind_of(text) if len(text) < 400 else None
        # A paragraph "Recommendation:" heads the paper's own advice to the panel; a
        # heading "Recommendations" heads an inspection's.
        if kind and (unit.block.kind == "heading"
                     or not re.match(r"^\W*recommendations?\W*$", text, re.I)):
            self.kind = kind
        key = rag_key(text)
        if key:
            self.key = key

    def _open(self, number: str | None, text: str, labelled: bool, unit: Unit) -> None:
        cells: list[tuple[str, str]] = []
        progress = ""
        if self.flat.roles and unit.block.kind != "table":
            text, cells, progress = split_row(text)  # a flattened register row
        statement, rag, rest = _split_statement(text)
        own_kind = ref_kind(unit.cells[0][:40]) if unit.cells and unit.cells[0] else None
        # one of a list of findings under a heading; a bare label ("R1") takes the
        # statement under it instead
        bulleted = self._in_finding_list(unit) and bool(statement.strip())
        self.current = Entry(number, statement, unit.start, unit.end, self.inspection,
                             own_kind or self.kind or "afi", rag=rag,
                             labelled=labelled or bulleted, bulleted=bulleted)
        for cell in unit.cells[1:]:
            self._progress_cell(cell)
        for kind, value in cells:
            self._flat_cell(kind, value)
        for text_after in (rest, progress):
            if text_after:
                self._progress_cell(text_after)
        self.entries.append(self.current)

    def _flat_cell(self, kind: str, value: str) -> None:
        """One cell of a flattened register row: a date or dash fills the next date
        column the header named (a dash: no revision, the target stays), a colour the
        RAG, a status word the status."""
        entry = self.current
        if entry is None:
            return
        entry.progress_seen = True
        if kind in {"date", "dash"}:
            roles = self.flat.date_roles
            role = roles[entry.slot] if entry.slot < len(roles) else None
            entry.slot += 1
            iso = parse_date(value) if kind == "date" else None
            if role == "revised" and kind == "date":
                entry.original = entry.original or entry.anticipated
                entry.anticipated, entry.unknown = iso, iso is None
            elif role == "target" and iso:
                entry.anticipated = iso
        elif kind == "rag":
            self._progress_cell(value)
        elif kind == "status":
            entry.status_word = status_from_words(value)

    def feed(self, unit: Unit) -> None:
        if unit.block.kind == "heading":
            self.list_heading = bool(kind_of(unit.text))
            self.flat = FlatHeader()
        elif unit.block.kind != "table" and self.flat.feed(unit.text):
            return  # a column name of a register flattened into paragraphs
        entry = self.current
        cell = is_cell(unit.text) if self.flat.roles and entry is not None else None
        if cell is not None:
            self._flat_cell(*cell)
            entry.end = unit.end  # type: ignore[union-attr]
            return
        if (entry is not None and entry.labelled and not entry.bulleted
                and len(entry.text.split()) < 6 and not entry.progress_seen
                and not entry.extended and unit.block.kind == "paragraph"
                and not PROGRESS_HEAD.match(unit.cells[0] or "")
                and not NUMBERED.match(unit.cells[0] or "")):
            # "Area for improvement 2: Call handling" (or a bare "Recommendation 2"
            # heading) titles the finding; the sentence under it states it.
            entry.text = f"{entry.text}: {unit.text}" if entry.text else unit.text
            entry.extended = True
            entry.end = unit.end
            return
        opened = _statement_start(unit, self._in_finding_list(unit))
        if opened:
            self._open(*opened, unit)
            return
        if unit.block.kind == "heading" and entry is not None and len(unit.text) < 40 \
                and PROGRESS_HEAD.match(unit.text) and not entry.closed:
            entry.progress_seen = True  # "Progress" / "Action taken" heads this card's text
            entry.end = unit.end
            return
        if unit.block.kind == "heading":
            # A new heading ends the finding before it and may name another inspection.
            self.current = None
            self._context(unit)
            return
        if entry is None:
            self._context(unit)
            return
        if entry.closed:
            if PROGRESS_HEAD.match(unit.cells[0] or ""):
                # Progress after a closed entry with no statement of its own: the
                # statement was lost (a page break, a conversion), the finding was not.
                self.current = Entry(None, "", unit.start, unit.end, self.inspection,
                                     self.kind or "afi", implicit=True)
                self.entries.append(self.current)
                self._absorb(unit)
            elif _field_row(unit) and unit.block.start <= entry.start < unit.block.end:
                self._absorb(unit)  # "RAG | Green" further down the same card table
            else:
                self._context(unit)
            return
        self._absorb(unit)
        if not entry.progress_seen:
            self._context(unit)

    def _in_finding_list(self, unit: Unit) -> bool:
        """A statement belongs to a list of findings when the heading above names findings
        ("Areas for improvement", "Cause of concern") and the finding before it, if any,
        was one of that list (no progress of its own)."""
        if unit.block.kind not in {"list_item", "paragraph"} or not self.list_heading:
            return False
        current = self.current
        return current is None or (current.bulleted and not current.progress_seen)

    def _absorb(self, unit: Unit) -> None:
        entry = self.current
        assert entry is not None
        entry.end = max(entry.end, unit.end)
        cells = [c for c in unit.cells if c]
        field_row = _field_row(unit)
        if field_row:
            # A card's label/value row: "Target date | March 2025", "RAG | Amber".
            cells = [f"{cells[0].rstrip(': ')}: {' '.join(cells[1:])}"]
        for cell in cells:
            if len(cell) > 40 and not PROGRESS_HEAD.match(cell):
                entry.content = True
            self._progress_cell(cell, field_row)

    def _progress_cell(self, cell: str, field_row: bool = False) -> None:
        """Read one cell or paragraph of progress. Once a card says "Completed" it is
        closed to more text, except its own label/value rows (``field_row``: "RAG |
        Green", "Target date | December 2024"), which still belong to it."""
        entry = self.current
        if entry is None or not cell:
            return
        colour = RAG_WORD.match(cell)
        if colour and len(cell) < 12:
            if colour.group(1).lower() == "blue":  # BRAG: blue is done, and not a RAG value
                entry.status_word = self.key.get("blue", "complete")
            else:
                entry.rag = entry.rag or colour.group(1).lower()
            entry.progress_seen = True
            return
        if PROGRESS_HEAD.match(cell):
            entry.progress_seen = True
        if ONGOING.search(cell[:40]):
            entry.ongoing = True
        if entry.closed and not field_row:
            return
        # One line may hold several fields: "Anticipated completion date – May 2025 Status:
        # Completed".
        lines = [line.strip() for line in LINE_CUT.split(cell)]
        status_lines = [line for line in lines if STATUS_LINE.match(line)]
        for line in lines:
            if line not in status_lines:
                self._date_line(line)
        if any(COMPLETED.match(line) and len(line) < 40 for line in lines):
            entry.completed = True
            entry.closed = True
            entry.progress_seen = True
        # A key names two colours or more; "Status: Green – complete" is a status.
        for line in status_lines if len(rag_key(cell)) < 2 else []:
            self._status_line(line)

    def _status_line(self, line: str) -> None:
        """"Status: In progress", "Position: Complete (Green)"."""
        entry = self.current
        match = STATUS_LINE.match(line)
        if entry is None or match is None:
            return
        value = match.group("value")
        entry.rag = entry.rag or cell_rag(value)
        entry.status_word = status_from_words(value)
        if entry.status_word is None and re.search(r"\bblue\b", value, re.I):
            entry.status_word = self.key.get("blue", "complete")  # BRAG: blue is done
        entry.progress_seen = True

    def _date_line(self, line: str) -> None:
        assert self.current is not None
        apply_date_line(self.current, line)


def infer_numbers(entries: list[Entry]) -> None:
    """An unnumbered finding between numbered ones of its kind (its statement lost to a
    conversion or a page break) takes its place in the sequence. A list of findings
    printed without numbers stays unnumbered."""
    for index, entry in enumerate(entries):
        if entry.number is not None or entry.bulleted:
            continue
        prev = entries[index - 1] if index else None
        nxt = entries[index + 1] if index + 1 < len(entries) else None
        before = prev.number if prev and prev.kind == entry.kind else None
        after = nxt.number if nxt and nxt.kind == entry.kind else None
        if before and before.isdigit():
            entry.number = str(int(before) + 1)
        elif after and after.isdigit() and int(after) > 1:
            entry.number = str(int(after) - 1)


def finding_of(entry: Entry, paper: Paper, key: dict[str, str]) -> Finding:
    if entry.completed:
        status: str | None = "complete"
    elif entry.status_word:
        status = entry.status_word
    elif entry.rag and entry.rag in key:
        status = key[entry.rag]
    elif entry.anticipated or entry.ongoing or entry.progress_seen:
        status = "in_progress"
    else:
        status = None
    # An "original" target with no revision beside it is simply the target in force.
    anticipated = None if entry.unknown else entry.anticipated or entry.original
    original = entry.original if (entry.anticipated or entry.unknown) and \
        entry.original != entry.anticipated else None
    return Finding(
        inspection=entry.inspection, kind=entry.kind,  # type: ignore[arg-type]
        number=entry.number, text=entry.text, rag=entry.rag,  # type: ignore[arg-type]
        status=contract_status(status),  # type: ignore[arg-type]
        anticipated_completion=anticipated, original_target=original,
        source=source_for(paper.document, entry.start, entry.end),
    )
