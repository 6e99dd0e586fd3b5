"""Actions: commitments recorded for follow-up, with owner, status and due date.

Papers record actions in five ways, each read by one finder below:

* **action logs** - tables whose header names an action column and at least two of
  ref / owner / due / status / date raised (any order, any naming; an unlabelled first
  column is the action; an "Action" column of numbers is the ref). Rows broken by a page
  and header names repeated into a row on a new page are mended;
* **action cards** - "Action no: / Description: / Owner: / Due date: / Status:" fields,
  in one block or one field to a block;
* **action lists** - an "Actions" (or "Actions arising", "New actions agreed at this
  meeting") line followed by bullets, or a sentence ending "the following actions (were)
  discharged:" whose bullets then take that status; a bullet may carry its own status
  ("... (Complete)");
* **labelled actions** - "ACTION: DCC to ... by 31 March", "Action (OPCC): ...", or
  "... ACTION: OPCC" naming only the owner of the sentence before;
* **commitments in minutes** - "The Commissioner said that he would provide this at the
  Panel's meeting on 18 December 2024" (only in records of meetings, and only with a due
  date or a named recipient, so a vague "would update in the future" is not an action).

The same action in a list and a log of one paper is one record: the log row wins, the
list fills what the row lacks. Due dates are read the UK way with the year from the
meeting ("by 31 March" after an October meeting is next March); "before the December
meeting" is the date of the next meeting when the paper announces one in December.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from scrutiny.extract.action_owners import ORGANISATIONS, named_organisation, organisation
from scrutiny.extract.base import register, source_for
from scrutiny.extract.context import (
    MeetingContext,
    body,
    clean,
    looks_like_title,
    meeting_context,
    sentences,
)
from scrutiny.extract.questions import written_answer_blocks
from scrutiny.extract.questions.speech import speaker
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import MONTHS, find_dates, parse_date
from scrutiny.records import Action

Status = str | None


@dataclass
class Draft:
    """An action before merging: the record's fields and where it was found."""

    text: str
    owner: str | None
    status: Status
    due: str | None
    ref: str | None
    meeting_date: str | None
    start: int
    end: int
    from_table: bool = False


# ------------------------------------------------------------------ shared rules

_DISCHARGED = re.compile(
    r"\b(?:complete[d]?|closed?|discharged|done|achieved|resolved|finished|delivered|"
    r"actioned|implemented|signed[\s-]off)\b",
    re.IGNORECASE,
)
_OPEN = re.compile(
    r"\b(?:open|ongoing|on-going|in[\s-]progress|overdue|carried\s+forward|c/f|outstanding|"
    r"pending|not\s+(?:yet\s+)?(?:started|complete[d]?|done|closed|due)|underway|on\s+track|"
    r"active|live|awaiting|new|delayed|behind|partially\s+complete[d]?|rolled\s+over)\b",
    re.IGNORECASE,
)


def status_of(text: str | None) -> Status:
    """``open``/``discharged`` from a status word, whichever the text states first.

    "Not complete" and "partially complete" are open; no status word gives None.
    """
    if not text:
        return None
    text = clean(text)
    opened = _OPEN.search(text)
    closed = _DISCHARGED.search(text)
    if opened and (not closed or opened.start() <= closed.start()):
        return "open"
    return "discharged" if closed else None


def owner_of(text: str | None) -> str | None:
    """An owner as written, with the PCC, the OPCC and the force named one way; a role
    ("DCC", "Chief Executive") is read as its organisation once the whole paper is known
    (action_owners.organisation)."""
    if not text:
        return None
    name = re.sub(r"^[Tt]he\s+", "", clean(text)).strip(" .,:;-–")
    if not name or name.lower() in {"tbc", "n/a", "-", "all", "none"}:
        return None
    return named_organisation(name) or name


_DUE_CUE = re.compile(
    r"\b(?:by|before|due|deadline|until|no\s+later\s+than|for|at|w/c|end\s+of|target)\b",
    re.IGNORECASE,
)
_MONTH_MEETING = re.compile(
    r"\b(?P<month>" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True))
    + r")\.?(?:\s+\d{4})?\s+(?:\w+\s+){0,3}?(?i:meeting|board|panel|committee)\b"
)
_NEXT = re.compile(r"\b(?:the\s+)?next\s+(?:\w+\s+){0,4}?(?:meeting|board|panel|committee)\b",
                   re.IGNORECASE)


_RELATIVE_END = re.compile(
    r"\b(?:by|before|until|at|for)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?"
    r"(?P<what>(?:current\s+)?(?:financial|fiscal)\s+year|month|(?:calendar\s+)?year)\b"
    r"(?!\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)


def _relative_end(text: str, meeting_date: str | None) -> str | None:
    """"by the end of the financial year" (UK: March), "... of this month", "... of the
    year", counted from the meeting, to the month."""
    m = _RELATIVE_END.search(text)
    if not m or not meeting_date:
        return None
    year, month = int(meeting_date[:4]), int(meeting_date[5:7])
    what = m.group("what").lower()
    if "financial" in what or "fiscal" in what:
        return f"{year if month <= 3 else year + 1}-03"
    if what == "month":
        return meeting_date[:7]
    return f"{year}-12"


def due_of(text: str, context: MeetingContext, meeting_date: str | None) -> str | None:
    """The due date a phrase gives, UK style, with the year from the meeting.

    "before the December meeting" is the next meeting's date when the paper announces
    one in December (else the month); "at the next meeting" is that meeting's date.
    """
    text = clean(text)
    relative = _relative_end(text, meeting_date)
    if relative:
        return relative
    upcoming = [d for d in context.next_meetings if not meeting_date or d > meeting_date]
    month_meeting = _MONTH_MEETING.search(text)
    if month_meeting:
        month = MONTHS[month_meeting.group("month").lower()]
        for day in upcoming:
            if int(day[5:7]) == month:
                return day
        # no date announced for that meeting: the month is what the paper knows
        return parse_date("by " + month_meeting.group(0), reference=meeting_date)
    chosen = None
    for match in find_dates(text, reference=meeting_date):
        if match.iso is None:
            continue
        cue = _DUE_CUE.search(text[max(0, match.start - 25):match.start])
        if chosen is None or (cue and len(match.iso) >= len(chosen)):
            chosen = match.iso
    if chosen:
        return chosen
    if _NEXT.search(text) and upcoming:
        return upcoming[0]
    return None


_DAY_MONTH = re.compile(r"^(?P<lead>(?:w/?c|w\.c\.|week\s+commencing|by)\s+)?"
                        r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})$", re.IGNORECASE)


