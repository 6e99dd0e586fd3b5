"""Headed questions: "Question 1 - from Cllr X (Y Council)" or a bare "Q1." label, the
text, then the answer."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from scrutiny.extract.context import body, clean
from scrutiny.extract.questions.affiliation import _split_affiliation
from scrutiny.extract.questions.answers import (
    _NO_ANSWER,
    _answer_like,
    _answer_run,
    _answer_text,
    answer_label,
)
from scrutiny.extract.questions.found import _QUESTION_LABEL, _Found, _is_boundary
from scrutiny.extract.questions.inline import _INLINE
from scrutiny.extract.questions.speech import _HONORIFIC, _ask_in
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper

_HEADER = re.compile(
    # "Question 1", "Public question 2", "PQ3" / "MQ4" / "WQ5" (public, member, written)
    rf"^(?:(?:(?:supplementary|public|written|members?['’]?)\s+)?question|[pmw]?q)\s*"
    rf"(?:no\.?\s*)?/?(?P<num>\d{{1,3}}(?:/\d{{1,3}})?[a-z]?)?\s*"
    rf"[:.)\-–—]?\s*(?P<open>\()?\s*(?:(?:asked\s+|submitted\s+)?(?:from|by)\s*:?\s*)?"
    rf"(?P<who>{_HONORIFIC}\s+[^,()\[\]:]{{2,60}}?)\s*"
    r"(?:\((?P<aff1>[^()]{3,90})\)|[,–—-]\s*(?P<aff2>[^():]{3,90}?))?\s*(?(open)\))"
    r"\s*(?:[:.\-–—]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)

# A coded question heading naming an asker without an honorific, then their town or
# council: "PQ4 — Alex Example, Townsville", "Public question 2 - Sam Lee (Upton)".
_NAMED_HEADER = re.compile(
    r"^(?i:(?:public|written|members?['’]?)\s+question|[pmw]q)\s*(?i:no\.?\s*)?/?"
    r"(?P<num>\d{1,3}(?:/\d{1,3})?[a-z]?)\s*[:.)\-–—]\s*"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*"
    r"(?:\((?P<aff1>[^()]{3,90})\)|,\s*(?P<aff2>[^():]{3,90}?))(?P<rest>)(?P<open>)\s*$"
)


@lru_cache(maxsize=16384)
def match_header(text: str) -> re.Match[str] | None:
    """A question header naming its asker: "Question 1 - from Cllr X (Y Council)",
    "PQ1 — Mrs X, Town", "PQ4 — Alex Example, Townsville". Cached: the headed, labelled,
    bold and table finders all ask it of the same blocks."""
    return _HEADER.match(text) or _NAMED_HEADER.match(text)


def header_text(block: Block) -> str:
    """The words of a block that may be a question header.

    A numbered item or heading ("3. PQ1 — Mrs X, Town") is read without its number, and
    an HTML entity a Markdown or text converter left in place ("PQ1 &mdash; Mrs X") is
    read as the character it stands for, so the dash still separates number and asker.
    """
    text = body(block.text) if block.kind in ("list_item", "heading") else clean(block.text)
    return html.unescape(text) if "&" in text else text


_PUT_TO = re.compile(
    r",?\s+to\s+(?:the\s+)?(?:(?:deputy\s+)?(?:police,?\s+(?:fire\s+)?(?:and|&)\s+crime\s+)?"
    r"commissioner|d?pf?cc|chief\s+constable|force|panel|board|chair\w*)$",
    re.IGNORECASE,
)


def header_asker(m: re.Match[str]) -> tuple[str | None, str | None]:
    """(asker, affiliation) of a matched header: "Cllr X (Y Council)", "Mrs X, Town"."""
    # "Question from Cllr X to the Commissioner": whom it was put to is not the asker
    asker: str | None = _PUT_TO.sub("", clean(m.group("who")))
    affiliation = _PUT_TO.sub("", m.group("aff1") or m.group("aff2") or "") or None
    if not affiliation and asker:
        asker, affiliation = _split_affiliation(asker)
    return asker, affiliation


def find_headed_questions(
    paper: Paper, used: set[int], *, labels_only: bool = False
) -> list[_Found]:
    """"Question 1 - from Cllr X (Y Council)", then the question and the answer.

    With ``labels_only``, bare "Question:"/"Q1." labels instead (run after the bold
    finder, so numbered questions quoted inside an answer stay in that answer).
    """
    blocks = paper.blocks
    heads: list[tuple[int, re.Match[str] | None, str]] = []
    for index, block in enumerate(blocks):
        if index in used or block.kind == "table":
            continue
        text = header_text(block)
        m = match_header(text)
        if m:
            heads.append((index, m, m.group("rest") or ""))
        elif _under_header(heads, index, text):
            continue  # "PQ1 — Mrs X, Town" then "Question: ...": the header's question
        elif _QUESTION_LABEL.match(text) and not answer_label(text):
            heads.append((index, None, text[_QUESTION_LABEL.match(text).end():]))  # type: ignore[union-attr]
    found: list[_Found] = []
    for k, (index, m, rest) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(blocks)
        if (m is None) != labels_only:
            continue
        text = clean(blocks[index].text)
        if _ask_in(text, 0, len(text))[0] is not None:
            continue  # "Supplementary question: Cllr X asked ..." is reported speech
        stop = next((i for i in range(index + 1, stop) if i in used), stop)
        item = _headed(paper, index, stop, m, rest)
        if item:
            found.append(item)
            used.update(item.blocks)
    return found


_PLAIN_LABEL = re.compile(r"^(?:question|q)\s*[:.\-–—]\s*", re.IGNORECASE)


_ASKED_BY = re.compile(
    r"^(?:(?:asked|submitted|raised|put)\s+by|questioner)\s*:\s*(?P<who>\S.{1,118})$",
    re.IGNORECASE,
)


def _under_header(heads: list[tuple[int, re.Match[str] | None, str]], index: int,
                  text: str) -> bool:
    """Is block ``index`` a plain "Question:" label straight under a header naming the
    asker (and no question text of its own)?"""
    if not heads or heads[-1][0] != index - 1 or heads[-1][1] is None or heads[-1][2]:
        return False
    return bool(_PLAIN_LABEL.match(text))


def _headed(
    paper: Paper, head: int, stop: int, m: re.Match[str] | None, rest: str
) -> _Found | None:
    blocks = paper.blocks
    q_parts = [rest] if rest.strip() else []
    index = head + 1
    while index < stop and not _is_boundary(blocks[index]):
        if answer_label(blocks[index].text) or (q_parts and _answer_like(blocks[index])):
            break
        if q_parts and q_parts[-1].rstrip().endswith("?") \
                and not clean(blocks[index].text).endswith("?"):
            break  # the question is asked; an unlabelled answer follows
        text = body(blocks[index].text)
        q_parts.append(_PLAIN_LABEL.sub("", text, count=1) if index == head + 1 else text)
        index += 1
    if not q_parts:
        return None
    asker = affiliation = None
    field = _ASKED_BY.match(clean(blocks[index].text)) if index < stop else None
    if field:  # "Asked by: Cllr X (Y Council)" set between the question and its answer
        asker, affiliation = _split_affiliation(field.group("who"))
        index += 1
    answer_blocks = _answer_run(blocks, index, stop)
    answer, respondent = _answer_text([blocks[i] for i in answer_blocks])
    if m is None and clean(blocks[head].text).lower().startswith("supplementary"):
        m = _previous_header(blocks, head)  # asked by the member who asked the question
    if m:
        asker, affiliation = header_asker(m)
    last = answer_blocks[-1] if answer_blocks else index - 1
    question, answer, respondent = _inline_answer(
        " ".join(p for p in q_parts if p).strip(), answer, respondent)
    return _Found(
        question=question,
        answer=answer,
        asker=asker,
        affiliation=clean(affiliation).rstrip(".") if affiliation else None,
        respondent=respondent,
        blocks=list(range(head, last + 1)),
        start=blocks[head].start,
        end=blocks[max(last, head)].end,
    )


def _inline_answer(
    question: str, answer: str | None, respondent: str | None
) -> tuple[str, str | None, str | None]:
    """(question, answer, respondent) when the answer label sits in the question's own
    paragraph ("Question: How ...? Answer: ..." with the lines run together)."""
    m = _INLINE.match(question)
    if not m:
        return question, answer, respondent
    labelled = answer_label(m.group("label") + " " + m.group("a"))
    by, text = labelled if labelled else (None, m.group("a"))
    text = " ".join(p for p in (text, answer) if p)
    return m.group("q").strip(), None if _NO_ANSWER.match(text) else text, by or respondent


def _previous_header(blocks: list[Block], head: int) -> re.Match[str] | None:
    """The nearest "Question N - from Cllr X" header before block ``head``."""
    for index in range(head - 1, max(-1, head - 40), -1):
        block = blocks[index]
        if block.kind == "table":
            continue
        m = match_header(header_text(block))
        if m:
            return m
    return None


def find_labelled_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Bare "Question:"/"Q1." labels, then the question text and its answer."""
    return find_headed_questions(paper, used, labels_only=True)
