"""A question and its labelled answer in one paragraph: "How ...? Response: ..."."""

from __future__ import annotations

import re

from scrutiny.extract.context import body
from scrutiny.extract.questions.answers import _NO_ANSWER, answer_label
from scrutiny.extract.questions.found import _follow_on, _Found, strip_question_label
from scrutiny.extract.questions.respondents import section_roles
from scrutiny.ingest.paper import Paper

_INLINE = re.compile(
    r"^(?P<q>[A-Z].{8,}?\?)[\s\"'”’)]*\s(?P<label>(?:[A-Z][\w'’]*\s+){0,3}?"
    r"(?:[Rr]esponse|[Aa]nswer|[Rr]eply)(?:\s*\([^()]{2,60}\)|\s+(?:from|by|of)\s+(?:the\s+)?"
    r"[A-Z][\w'’]*(?:\s+(?:and\s+)?[A-Z][\w'’]*){0,4})?\s*[:\-–]|A\d{0,3}\s*:)\s*"
    r"(?P<a>\S.*)$"
)


def find_inline_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """A question and its labelled answer in one paragraph: "How ...? Response: ..."."""
    blocks = paper.blocks
    roles = section_roles(paper)
    found: list[_Found] = []
    for index, block in enumerate(blocks):
        if index in used or block.kind in ("table", "heading"):
            continue
        text = strip_question_label(body(block.text))
        m = _INLINE.match(text) if "?" in text else None  # no "?", no question to pair
        if not m:
            continue
        labelled = answer_label(m.group("label") + " " + m.group("a"))
        respondent, answer = labelled if labelled else (None, m.group("a"))
        extra = _follow_on(blocks, index)
        answer = " ".join([answer, *(body(blocks[i].text) for i in extra)]).strip()
        if _NO_ANSWER.match(answer):
            answer = ""
        asker, default_respondent = roles[index]
        found.append(_Found(m.group("q").strip(), answer or None, asker, None,
                            respondent or default_respondent, [index, *extra], block.start,
                            blocks[extra[-1] if extra else index].end))
        used.update([index, *extra])
    return found