def due_cell(text: str, meeting_date: str | None) -> str | None:
    """A due-date cell: a deadline, so a year-less date is the next one after the meeting."""
    text = clean(text)
    if not text:
        return None
    relative = _relative_end("by " + re.sub(r"^(?:by\s+)", "", text, flags=re.I), meeting_date)
    if relative:
        return relative
    day_month = _DAY_MONTH.match(text)
    if day_month and meeting_date and 1 <= int(day_month["m"]) <= 12:
        # "w/c 7/4", "14/04": day and month, UK order, the next such day after the meeting
        month = calendar.month_name[int(day_month["m"])]
        return parse_date(f"{day_month['lead'] or 'by '}{day_month['d']} {month}",
                          reference=meeting_date)
    # a year, or a numeric date however separated ("31.10.24" in a Deadline column)
    if re.search(r"\b(?:19|20)\d{2}\b|\d/\d|\b\d{1,2}[.-]\d{1,2}[.-]\d{2}\b", text):
        return parse_date(text, reference=meeting_date)
    return parse_date("by " + text, reference=meeting_date)


# ------------------------------------------------------------------ action logs

_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("ref", re.compile(r"^(?:ref(?:erence)?\.?|no\.?|number|#|id|action\s*(?:no\.?|number|"
                       r"ref\.?|id))$", re.IGNORECASE)),
    ("owner", re.compile(r"owner|\blead\b|responsib|^who\b|assigned|action(?:ed)?\s+by|"
                         r"^officer|by\s+whom", re.IGNORECASE)),
    ("due", re.compile(r"\bdue\b|deadline|target|by\s+when|^by$|^when\??$|completion|timescale|"
                       r"timeframe|review\s+date", re.IGNORECASE)),
    ("raised", re.compile(r"raised|date\s+(?:of\s+)?(?:meeting|agreed|set|added|opened|"
                          r"logged)|meeting\s+date|^date$|^meeting$|^minute", re.IGNORECASE)),
    ("status", re.compile(r"status|\brag\b|complete\?|open\s*/\s*closed|^(?:current\s+)?position",
                          re.IGNORECASE)),
    ("update", re.compile(r"update|progress|comment|response|outcome|^notes?$|latest",
                          re.IGNORECASE)),
    # "\baction": not the "action" inside "satisfaction" (a scorecard's measure column)
    ("action", re.compile(r"\baction|description|task|detail|request|matter|^item$|^issue|"
                          r"^what\??$",
                          re.IGNORECASE)),
]
_LOG_ROLES = ("ref", "owner", "due", "status", "raised")
_FINDING_HEADER = re.compile(
    r"\bAFIs?\b|areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern|"
    r"\bfindings?\b", re.IGNORECASE
)


def log_columns(header: list[str]) -> dict[str, int] | None:
    """Column of each role in an action-log header, or None when it is not a log."""
    roles: dict[str, int] = {}
    blank: list[int] = []
    for index, cell in enumerate(header):
        text = clean(cell)
        if not text:
            blank.append(index)
            continue
        if len(text) > 40:
            return None
        for role, pattern in _ROLES:
            if role not in roles and pattern.search(text):
                roles[role] = index
                break
    if any(_FINDING_HEADER.search(clean(cell)) for cell in header):
        return None  # an inspection's findings with leads and dates are findings, not actions
    if "status" in roles and re.search(r"complete|closed|done|discharged",
                                       clean(header[roles["status"]]), re.IGNORECASE):
        roles["yes_means_done"] = roles["status"]  # a "Complete?" column answered Yes/No
    if "action" not in roles and blank:
        roles["action"] = blank[0]
    if "action" not in roles or sum(r in roles for r in _LOG_ROLES) < 2:
        return None
    return roles

_FINDING_KIND = re.compile(
    r"^(?:AFI|area\s+for\s+improvement|recommendation|cause\s+of\s+concern)s?\b", re.I
)


def _lists_findings(rows: list[list[str]]) -> bool:
    """Does a column of the table name each row's kind of inspection finding ("AFI",
    "Recommendation", "Cause of concern")? Such trackers belong to the findings."""
    body_rows = rows[1:]
    if len(body_rows) < 2:
        return False
    for column in range(len(rows[0])):
        kinds = [r for r in body_rows if column < len(r) and _FINDING_KIND.match(clean(r[column]))]
        if len(kinds) * 2 > len(body_rows):
            return True
    return False


def table_actions(paper: Paper, context: MeetingContext, used: set[int]) -> list[Draft]:
    """Rows of action-log tables; a header-less table right after a log continues it."""
    drafts: list[Draft] = []
    columns: dict[str, int] | None = None
    width = 0
    names: list[str] = []
    section: Status = None  # "Completed actions" above a log without a status column
    blocks = paper.blocks
    if paper.kind == "work_programme" or not any(block.kind == "table" for block in blocks):
        return drafts  # a work programme's Meeting / Item / Lead table plans business
    for index, block in enumerate(blocks):
        if block.kind != "table" or not block.rows:
            if block.kind == "heading" or looks_like_title(block):
                columns = None if block.kind == "heading" else columns
                section = heading_status(block.text)
            continue
        rows = block.rows
        if _lists_findings(rows):
            columns = None  # an inspection tracker: findings, not actions
            continue
        header = log_columns(rows[0])
        if header is None and len(rows) > 1:
            second = log_columns(rows[1])
            if second is not None:
                header, rows = second, rows[1:]
        if header is not None:
            columns = _fix_ref_column(header, rows[0], rows[1:])
            width, names, rows = len(rows[0]), rows[0], rows[1:]
        elif columns is None or len(rows[0]) != width:
            continue
        first = len(block.rows) - len(rows)  # rows is the table's tail below its header
        rows = [_without_header(row, names) for row in rows]
        for offset, row in enumerate(rows):
            span = block.row_span(first + offset)  # cite the row, not the whole log
            if drafts and drafts[-1].from_table and _continues_row(row, columns, drafts[-1]):
                _append_row(drafts[-1], row, columns)  # a row broken by a page break
                drafts[-1].end = max(drafts[-1].end, span[1])
                continue
            draft = _log_row(row, columns, context, index, span)
            if draft:
                draft.status = draft.status or section
                drafts.append(draft)
        used.add(index)
    return drafts


