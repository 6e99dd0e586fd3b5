"""Questions in reported speech in minutes: "A Member asked ...", "In reply to a question
about X, the Commissioner said ..."."""

from __future__ import annotations

import re

from scrutiny.extract.context import body, clean, sentences
from scrutiny.extract.questions.found import _follow_on, _Found, _is_boundary, strip_question_label
from scrutiny.extract.questions.replies import _reply, _reply_start, _same_person
from scrutiny.extract.questions.speech import (
    _CAP,
    _HONORIFIC,
    _PRONOUN,
    _SPEECH_VERBS,
    _SUBJECT,
    _addressee,
    _ask_in,
    _continues_question,
    speaker,
    who,
)
from scrutiny.ingest.paper import Paper

_IN_REPLY = re.compile(
    r"^(?P<q>(?:In\s+(?:reply|response|answer)\s+to|Responding\s+to|Replying\s+to|Answering)"
    r"\s+(?:a|an|the|further|supplementary|several|some)?\s*(?:further\s+|supplementary\s+)?"
    r"(?:questions?|query|queries)(?:\s+from\s+(?P<who>[^,]+?))?\s+"
    r"(?:about|on|regarding|concerning|relating\s+to|in\s+relation\s+to|as\s+to|around)\s+.+?"
    r"|When\s+asked\s+(?:about|whether|if|how|why|what|when|for|to)\s+.+?"
    r"|In\s+(?:reply|response|answer)\s+to\s+(?P<who2>" + _HONORIFIC + r"\s+" + _CAP
    + r"(?:\s+" + _CAP + r")?|(?:a|the|one)\s+(?:Panel\s+|Board\s+)?[Mm]ember|the\s+Chair\w*|"
    r"Members)(?:'s|’s)?(?:\s+(?:question|query|questions))?\s+(?:about|on|regarding|"
    r"concerning|as\s+to|whether|if|asking)\s+.+?)"
    r",\s+(?=(?P<a>" + _SUBJECT + r"\s+(?:" + _SPEECH_VERBS + r")\b))",
)


# Searched in the lower-cased text: a case-blind regex is several times slower.
_DEBATE_HINT = re.compile(
    r"\b(?:ask|quer|enquir|inquir|question|sought|request|wanted|wished|raised|"
    r"expressed|wonder|probe|press|challeng)"
)


def find_debate_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Questions in reported speech that got an answer, in minutes and board notes."""
    blocks = paper.blocks
    found: list[_Found] = []
    for index, block in enumerate(blocks):
        if index in used or block.kind in ("table", "heading"):
            continue
        text = strip_question_label(body(block.text))
        if not _DEBATE_HINT.search(text.lower()):
            continue  # one cheap look per block before the sentence-by-sentence rules
        item = _in_reply(paper, index, text) or _asked(paper, index, text)
        if item:
            found.append(item)
            used.update(item.blocks)
    return found


def _in_reply(paper: Paper, index: int, text: str) -> _Found | None:
    m = _IN_REPLY.match(text)
    if not m:
        return None
    blocks = paper.blocks
    extra = _follow_on(blocks, index)
    answer = " ".join([text[m.end():], *(body(blocks[i].text) for i in extra)]).strip()
    asker = who(m.group("who") or m.group("who2"))
    if asker and _asker_is_generic_question(asker):
        asker = None
    return _Found(
        question=m.group("q").strip(),
        answer=answer or None,
        asker=asker,
        affiliation=None,
        respondent=who(m.group("a").rsplit(" ", 1)[0]) if m.group("a") else None,
        blocks=[index, *extra],
        start=blocks[index].start,
        end=blocks[extra[-1] if extra else index].end,
    )


def _asker_is_generic_question(name: str) -> bool:
    return bool(re.match(r"^(?:a|the)?\s*(?:question|member of the public)$", name, re.I))


def _asked(paper: Paper, index: int, text: str) -> _Found | None:
    """"<asker> asked ... <respondent> said ...", within a block or into the next ones."""
    spans = sentences(text)
    for n, (s, e) in enumerate(spans):
        asker, verb_end = _ask_in(text, s, e)
        if asker is None:
            continue
        q_end = e
        # "He also asked ..." straight after is part of the same question
        while n + 1 < len(spans) and _continues_question(text, spans[n + 1], asker):
            n += 1
            q_end = spans[n][1]
        if text[s:q_end].rstrip().endswith(":") and not text[q_end:].strip():
            return _introduced(paper, index, text[s:q_end].strip(), asker)
        q_end, a_start = _reply_clause(text, verb_end, q_end, asker)
        found = _reply(paper, index, text, s, q_end, asker, _addressee(text, verb_end), a_start)
        if found:
            return found
    return None


# "...; the Commissioner replied that ...", "..., to which the PCC responded that ..."
_CLAUSE_BREAK = re.compile(r"\s*(?:;|,\s+to\s+which|,\s+and)\s+")
_CLAUSE_LEAD = re.compile(
    r"(?i:in\s+(?:response|reply)(?:\s+to\s+(?:this|that|the\s+question))?),\s+"
)


def _reply_clause(text: str, verb_end: int, q_end: int, asker: str) -> tuple[int, int | None]:
    """(end of the question, start of its reply) when the reply shares the question's
    sentence: "Councillor X asked whether ...; the Commissioner replied that ..." (Welsh
    and other minutes in one sentence per exchange). Else (``q_end``, None)."""
    for m in _CLAUSE_BREAK.finditer(text, verb_end, q_end):
        clause = text[m.end():q_end]
        lead = _CLAUSE_LEAD.match(clause)
        name, offset = speaker(clause[lead.end():] if lead else clause, limit=120)
        if name and offset == 0 and not _PRONOUN.match(name) and not _same_person(name, asker):
            return m.start(), m.end()
    return q_end, None


def _introduced(paper: Paper, index: int, intro: str, asker: str) -> _Found | None:
    """"Cllr X asked the following question:" then the question, then "The Commissioner
    responded as follows:" (or any reply) and the answer, each in its own blocks."""
    blocks = paper.blocks
    q = index + 1
    if q + 1 >= len(blocks) or _is_boundary(blocks[q]):
        return None
    a = q + 1
    answered, respondent = _reply_start(body(blocks[a].text), asker)
    if not answered:
        return None
    answer_blocks = [a]
    if clean(blocks[a].text).endswith(":") and a + 1 < len(blocks) \
            and not _is_boundary(blocks[a + 1]):
        answer_blocks += [a + 1, *_follow_on(blocks, a + 1)]
    answer = " ".join(body(blocks[i].text) for i in answer_blocks)
    answer = re.sub(r"^.{0,120}?\b(?:as\s+follows|the\s+following)\s*:\s*", "", answer)
    return _Found(
        question=body(blocks[q].text).strip(" \"“”'"),
        answer=answer or None,
        asker=who(asker),
        affiliation=None,
        respondent=respondent,
        blocks=[index, q, *answer_blocks],
        start=blocks[index].start,
        end=blocks[answer_blocks[-1]].end,
    )
