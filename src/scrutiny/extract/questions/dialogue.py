"""Transcript-style notes: "Name: question?" answered by "Other name: ..."."""

from __future__ import annotations

import re

from scrutiny.extract.context import body, looks_like_title
from scrutiny.extract.questions.answers import _ANSWER_LABEL
from scrutiny.extract.questions.found import _QUESTION_LABEL, _Found, _is_boundary
from scrutiny.extract.questions.speech import _CAP, _HONORIFIC, who
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper

_ROLE = (
    r"(?:Chief\s+Constable|Deputy\s+Chief\s+Constable|Commissioner|Chair(?:man|woman|person)?|"
    r"Vice[- ]Chair\w*|Chief\s+Executive|Chief\s+Finance\s+Officer|Panel\s+Member|Member)"
)


_RANK = r"(?:[A-Z]{2,5}|T/[A-Z]{2,4}|Supt|Ch\.?\s+Supt|(?:Chief\s+|Detective\s+)?Superintendent|" \
    r"(?:Chief\s+|Detective\s+)?Inspector|Insp|Sergeant|Sgt)"


_DIALOGUE = re.compile(
    r"^(?!(?:RESOLVED|NOTED?|ACTIONS?|AGREED|ITEM|PRESENT|APOLOGIES|DECISION|NB|PS)\b)"
    rf"(?P<who>{_HONORIFIC}\s+{_CAP}(?:\s+{_CAP}){{0,2}}(?:\s*\([^()]{{1,60}}\))?|"
    rf"(?:The\s+)?{_ROLE}|(?:The\s+)?{_RANK}(?:\s+{_CAP}){{0,2}})\s*:\s+(?P<text>\S.*)$"
)


def _dialogue(block: Block) -> tuple[str, str] | None:
    """(speaker, words) of a transcript line "Cllr Patel: Has the force ...?"."""
    if block.kind == "table":
        return None
    m = _DIALOGUE.match(body(block.text))
    if not m or _ANSWER_LABEL.match(m.group(0)) or _QUESTION_LABEL.match(m.group(0)):
        return None
    return who(m.group("who")) or m.group("who"), m.group("text").strip()


def _bracketed(line: str) -> str | None:
    """The bracket after a transcript line's speaker: "Cllr X (Hale BC): ..." -> "Hale BC"."""
    m = _DIALOGUE.match(line)
    bracket = re.search(r"\(([^()]{1,60})\)\s*$", m.group("who")) if m else None
    return bracket.group(1).strip() if bracket else None


def find_dialogue_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Transcript-style notes: "Name: question?" answered by "Other name: ..." lines."""
    blocks = paper.blocks
    found: list[_Found] = []
    for index, block in enumerate(blocks):
        line = _dialogue(block) if index not in used else None
        if not line or "?" not in line[1] or index + 1 >= len(blocks):
            continue
        reply = _dialogue(blocks[index + 1]) if index + 1 not in used else None
        if not reply or reply[0].lower() == line[0].lower():
            continue
        answer_blocks = [index + 1]
        for nxt in range(index + 2, len(blocks)):
            if nxt in used or _dialogue(blocks[nxt]) or _is_boundary(blocks[nxt]) \
                    or looks_like_title(blocks[nxt]):
                break
            answer_blocks.append(nxt)
        answer = " ".join([reply[1], *(body(blocks[i].text) for i in answer_blocks[1:])])
        # "Cllr Rowe (Hale BC): ...?": the bracket is the asker's council or standing
        affiliation = _bracketed(body(block.text))
        found.append(_Found(line[1], answer, line[0], affiliation, reply[0],
                            [index, *answer_blocks], block.start, blocks[answer_blocks[-1]].end))
        used.update([index, *answer_blocks])
    return found