_HEADING_STATUS = re.compile(
    r"\b(?P<closed>complete[d]?|closed|discharged)\s+actions\b|\bactions\s+(?:that\s+are\s+|"
    r"now\s+)?(?P<closed2>complete[d]?|closed|discharged)\b"
    r"|\b(?P<open>open|outstanding|ongoing|live|carried[\s-]forward)\s+actions\b|\bactions\s+"
    r"(?:still\s+)?(?P<open2>open|outstanding|ongoing|carried\s+forward)\b",
    re.IGNORECASE,
)


def heading_status(text: str) -> Status:
    """The status a heading gives the actions under it: "Completed actions" -> discharged,
    "Outstanding actions" -> open; "New actions" or "Actions agreed" state none."""
    m = _HEADING_STATUS.search(clean(text))
    if not m:
        return None
    return "discharged" if m.group("closed") or m.group("closed2") else "open"


_REF_LIKE = re.compile(r"^[A-Z]{0,5}[\s/-]?\d{1,4}(?:[./-]\d{1,4}){0,3}[a-z]?$")


def _fix_ref_column(
    columns: dict[str, int], header: list[str], rows: list[list[str]]
) -> dict[str, int]:
    """An "Action" column holding only numbers ("A1", "24/07") is the ref column; the
    action text is then in the widest other column (often headed "Detail")."""
    i = columns["action"]
    values = [clean(r[i]) for r in rows if i < len(r) and clean(r[i])]
    if not values or not all(_REF_LIKE.match(v) for v in values) or "ref" in columns:
        return columns
    taken = set(columns.values())
    widths = {
        j: sum(len(clean(r[j])) for r in rows if j < len(r))
        for j in range(len(header)) if j not in taken
    }
    if not widths:
        return columns
    return {**columns, "ref": i, "action": max(widths, key=lambda j: widths[j])}


def _without_header(row: list[str], names: list[str]) -> list[str]:
    """A row whose cells each open with their column's name (a header repeated on a new
    page and read into the row below it) loses those names."""
    pairs = [(c, clean(n)) for c, n in zip(row, names, strict=False) if clean(c) and clean(n)]
    prefixed = [c for c, n in pairs if clean(c).startswith(n + " ")]
    if not pairs or len(prefixed) * 2 <= len(pairs):
        return row
    out = []
    for i, cell in enumerate(row):
        name = clean(names[i]) if i < len(names) else ""
        text = clean(cell)
        out.append(text[len(name) + 1:] if name and text.startswith(name + " ") else cell)
    return out


def _continues_row(row: list[str], columns: dict[str, int], previous: Draft) -> bool:
    """Does ``row`` carry on the row above it, broken by a page break?

    It does when only its text columns hold words and its action text reads on from the
    previous row's (lower-case start, or the previous text stops mid-sentence).
    """
    def cell(role: str) -> str:
        i = columns.get(role)
        return clean(row[i]) if i is not None and i < len(row) else ""

    if not cell("action") and not cell("ref") and any(clean(c) for c in row):
        return True  # a status or comment set lower than the rest of its row
    keys = [role for role in _LOG_ROLES if role in columns]
    if not keys or any(cell(r) for r in keys):
        return False
    text = cell("action")
    if not text:
        return bool(cell("update"))
    return text[0].islower() or not previous.text.rstrip().endswith((".", ")", "?"))


def _append_row(draft: Draft, row: list[str], columns: dict[str, int]) -> None:
    """Join a continuation row into the draft above: more action text, missing fields."""
    def cell(role: str) -> str:
        i = columns.get(role)
        return clean(row[i]) if i is not None and i < len(row) else ""

    if cell("action"):
        draft.text = f"{draft.text} {cell('action')}"
    draft.owner = draft.owner or owner_of(cell("owner"))
    draft.status = draft.status or status_of(cell("status")) or status_of(
        _first_words(cell("update")))
    draft.due = draft.due or due_cell(cell("due"), draft.meeting_date)


def _log_row(
    row: list[str], columns: dict[str, int], context: MeetingContext, index: int,
    span: tuple[int, int],
) -> Draft | None:
    def cell(role: str) -> str:
        i = columns.get(role)
        return clean(row[i]) if i is not None and i < len(row) else ""

    text = cell("action")
    if len(text) < 4 or not re.search(r"[A-Za-z]{3}", text) or log_columns(row) is not None:
        return None  # too short, a figure ("71.5"), or the header again
    meeting = context.at(index)
    raised = cell("raised")
    if raised:
        meeting = parse_date(raised, reference=meeting) or meeting
    status = status_of(cell("status")) or status_of(_first_words(cell("update")))
    if status is None and "yes_means_done" in columns:
        answer = cell("status").lower().strip(" .")
        status = "discharged" if answer in {"yes", "y", "✓", "✔"} else \
            "open" if answer in {"no", "n", "✗", "✘"} else None
    return Draft(
        text=text,
        owner=owner_of(cell("owner")),
        status=status,
        # "February 2025 Board" is that meeting's date when the paper gives it
        due=_meeting_due(cell("due"), context, meeting) or due_cell(cell("due"), meeting),
        ref=cell("ref") or None,
        meeting_date=meeting,
        start=span[0],
        end=span[1],
        from_table=True,
    )


def _meeting_due(text: str, context: MeetingContext, meeting: str | None) -> str | None:
    """A due cell naming a meeting ("Next meeting", "December Board") instead of a date."""
    if _NEXT.search(text) or _MONTH_MEETING.search(text):
        return due_of(text, context, meeting)
    return None


def _first_words(text: str) -> str:
    """An update's opening ("Complete - report circulated") states the status, if any."""
    return " ".join(text.split()[:3])


# ------------------------------------------------------------------ lists and labels

