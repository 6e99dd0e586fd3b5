"""Questions in tables: ``No. | Question from | Question | Answer`` in any order, or one
question laid down a two-column table."""

from __future__ import annotations

import re

from scrutiny.extract.context import clean
from scrutiny.extract.questions.affiliation import _split_affiliation
from scrutiny.extract.questions.answers import _NO_ANSWER, answer_label
from scrutiny.extract.questions.found import _Found, strip_question_label
from scrutiny.extract.questions.headed import header_asker, match_header
from scrutiny.extract.questions.speech import _PRONOUN, speaker, who
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper

_COLUMN_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("asker", re.compile(r"question(?:er|s)?\s+(?:from|by)|asked\s+by|submitted\s+by|"
                         r"^(?:from|name|member|councillor|questioner|asker|raised\s+by)\b",
                         re.IGNORECASE)),
    ("affiliation", re.compile(r"council|authority|representing|organisation|"
                               r"organization|group|party", re.IGNORECASE)),
    ("answer", re.compile(r"answer|response|reply|responses", re.IGNORECASE)),
    ("question", re.compile(r"question|query|issue\s+raised", re.IGNORECASE)),
    ("number", re.compile(r"^(?:no\.?|number|#|ref\.?|q\.?|item)$", re.IGNORECASE)),
]


def _table_columns(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = clean(cell)
        for role, pattern in _COLUMN_ROLES:
            if role not in roles and pattern.search(text):
                roles[role] = index
                break
    return roles


def _respondent_from_header(cell: str) -> str | None:
    """"Commissioner's answer", "Response from the PCC" or "Response (Force)" -> the
    respondent."""
    text = clean(cell)
    m = re.match(r"^(?:the\s+)?(.+?)(?:'s|’s|s')?\s+(?:response|answer|reply)", text, re.I) \
        or re.match(r"^(?:response|answer|reply)\s+(?:from|by)\s+(.{2,60})$", text, re.I) \
        or _IN_BRACKETS.match(text)
    return who(m.group(1)) if m else None


# "Question (PCC)", "Response (Force)": the column's own words, then who in brackets
_IN_BRACKETS = re.compile(
    r"^(?:question|query|response|answer|reply)s?\s*[(\[]\s*(?:from\s+|by\s+)?(?:the\s+)?"
    r"([^()\[\]]{2,40}?)\s*[)\]]$",
    re.IGNORECASE,
)


def _asker_from_header(cell: str) -> str | None:
    """"Question (PCC)" or "Questions (from the Chair)": a question column whose header
    names who asked every question in it, written as the header writes it."""
    m = _IN_BRACKETS.match(clean(cell))
    if not m or not re.match(r"^(?:question|query)", clean(cell), re.IGNORECASE):
        return None
    return m.group(1)


def find_table_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Questions in tables whose header names a question and an answer column."""
    found: list[_Found] = []
    blocks = paper.blocks
    columns: dict[str, int] | None = None
    respondent: str | None = None
    asker: str | None = None
    width = 0
    for index, block in enumerate(blocks):
        if block.kind != "table" or not block.rows:
            continue  # a heading or title between two tables keeps the columns
        rows = block.rows
        sideways = _sideways_question(rows)
        if sideways:
            sideways.blocks, sideways.start, sideways.end = [index], block.start, block.end
            found.append(_asked_in_heading(blocks, index, [sideways], used)[0])
            used.add(index)
            continue
        rows = _without_title_row(rows)
        header = _table_columns(rows[0])
        if "question" in header and ("answer" in header or "asker" in header):
            columns, width = header, len(rows[0])
            respondent = _respondent_from_header(rows[0][header["answer"]]) \
                if "answer" in header else None
            asker = None if "asker" in header else _asker_from_header(rows[0][header["question"]])
            rows = rows[1:]
        elif columns is None or len(rows[0]) != width:
            continue
        items = [item for item in (_table_row(row, columns, respondent) for row in rows) if item]
        for item in items:
            item.blocks, item.start, item.end = [index], block.start, block.end
            item.asker = item.asker or asker
        found.extend(_asked_in_heading(blocks, index, items, used))
        used.add(index)
    return found


def _asked_in_heading(
    blocks: list[Block], index: int, items: list[_Found], used: set[int]
) -> list[_Found]:
    """A one-question table under a heading naming its asker ("### PQ1 — Mrs X, Town")
    takes the asker from the heading."""
    if len(items) != 1 or items[0].asker or index == 0 or blocks[index - 1].kind == "table":
        return items
    m = match_header(clean(blocks[index - 1].text))
    if m and not m.group("rest"):
        item = items[0]
        item.asker, affiliation = header_asker(m)
        item.affiliation = item.affiliation or affiliation
        item.blocks, item.start = [index - 1, index], blocks[index - 1].start
        used.add(index - 1)
    return items


def _without_title_row(rows: list[list[str]]) -> list[list[str]]:
    """The rows without a title row across the table ("Questions from the public" in one
    merged cell, as Word minutes set it) above the header row."""
    if len(rows) > 2 and len({clean(c) for c in rows[0] if clean(c)}) == 1 \
            and len(rows[0]) > 1 and "question" in _table_columns(rows[1]):
        return rows[1:]
    return rows


def _sideways_question(rows: list[list[str]]) -> _Found | None:
    """One question laid out down a two-column table: "Question | ...", "Asked by | ...",
    "Response | ..." (labels in the first column)."""
    if not rows or any(len(r) != 2 for r in rows) or len(rows) > 8:
        return None
    row_of: dict[str, list[str]] = {}
    for row in rows:
        role = next((r for r, _ in _table_columns([row[0]]).items()), None)
        if role and role not in row_of and len(clean(row[0])) <= 40:
            row_of[role] = row
    if "question" not in row_of or not ({"answer", "asker"} & set(row_of)):
        return None
    flat = [row_of[role][1] if role in row_of else "" for role in _SIDEWAYS_ORDER]
    columns = {role: i for i, role in enumerate(_SIDEWAYS_ORDER) if role in row_of}
    respondent = _respondent_from_header(row_of["answer"][0]) if "answer" in row_of else None
    return _table_row(flat, columns, respondent)


_SIDEWAYS_ORDER = ("asker", "affiliation", "answer", "question", "number")


def _table_row(row: list[str], columns: dict[str, int], respondent: str | None) -> _Found | None:
    def cell(role: str) -> str:
        i = columns.get(role)
        return clean(row[i]) if i is not None and i < len(row) else ""

    question = cell("question")
    if len(question) < 8:
        return None
    answer = cell("answer") or None
    if answer and _NO_ANSWER.match(answer):
        answer = None
    asker, affiliation = cell("asker") or None, cell("affiliation") or None
    if asker and not affiliation:
        i = columns["asker"]
        lines = [clean(line) for line in row[i].splitlines() if line.strip()]
        if len(lines) == 2:  # name on one line of the cell, council on the next
            asker, affiliation = lines
        else:
            asker, affiliation = _split_affiliation(asker)
    labelled = answer_label(answer) if answer else None
    if labelled:
        respondent, answer = labelled[0] or respondent, labelled[1] or None
    if answer and respondent is None:
        name, _ = speaker(answer, limit=120)
        respondent = None if name and _PRONOUN.match(name) else name
    return _Found(strip_question_label(question), answer, asker, affiliation, respondent,
                  [], 0, 0)
