"""Answers: "Force response:" labels, answer runs and "answer to follow"."""

from __future__ import annotations

import re
from functools import lru_cache

from scrutiny.extract.context import body, clean, looks_like_title, sentences
from scrutiny.extract.questions.found import _is_boundary
from scrutiny.extract.questions.speech import _PRONOUN, _ask_in, speaker, who
from scrutiny.ingest.document import Block

_ANSWER_LABEL = re.compile(
    r"^(?P<who>(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?)?(?:response|answer|reply|responses)"
    r"(?:\s+(?:from|by|of)\s+(?P<from>[^:]{2,60})|\s*\((?P<paren>[^()]{2,60})\))?"
    r"\s*(?:[:\-–]\s*|$)",
    re.IGNORECASE,
)

# "Answer from the Police and Crime Commissioner" on its own line, which a plain-text
# reader runs into the answer's first sentence: the label ends at the role's last word.
_RUN_ON_LABEL = re.compile(
    r"^(?i:response|answer|reply)\s+(?i:from|by)\s+(?P<from>(?:the\s+)?(?:[A-Z][\w'’&-]*\s+"
    r"(?:(?:and|of|for)\s+)?){0,5}?(?:Commissioner|Constable|PCC|PFCC|OPCC|Force|Chair|"
    r"Officer|Executive))\s+(?=[A-Z0-9\"“‘])(?![^.:]{0,60}:)",
)


@lru_cache(maxsize=16384)
def answer_label(text: str) -> tuple[str | None, str] | None:
    """(respondent, rest) when ``text`` opens with "Force response:", "Answer:" ...

    Cached: the finders ask it of the same blocks over and over."""
    cleaned = clean(text)
    m = _RUN_ON_LABEL.match(cleaned) or _ANSWER_LABEL.match(cleaned)
    if not m:
        short = re.match(r"^A\s*:\s+", cleaned)  # "Q: ... A: ..." papers
        return (None, cleaned[short.end():].strip()) if short else None
    by = m.group("from") or m.group("paren") or m.group("who") or ""
    by = re.sub(r"(?:'s|’s|s')\s*$", "", by.strip())
    return who(by) if by.strip() else None, cleaned[m.end():].strip()


_NO_ANSWER = re.compile(
    r"^\W*(?:answer|response|reply)?\s*(?:to\s+follow|tbc|to\s+be\s+confirmed|awaited|"
    r"awaiting\s+(?:response|answer)|pending|n/?a|none|-+)\W*$",
    re.IGNORECASE,
)


def _answer_like(block: Block, *, pronouns: bool = False) -> bool:
    """Does the block open a reply: an answer label or someone's reported speech?

    With ``pronouns``, "He added that ..." counts too: it carries on an answer, and a
    question never opens that way.
    """
    text = _REPLY_LEAD.sub("", body(block.text), count=1)
    if answer_label(text):
        return True
    name, offset = speaker(text, limit=80)
    return name is not None and offset == 0 and (pronouns or not _PRONOUN.match(name))


_REPLY_LEAD = re.compile(
    r"^(?:In\s+(?:response|reply|answer)(?:\s+to\s+(?:this|that|the\s+question))?|"
    r"Responding|Replying|In\s+turn),\s+"
)


def _answer_run(blocks: list[Block], first: int, stop: int) -> list[int]:
    """Blocks of an answer from ``first`` up to ``stop``, a heading or a decision."""
    run: list[int] = []
    for index in range(first, stop):
        block = blocks[index]
        if index == first and answer_label(block.text):
            run.append(index)  # a "Response" heading opens the answer
            continue
        if _is_boundary(block) or (looks_like_title(block) and not _answer_like(block)) \
                or _supplementary_asked(block):
            break
        run.append(index)
    return run


def _supplementary_asked(block: Block) -> bool:
    """A paragraph that puts a supplementary question in reported speech ("By way of a
    supplementary question, Mr X asked whether ...", "Mrs Y asked, as a supplementary
    question, ..."): a new question, so the answer above ends before it."""
    text = body(block.text)
    if "supplementary" not in text.lower():
        return False
    end = next(iter(sentences(text)), (0, len(text)))[1]
    return _ask_in(text, 0, end)[0] is not None


# "Answer" on a line of its own, run by a text reader into the answer's first sentence
# ("Answer Yes, it is funded ..."); in an answer's place the word can only be the label.
_BARE_ANSWER = re.compile(r"^Answer\s+(?=[A-Z0-9\"“‘])")


def _answer_text(blocks: list[Block]) -> tuple[str | None, str | None]:
    """(answer, respondent) of answer blocks; a leading "X response:" label is removed."""
    if not blocks:
        return None, None
    respondent = None
    parts: list[str] = []
    for n, block in enumerate(blocks):
        text = body(block.text)
        labelled = answer_label(text) if n == 0 else None
        if labelled:
            respondent, text = labelled
        elif n == 0:
            text = _BARE_ANSWER.sub("", text, count=1)
        if text:
            parts.append(text)
    answer = " ".join(parts).strip() or None
    if answer and _NO_ANSWER.match(answer):
        answer = None
    if answer and respondent is None:
        name, _ = speaker(answer)
        respondent = None if name and _PRONOUN.match(name) else name
    return answer, respondent