_LIST_HEAD = re.compile(
    r"^(?:(?:new|agreed|outstanding|open|ongoing|key|summary\s+of|complete[d]?|closed|"
    r"discharged)\s+)?actions?(?:\s+(?:arising|agreed|points?|log|list|summary|required|"
    r"completed|closed|discharged|outstanding|and\s+decisions))?"
    r"(?:\s+(?:at|from|of|during)\s+(?:this|the|today's|today’s)\s+(?:meeting|board|panel|"
    r"committee|discussion|session))?(?:\s*\([^)]*\))?\s*:?$",
    re.IGNORECASE,
)
_FOLLOWING = re.compile(
    r"\bfollowing\s+actions?\b(?P<rest>[^:]*):\s*$|\bactions?\s+(?:were|was|are|is)\s+"
    r"(?P<rest2>[^:.]*):\s*$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"(?:^|(?<=[.;]\s))\**(?:(?:New|NEW|Agreed|AGREED|Further)\s+)?(?:ACTION|(?<=\s)action|Action)"
    # "Action point 3", "Action 3/24", "Action ref 24/07", "Action no. A12"
    r"(?:\s+(?:POINT|point))?(?:\s+(?:(?i:ref(?:erence)?|no|number)\.?\s*)?[A-Z]{0,3}\d+"
    r"(?:[/.-]\d+)*[a-z]?)?\**\s*"
    r"(?:\((?P<owner>[^)]{2,40})\))?\s*\**\s*[:\-–]\s*\**\s*(?P<text>\S.*)$"
)
_NOT_ACTION_LABEL = re.compile(r"^\W*action\s+(?:taken|plan|fraud|log\b)", re.IGNORECASE)
_OWNER_TO = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w&/'’.-]*(?:\s+(?:[A-Z][\w&/'’.-]*|and|of|&|the)){0,5}?)"
    # "Force (DCC Smith) to provide ...": the person in brackets is the owner's officer
    r"(?:\s*\([^()]{1,40}\))?\s+to\s+(?P<verb>[a-z]+)\b"
)
_OWNER_COLON = re.compile(
    r"^(?P<owner>[A-Z][\w&/'’.-]*(?:\s+(?:[A-Z][\w&/'’.-]*|and|of|&)){0,4})\s*[:–—-]\s+"
    r"(?P<text>(?:[A-Z]|to\s|(?:provide|circulate|share|send|publish|review|report|update|"
    r"bring|arrange|present|produce|submit|write|confirm|consider|explore|liaise|check)\s).+)$"
)
_OWNER_TAG = re.compile(
    r"\s*[(\[]\s*(?:action\s+)?(?:owner|lead|responsible|by)\s*[:\-–]\s*(?P<owner>[^)\],;]{2,40})"
    r"(?:[,;][^)\]]*)?[)\]]\s*\.?$"
    r"|\s*[-–—]?\s*(?:action\s+)?(?:owner|lead|responsible)\s*[:\-–]\s*(?P<owner2>[^)\],;]{2,40})"
    r"\s*\.?$"
    # "... (Chief Executive, by 14 April)": an owner and a deadline in one bracket
    r"|\s*\(\s*(?P<owner3>[A-Z][^(),]{1,40}?),\s*(?:by|due|before)\b[^()]{2,40}\)\s*\.?$",
    re.IGNORECASE,
)


_STATUS_TAG = re.compile(
    r"\s*(?:[(\[]\s*(?:status\s*[:\-–]\s*)?(?P<a>[A-Za-z][\w\s-]{2,25}?)\s*[)\]]"
    r"|(?:[-–—]|:)\s*(?:status\s*[:\-–]\s*)?(?P<b>complete[d]?|closed|discharged|done|open|ongoing|"
    r"in\s+progress|overdue|carried\s+forward))\s*\.?$",
    re.IGNORECASE,
)


def status_tag(text: str) -> tuple[str, Status]:
    """An action line's own status at its end: "... (Complete)", "... - Closed"."""
    m = _STATUS_TAG.search(text)
    if not m:
        return text, None
    status = status_of(m.group("a") or m.group("b"))
    if status is None or len((m.group("a") or m.group("b") or "").split()) > 3:
        return text, None
    return text[: m.start()].rstrip(" .;,") + ".", status


def _item(text: str) -> tuple[str, str | None]:
    """(text, owner) of one action line: "Force: Provide ...", "DCC to ...", "... (Owner: X)"."""
    text = body(text)
    owner = None
    tag = _OWNER_TAG.search(text)
    if tag:
        owner = tag.group("owner") or tag.group("owner2") or tag.group("owner3")
        text = text[: tag.start()].rstrip(" .;,-–") + "."
    colon = _OWNER_COLON.match(text)
    if colon and len(colon.group("owner").split()) <= 4:
        rest = colon.group("text").strip()
        if rest.startswith("to "):  # "Chief Constable - to provide ..." reads as one line
            rest = f"{colon.group('owner')} {rest}"
        return rest, owner or colon.group("owner")
    to = _OWNER_TO.match(text) or _OWNER_WILL.match(text)
    if to:
        owner = owner or to.group("owner")
    return text.strip(), owner


# "The Chief Constable will provide ...", "OPCC is to circulate ...": an action line whose
# owner is the subject of a future verb
_OWNER_WILL = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w&/'’.-]*(?:\s+(?:[A-Z][\w&/'’.-]*|and|of|&)){0,4}?)"
    r"\s+(?:will|would|(?:is|are)\s+to|should|agreed\s+to|undertook\s+to)\s+(?:also\s+)?"
    r"(?P<verb>[a-z]+)\b"
)


def list_actions(paper: Paper, context: MeetingContext, used: set[int]) -> list[Draft]:
    """Bullets under an "Actions" line, or after "... the following actions discharged:"."""
    drafts: list[Draft] = []
    blocks = paper.blocks
    for index, block in enumerate(blocks):
        if index in used or block.kind == "table":
            continue
        text = body(block.text)
        if "action" not in text.lower():
            continue  # both forms below name actions: one cheap look first
        status: Status = None
        following = _FOLLOWING.search(text)
        if following:
            status = status_of(following.group("rest") or following.group("rest2"))
        elif _LIST_HEAD.match(text):
            status = heading_status(text)
        else:
            continue
        for item_index in _list_under(blocks, index, used):
            item = blocks[item_index]
            line, own_status = status_tag(body(item.text))
            item_text, owner = _item(line)
            if len(item_text) < 8:
                continue
            meeting = context.at(item_index)
            drafts.append(Draft(item_text, owner_of(owner), own_status or status,
                                due_of(item.text, context, meeting), None, meeting,
                                item.start, item.end))
            used.add(item_index)
        used.add(index)
    return drafts


