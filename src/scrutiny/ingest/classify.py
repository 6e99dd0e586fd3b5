"""What kind of paper a paper is: agenda, minutes, report, questions, board notes, ...

Other extractors choose their rules by ``paper.kind`` (questions read a Q&A paper
differently from minutes), so the kind is decided here once, from how papers announce
themselves in their opening lines: a notice of meeting says so, minutes open with
"Minutes of a meeting of ...", board notes with "Meeting Notes" or "Notes of ...".
Where the opening says nothing decisive, the paper's body decides (answers to
questions, Areas for Improvement, tables of figures). The rules are about how panels
and boards lay papers out in general; no body, force or file name appears in them.
"""

from __future__ import annotations

import re

from scrutiny.ingest.paper import PaperKind

_I = re.IGNORECASE

# A date as a title line prints it: "12 May 2025", "Monday, 12th May 2025"
TITLE_DATE = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
              r"[a-z]{3,9},?\s+\d{4}")
# Openings that name the kind outright. Checked against the first lines of a paper, in
# this order: a record of a meeting outranks a notice of one ("Minutes ... Agenda item").
OPENING_RULES: list[tuple[PaperKind, re.Pattern[str]]] = [
    # "Minutes of a meeting ...", and without the article: "Minutes of meeting held on ..."
    ("minutes", re.compile(r"^\W*minutes\s+of\s+(?:a|an|the|meeting)\b", _I)),
    ("minutes", re.compile(r"^\W*(?:confirmed\s+|draft\s+|unconfirmed\s+)?minutes(?!\s*:)\W*$",
                           _I)),
    ("minutes", re.compile(rf"^\W*(?:confirmed\s+|draft\s+|unconfirmed\s+)?minutes\s*[-–—,|]\s*"
                           rf"{TITLE_DATE}\W*$", _I)),  # "MINUTES - 12 MAY 2025"
    ("board_notes", re.compile(
        r"^\W*(?:meeting\s+notes|action\s+notes|notes?\s+of\s+(?:a|an|the|meeting)\b|"
        r"record\s+of\s+(?:a|the)\s+meeting\b|"
        r"(?:board|meeting)\s+(?:notes|record)\b)"
        r"|^.{0,80}\b(?:(?:meeting|board)\s+notes|notes\s+of\s+(?:the\s+)?meeting)\W*$",
        _I)),
    ("board_notes", re.compile(  # a board's log of what it decided and asked for
        r"^(?![A-Z]?\d)\W*(?:[\w&'’ :–—-]{0,60}\s)?(?:action\s+(?:log|tracker|sheet)|"
        r"actions\s+arising|decision\s+log|(?:record|summary|schedule)\s+of\s+(?:the\s+)?"
        r"decisions|decisions?\s+(?:and\s+actions?\s+)?(?:record|sheet)|decisions\s+and\s+"
        r"actions\W*$)\b", _I)),
    ("agenda", re.compile(
        r"^\W*(?:agenda\W*$|agenda\s+(?:for|of)\b|notice\s+of\s+(?:a\s+|the\s+)?meeting|"
        r"notice\s+is\s+(?:hereby\s+)?given|summons\b)", _I)),
    ("work_programme", re.compile(
        r"\b(?:work\s*programme|forward\s+(?:work\s+)?(?:plan|programme)|work\s+plan)\b", _I)),
    ("questions", re.compile(
        r"\bquestions?\s+(?:asked|put|submitted|raised|from|to\s+the|and\s+(?:answers|"
        r"responses))\b|\bQ\s*&\s*A\b|\bquestions?\s+(?:&|and)\s+(?:answers|responses)\b", _I)),
]

QUESTION_ANSWER = re.compile(
    r"^\W*(?:force|pcc|commissioner'?s?|chief\s+constable'?s?|written)?\s*"
    r"(?:response|answer|reply)\s*:", _I | re.MULTILINE)
