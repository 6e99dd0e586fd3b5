"""Inspection findings (recommendations, areas for improvement, causes of concern) from
progress reports.

Progress reports lay findings out in three ways, and a reader may flatten any of them:

* **register tables**: one table, a row per finding, with a header row naming the
  columns (``No | Area for improvement | Progress | RAG | Target date | Revised date``);
  rows that wrap across lines or pages come back as rows with an empty number cell;
* **cards**: one small table, or a run of paragraphs, per finding: the numbered
  finding, its RAG word, "Action Taken" / "Ongoing Activity" text, then a closing line
  ("Anticipated completion date – May 2023", "Completed");
* the same cards after a PDF-to-text conversion, where columns run together.

Register tables are read by column. Everything else goes through one state machine over
*units* (a paragraph, or one table row with merged duplicate cells removed), so DOCX
cards, PDF tables and flattened text are handled by the same rules.

A finding statement is recognised by how inspectorates word them ("The force should",
"needs to", "must", "is failing to"), and only counts when progress follows it (a RAG
word, an action/progress heading, a completion line): that keeps a sentence like "the
Force should consider ..." in minutes from becoming a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from scrutiny.extract.base import register, source_for
from scrutiny.extract.findings_flat import FlatHeader, is_cell, split_row
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import parse_date
from scrutiny.records import Finding

# --- inspection names ---------------------------------------------------------------

CYCLE = r"(?:19|20)\d{2}(?:\s*[/–—-]\s*(?:19|20)?\d{2})?"
PEEL = re.compile(rf"\bPEEL\b(?:\s+(?:inspection|assessment|report))?[\s:,–-]*(?P<cycle>{CYCLE})?",
                  re.IGNORECASE)
THEMATIC = re.compile(
    r"\b(?:HMICFRS|HMIC|HM\s+Inspectorate\s+of\s+Constabulary[\w\s&,]*?)\s*(?:'s\s+)?"
    r"(?:(?:thematic\s+)?(?:inspection|report|review)\s+(?:of|into|on)\s+|:\s*)"
    r"(?P<title>['‘\"“]?[A-Z][^.;:\n]{3,90}?)(?=['’\"”]?\s*(?:[.;:(\n–-]|\s+progress\b|$))",
    re.IGNORECASE,
)
THEMATIC_HEADING = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?(?:thematic\s+)?inspection\s+(?:of|into)\s+(?:the\s+)?"
    r"(?P<title>[A-Za-z][^.;:\n]{3,90}?)(?=\s*(?:[.;:(\n–-]|\s+progress\b|$))",
    re.IGNORECASE,
)
NAMED_INSPECTION = re.compile(
    r"(?:^|[–:—-]\s*|\b(?:to|on|of)\s+(?:the\s+)?)(?P<name>(?:joint\s+|national\s+|thematic\s+)?"
    r"(?:[A-Za-z&'-]+\s+){0,4}inspection)\b(?!\s+(?:of|into))",
    re.IGNORECASE,
)
PEEL_BODY = "HMICFRS PEEL"


def inspection_name(text: str) -> str | None:
    """The inspection a heading or sentence names, normalised to ``HMICFRS PEEL 2021/22``.

    PEEL is named with its cycle as printed ("2021/22", "2023-25"); a thematic
    inspection keeps its title ("HMICFRS inspection of vetting and misconduct").
    Returns None when the text names no inspection.
    """
    lowered = text.lower()
    if "peel" not in lowered and "hmic" not in lowered and "inspect" not in lowered:
        return None  # every pattern below needs one of these words
    peel = PEEL.search(text)
    if peel:
        cycle = peel.group("cycle")
        return f"{PEEL_BODY} {normal_cycle(cycle)}" if cycle else PEEL_BODY
    thematic = THEMATIC.search(text) or THEMATIC_HEADING.match(text)
    if thematic:
        title = thematic.group("title").strip(" '‘’\"“”")
        return f"HMICFRS inspection of {title}"
    named = NAMED_INSPECTION.search(text) if len(text) < 120 else None
    if named:
        name = re.sub(r"^(?:(?:response|update|progress|reply)\s+(?:to|on)\s+)?(?:the\s+)?", "",
                      named.group("name"), flags=re.I)
        return name[:1].upper() + name[1:]
    return None


def normal_cycle(cycle: str) -> str:
    """A cycle as printed, without spaces and with a dash for an en or em dash, so
    "2023 – 25" and "2023-25" name the same inspection."""
    return re.sub(r"[–—]", "-", "".join(cycle.split()))


def _cycle_start(name: str | None) -> int | None:
    match = re.search(r"\b((?:19|20)\d{2})", name or "")
    return int(match.group(1)) if match else None


def _better_name(old: str | None, new: str | None) -> str | None:
    """Keep a name with a cycle over a later mention of the same inspection without one,
    and a PEEL cycle over a mention of an earlier one ("in its PEEL 2021/22 inspection the
    force was graded ..."): a response to the latest inspection recalls earlier ones in
    passing, and its findings stay the latest's."""
    if new is None:
        return old
    old_year, new_year = _cycle_start(old), _cycle_start(new)
    if (old and old.startswith(PEEL_BODY) and new.startswith(PEEL_BODY)
            and old_year and new_year and new_year < old_year):
        return old
    if old and old.startswith(new) and len(old) > len(new):
        return old
    return new


# --- words the progress papers use -----------------------------------------------------

RAG_WORD = re.compile(r"^\W*(red|amber|green|blue)\W*$", re.IGNORECASE)
TRAILING_RAG = re.compile(r"\s*\*{0,2}\b(Red|Amber|Green|RED|AMBER|GREEN)\b\*{0,2}\s*$")
INLINE_RAG = re.compile(r"\*\*\s*(Red|Amber|Green|RED|AMBER|GREEN)\s*\*\*")
KEY_SEP = r"(?:=|:|–|-|\s+(?:means|indicates|shows|denotes|is|for))"
KEY = re.compile(
    rf"\b(red|amber|green|blue)\s*{KEY_SEP}\s*(?:that\s+)?(?:the\s+\w+\s+is\s+)?"
    r"([a-z][a-z ,/-]*?)"
    rf"(?=\s*(?:[,;]?\s*(?:and\s+)?\b(?:red|amber|green|blue)\s*{KEY_SEP}|[.;\n]|$))",
    re.IGNORECASE,
)
COLOUR = re.compile(r"\b(?:red|amber|green|blue)\b")  # over lower-cased text
KEY_NAMED = re.compile(r"\b(?:RAG|key|status)\b", re.IGNORECASE)
PROGRESS_HEAD = re.compile(
    r"^\W*(?:action(?:s)?\s+taken|ongoing\s+activit(?:y|ies)|progress(?:\s+update)?|"
    r"update|activity|current\s+position|work\s+undertaken|next\s+steps|"
    r"ac\s*tion\s+taken|or\s*ngoing\s+activity)\b",
    re.IGNORECASE,
)
ONGOING = re.compile(r"\b(?:ongoing\s+activit|or\s*ngoing\s+activit|next\s+steps)", re.I)
COMPLETED = re.compile(
    r"^\W*(?:completed?|closed|discharged|achieved|signed\s+off)\b(?!\s+date)", re.I
)
DATE_LINE = re.compile(
    r"^\W*(?P<label>(?:anticipated|expected|projected|estimated|forecast|target)\s+completion"
    r"(?:\s+date)?|timescales?|completion\s+by|by\s+when|(?:anticipated|expected|projected|"
    r"estimated|forecast)\s+completion"
    r"(?:\s+date)?|(?:revised|new|amended)(?:\s+(?:target|completion|due))?(?:\s+date)?|"
    r"(?:original\s+)?target(?:\s+(?:completion\s+)?date)?|"
    r"(?:original|initial|agreed|revised|new|amended)\s+deadline|"
    r"completed(?:\s+(?:on|in|by))?(?=\s*[:\-–—])|"
    r"(?:completion|due)\s+date|due\s+by|deadline|completion(?=\s*[:\-–—]))\s*[:\-–—]?\s*"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
FIELD_LABEL = re.compile(
    r"^\W*(?:(?:current\s+)?status|rag(?:\s+status|\s+rating)?|progress\s+status|"
    r"(?:current\s+)?position|completion|"
    r"(?:original\s+|revised\s+|new\s+)?target(?:\s+(?:completion\s+)?date)?|"
    r"(?:original|initial|agreed|revised|new|amended)\s+deadline|completed|"
    r"(?:anticipated|expected|revised|forecast)\s+(?:completion\s+)?(?:date)?|"
    r"completion\s+date|due\s+date|deadline|timescales?)\s*:?\s*$", re.IGNORECASE)
STATUS_LINE = re.compile(r"^\W*(?:current\s+)?(?:status|progress\s+status|rag(?:\s+status)?|"
                         r"position)"
                         # the value ends at a full stop, or after a bracketed colour
                         # when a reader ran the next sentence into it
                         r"\s*[:\-–—]\s*(?P<value>[^.;()]{2,40}?\s*\((?:red|amber|green|blue)\)"
                         r"|[^.;]{2,40}?(?=\s*(?:[.;]|$))).*$",
                         re.IGNORECASE)
# A field label a reader ran into the text before it ("... within six months. Position: In
# progress (Amber) Original deadline: 30 June 2024"): a capitalised label and a colon, so
# a sentence that merely mentions a position or a target is not cut.
FIELD_CUT = re.compile(
    r"\b(?=[A-Z])(?i:(?:current\s+)?(?:status|position)|rag(?:\s+status|\s+rating)?|"
    r"(?:original|initial|agreed|revised|new|amended|anticipated|expected|projected|estimated|"
    r"forecast|target)\s+(?:(?:completion|target|due)\s+)?(?:date|deadline|completion|target)|"
    r"target|deadline|completed|completion(?:\s+date)?|due\s+date)\s*:")
LINE_CUT = re.compile(
    r"(?=\b(?:Anticipated|Expected|Revised|Target)\s+(?:completion|date|target)\b|"
    rf"\bRevised\b|{FIELD_CUT.pattern})")
REVISED_INLINE = re.compile(r"\b(?:revised|new)\s*(?:target|date)?\s*[:\-–—]\s*(?P<rest>.+)$", re.I)
STATUS_WORDS = [
    (re.compile(r"\b(?:complete[d]?|closed|discharged|achieved|done|signed off)\b", re.I),
     "complete"),
    (re.compile(r"\b(?:in\s+progress|progress|ongoing|on-going|under\s*way|on\s+track|open|started|"
                r"not\s+started|at\s+risk|delayed|off\s+track|behind)\b", re.I),
     "in_progress"),
]

NOT_DONE = re.compile(r"\b(?:partially|partly|part|nearly|almost|not(?:\s+yet)?|in)[\s-]+"
                      r"(?:complete[d]?|closed|achieved)\b|\bincomplete\b", re.IGNORECASE)
NUMBERED = re.compile(
    r"^\s*(?:(?P<label>AFI|area\s+for\s+improvement|recommendation|rec\.?|cause\s+of\s+concern|"
    r"CoC|R(?=\s?\d))\s*(?:no\.?\s*)?)?(?P<num>\d{1,3}(?:\.\d{1,2})?)(?:[.):]|\s*[-–—]\s|"
    r"\s+(?=[A-Z])|$)\s*",
    re.IGNORECASE,
)
MODAL = re.compile(
    r"\b(?:should|needs?\s+to|must|is\s+failing|are\s+failing|has\s+failed|"
    r"ought\s+to|is\s+not\s+(?:doing|effectively|adequately|sufficiently)|isn['’]t|"
    r"doesn['’]t|does\s+not\s+(?:always|have|effectively|adequately|consistently))\b",
    re.IGNORECASE,
)
RECOMMENDED = re.compile(r"\b(?:recommended|recommends|made\s+(?:the\s+following|these)\s+"
                         r"recommendations?)(?:\s+that)?\s*:\s*$", re.IGNORECASE)
BULLET_MARKERS = {"-", "*", "•", "○", "▪", "◦", "●", "■"}

KIND_WORDS = [
    # "(?![a-z])", not "\b": a PDF reader may run the number in ("AFI3", "Recommendation1").
    (re.compile(r"\bcauses?\s+of\s+concern(?![a-z])", re.I), "cause_of_concern"),
    (re.compile(r"\b(?:AFIs?|areas?\s+for\s+improvement)(?![a-z])", re.I), "afi"),
    (re.compile(r"\brecommendations?(?![a-z])", re.I), "recommendation"),
]


ANY_KIND = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in KIND_WORDS), re.I)