def _list_under(blocks: list[Block], head: int, used: set[int]) -> list[int]:
    """The list items right after ``head``, up to the next heading, numbered item or prose."""
    items: list[int] = []
    depth = blocks[head].level if blocks[head].kind == "list_item" else None
    for index in range(head + 1, len(blocks)):
        block = blocks[index]
        if index in used or block.kind in ("heading", "table"):
            break
        text = body(block.text)
        if _FOLLOWING.search(text) or _LIST_HEAD.match(text):
            break
        if depth is not None and items and (block.level or 0) <= depth < \
                (blocks[items[0]].level or 0):
            break  # back out of the bullets nested under a bulleted heading
        if block.kind != "list_item":
            if items or not _LABEL.search(clean(block.text)):
                break
        elif _new_section(block, blocks[head], blocks[items[-1]] if items else None):
            break
        items.append(index)
    return items


def _new_section(block: Block, head: Block, last: Block | None) -> bool:
    """A numbered item after the list (the next agenda item) ends it.

    So does a first item numbered other than 1: that is the paper's own paragraph
    numbering carrying on ("6. Actions agreed at previous meetings are ..."), not a list.
    """
    if not (block.marker and block.marker[0].isdigit()):
        return False
    if last is None:
        return head.kind == "list_item" or block.marker.strip("().") != "1"
    return not (last.marker or "")[:1].isdigit()


def labelled_actions(paper: Paper, context: MeetingContext, used: set[int]) -> list[Draft]:
    """"ACTION: DCC to circulate the figures by 31 March" anywhere in prose.

    In inspection progress and performance reports, where "Action:" mostly introduces
    what was done about a finding, only a line that gives someone a thing to do ("ACTION:
    Force to bring a costed plan to the Board on 29 April") is a commitment.
    """
    drafts: list[Draft] = []
    report = paper.kind in ("inspection_progress", "performance_report")
    for index, block in enumerate(paper.blocks):
        if index in used or block.kind == "table":
            continue
        text = clean(block.text)
        m = _LABEL.search(text) if "ction" in text or "CTION" in text else None
        if not m or _NOT_ACTION_LABEL.match(text[m.start():]):
            continue
        if report and not _OWNER_TO.match(m.group("text")):
            continue  # "Action: the force has introduced ..." reports work on a finding
        ref = _LEAD_REF.match(m.group("text"))  # "New action: 24/11 – CC to provide ..."
        item_text, owner = _item(m.group("text")[ref.end():] if ref else m.group("text"))
        due_text = m.group("text")
        if _OWNER_ONLY.match(m.group("text")) and m.start() > 0:
            # "... a briefing on drones was requested. ACTION: OPCC" - the label names
            # only the owner; the action is the sentence before it
            spans = sentences(text[: m.start()].strip())
            if spans:
                start, end = spans[-1]
                item_text, owner, due_text = text[start:end], m.group("text"), text[start:end]
        if len(item_text) < 8:
            continue
        meeting = context.at(index)
        drafts.append(Draft(item_text, owner_of(m.group("owner") or owner), None,
                            due_of(due_text, context, meeting), ref.group(1) if ref else None,
                            meeting, block.start, block.end))
        used.add(index)
    return drafts


_LEAD_REF = re.compile(r"^([A-Z]{0,5}\d{1,4}(?:[./-]\d{1,4}){0,3})\s*[–—:-]\s+")


_OWNER_ONLY = re.compile(
    r"^(?:the\s+)?[A-Z][\w&/'’.-]*(?:\s+(?:[A-Z][\w&/'’.-]*|of|and|&)){0,3}\s*\.?$"
)


# ------------------------------------------------------------------ labelled fields

_FIELD = re.compile(
    r"(?:^|(?<=\s))(?P<label>Action(?:\s+(?:no\.?|number|ref))?|Ref(?:erence)?|Description|"
    r"(?:Action\s+)?Owner|Lead|Responsible(?:\s+officer)?|Due(?:\s+date)?|Deadline|"
    r"Target(?:\s+date)?|Status|Update|Progress|Date\s+raised)\s*:\s*",
    re.IGNORECASE,
)


def _fields(text: str) -> list[tuple[str, str]]:
    """("Owner", "DCC") pairs of a line or card written as "Label: value" fields."""
    if not _FIELD.match(text):
        return []
    marks = list(_FIELD.finditer(text))
    if not marks or marks[0].start() > 0:
        return []
    return [
        (m.group("label"), text[m.end(): marks[k + 1].start() if k + 1 < len(marks) else None]
         .strip(" ;,"))
        for k, m in enumerate(marks)
    ]


def field_actions(paper: Paper, context: MeetingContext, used: set[int]) -> list[Draft]:
    """Action "cards": "Action: ... Owner: DCC Due: 31 March Status: Open", in one block
    or in consecutive one-field blocks."""
    drafts: list[Draft] = []
    blocks = paper.blocks
    index = 0
    while index < len(blocks):
        group = [index]
        pairs = _fields(clean(blocks[index].text)) if index not in used and \
            blocks[index].kind != "table" else []
        while len(pairs) == len(group) and group[-1] + 1 < len(blocks):  # one field a block
            more = _fields(clean(blocks[group[-1] + 1].text))
            if len(more) != 1 or group[-1] + 1 in used or _role(more[0][0]) in {
                    _role(label) for label, _ in pairs}:
                break  # not a field, or the same field again: the next card begins
            pairs += more
            group.append(group[-1] + 1)
        index = group[-1] + 1
        draft = _card(pairs, context, blocks[group[0]], blocks[group[-1]], group[0])
        if draft:
            drafts.append(draft)
            used.update(group)
    return drafts


