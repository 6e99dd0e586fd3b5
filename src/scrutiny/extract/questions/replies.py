"""The reply to a question in reported speech, and who gave it."""

from __future__ import annotations

import re

from scrutiny.extract.context import body
from scrutiny.extract.questions.affiliation import _bracketed_council
from scrutiny.extract.questions.answers import _answer_like, answer_label
from scrutiny.extract.questions.found import _follow_on, _Found, _is_sub_item
from scrutiny.extract.questions.speech import (
    _ASK,
    _NOT_PERSON,
    _PRONOUN,
    _SPEECH,
    _SPEECH_VERBS,
    _ask_in,
    speaker,
    who,
)
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper

_PASSIVE_REPLY = re.compile(
    r"^(?i:in\s+(?:response|reply)[^,]{0,60},\s*)?(?i:it\s+was|members\s+were|"
    r"the\s+(?:panel|board|committee|meeting|member)\s+(?:was|were))\s+(?i:\w+\s+)?"
    r"(?i:advised|informed|told|explained|confirmed|noted|reported|assured|reassured|"
    r"clarified|stated|highlighted)"
    r"(?:\s+by\s+(?P<by>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.-]*){0,4}))?"
)


def _reply_start(text: str, asker: str) -> tuple[bool, str | None]:
    """(is a reply, respondent) for the opening of ``text``.

    A reply is someone other than the asker speaking ("The CC advised ..."), or the
    passive voice of minutes ("It was explained that ...", "Members were informed by the
    Chief Constable that ...") whose respondent may be unnamed.
    """
    name, _ = speaker(text, limit=200)
    if name and not _same_person(name, asker):
        return True, name
    passive = _PASSIVE_REPLY.match(text)
    if passive:
        return True, who(passive.group("by"))
    return False, None


def _reply(
    paper: Paper, index: int, text: str, q_start: int, q_end: int, asker: str,
    addressee: str | None = None, a_start: int | None = None,
) -> _Found | None:
    """The question ``text[q_start:q_end]`` with the reply that follows it (from
    ``a_start`` when the reply shares the question's sentence), or None when unanswered."""
    blocks = paper.blocks
    rest = text[q_end if a_start is None else a_start:].strip()
    extra = _follow_on(blocks, index)
    answer_parts: list[str] = []
    answered, respondent = _reply_start(rest, asker) if rest else (False, None)
    if not answered and rest and addressee and addressee.split()[-1] in rest[:200]:
        answered, respondent = True, addressee
    if answered:
        answer_parts.append(rest)
    elif extra:
        # lettered points under a question in minutes are its answer, even when the
        # first does not name who spoke, unless they read as parts of the question
        first = body(blocks[extra[0]].text)
        answered, respondent = _reply_start(first, asker)
        answered = answered or answer_label(first) is not None or (
            _is_sub_item(blocks[extra[0]], blocks[index])
            and not first.rstrip().endswith("?")
            and _ask_in(first, 0, len(first))[0] is None
        )
    elif index + 1 < len(blocks) and blocks[index + 1].kind != "table":
        nxt = index + 1
        if _answer_like(blocks[nxt]) or _PASSIVE_REPLY.match(body(blocks[nxt].text)):
            answered, respondent = _reply_start(body(blocks[nxt].text), asker)
            if answered:
                extra = [nxt, *_follow_on(blocks, nxt, sub_items=False)]
    if not answered:
        return None
    extra += _carried_on(blocks, (extra or [index])[-1] + 1)
    answer_parts.extend(body(blocks[i].text) for i in extra)
    labelled = answer_label(answer_parts[0]) if answer_parts else None
    if labelled:
        respondent = labelled[0] or respondent
        answer_parts[0] = labelled[1]
    respondent = _resolve_pronoun(respondent, text, q_start, paper, index)
    return _Found(
        question=text[q_start:q_end].strip(),
        answer=" ".join(p for p in answer_parts if p).strip() or None,
        asker=_resolve_pronoun(who(asker), text, q_start, paper, index),
        affiliation=_bracketed_council(asker),
        respondent=respondent,
        blocks=[index, *extra],
        start=blocks[index].start,
        end=blocks[extra[-1] if extra else index].end,
    )


_PRONOUN_SPEECH = re.compile(
    rf"^(?:He|She|They)\s+(?:also\s+|further\s+|then\s+)?(?:{_SPEECH_VERBS})\b"
)


def _carried_on(blocks: list[Block], first: int) -> list[int]:
    """Points after an answer that carry it on in the respondent's voice ("He added
    that ..."), which minutes and notes often set as points of their own."""
    run: list[int] = []
    for index in range(first, len(blocks)):
        block = blocks[index]
        if block.kind not in ("paragraph", "list_item"):
            break
        text = body(block.text)
        if not _PRONOUN_SPEECH.match(text) or _ask_in(text, 0, len(text))[0] is not None:
            break
        run.append(index)
    return run


def _same_person(a: str, b: str) -> bool:
    a, b = (who(a) or "").lower(), (who(b) or "").lower()
    return a == b or (_PRONOUN.match(a) is not None and _PRONOUN.match(b) is None)


def _resolve_pronoun(
    name: str | None, text: str, before: int, paper: Paper, index: int
) -> str | None:
    """"He" -> the last named speaker before it in the same block (or the one before)."""
    if not name or not _PRONOUN.match(name):
        return name
    candidates = [text[:before]]
    if index > 0 and paper.blocks[index - 1].kind != "table":
        candidates.append(body(paper.blocks[index - 1].text))
    for candidate in candidates:
        names = [m.group("who") for m in _SPEECH.finditer(candidate)
                 if not _PRONOUN.match(m.group("who")) and not _NOT_PERSON.match(m.group("who"))]
        names += [m.group("who") for m in _ASK.finditer(candidate)
                  if not _PRONOUN.match(m.group("who"))]
        if names:
            return who(names[-1])
    return None