def rag_key(text: str) -> dict[str, str]:
    """The paper's own RAG key ("Green = Complete Amber = Work in progress") as
    colour -> status; empty when the text holds no key."""
    return dict(_key_pairs(text))


@lru_cache(maxsize=4096)
def _key_pairs(text: str) -> tuple[tuple[str, str], ...]:
    # Cached: both readers look for a key in the same paragraphs.
    lowered = text.lower()
    if not ("red" in lowered or "green" in lowered or "amber" in lowered
            or "blue" in lowered) or not COLOUR.search(lowered):
        return ()  # no colour, no key: most paragraphs end here
    key: dict[str, str] = {}
    for colour, meaning in KEY.findall(text):
        status = status_from_words(meaning)
        if status:
            key[colour.lower()] = status
    if len(key) >= 2 or (key and KEY_NAMED.search(text)):
        return tuple(key.items())
    return ()


def paper_key(paper: Paper) -> dict[str, str]:
    """The first RAG key the paper prints outside its tables, in prose or a legend ("Green
    means complete. Amber means on track."). A key holds for the whole paper, also for
    tables printed above it."""
    for block in paper.blocks:
        if block.kind == "table" and block.rows and len(block.rows) >= 2:
            key = _legend(block.rows)
        else:
            key = rag_key(block.text[:1500])
        if key:
            return key
    return {}