def _role(label: str) -> str | None:
    return next((role for role, pattern in _ROLES if pattern.search(label)), None)


def _card(
    pairs: list[tuple[str, str]], context: MeetingContext, first: Block, last: Block,
    index: int,
) -> Draft | None:
    roles: dict[str, str] = {}
    for label, value in pairs:
        for role, pattern in _ROLES:
            if pattern.search(label) and role not in roles:
                roles[role] = value
                break
    text = roles.get("action", "")
    if _REF_LIKE.match(text):  # "Action: 12" then "Description: ...": the 12 is the ref
        described = [v for label, v in pairs if re.match(r"desc|detail", label, re.I)]
        roles["ref"], text = roles.get("ref") or text, described[0] if described else ""
    if len(text) < 8 or sum(r in roles for r in ("owner", "due", "status")) < 1 or len(pairs) < 3:
        return None
    meeting = context.at(index)
    return Draft(text, owner_of(roles.get("owner")),
                 status_of(roles.get("status")) or status_of(_first_words(roles.get("update", ""))),
                 due_cell(roles.get("due", ""), meeting), roles.get("ref") or None, meeting,
                 first.start, last.end)


# ------------------------------------------------------------------ commitments

_DELIVER = (
    r"(?:provide|circulate|share|send|supply|report(?:\s+back)?|update|bring|write|forward|"
    r"arrange|come\s+back|respond|look\s+into|follow\s+up|investigate|confirm|present|"
    r"give|produce|submit|publish|feed\s+back|check|brief)"
)
_SAID = r"(?:said|confirmed|agreed|advised|indicated|stated|promised|assured\s+\w+|undertook|" \
    r"offered|explained)"
_COMMITTER = r"(?:he|she|they|it|the\s+\w+|his\s+office|her\s+office)"
_COMMITMENT = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&)){0,4}|[Hh]e|"
    r"[Ss]he|[Tt]hey)(?:\s*\([^()]{1,60}\))?\s+(?:also\s+)?(?:"
    rf"{_SAID}\s+(?:that\s+)?(?P<said>{_COMMITTER})\s+(?:would|will)\s+(?:also\s+)?"
    rf"(?P<d1>{_DELIVER})"
    # "said that the Force did not yet record X reliably and would report at the next Board"
    rf"|{_SAID}\s+(?:that\s+)?(?P<said2>{_COMMITTER})\s+[^.;]{{3,120}}?,?\s+and\s+"
    rf"(?:that\s+(?P<said3>{_COMMITTER})\s+)?(?:would|will)\s+(?:also\s+)?(?P<d2>{_DELIVER})"
    rf"|(?:agreed|undertook|offered|promised|committed)\s+to\s+(?:also\s+)?(?P<d3>{_DELIVER})"
    # "confirmed that it had and undertook to circulate ...": the promise is the 2nd verb
    r"|(?:said|confirmed|agreed|advised|indicated|stated|explained|accepted|acknowledged)"
    r"\b[^.;]{0,80}?,?\s+and\s+(?:agreed|undertook|offered|promised|committed)\s+to\s+"
    rf"(?:also\s+)?(?P<d4>{_DELIVER})"
    rf"|would\s+(?:also\s+)?(?P<d5>{_DELIVER}))\b"
)
# "The PCC asked the Chief Constable to provide a breakdown at the next meeting": a
# request the meeting put on someone, theirs to do (with a time or recipient only, so a
# question put in debate, "asked Mr X to provide details", stays a question)
_REQUEST = re.compile(
    r"\b(?:asked|requested|invited|tasked|instructed|commissioned)\s+(?:(?P<that>that)\s+)?"
    # "asked the CC to provide", "requested that the Force (should) provide"
    r"(?P<to>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&)){0,4})\s+"
    r"(?(that)(?:to\s+|should\s+)?|to\s+)"
    rf"(?:also\s+)?(?P<d6>{_DELIVER})\b"
)
_COMMITMENT_HINT = re.compile(
    r"\b(?:would|will|agreed|undertook|offered|promised|committed|asked|requested|invited|"
    r"tasked|instructed|commissioned)\b"
)
_RECIPIENT = re.compile(
    r"\bto\s+(?:the\s+)?(?:Panel|Members|members|Committee|Board|Chair\w*|Councillor|Cllr|"
    r"all\s+members)\b|\b(?:next|future)\s+(?:\w+\s+){0,3}?(?:meeting|board)\b|"
    r"\bat\s+the\s+(?:\w+\s+){0,4}meeting\b|\bby\s+(?:the\s+)?(?:end|\d)|"
    # the recipient as the object: "provide the Panel with", "brief Members on"
    r"\b(?:provide|supply|furnish|send|give|brief|update|write\s+to)\s+(?:the\s+|all\s+)?"
    r"(?:Panel|Members|members|Committee|Board|Chair\w*|Councillor|Cllr)\b|"
    r"\bwith\s+(?:the\s+|all\s+)?(?:Panel|Members|members|Committee|Board)\b",
)
# A promise with no date or recipient is still an action when someone is recorded as
# saying they would do a definite thing ("he would publish it on his website once it had
# been received"); one put off without a time ("in the future", "in due course") is not.
_VAGUE = re.compile(
    r"\b(?:in\s+(?:the\s+)?future|in\s+due\s+course|at\s+(?:a|some)\s+(?:later\s+)?(?:point|"
    r"stage|date|time)|when\s+(?:possible|appropriate)|where\s+(?:possible|appropriate)|"
    r"if\s+(?:possible|appropriate|needed|necessary|required))\b",
    re.IGNORECASE,
)
# "The Chair asked whether the Commissioner would publish ...": a question, not a promise
_ASKED_WOULD = re.compile(
    r"\b(?:asked|queried|enquired|inquired|wondered|questioned)\b[^.;]{0,60}?\b(?:whether|if|"
    r"when|why|how)\b[^.;]*$",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$")


# Papers that record what was said at a meeting; a report's "the Force will publish ..."
# is a plan, not a commitment made to the meeting.
RECORD_KINDS = {"minutes", "board_notes", "questions", "other"}


def commitments(paper: Paper, context: MeetingContext, used: set[int]) -> list[Draft]:
    """Promises recorded in minutes: "he would provide this at the meeting on 18 December",
    "the Force ... would report at the next Board", "he would publish it on his website"."""
    drafts: list[Draft] = []
    if paper.kind not in RECORD_KINDS:
        return drafts
    written: frozenset[int] | None = None
    for index, block in enumerate(paper.blocks):
        if index in used or block.kind in ("table", "heading") or len(block.text) > 3000:
            continue
        text = body(block.text)
        if not _COMMITMENT_HINT.search(text):
            continue
        written = written_answer_blocks(paper) if written is None else written
        if index in written:
            continue  # a promise in a written answer is an answer, not a recorded action
        meeting = context.at(index)
        for s, e in sentences(text):
            draft = _commitment(text, s, e, context, meeting)
            if draft:
                draft.start, draft.end = block.start, block.end
                drafts.append(draft)
    return drafts


def _commitment(
    text: str, s: int, e: int, context: MeetingContext, meeting: str | None
) -> Draft | None:
    """The promise recorded in sentence ``text[s:e]``, if it holds one."""
    sentence = text[s:e]
    m = _COMMITMENT.search(sentence)
    if not m:
        return _request(sentence, context, meeting)
    verb = next(m.start(g) for g in ("d1", "d2", "d3", "d4", "d5") if m.group(g))
    if _NEGATED.search(sentence, m.start(), verb) or _ASKED_WOULD.search(sentence[:verb]):
        return None  # "would not provide", "asked whether he would provide"
    due = due_of(sentence, context, meeting)
    said = m.group("said") or m.group("said3") or m.group("said2")
    if not due and not _RECIPIENT.search(sentence) and (said is None or _VAGUE.search(sentence)):
        return None
    owner = _committer(m.group("who"), said, sentence[:m.start()], text[:s])
    # "X asked about Y; the PCC agreed to provide ...": the promise is the clause
    clause = sentence[sentence.rfind(";", 0, m.start()) + 1:].strip()
    return Draft(clause, owner_of(owner), None, due, None, meeting, 0, 0)


def _request(sentence: str, context: MeetingContext, meeting: str | None) -> Draft | None:
    """"The PCC asked the Chief Constable to provide X at the next meeting" -> the Chief
    Constable's action, when it has a time or a recipient."""
    m = _REQUEST.search(sentence)
    if not m or _NEGATED.search(sentence, 0, m.start("d6")):
        return None
    due = due_of(sentence, context, meeting)
    if not due and not _RECIPIENT.search(sentence):
        return None
    return Draft(sentence.strip(), owner_of(m.group("to")), None, due, None, meeting, 0, 0)


_ROLE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:Commissioner|PCC|Chief\s+Constable|Force|[A-Z]{2,5})\b")


