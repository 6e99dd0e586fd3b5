"""Meetings a file records, announces or reports to.

Every paper says which meeting it belongs to (the splitter gives it a body and a date):
minutes and notes record a held meeting, an agenda announces one, a report is written
for one. Papers also announce later meetings ("Date of next meeting: ...", the dates of
a work programme). This module turns those into ``Meeting`` records with the venue and
the attendance as printed:

* "Present:" / "Attendees:" / "Members present:" lists, inline or as a run of lines
  (group headings such as "Northshire Police:" skipped; roles after a dash or in brackets
  dropped by ``parse.names``); "Also present" and "In attendance" are officers and
  guests, not members, and are not counted as present;
* "Apologies:" lists and "Apologies (for absence) were received from ..." sentences;
* attendance tables (Member | Representing [| Attended]).

A file has one record per meeting: what several papers of a pack say about the same
(body, date) is merged, the record of a held meeting winning over a notice of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrutiny.extract.base import register_file, source_for
from scrutiny.ingest.document import Block, Document
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.split import clean_body, fullest_name, plain, same_body
from scrutiny.ingest.split.body_names import body_line
from scrutiny.ingest.split.meeting_date import VENUE_WORD, masthead_venue
from scrutiny.ingest.split.start_cues import ITEM_NUMBERED
from scrutiny.parse.dates import DateMatch, find_dates
from scrutiny.parse.names import is_person_name, split_names
from scrutiny.records import Meeting

_I = re.IGNORECASE

KIND_OF_PAPER = {"agenda": "agenda", "minutes": "minutes", "board_notes": "notes",
                 "questions": "notes"}
# How much a paper's word on a meeting's kind counts when papers of a file disagree: a
# record of the meeting wins; an agenda outranks written questions published for it.
PAPER_RANK = {"minutes": 4, "board_notes": 3, "agenda": 2, "questions": 1}
RECORD_KINDS = {"minutes", "board_notes", "questions"}
# A questions paper that says it records the meeting's questions and answers, not sets
# them out for it: past tense, "held on", "recorded below", "taken as read".
RECORDED_QUESTIONS = re.compile(
    r"\b(?:discussed|minutes|notes\s+of|record\s+of|raised\s+at|meeting\s+held|held\s+on|"
    r"(?:asked|put|raised|answered|given|read\s+out)\s+at\s+the\s+meeting|"
    r"(?:responses?|answers?|replies)\s+(?:were\s+)?given|"
    r"were\s+(?:circulated|asked|answered|tabled|read\s+out|taken\s+as\s+read)|"
    r"(?:are|is|were|was)\s+recorded)\b", _I)
ACTION_LOG = re.compile(r"\baction\s+(?:log|tracker|sheet)s?\b", _I)
AGREED_HERE = re.compile(r"\b(?:agreed|raised|arising)\s+(?:at|from)\s+(?:this|today['’]s)\s+"
                         r"meeting\b", _I)
REPORT_BY = re.compile(r"^\W*report\s+(?:of|by|from)\b", _I)
AGENDA_ITEM_BANNER = re.compile(r"^\W*(?:agenda\s+)?item\s+(?:no\.?\s*)?[A-Z]{0,6}[/\d]", _I)

# Officers and guests, not members: "Officers present", "Others present", "Officers and
# others present", "Officers and advisers in attendance"
OFFICERS = (r"(?:officers|others)(?:\s+(?:and|&)\s+(?:others|officers|guests|advisers))?"
            r"(?:\s+present|\s+in\s+attendance|\s+attending)?")
LABEL = re.compile(
    r"^\W*(?P<label>(?:members?\s+)?present|attendees|attendance|(?:those\s+)?in\s+attendance"
    rf"|also\s+(?:present|in\s+attendance|attending)|{OFFICERS}"
    r"|apologies(?:\s+for\s+absence)?(?:\s+received)?|absent|substitutes?|not\s+present)"
    r"\b\s*(?:\((?:[^)]*)\))?\s*(?P<sep>[:\-–]?)\s*(?P<rest>.*)$", _I | re.S)
INLINE_LABEL = re.compile(  # a label after a full stop, or at a line's start (no colon if
    # the names are on the lines below it: "Also Present" / "Ms E Frost")
    r"(?:(?<=[.;\n])|(?<=^))[ \t]*\b((?:members?\s+)?present|attendees|in\s+attendance|"
    rf"also\s+(?:present|in\s+attendance|attending)|{OFFICERS}|apologies"
    r"(?:\s+for\s+absence)?(?:\s+received)?|absent)(?:\s*:\s*|[ \t]*\n\s*|[ \t]+(?=[A-Z]))",
    _I)
# "... Councillor C Dean Also present: Ms E Frost": a guests' label run on after a name
RUN_ON_GUESTS = re.compile(
    r"(?<=\S)[ \t]+(?=(?-i:Also\s+(?:[Pp]resent|[Ii]n\s+[Aa]ttendance|[Aa]ttending)|ALSO\s+"
    r"(?:PRESENT|IN\s+ATTENDANCE)|In\s+[Aa]ttendance|IN\s+ATTENDANCE|Officers|OFFICERS|"
    r"Apologies|APOLOGIES)(?:[^:\n]{0,25}:|\s+(?:Cllr|Councillor|Mrs?|Ms|Dr)\b))")
RUN_ON_LABEL = re.compile(r"(?<=\S)\s+(?:Present|PRESENT|Members present|Attendees|ATTENDEES)"
                          r"\s*:")
RUN_ON_WORDS = ("resent", "RESENT", "ttendees", "TTENDEES")  # RUN_ON_LABEL needs one
# who took the record, run on after the last name: "... Mr C Barr Minute taker: Ms J Fenn"
RECORDER_LABEL = re.compile(r"(?:^|(?<=\s))(?:minute[- ]?taker|minutes\s+taken\s+by|"
                            r"note[- ]?taker|notes\s+taken\s+by|clerk|secretariat|"
                            r"recorded\s+by)\s*:", _I)
RANK_BEFORE_NAME = re.compile(r"^(?:[A-Z]/)?[A-Z]{2,4}\s+(?=[A-Z][a-z])")
PRESENT_LABELS = ("present", "members present", "member present", "attendees", "attendance")
APOLOGY_SENTENCE = re.compile(
    r"\bapologies\s+(?:for\s+absence\s+)?(?:were|was|had\s+been|have\s+been|are)\s+"
    r"(?:received|given|submitted|tendered|noted|made)\s+(?:from|by|on\s+behalf\s+of)\s+", _I)
NO_APOLOGIES = re.compile(r"^\W*(?:none|nil|no\s+apologies|there\s+were\s+no)\b", _I)
HELD = re.compile(r"\b(?:be\s+)?held\s+", _I)
USUALLY_HELD = re.compile(r"\bmeetings\b(?:[^.]|(?<=\d)\.(?=\d)){0,80}?\b(?:are|will\s+be)\s+"
                          r"held\b"
                          r"(?P<rest>(?:[^.]|(?<=\d)\.(?=\d))*)", _I)
PLACE_AFTER_HELD = re.compile(r"\b(?:in|at)\s+(?P<venue>(?:the\s+)?[A-Z](?:[^.;\n]|(?<=\d)\."
                              r"(?=\d))+)")
PLACE_WITHOUT_DATE = re.compile(  # a capitalised place, not "held in private"
    r"^(?:at|in)\s+(?P<venue>(?:the\s+)?[A-Z](?:[^.;\n]|(?<=\d)\.(?=\d))+)")
VENUE_BEFORE_DATE = re.compile(r"^(?:at|in)\s+(?P<venue>.+?)\s*,?\s+on\s*$", _I | re.S)
CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|noon)?"
TIME = (rf"(?:(?:(?:at|from)\s+{CLOCK})|\d{{1,2}}[.:]\d{{2}}\s*(?:am|pm)?|\d{{1,2}}\s*(?:am|pm))"
        rf"(?:\s*(?:[–-]|to|until)\s*{CLOCK})?")
VENUE_AFTER_DATE = re.compile(  # "... 2024 at 10am in the Hall", "... 2024 at 10am, The Hall"
    rf"^[\s,]*(?:(?i:{TIME})?[\s,–-]*(?i:at|in)\s+(?=[^\d\s])|(?i:{TIME})[\s,–-]*(?=[A-Z]))"
    r"(?P<venue>(?:[^.;\n]|(?<=\d)\.(?=\d))+)")  # "Room 2.10" keeps its point
# "Next meeting: 24 June 2025, The Boardroom": a place straight after the date's comma
COMMA_VENUE = re.compile(r"^\s*,\s*(?P<venue>[A-Z](?:[^.;\n]|(?<=\d)\.(?=\d))+)")
NEXT_MEETING = re.compile(
    r"\b(?:date\s+of\s+(?:the\s+)?next|next)\s+(?P<what>[^:.;]{0,80}?)\s*(?::|will\s+be\s+"
    r"held\s+on|is\s+(?:scheduled\s+for|on)|scheduled\s+for|on)\s*", _I)
VENUE_FIELDS = ("venue", "location", "place")
DATE_LINE_LEAD = re.compile(  # what may come before the date on a meeting's date line
    r"^\W*(?:(?:meeting|date)(?:\s+(?:of|on|held\s+on))?\W*|(?:\w+\s+){0,3}held(?:\s+on)?\W*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\W*)?$", _I)
BEFORE_A_DATE_IN_WORDS = re.compile(
    r"\b(?:by|due|on|from|until|till|before|after|since|of|in|dated|the|following|w/c)\W*$", _I)
MEETING_WORDS = ("meeting", "panel", "board", "committee", "forum", "group")
MEETING_WORD = re.compile(rf"\b(?:{'|'.join(MEETING_WORDS)})\b", _I)
NEXT_MEETING_TITLE = re.compile(  # a heading, maybe with its agenda reference after it
    r"\b(?:date|details)s?\s+(?:and\s+(?:times?|venues?)\s+)?of\s+(?:the\s+)?"
    r"(?:next|future|forthcoming)\s+(?P<plural>meetings)?(?:meeting)?\W*(?:\([^)]*\)\W*)?$", _I)
MEETING_LABEL_WORD = re.compile(r"^(?:meeting|date|at|on|am|pm|the|of|provisional|"
                                r"provisionally|tbc|venue|time)$", _I)
ROLE_THEN_NEXT = re.compile(  # "... (PCC) Sam Tate – Chief Executive": a new entry begins
    r"\)\s+(?=(?:[A-Z][\w'’.-]*\s+){1,5}(?:[–—-]\s|\())")
BODY_BEFORE_DATE = re.compile(  # "the Police and Crime Panel('s meeting) on [Wednesday]"
    r"(?P<body>(?:[A-Z][\w'’&-]*)(?:,?\s+(?:[A-Z][\w'’&-]*|and|of|for|&|to(?=\s+(?!The\b)[A-Z])))*"
    r"\s+"
    r"(?:Panel|Board|Committee|Sub-Committee|Forum))(?:['’]s)?\s+(?:meeting\s+)?"
    r"(?:on|of)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?$")
ITS_MEETING_BEFORE_DATE = re.compile(  # "agreed to receive an update at its meeting on"
    r"\b(?:at|to|for|until)\s+(?:its|their|the|a|our)\s+(?:next\s+|future\s+|following\s+|"
    r"later\s+|subsequent\s+)?meeting\s+(?:(?:to\s+be\s+)?held\s+|scheduled\s+|arranged\s+|"
    r"due\s+)?(?:on|of|in|for)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:the\s+)?$", _I)
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?"
# "that the Panel meet on", "will next meet on", "future meetings be held on": the own body's
MEET_ON_BEFORE_DATE = re.compile(
    r"\b(?:(?:will|shall|to|should|would|next|again|then)\s+)*(?:meets?|(?:re)?convenes?)\s+(?:again\s+)?"
    r"on\s+" + WEEKDAY + r"$"
    r"|\bmeetings?\b[^.;:]{0,60}?\bbe\s+held\s+on\s+" + WEEKDAY + r"$",
    _I)
# "will come to the Panel on", "be reported to the Board's meeting on": the paper's own
# body when its name ends with that word
THE_BODY_BEFORE_DATE = re.compile(
    r"\b(?:to|before|at|for|by)\s+the\s+(?P<word>Panel|Board|Committee|Forum)(?:['’]s)?\s+"
    r"(?:meeting\s+)?(?:on|of)\s+" + WEEKDAY + r"$")
BODY_AT_END = re.compile(r"\b(?:Panel|Board|Committee|Sub-Committee|Forum|Group|Commission)$",
                         _I)
# what joins the dates of a list: "21 November 2024 and Thursday 6 February 2025"
DATE_LIST_JOIN = re.compile(r"^\s*(?:,|;|and|&|,\s*and)\s*" + WEEKDAY + r"$", _I)
ITS_BEFORE_DATE = re.compile(r"\b(?:at|to|for)\s+(?:its|their|the)\s+$", _I)
MEETING_AFTER_DATE = re.compile(r"^\s*meeting\b", _I)  # "at its 4 June 2025 meeting"
PLURAL_TITLE = re.compile(r"\b(?:Councillor|Cllr)s\.?\s+(?=[A-Z])")
CIVIL_TITLE = re.compile(r"\b(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Sir|Dame|"
                         r"Professor|Prof\.?|Lord|Lady|Baroness|Revd|Rev\.?)\s+")
# A heading over a work programme inside minutes or a report (a block no longer than a
# title, without a sentence's full stop)
PROGRAMME_HEADING = re.compile(r"\b(?:work\s*programme|forward\s+(?:work\s+)?(?:plan|programme)|"
                               r"work\s+plan)\b", _I)
STOP_WORDS = {"the", "a", "an", "on", "at", "in", "of"}


@dataclass
class Draft:
    """A meeting as one paper describes it, before papers are merged."""

    body: str | None
    date: str
    kind: str
    start: int
    end: int
    venue: str | None = None
    present: list[str] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    owner: int = 0  # index of the first paper that describes it
    rank: int = 0  # PAPER_RANK of the paper that set ``kind``


@register_file("meetings", "1", "meetings")
def extract_meetings(papers: list[Paper]) -> list[Meeting]:
    """Every meeting the file's papers record or announce, one record per meeting: what
    the agenda, the minutes and the reports of one pack say of it is merged."""
    drafts = merge([d for k, p in enumerate(papers) for d in _owned(paper_drafts(p), k)])
    drafts.sort(key=lambda d: d.owner)  # in the order of the papers that first describe them
    return [_record(papers[0].document, d) for d in drafts]


def _owned(drafts: list[Draft], index: int) -> list[Draft]:
    for draft in drafts:
        draft.owner = index
    return drafts


def paper_drafts(paper: Paper) -> list[Draft]:
    """The meeting a paper is of or for, and the meetings it announces."""
    drafts = []
    own = own_meeting(paper)
    if own:
        drafts.append(own)
    drafts += announced_meetings(paper)
    return drafts


def own_meeting(paper: Paper) -> Draft | None:
    """The meeting the paper records (minutes, notes) or is for (agenda, report)."""
    if not paper.date or len(paper.date) != 10:
        return None
    if paper.body is None and paper.kind not in (*RECORD_KINDS, "agenda"):
        return None
    kind = KIND_OF_PAPER.get(paper.kind, "agenda")
    if (paper.kind == "questions" and _questions_for_meeting(paper)) or (
            paper.kind == "board_notes" and _log_for_meeting(paper)):
        kind = "agenda"  # set out for a coming meeting, not a record of it
    start, end = _header_span(paper)
    draft = Draft(paper.body, paper.date, kind, start, end, venue=venue_of(paper),
                  rank=PAPER_RANK.get(paper.kind, 0))
    if paper.kind in RECORD_KINDS:
        draft.present, draft.apologies = attendance(paper.blocks)
    return draft


def _questions_for_meeting(paper: Paper) -> bool:
    """Written questions set out as an item of a coming meeting's agenda ("Agenda Item 7",
    "Members may ask a supplementary question at the meeting") are a paper for that
    meeting; a published record of questions answered ("asked at the meeting", "answers
    were circulated", "Meeting held on ...") or one with no item banner records it."""
    opening = [plain(b.text) for b in paper.blocks[:8]]
    if RECORDED_QUESTIONS.search(" ".join([paper.title or "", *opening])):
        return False
    return any(AGENDA_ITEM_BANNER.match(line) for line in opening[:4])


def _log_for_meeting(paper: Paper) -> bool:
    """An action log put to a meeting as a report ("Agenda Item 7 / Action Log / Report of
    the Panel Support Officer") is a paper for that meeting; one that records the meeting
    ("reviewed at the meeting held on", "actions agreed at this meeting") is its notes."""
    if not ACTION_LOG.search(paper.title or ""):
        return False
    opening = [plain(b.text) for b in paper.blocks[:8] if b.kind != "table"]  # not the log
    if RECORDED_QUESTIONS.search(" ".join(opening)) or AGREED_HERE.search(" ".join(opening)):
        return False
    return any(AGENDA_ITEM_BANNER.match(line) or REPORT_BY.match(line) for line in opening[:5])


def _header_span(paper: Paper) -> tuple[int, int]:
    """From the paper's first line to the line that gives its date."""
    blocks = paper.blocks[:12]
    for block in blocks:
        if any(d.iso == paper.date for d in find_dates(block.text, default_year=_year(paper))):
            return paper.start, block.end
    return paper.start, blocks[0].end if blocks else paper.end


def _year(paper: Paper) -> int | None:
    return int(paper.date[:4]) if paper.date else None


# ------------------------------------------------------------------------- venue


def venue_of(paper: Paper) -> str | None:
    """The venue as printed: a "Venue:" field, or "held at/in X on <date>"."""
    for name in VENUE_FIELDS:
        value = paper.extra.get(name)
        if value:
            return _tidy_venue(value, keep_article=True)
    blocks = paper.blocks[:12]
    for block in blocks[:8]:  # a table of the meeting's details: "Location | Room 2, HQ"
        for row in block.rows or []:
            if len(row) >= 2 and plain(row[0]).strip(" :").lower() in VENUE_FIELDS:
                return _tidy_venue(plain(row[1]), keep_article=True)
    for k, block in enumerate(blocks):
        text = plain(block.text)
        if re.search(r"\bheld\s+(?:on|at)\W*$", text, _I) and k + 1 < len(blocks):
            text += " " + plain(blocks[k + 1].text)  # "... to be held on" / the date below
        venue = venue_in_sentence(text, _year(paper))
        if venue:
            return venue
    if paper.kind != "minutes":  # a front sheet's "Wednesday 5 May 2025 at 1pm, The Hall"
        for block in blocks[:6]:
            venue = _venue_after_leading_date(plain(block.text), _year(paper))
            if venue:
                return venue
    for block in blocks[:3]:  # "X Panel · Committee Room 1 · Monday 3 February 2025"
        venue = masthead_venue(plain(block.text))
        if venue:
            return _tidy_venue(venue, keep_article=True)
    return None


def _venue_after_leading_date(text: str, year: int | None) -> str | None:
    found = find_dates(text[:80], default_year=year)
    if not found or not found[0].iso or not DATE_LINE_LEAD.match(text[: found[0].start]):
        return None
    rest = text[found[0].end :]
    after = VENUE_AFTER_DATE.match(rest) or COMMA_VENUE.match(rest)
    return _tidy_venue(after.group("venue"), keep_article=True) if after else None


def venue_in_sentence(text: str, year: int | None = None) -> str | None:
    """"... held in the Council Chamber, County Hall on 10 October 2024" -> the place."""
    held = HELD.search(text)
    if not held:
        return None
    rest = text[held.end():]
    dates = [d for d in find_dates(rest, default_year=year) if d.iso]
    if not dates:  # "Meeting held at Shire Hall, Marlcombe." (the date is in the title)
        place = PLACE_WITHOUT_DATE.match(rest)
        return _tidy_venue(place.group("venue")) if place else None
    before = VENUE_BEFORE_DATE.match(rest[: dates[0].start].rstrip())
    if not before:
        before = re.match(r"^(?:at|in)\s+(?P<venue>.+?)\s*,?\s+on\s+", rest[: dates[0].start]
                          + " ", _I | re.S)
    candidate = before.group("venue") if before else None
    if candidate is None:
        after = VENUE_AFTER_DATE.match(rest[dates[0].end:])
        candidate = after.group("venue") if after else None
    return _tidy_venue(candidate) if candidate else None


def _tidy_venue(text: str, *, keep_article: bool = False) -> str | None:
    """A venue as printed; "held in the Council Chamber" gives "Council Chamber"."""
    text = re.sub(r"\s+", " ", text).strip(" ,.;")
    # what a reader may run on after the venue: the start time, the next label ("...
    # Shire Hall Present:", cut before its colon is stripped), "AGENDA"
    text = re.split(r",?\s+(?:commencing|starting|beginning)\b|,?\s+at\s+\d|"
                    r",\s+(?:unless|except|subject\s+to|if|where|when|which)\b|"
                    r"\s+[A-Z][A-Za-z]+(?:\s+[a-z]+){0,2}\s*:|\s+[A-Z]{4,}\b", text)[0]
    text = text.strip(" ,.;:")
    if not keep_article:  # "held in the Council Chamber"; "The Guildhall" keeps its capital
        text = re.sub(r"^the\s+", "", text)
    words = [w for w in re.findall(r"[A-Za-z]+", text.lower()) if w not in STOP_WORDS]
    return text if words and len(text) <= 200 else None


# -------------------------------------------------------------------- attendance


def attendance(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """Names present and names giving apologies, as printed."""
    present: list[str] | None = None
    apologies: list[str] | None = None
    for i in range(len(blocks)):
        for label, names in _labelled(blocks, i):
            if label in PRESENT_LABELS and present is None and names:
                present = names  # an "Attendance" heading over a "Present:" line names none
            elif label.startswith("apologies") and apologies is None:
                apologies = names
    table_present, table_apologies = _table_attendance(blocks)
    if table_present:  # a table that marks who attended says more than a heading over it
        present = table_present
    elif not present:
        present = _members_table(blocks)
    if apologies is None:
        apologies = table_apologies or _apology_sentence(blocks)
    return present or [], apologies


def _labelled(blocks: list[Block], i: int) -> list[tuple[str, list[str]]]:
    """"Label: names" at block ``i``, with the names after it: one pair, or several when
    a line holds them all ("Present: A, B. Also present: C. Apologies: D.")."""
    text = plain(blocks[i].text)
    if blocks[i].kind == "table":
        return _labelled_rows(blocks[i].rows or [])
    # "... held on 10 March 2025 at Hall Present: ..." (searched only where its words are)
    run_on = RUN_ON_LABEL.search(text) if any(w in text for w in RUN_ON_WORDS) else None
    if run_on and not LABEL.match(text):
        text = text[run_on.start() :].strip()
    m = LABEL.match(text)
    if not m:
        return []
    if not m.group("sep") and _is_business(blocks[i], text):
        return []  # "1. Apologies for absence" is an item; its minute says who
    rest = RUN_ON_GUESTS.sub("\n", m.group("rest")).strip()
    if not m.group("sep") and rest and not _starts_with_name(rest.split("\n")[0]):
        return []
    if not rest:
        return [(_label_name(m.group("label")), _names_below(blocks, i + 1))]
    pieces = INLINE_LABEL.split(rest)  # [names, label, names, label, names, ...]
    labels = [m.group("label"), *pieces[1::2]]
    parts = [RECORDER_LABEL.split(part, maxsplit=1)[0] for part in pieces[::2]]
    return [(_label_name(label), [] if NO_APOLOGIES.match(part) else names_in(part))
            for label, part in zip(labels, parts, strict=True)]


def _labelled_rows(rows: list[list[str]]) -> list[tuple[str, list[str]]]:
    """A table of fields: "Present: | Cllr A, Cllr B", "Also present: | Ms C"."""
    pairs = []
    for row in rows:
        cells = [plain(c) for c in row if c.strip()]
        m = LABEL.fullmatch(cells[0]) if len(cells) == 2 else None
        if m and not m.group("rest"):
            pairs.append((_label_name(m.group("label")),
                          [] if NO_APOLOGIES.match(cells[1]) else names_in(cells[1])))
    return pairs


def _label_name(label: str) -> str:
    label = re.sub(r"\s+", " ", label.lower())
    return "apologies" if label.startswith("apologies") else label


def _starts_with_name(text: str) -> bool:
    first = split_names(separate_names(text[:200]))
    return bool(first) and is_person_name(first[0])


def _names_below(blocks: list[Block], start: int) -> list[str]:
    """Names on the lines under a label, up to the next label or the business."""
    names: list[str] = []
    for block in blocks[start : start + 40]:
        if block.kind == "table" and block.rows:
            names += _table_names(block.rows[1:] if _has_name_header(block.rows) else
                                  block.rows)
            continue
        text = plain(block.text)
        label = LABEL.match(text)
        if (label and label.group("sep")) or _is_business(block, text):
            break
        if NO_APOLOGIES.match(text):
            break
        if text.endswith(":") and not names_in(text.rstrip(":")):
            continue  # a group heading: "Northshire Police:"
        found = names_in(text)
        if not found and names:
            break
        names += found
    return names


def _is_business(block: Block, text: str) -> bool:
    """The meeting's business has begun: a numbered item or a full sentence."""
    marker = (block.marker or "").strip()
    if re.match(r"^[A-Z]?\d{1,3}[.)]?$", marker) or re.match(r"^[A-Z]?\d{1,3}[.)]?\s+[A-Z]", text):
        return True
    return len(text.split()) > 25 and len(names_in(text)) * 4 < len(text.split()) / 2


def names_in(text: str) -> list[str]:
    """The people named in an attendance list, as printed (roles and places dropped)."""
    return [n for n in split_names(separate_names(drop_plural_title(text))) if _is_name(n)]


def _is_name(text: str) -> bool:
    """A person's name, perhaps after a rank or post in capitals the name rules do not
    know ("CC Mark Ellery QPM", "ACO Jo Vance", "CFO Ann Lee"): kept as printed."""
    if is_person_name(text):
        return True
    rank = RANK_BEFORE_NAME.match(text)
    return rank is not None and is_person_name(text[rank.end() :])


def drop_plural_title(text: str) -> str:
    """"Councillors A Smith, B Jones and C Brown": the names as written, "A Smith",
    "B Jones", "C Brown" (the contract keeps names as printed, and the title printed once
    for all of them belongs to none)."""
    return PLURAL_TITLE.sub("", text)


def separate_names(text: str) -> str:
    """Put a separator between names a reader ran together ("Cllr A Bell Cllr C Dean").

    A list printed one name a line reaches us as one line. "Name – Role (ABBR)" entries
    end at their bracket; otherwise each form of address that does not follow another one
    (as "Mrs" follows "Cllr" in "Cllr Mrs J Hall") or a separator starts a new name.
    """
    text = ROLE_THEN_NEXT.sub("); ", text)
    return "; ".join(_separate_at_titles(part) for part in text.split("; "))


def _separate_at_titles(text: str) -> str:
    if re.search(r"[,;]", re.sub(r"\([^)]*\)", "", text)):
        return text  # the list has separators of its own
    cuts = []
    previous_end = -1
    for m in CIVIL_TITLE.finditer(text):
        before = text[: m.start()].rstrip()
        inside_brackets = before.count("(") > before.count(")")
        if before and m.start() != previous_end and not inside_brackets and not re.search(
                r"(?:[,;&(]|\band)$", before):
            cuts.append(m.start())
        previous_end = m.end()
    for cut in reversed(cuts):
        text = text[:cut].rstrip() + ", " + text[cut:]
    return text


def _apology_sentence(blocks: list[Block]) -> list[str]:
    for block in blocks:
        text = plain(block.text)
        m = APOLOGY_SENTENCE.search(text) if "apolog" in text.lower() else None
        if m:
            sentence = _sentence_from(text, m.end())
            # "..., with Cllr B substituting" / "... who was substituted by Cllr B"
            sentence = re.split(r",?\s+(?:with|who\s+(?:was|were))\s+", sentence)[0]
            return names_in(sentence)
    return []


def _sentence_from(text: str, start: int) -> str:
    """Text from ``start`` to the end of its sentence (initials' dots do not end it)."""
    for m in re.finditer(r"\.(?=\s|$)", text[start:]):
        before = text[start : start + m.start()].split()
        last = before[-1] if before else ""
        if len(last) > 2 and last.lower() not in {"cllr", "mrs", "prof", "rev"}:
            return text[start : start + m.start()]
    return text[start:]


def _table_attendance(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """An attendance table: a name column, and a status column where there is one."""
    for block in blocks:
        rows = block.rows or []
        if len(rows) < 2:
            continue
        name_col = _name_column(rows[0])
        status_col = next((k for k, c in enumerate(rows[0])
                           if re.search(r"\b(?:present|attend\w*|status)\b", c, _I)), None)
        if name_col is not None and status_col is not None:
            return _split_by_status(rows[1:], name_col, status_col)
        status_col = _status_column(rows)  # a header row the reader lost: go by the cells
        if status_col is not None:
            return _split_by_status(rows, 0, status_col)
    return [], []


def _members_table(blocks: list[Block]) -> list[str]:
    """Names of an unlabelled table of members above the business ("Name | Role"): the
    first table whose header names a name column and whose rows are nearly all people."""
    for block in blocks[:15]:
        rows = block.rows or []
        if block.kind != "table" or not rows:
            if _is_business(block, plain(block.text)):
                break
            continue
        col = _name_column(rows[0])
        found = [names_in(row[col]) for row in rows[1:] if col is not None and col < len(row)]
        if len(found) >= 2 and sum(1 for names in found if names) >= 0.8 * len(found):
            return [name for names in found for name in names]
    return []


def _status_column(rows: list[list[str]]) -> int | None:
    """The column whose filled cells are all attendance words ("Present", "Apologies")."""
    for k in range(1, max(len(r) for r in rows)):
        cells = [r[k].strip() for r in rows if k < len(r) and r[k].strip()]
        if len(cells) >= 2 and all(STATUS_WORD.match(c) for c in cells):
            return k
    return None


STATUS_WORD = re.compile(r"^(?:present|apologies|apols?\.?|absent|attended|yes|no|y|n|✓|✔|"
                         r"in\s+person|virtual|remote|sent\s+apologies)$", _I)


def _name_column(header: list[str]) -> int | None:
    return next((k for k, c in enumerate(header)
                 if re.search(r"\b(?:member|name|attendee|councillor)s?\b", c, _I)), None)


def _has_name_header(rows: list[list[str]]) -> bool:
    return _name_column(rows[0]) is not None and not names_in(rows[0][0])


def _split_by_status(rows: list[list[str]], name_col: int,
                     status_col: int) -> tuple[list[str], list[str]]:
    present: list[str] = []
    apologies: list[str] = []
    pending: list[str] = []  # a name whose status is on the row below (a wrapped cell)
    for row in rows:
        if name_col >= len(row):
            continue
        names = names_in(row[name_col]) or ([] if row[name_col].strip() else pending)
        status = row[status_col].strip().lower() if status_col < len(row) else ""
        pending = names if not status else []
        if re.match(r"^(?:apol|a$|sent\s+apol)", status):
            apologies += names
        elif re.match(r"^(?:y|yes|present|attended|✓|✔|x|p|in\s+person|virtual|remote)",
                      status):
            present += names
    return present, apologies


def _table_names(rows: list[list[str]]) -> list[str]:
    names: list[str] = []
    for row in rows:
        if row:
            names += names_in(row[0])
    return names


# ------------------------------------------------------------ announced meetings


def announced_meetings(paper: Paper) -> list[Draft]:
    """Meetings a paper announces: "Date of next meeting", a work programme's dates."""
    drafts = []
    blocks = paper.blocks
    for k, block in enumerate(blocks):
        text = plain(block.text)
        low = text.lower()  # the phrases below cannot match without these words
        m = _next_meeting_phrase(text) if "next" in low else None
        if m:
            draft = _next_meeting(paper, block, text[m.end():], m.group("what"))
            if draft:
                drafts.append(draft)
        elif "meeting" in low and (title := NEXT_MEETING_TITLE.search(text)):
            # "Date of Next Meeting" as a heading, the date under it; "Dates of future
            # meetings", one date a line under it
            drafts += _dates_below(paper, blocks[k + 1 : k + (13 if title["plural"] else 2)])
        if any(word in low for word in MEETING_WORDS):
            drafts += _named_meetings_ahead(paper, block, text)
    if paper.kind == "work_programme":
        drafts += _programme_dates(paper, paper.blocks)
    else:  # minutes that carry the programme under an item: "7. Work programme" + table
        for section in _programme_sections(blocks):
            drafts += _programme_dates(paper, section, titled=False)
    return drafts


def _next_meeting_phrase(text: str) -> re.Match[str] | None:
    """The first "next meeting ... on" phrase naming a meeting (phrases may overlap:
    "Date of Next Meeting To note that the next meeting will be on ...")."""
    pos = 0
    while (m := NEXT_MEETING.search(text, pos)) is not None:
        if MEETING_WORD.search(m.group("what")) and len(m.group("what").split()) <= 8:
            return m
        pos = m.start() + 4
    return None


def _named_meetings_ahead(paper: Paper, block: Block, text: str) -> list[Draft]:
    """"... report to the Police and Crime Panel on 5 February", "an update at its meeting on
    4 June", "that the Panel meet on 21 November 2024 and 6 February 2025": later meetings
    of a body the paper names, or of its own. Past meetings ("at its meeting on 13
    November") are history; a date listed after one that names a meeting ("... and 6
    February") names one too."""
    if not paper.date or not MEETING_WORD.search(text):
        return []
    drafts: list[Draft] = []
    listed: tuple[int, str | None] | None = None  # (end, body) of the last meeting's date
    for found in find_dates(text, reference=paper.date):
        if not found.iso or len(found.iso) != 10 or found.iso <= paper.date:
            continue
        if listed is not None and DATE_LIST_JOIN.match(text[listed[0] : found.start]):
            body = listed[1]
        else:
            body = _body_meeting_on(text[max(0, found.start - 120) : found.start],
                                    paper.body, text[found.end :])
        listed = (found.end, body) if body else None
        if body:
            drafts.append(Draft(body, found.iso, "agenda", block.start, block.end))
    return drafts


def _body_meeting_on(before: str, own_body: str | None, after: str) -> str | None:
    """The body whose meeting the words around a date name: "to the X Panel on", or the
    paper's own body in "an update at its meeting on" / "at its 4 June 2025 meeting"."""
    m = BODY_BEFORE_DATE.search(before)
    if m:
        return clean_body(m.group("body"))
    the = THE_BODY_BEFORE_DATE.search(before)  # "will come to the Panel on": its own body
    if the and own_body and own_body.endswith(the.group("word")):
        return own_body
    own = ITS_MEETING_BEFORE_DATE.search(before) or MEET_ON_BEFORE_DATE.search(before) or (
        ITS_BEFORE_DATE.search(before) and MEETING_AFTER_DATE.match(after))
    return own_body if own else None  # not "to the 4 June 2025 deadline"


def _next_meeting(paper: Paper, block: Block, text: str, what: str) -> Draft | None:
    found = next((d for d in find_dates(text, reference=paper.date) if d.iso), None)
    if found is None or found.iso is None or len(found.iso) != 10 or found.iso == paper.date:
        return None
    body = body_line(what) or paper.body  # a name, not "be reviewed by the Board"
    after = VENUE_AFTER_DATE.match(text[found.end :]) or COMMA_VENUE.match(text[found.end :])
    venue = _tidy_venue(after.group("venue")) if after else None  # "in the Hall": "Hall"
    return Draft(body, found.iso, "agenda", block.start, block.end, venue=venue)


def _dates_below(paper: Paper, below: list[Block]) -> list[Draft]:
    """The meetings on the lines under a "date(s) of next meeting(s)" heading, up to the
    first line that gives none."""
    drafts = []
    for block in below:
        draft = _next_meeting(paper, block, plain(block.text), "")
        if draft is None:
            break
        drafts.append(draft)
    return drafts


def _programme_sections(blocks: list[Block]) -> list[list[Block]]:
    """The blocks under each heading that names a work programme inside another paper, up
    to the next heading or numbered item."""
    sections = []
    for k, block in enumerate(blocks):
        text = plain(block.text)
        if len(text) > 120 or text.endswith(".") or not PROGRAMME_HEADING.search(text):
            continue
        section = []
        for below in blocks[k + 1 : k + 31]:
            if below.kind == "heading" or _numbered_item(plain(below.text)) or (
                    block.marker and below.marker and below.kind == block.kind):
                break  # the next item: a heading, a numbered line, the next agenda entry
            section.append(below)
        sections.append(section)
    return sections


def _numbered_item(text: str) -> bool:
    """"32. Complaints" starts the next item; "26 June 2025 - Annual report" does not."""
    if not ITEM_NUMBERED.match(text):
        return False
    first = find_dates(text[:40])
    return not (first and first[0].start == 0)


def _programme_dates(paper: Paper, blocks: list[Block], *, titled: bool = True) -> list[Draft]:
    """Meeting dates a work programme lists: its title, and lines or cells that are a date.

    A date inside an item's wording ("report due 1 July 2025") is not a meeting; a line
    that is little more than a date ("Thursday 13 March 2025", "Meeting: 4 June 2025")
    heads the items of that meeting. ``titled``: the first block is the programme's title.
    """
    drafts = []
    for k, block in enumerate(blocks):
        for cell in _texts(block):
            found = [d for d in find_dates(cell, reference=paper.date)
                     if d.iso and len(d.iso) == 10 and d.iso >= (paper.date or "")]
            if found and ((titled and k == 0) or _residual_words(cell, found) <= 3):
                heads = found  # the title, or a line that is just a date
            else:  # a flattened table: a row starts with its meeting's date
                heads = [d for d in found if _starts_a_row(cell, d)]
            drafts += [Draft(_body_after_date(cell, d) or paper.body, d.iso, "agenda",
                             block.start, block.end, venue=_place_after_date(cell, d))
                       for d in _first_of_each_day(heads)
                       if d.iso and d.iso != paper.date]
    usual = _usual_place(blocks)
    for draft in drafts:  # "Future meetings will be held in X": X, unless a row says
        if draft.venue is None and same_body(draft.body, paper.body):
            draft.venue = usual
    return drafts


def _place_after_date(text: str, found: DateMatch) -> str | None:
    """A programme row's own place after its date: "26 June 2025 (Annual meeting – Civic
    Centre, Priory Road)", "14 January 2026 Working Group (informal), Committee Room 3,
    Guildhall": from the first comma-separated part with a room's or building's word."""
    for segment in re.split(r"[()\n]|\s[–—]\s", text[found.end :]):
        parts = [p.strip() for p in segment.split(",")]
        first = next((k for k, p in enumerate(parts) if VENUE_WORD.search(p) and
                      p[:1].isupper() and not BODY_AT_END.search(p)), None)
        if first is not None:
            return _tidy_venue(", ".join(parts[first:]), keep_article=True)
    return None


def _usual_place(blocks: list[Block]) -> str | None:
    """Where a programme says its body's meetings are held: "Future meetings of the Panel
    will be held at 2.00 pm in The Guildhall", "Formal meetings ... are held in X"."""
    for block in blocks[:40]:
        text = plain(block.text)
        held = USUALLY_HELD.search(text) if "held" in text else None
        place = PLACE_AFTER_HELD.search(held.group("rest")) if held else None
        if place:
            return _tidy_venue(place.group("venue"))
    return None


def _first_of_each_day(found: list[DateMatch]) -> list[DateMatch]:
    firsts: dict[str | None, DateMatch] = {}
    for match in found:
        firsts.setdefault(match.iso, match)
    return list(firsts.values())


def _body_after_date(text: str, found: DateMatch) -> str | None:
    """A programme's date of another body's meeting: "14 January 2026 Budget Working Group
    (informal), Committee Room 3" is the Working Group's, not the Panel's."""
    segment = re.split(r"[(,;\n]|\s[–—-]\s", text[found.end :].lstrip(" \n,–—-:"))[0].strip()
    if len(segment.split()) > 8 or not BODY_AT_END.search(segment):
        return None
    return body_line(segment)


def _starts_a_row(text: str, found: DateMatch) -> bool:
    """A date at the start of the text, or after a word and before a capital, with no
    "by", "due", "on", "the" before it to make it part of an item's wording."""
    before = text[: found.start]
    if not before.strip():
        return True
    after = text[found.end :].lstrip(" ,–-:")
    return not BEFORE_A_DATE_IN_WORDS.search(before) and after[:1].isupper()


def _texts(block: Block) -> list[str]:
    return [c for row in block.rows for c in row] if block.rows else [plain(block.text)]


def _residual_words(text: str, dates: list[DateMatch]) -> int:
    """Words of ``text`` outside its dates, not counting "meeting" and the like."""
    for d in reversed(dates):
        text = text[: d.start] + " " + text[d.end :]
    words = re.findall(r"[A-Za-z]{2,}", text)
    return len([w for w in words if not MEETING_LABEL_WORD.match(w)])


# ------------------------------------------------------------------------- merge


def merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per (body, date): the fullest name, the strongest kind, all details."""
    merged: list[Draft] = []
    names = [d.body for d in drafts if d.body]
    for draft in drafts:
        draft.body = fullest_name(draft.body, names) if draft.body else None
        same = next((m for m in merged if m.date == draft.date
                     and same_body(m.body, draft.body)), None)
        if same is None:
            merged.append(draft)
        else:
            _absorb(same, draft)
    return merged


def _absorb(into: Draft, other: Draft) -> None:
    if other.rank > into.rank:
        into.kind, into.start, into.end, into.rank = other.kind, other.start, other.end, \
            other.rank
    into.venue = into.venue or other.venue
    if len(other.present) > len(into.present):
        into.present = other.present
    if len(other.apologies) > len(into.apologies):
        into.apologies = other.apologies


def _record(document: Document, draft: Draft) -> Meeting:
    return Meeting(
        body=draft.body, date=draft.date, kind=draft.kind,  # type: ignore[arg-type]
        venue=draft.venue, present=_unique(draft.present), apologies=_unique(draft.apologies),
        source=source_for(document, draft.start, draft.end),
    )


def _unique(names: list[str]) -> list[str]:
    """Names in order, each once (a list and a table may both print a member)."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out