def _legend(rows: list[list[str]]) -> dict[str, str]:
    """A key printed as a table: a colour in the first cell of each row, its meaning in
    the next ("Green | Complete", "Blue | Closed by the inspectorate")."""
    key: dict[str, str] = {}
    for row in rows:
        cells = [c for c in row if c.strip()]
        colour = RAG_WORD.match(cells[0]) if len(cells) >= 2 else None
        status = status_from_words(" ".join(cells[1:])) if colour else None
        if colour and status:
            key[colour.group(1).lower()] = status
    return key if len(key) >= 2 else {}


def status_from_words(text: str) -> str | None:
    """complete / in_progress from a status phrase, or None. Work that is "partially
    complete" or "not yet complete" is still in progress."""
    if NOT_DONE.search(text):
        return "in_progress"
    for pattern, status in STATUS_WORDS:
        if pattern.search(text):
            return status
    return None


def is_statement(text: str) -> bool:
    """Does this read like an inspectorate's finding ("The force should ...")?"""
    words = text.split()
    if len(words) < 5:
        return False
    head = " ".join(words[:9])
    return bool(MODAL.search(head)) and not PROGRESS_HEAD.match(text)


def kind_of(text: str) -> str | None:
    """The kind of finding a text names, causes of concern before AFIs before
    recommendations when it names several."""
    lowered = text.lower()
    if not ("afi" in lowered or "recommendation" in lowered or "improvement" in lowered
            or "concern" in lowered) or not ANY_KIND.search(text):
        return None
    for pattern, kind in KIND_WORDS:
        if pattern.search(text):
            return kind
    return None