def _committer(name: str, said: str | None, opening: str, before: str) -> str | None:
    """Who promised: the subject of "would" when it is named ("said that the Force ...
    would report"), else the one who spoke: "The Commissioner said that the figures were
    held by the Force and that he would provide ..." is the Commissioner's promise. A
    "he" opening its sentence is the last role named before it."""
    if said and said.lower().startswith("the ") and _ROLE_NAME.fullmatch(said):
        return said
    if name.lower() not in {"he", "she", "they"}:
        return name
    spoke, _ = speaker(opening)
    if spoke and not _PRONOUN.match(spoke):
        return spoke
    names = _ROLE_NAME.findall(before)
    return names[-1] if names else None


_PRONOUN = re.compile(r"^(?:he|she|they|it)$", re.IGNORECASE)


# ------------------------------------------------------------------ merge and extract

def _key(text: str) -> str:
    """An action's words for matching: no owner prefix, no "to be provided before ..."."""
    text = clean(text).lower()
    text = re.sub(r"^[\w&/' ]{1,40}?(?::|\s+to)\s+", "", text, count=1)
    return re.sub(r"\s*[-–]\s*to\s+be\s+.*$|\s+(?:in\s+the\s+future|at\s+a\s+future\s+meeting"
                  r"|at\s+the\s+next\s+meeting)\.?$", "", text).strip(" .")


def merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per action: a log row absorbs the same action listed elsewhere in the paper."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: not d.from_table):
        twin = next((k for k in kept if _same(k, draft)), None)
        if twin is None:
            kept.append(draft)
            continue
        index = kept.index(twin)
        kept[index] = replace(
            twin,
            owner=twin.owner or draft.owner,
            status=twin.status or draft.status,
            due=twin.due or draft.due,
            ref=twin.ref or draft.ref,
        )
    return sorted(kept, key=lambda d: d.start)


def _same(a: Draft, b: Draft) -> bool:
    if a.from_table and b.from_table:
        return False
    if a.ref and b.ref:
        return a.ref.lower() == b.ref.lower()
    ka, kb = _key(a.text), _key(b.text)
    return fuzz.token_set_ratio(ka, kb) >= 90 or fuzz.ratio(ka, kb) >= 85


_ACTION_VERBS = (
    r"provide|circulate|share|send|supply|report|update|bring|write|forward|arrange|respond|"
    r"look\s+into|follow\s+up|investigate|confirm|present|produce|submit|publish|review|"
    r"consider|liaise|contact|ensure|check|explore|clarify|establish|organise|organize|"
    r"prepare|develop|seek|agree|meet|invite|include|add|amend|schedule|brief|feed\s+back"
)
_OWNER_TO_LINE = re.compile(
    r"^(?P<owner>(?:the\s+)?(?:[A-Z]{2,6}|Force|Commissioner|Chief\s+Constable|Chair(?:man)?|"
    r"(?:Deputy|Assistant)\s+Chief\s+(?:Constable|Officer)|Chief\s+(?:Executive|Finance\s+"
    r"Officer)|Panel\s+Officer|Head\s+of\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?|[A-Z][a-z]+\s+"
    r"(?:Police|Constabulary))(?:\s+and\s+[A-Z]{2,6})?)\s+to\s+(?:" + _ACTION_VERBS + r")\b"
)


_AGREED_LEAD = re.compile(
    r"^\**(?:it\s+was\s+)?(?:agreed|decided)(?:\s+that)?\s*\**\s*[:,–—-]?\s*\**\s+(?=\S)",
    re.IGNORECASE,
)
_ITEM_REF = re.compile(r"^\(?([A-Z]{1,3}\d{1,3})[.):]\s+")


