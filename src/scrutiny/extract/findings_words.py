"""The words progress papers use for findings: RAG colours and the paper's own colour key,
status words, the kind of finding a heading or reference names, and how a finding
statement is worded ("The force should ...").

A key may say "Green = complete" or "Green = on track"; blue (BRAG) means done and is no
RAG value. Status words are read as complete / in progress, "partially complete" staying
in progress.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scrutiny.ingest.paper import Paper

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
LETTER_KEY = re.compile(
    r"(?<!\w)([RAGBC])\s*(?:=|:|–|-)\s*((?i:[a-z][a-z ,/-]*?))"
    r"(?=\s*(?:[;,(.]|\s(?:and\s+)?[RAGBC]\s*(?:=|:|–|-)|$))")
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
# Work not begun is neither complete nor in progress: read as its own word while a card or
# row is read, it becomes no status in the record (``contract_status``).
NOT_STARTED = "not_started"
STATUS_WORDS = [
    (re.compile(r"\bnot\s+(?:yet\s+)?(?:started|begun|commenced)\b|\byet\s+to\s+(?:start|begin)\b",
                re.I), NOT_STARTED),
    (re.compile(r"\b(?:complete[d]?|closed|discharged|achieved|done|signed off|delivered|"
                r"implemented|fully\s+met|finished)\b", re.I),
     "complete"),
    (re.compile(r"\b(?:in\s+progress|progress|ongoing|on-going|under\s*way|on\s+track|open|started|"
                r"at\s+risk|delayed|off\s+track|behind|slippage|slipp(?:ed|ing))\b", re.I),
     "in_progress"),
]

NOT_DONE = re.compile(r"\b(?:partially|partly|part|nearly|almost|not(?:\s+yet)?|in|being)[\s-]+"
                      r"(?:complete[d]?|closed|achieved|delivered|implemented|finished)\b|"
                      r"\bincomplete\b|\b(?:on\s+track|due|expected|planned)\s+to\s+(?:be\s+)?"
                      r"(?:complete[d]?|delivered|implemented|finished)\b|"
                      r"\bto\s+be\s+(?:complete[d]?|delivered|implemented|finished)\b",
                      re.IGNORECASE)
NUMBERED = re.compile(
    # "**AFI 2.3** –": Markdown emphasis around the label is no part of it; "AFI-03" a
    # reference with a hyphen
    r"^[\s*_]*(?:(?P<label>AFI|area\s+for\s+improvement|recommendation|rec\.?|cause\s+of\s+concern|"
    r"CoC|R(?=\s?\d))\s*(?:[-–]\s*(?=\d))?(?:no\.?\s*)?)?(?P<num>\d{1,3}(?:\.\d{1,2})?)[*_]*(?:[.):]|\s*[-–—]\s|"
    r"\s+(?=[A-Z(])|$)\s*",
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
    return tuple({**_letter_key(text), **_colour_key(text)}.items())


def _colour_key(text: str) -> dict[str, str]:
    lowered = text.lower()
    if not ("red" in lowered or "green" in lowered or "amber" in lowered
            or "blue" in lowered) or not COLOUR.search(lowered):
        return {}  # no colour, no key: most paragraphs end here
    key: dict[str, str] = {}
    for colour, meaning in KEY.findall(text):
        status = status_from_words(meaning)
        if status:
            key[colour.lower()] = status
    return key if len(key) >= 2 or (key and KEY_NAMED.search(text)) else {}


def _letter_key(text: str) -> dict[str, str]:
    """A key by initials ("G = on track; A = at risk; C = complete"): R, A, G and B stand
    for their colours; another letter ("C") is kept as itself, lower-cased, for a RAG
    column that prints it."""
    if "=" not in text and ":" not in text:
        return {}
    key: dict[str, str] = {}
    for letter, meaning in LETTER_KEY.findall(text):
        status = status_from_words(meaning)
        if status:
            key[LETTER_COLOURS.get(letter, letter).lower()] = status
    return key if len(key) >= 2 else {}


def contract_status(status: str | None) -> str | None:
    """The status a record carries: work not started has none."""
    return None if status == NOT_STARTED else status


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
    """complete / in_progress / not_started from a status phrase, or None. Work that is
    "partially complete", "not yet complete" or "on track to complete" is in progress."""
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


LETTER_COLOURS = {"R": "Red", "A": "Amber", "G": "Green", "B": "Blue"}


def spelt_colour(cell: str) -> str:
    """A RAG column's cell with a lone initial ("G", "A", "R", "B") spelt out as its
    colour; any other cell as it is."""
    return LETTER_COLOURS.get(cell.strip(" .*"), cell)


def cell_rag(cell: str) -> str | None:
    match = re.search(r"\b(red|amber|green)\b", cell or "", re.I)
    return match.group(1).lower() if match else None