# A reference as printed in a register's first cell or at the head of a card: the
# kind words above, or the short forms inspectorates and forces number by ("R3", "Rec 2",
# "CoC 1").
REF_KINDS = [
    (re.compile(r"^\W*CoC\b|^\W*CoC\s?\d", re.I), "cause_of_concern"),
    (re.compile(r"^\W*(?:R|Recs?\.?)\s?\d", re.I), "recommendation"),
]


def ref_kind(ref: str) -> str | None:
    """The kind a reference names ("Cause of concern", "AFI 3", "R2", "CoC1"), or None."""
    for pattern, kind in REF_KINDS:
        if pattern.search(ref):
            return kind
    return kind_of(ref)


# --- units: paragraphs and table rows ---------------------------------------------------


@dataclass
class Unit:
    """One paragraph, or one table row with merged (repeated) cells collapsed."""

    cells: list[str]
    start: int
    end: int
    block: Block

    @property
    def text(self) -> str:
        return " ".join(c for c in self.cells if c)


def _dedupe(cells: list[str]) -> list[str]:
    """Collapse the repeated cells a merged cell becomes in DOCX/PDF tables."""
    out: list[str] = []
    for cell in cells:
        cell = cell.strip()
        if out and cell and cell == out[-1]:
            continue
        out.append(cell)
    return out