def owner_to_actions(paper: Paper, context: MeetingContext, used: set[int]) -> list[Draft]:
    """A line of notes that is itself an action: "Force to provide a briefing on X before
    the December meeting", "DCC to review the rota". Only in records of meetings."""
    drafts: list[Draft] = []
    if paper.kind not in RECORD_KINDS:
        return drafts
    for index, block in enumerate(paper.blocks):
        if index in used or block.kind not in ("list_item", "paragraph") or len(block.text) > 400:
            continue
        text = body(block.text)
        ref = _ITEM_REF.match(text)  # "A1. Force to provide ..." under "Actions agreed"
        if ref:
            text = text[ref.end():]
        agreed = _AGREED_LEAD.match(text)  # "Agreed: the CFO to bring ... to the next Board"
        if agreed:
            text = text[agreed.end():]
        if not _OWNER_TO_LINE.match(text):
            continue  # the opening decides; a status at the end cannot change it
        line, status = status_tag(text)
        m = _OWNER_TO_LINE.match(line)
        if not m:
            continue
        meeting = context.at(index)
        drafts.append(Draft(line, owner_of(m.group("owner")), status,
                            due_of(block.text, context, meeting), ref.group(1) if ref else None,
                            meeting, block.start, block.end))
        used.add(index)
    return drafts


_STATUS_UPDATE = re.compile(
    r"\bAction\s+(?:(?:no\.?|number|ref\.?)\s*)?(?P<ref>[A-Z]{0,4}[\d][\w/.-]*)\s*"
    r"(?:\((?P<what>[^()]{3,120})\)\s*)?(?:[-–—:]\s*|(?:was|has\s+been|had\s+been|is|"
    r"remains|would\s+be)\s+(?:now\s+|therefore\s+)?)(?P<status>(?:closed|complete[d]?|"
    r"discharged|done|open|ongoing|carried\s+forward|outstanding|overdue)\b)",
)


def status_updates(paper: Paper, context: MeetingContext, used: set[int]) -> list[Draft]:
    """"Action 14 (custody review) was closed." - a logged action's new status, in notes."""
    drafts: list[Draft] = []
    if paper.kind not in RECORD_KINDS:
        return drafts
    for index, block in enumerate(paper.blocks):
        if index in used or block.kind == "table":
            continue
        text = body(block.text)
        if "Action" not in text:
            continue
        for m in _STATUS_UPDATE.finditer(text):
            what = m.group("what") or text
            drafts.append(Draft(what.strip(), None, status_of(m.group("status")), None,
                                m.group("ref"), context.at(index), block.start, block.end))
            used.add(index)
    return drafts


FINDERS = (table_actions, field_actions, list_actions, labelled_actions, owner_to_actions,
           status_updates, commitments)


_LOG_CACHE: dict[int, tuple[object, list[Draft]]] = {}


def _logged_elsewhere(paper: Paper) -> list[Draft]:
    """Action-log rows in the document's other papers: an action listed in this paper
    and logged in another (a pack's notes and its action log) is recorded once, by the
    log. Cached per document, so a pack of many papers reads its tables once."""
    document = paper.document
    cached = _LOG_CACHE.get(id(document))
    if cached is None or cached[0] is not document:
        whole = Paper(document, 0, len(document.blocks))
        rows = table_actions(whole, MeetingContext([None] * len(document.blocks)), set())
        _LOG_CACHE.clear()  # one document at a time: no stale entries to mix up
        cached = _LOG_CACHE[id(document)] = (document, rows)
    return [r for r in cached[1] if not paper.start <= r.start < max(paper.end, paper.start + 1)]


_NEXT_HEADING = re.compile(
    r"^(?:(?:date|time|details)\s+(?:(?:and|&)\s+(?:time|venue|place)\s+)?of\s+(?:the\s+)?)?"
    r"next\s+(?:\w+\s+)?(?:meeting|board|panel)\s*:?$",
    re.IGNORECASE,
)


def _with_announced(paper: Paper, context: MeetingContext) -> MeetingContext:
    """``context`` plus a next meeting announced under its own heading: "8. Date of next
    meeting" with the date on the line below ("Wednesday 25 September 2024 at 10.00 am"),
    so "before the September meeting" is that day."""
    blocks = paper.blocks
    extra: list[str] = []
    for index, block in enumerate(blocks[:-1]):
        if block.kind == "table" or not _NEXT_HEADING.match(body(block.text)):
            continue
        following = blocks[index + 1]
        if following.kind == "table" or len(following.text) > 200:
            continue
        day = next((m.iso for m in find_dates(clean(following.text),
                                               reference=context.at(index))
                    if m.iso and len(m.iso) == 10), None)
        if day and day not in context.next_meetings:
            extra.append(day)
    if not extra:
        return context
    return MeetingContext(context.dates, sorted([*context.next_meetings, *extra]))


@register("actions", "2", "actions")
def extract_actions(paper: Paper) -> list[Action]:
    """Every action of ``paper``: logs, lists, labelled lines and commitments, merged."""
    context = _with_announced(paper, meeting_context(paper))
    used: set[int] = set()
    drafts: list[Draft] = []
    for finder in FINDERS:
        drafts.extend(finder(paper, context, used))
    whole = paper.first == 0 and paper.last >= len(paper.document.blocks)
    if not whole and any(not d.from_table for d in drafts):
        # only a listed action can be logged in another paper of the same document
        logged = _logged_elsewhere(paper)
        drafts = [d for d in drafts if d.from_table or not any(_same(d, row) for row in logged)]
    kept = merge(drafts)
    paper_text = ""
    if any(d.owner and d.owner not in ORGANISATIONS for d in kept):
        # a role's side may be printed anywhere in the paper ("Chief Executive, OPCC")
        paper_text = "\n".join(b.text for b in paper.blocks)
    return [
        Action(
            meeting_date=d.meeting_date,
            text=d.text,
            owner=organisation(d.owner, paper_text),
            status=d.status,  # type: ignore[arg-type]
            due=d.due,
            ref=d.ref,
            source=source_for(paper.document, d.start, d.end),
        )
        for d in kept
    ]