MEETING_DETAILS = re.compile(r"\b(?:venue|time)\s*:|\bwill\s+be\s+held\b|\bto\s+be\s+held\b", _I)
NUMBERED_LINE = re.compile(r"^[A-Z]?\d{1,3}[.)]?\s+[A-Z]", re.MULTILINE)
ATTENDEES = re.compile(r"^\W*(?:attendees|attendance|those\s+present)\s*:", _I | re.MULTILINE)
PRESENT = re.compile(r"^\W*(?:members\s+)?present(?:\s*:|\W*$)", _I | re.MULTILINE)
# "Date: 22 April 2025 Venue: Boardroom Present: ...": fields a reader ran onto one line
RUN_ON_PRESENT = re.compile(r"(?<=\S)\s+(?:Members\s+present|Present|PRESENT)\s*:")
INSPECTION = re.compile(r"\b(?:HMICFRS|HMIC|HMI|inspectorate|inspection)\b", _I)
FINDING = re.compile(r"\b(?:areas?\s+for\s+improvement|AFIs?|recommendations?|"
                     r"causes?\s+of\s+concern)\b", _I)
PROGRESS = re.compile(r"\b(?:progress|update|improvement\s+plan|action\s+plan)\b", _I)
PERFORMANCE = re.compile(
    r"\b(?:performance\s+(?:report|update|summary|overview|scorecard|framework|data|"
    r"figures|monitoring|measures)|(?:quarterly|monthly|annual)\s+performance|"
    r"scorecard|performance\s+against)\b", _I)
REPORT = re.compile(r"^\W*(?:report\s+(?:of|to|by|from)\b|(?:agenda\s+)?item\s+(?:no\.?\s*)?"
                    r"[A-Z]?\d)", _I)
NUMBER = re.compile(r"\d")


def classify(opening: str, body_text: str, *, has_cover: bool = False,
             table_rows: list[list[str]] | None = None) -> PaperKind:
    """The kind of a paper from its opening lines and its text.

    ``opening`` is the first few lines (title, cover sheet); ``body_text`` is the whole
    paper. ``has_cover`` says the splitter found a "To: / Subject: / Date:" cover sheet,
    which makes a paper a report unless its content says something narrower.
    """
    lines = [ln.strip() for ln in opening.splitlines() if ln.strip()]
    # The title line is among the first few, or lower down under a front sheet's details
    # (date, venue, membership), where only a short line can be a title.
    candidates = [ln for k, ln in enumerate(lines[:20])
                  if len(ln) < 400 and (k < 6 or len(ln.split()) <= 12)]
    for line in candidates:  # the first line that names a kind names the paper's
        for kind, pattern in OPENING_RULES:
            if pattern.search(line):
                return kind  # notes that record questions and answers are still notes
    return _by_content(opening, body_text, has_cover, table_rows or [])


def _by_content(opening: str, body_text: str, has_cover: bool,
                table_rows: list[list[str]]) -> PaperKind:
    if ATTENDEES.search(opening):
        return "board_notes"  # who attended: a record of a held meeting, however titled
    if PRESENT.search(opening) or RUN_ON_PRESENT.search(opening):
        return "minutes"
    if MEETING_DETAILS.search(opening) and len(NUMBERED_LINE.findall(opening)) >= 2:
        return "agenda"  # a front sheet (when, where) over a numbered list of business
    if len(QUESTION_ANSWER.findall(body_text)) >= 2:
        return "questions"
    if is_inspection_progress(opening, body_text):
        return "inspection_progress"
    if PERFORMANCE.search(opening) or _mostly_figures(table_rows):
        return "performance_report"
    if has_cover or any(REPORT.search(ln) for ln in opening.splitlines()[:6]):
        return "report"
    return "other"


def is_inspection_progress(opening: str, body_text: str) -> bool:
    """An inspection named up front and its findings tracked in the body."""
    if not INSPECTION.search(opening):
        return False
    return len(FINDING.findall(body_text)) >= 3 and PROGRESS.search(body_text) is not None


def _mostly_figures(rows: list[list[str]]) -> bool:
    """Several tables' worth of rows whose cells are mostly numbers: a figures paper."""
    cells = [c for row in rows for c in row[1:] if c.strip()]
    if len(rows) < 12 or not cells:
        return False
    return sum(1 for c in cells if NUMBER.search(c)) / len(cells) > 0.6