def cell_span(block: Block, r: int, c: int) -> tuple[int, int]:
    """The span of one cell, so a record cites its cell, not the whole table."""
    return block.cell_span(r, c)


def units(blocks: list[Block]) -> Iterator[Unit]:
    for block in blocks:
        if block.kind == "table" and block.rows:
            offset = block.start
            for row in block.rows:
                line = "\t".join(c.replace("\n", " ") for c in row)
                yield Unit(_dedupe(row), offset, offset + len(line), block)
                offset += len(line) + 1
        else:
            yield Unit([block.text], block.start, block.end, block)


# --- the card state machine ---------------------------------------------------------------


@dataclass
class Entry:
    number: str | None
    text: str
    start: int
    end: int
    inspection: str | None
    kind: str | None
    rag: str | None = None
    completed: bool = False
    ongoing: bool = False
    anticipated: str | None = None
    original: str | None = None
    status_word: str | None = None
    closed: bool = False
    progress_seen: bool = False
    implicit: bool = False  # no statement printed; kept only if progress content follows
    labelled: bool = False  # "AFI 3:" / "Recommendation 2": a finding even with no progress
    extended: bool = False  # a short labelled title took the sentence under it
    bulleted: bool = False  # one of a list of findings under a findings heading
    content: bool = False
    slot: int = 0  # date cells read so far of a flattened register row
    unknown: bool = False  # a revised date of "TBC": the date in force is not known


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
    text = re.sub(r"\s+", " ", text.replace("**", " ")).strip(" \t-–:")
    return text, rag, rest


def _statement_start(unit: Unit, in_list: bool = False) -> tuple[str | None, str, bool] | None:
    """(number, statement text, labelled) when the unit opens a finding, else None. A
    statement labelled "AFI 3" / "Recommendation 2" is a finding whatever its wording (a
    bare "AFI 3" heading takes the sentence under it); an unlabelled one must read like
    one ("The force should ..."). Bulleted statements count only as a list of findings
    (``in_list``), since progress notes are bulleted too."""
    block = unit.block
    if block.kind == "list_item" and (block.marker or "").strip() in BULLET_MARKERS \
            and not in_list:
        return None
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
            self.inspection = _better_name(self.inspection, inspection_name(text))
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
        if len(cells) >= 2 and FIELD_LABEL.match(cells[0]):
            # A card's label/value row: "Target date | March 2025", "RAG | Amber".
            cells = [f"{cells[0].rstrip(': ')}: {' '.join(cells[1:])}"]
        for cell in cells:
            if len(cell) > 40 and not PROGRESS_HEAD.match(cell):
                entry.content = True
            self._progress_cell(cell)

    def _progress_cell(self, cell: str) -> None:
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
        if entry.closed:
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
        for line in status_lines if not rag_key(cell) else []:
            self._status_line(line)

    def _status_line(self, line: str) -> None:
        """"Status: In progress", "Position: Complete (Green)"."""
        entry = self.current
        match = STATUS_LINE.match(line)
        if entry is None or match is None:
            return
        value = match.group("value")
        entry.rag = entry.rag or _cell_rag(value)
        entry.status_word = status_from_words(value)
        if entry.status_word is None and re.search(r"\bblue\b", value, re.I):
            entry.status_word = self.key.get("blue", "complete")  # BRAG: blue is done
        entry.progress_seen = True

    def _date_line(self, line: str) -> None:
        entry = self.current
        assert entry is not None
        match = DATE_LINE.match(line)
        if not match:
            return
        label = match.group("label").lower()
        rest = match.group("rest")
        revised = REVISED_INLINE.search(rest)
        iso = parse_date(rest[: revised.start()] if revised else rest)
        entry.progress_seen = True
        if revised:
            entry.original = entry.original or iso
            entry.anticipated = parse_date(revised.group("rest")) or iso
        elif re.match(r"(?:revised|new|amended)", label):
            entry.original = entry.original or entry.anticipated
            entry.anticipated = iso or entry.anticipated
            # "Revised deadline: not yet known": the date in force is unknown.
            entry.unknown = iso is None and bool(NOT_KNOWN.search(rest))
        elif re.match(r"original|initial|agreed", label) or (
                label.startswith("target") and entry.anticipated):
            entry.original = iso
        else:
            entry.anticipated = entry.anticipated or iso
        entry.closed = entry.closed or bool(re.match(r"anticipated|expected|projected", label))


# --- register tables ------------------------------------------------------------------------

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
    ("revised", re.compile(r"\b(?:revised|new|amended|anticipated|expected|forecast)\b", re.I)),
    ("target", re.compile(r"\b(?:target|due|deadline|completion|date)\b", re.I)),
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
    target = parse_date(cell("target")) if cell("target") else None
    # A dash (or n/a) in the revised column means no revision: the target stays in force;
    # a revised date of "TBC" replaces the target, so the date in force is unknown.
    revision = "" if NO_REVISION.match(cell("revised")) else cell("revised")
    revised = parse_date(revision) if revision else None
    rag, status = _rag_and_status(cells, roles, key, target or revised)
    return Finding(
        number=_ref_number(printed),
        kind=ref_kind(printed),  # type: ignore[arg-type]
        text=re.sub(r"\s+", " ", text).strip(), rag=rag,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        anticipated_completion=revised if revision else target,
        original_target=target if revision and target and revised != target else None,
    )


NOT_KNOWN = re.compile(r"\b(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|decided|determined|set)|"
                       r"(?:not\s+(?:yet\s+)?|un)known|not\s+yet\s+(?:set|agreed|confirmed))\b",
                       re.IGNORECASE)
NO_REVISION = re.compile(r"^\W*(?:[-–—]+|n/?a|none|no\s+change|nil)?\W*$", re.IGNORECASE)


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
    colour_cells = [cell("rag"), status_cell]
    rag = next((r for r in map(_cell_rag, colour_cells) if r), None)
    blue = any(re.search(r"\bblue\b", c, re.I) for c in colour_cells)
    words = status_from_words(re.sub(r"\b(?:red|amber|green|blue)\b", "", status_cell, flags=re.I))
    if words:
        return rag, words
    if blue and not rag:
        return None, key.get("blue", "complete")
    if rag and rag in key:
        return rag, key[rag]
    return rag, _status_from_progress(cell("progress"), date)


def _cell_rag(cell: str) -> str | None:
    match = re.search(r"\b(red|amber|green)\b", cell or "", re.I)
    return match.group(1).lower() if match else None


def _status_from_progress(progress: str, date: str | None) -> str | None:
    """Status from progress text that says it ("Completed", "ongoing"), else from a date
    still to come; None when neither says anything."""
    if COMPLETED.match(progress or "") or re.search(r"\bcompleted?\b\W*$", progress or "", re.I):
        return "complete"
    if re.search(r"\b(?:ongoing|on-going|in\s+progress|under\s+way|underway|continu\w+)\b",
                 progress or "", re.I) or date:
        return "in_progress"
    return None


# --- assembling ----------------------------------------------------------------------------


def _infer_numbers(entries: list[Entry]) -> None:
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


def _finding(entry: Entry, paper: Paper, key: dict[str, str]) -> Finding:
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
        status=status,  # type: ignore[arg-type]
        anticipated_completion=anticipated, original_target=original,
        source=source_for(paper.document, entry.start, entry.end),
    )


def _register_tables(paper: Paper, key: dict[str, str]) -> tuple[list[Finding], set[int]]:
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
                inspection = _better_name(inspection, inspection_name(block.text))
                kind = kind_of(block.text) or kind
                key = rag_key(block.text) or key
            continue
        register_ = _register_rows(block, paper, inspection, kind, key, found, register_)
        if register_ is not None:
            used.add(id(block))
    return found, used


@register("findings", "1", "findings")
def extract_findings(paper: Paper) -> list[Finding]:
    """Every inspection finding reported in the paper, with its progress."""
    key = paper_key(paper)  # read once: both readers start from the paper's own key
    registered, used = _register_tables(paper, key)
    reader = CardReader(paper, skip=used, key=key)
    entries = reader.read()
    _infer_numbers(entries)
    return registered + [_finding(e, paper, reader.key) for e in entries]
