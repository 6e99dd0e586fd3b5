"""Headed questions: "Question 1 - from Cllr X (Y Council)" or a bare "Q1." label, the
text, then the answer."""

from __future__ import annotations

import re

from scrutiny.extract.context import body, clean
from scrutiny.extract.questions.affiliation import _split_affiliation
from scrutiny.extract.questions.answers import _answer_like, _answer_run, _answer_text, answer_label
from scrutiny.extract.questions.found import _QUESTION_LABEL, _Found, _is_boundary
from scrutiny.extract.questions.speech import _HONORIFIC, _ask_in
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper

_HEADER = re.compile(
    rf"^(?:(?:supplementary\s+)?question|q)\s*(?:no\.?\s*)?(?P<num>\d{{1,3}}[a-z]?)?\s*"
    rf"[:.)\-–—]?\s*(?P<open>\()?\s*(?:(?:asked\s+|submitted\s+)?(?:from|by)\s*:?\s*)?"
    rf"(?P<who>{_HONORIFIC}\s+[^,()\[\]:]{{2,60}}?)\s*"
    r"(?:\((?P<aff1>[^()]{3,90})\)|[,–—-]\s*(?P<aff2>[^():]{3,90}?))?\s*(?(open)\))"
    r"\s*(?:[:.\-–—]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)


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
        text = body(block.text) if block.kind == "list_item" else clean(block.text)
        m = _HEADER.match(text)
        if m:
            heads.append((index, m, m.group("rest") or ""))
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
        q_parts.append(body(blocks[index].text))
        index += 1
    if not q_parts:
        return None
    answer_blocks = _answer_run(blocks, index, stop)
    answer, respondent = _answer_text([blocks[i] for i in answer_blocks])
    asker = affiliation = None
    if m is None and clean(blocks[head].text).lower().startswith("supplementary"):
        m = _previous_header(blocks, head)  # asked by the member who asked the question
    if m:
        asker = clean(m.group("who"))
        affiliation = m.group("aff1") or m.group("aff2")
        if not affiliation:
            asker, affiliation = _split_affiliation(asker)
    last = answer_blocks[-1] if answer_blocks else index - 1
    return _Found(
        question=" ".join(p for p in q_parts if p).strip(),
        answer=answer,
        asker=asker,
        affiliation=clean(affiliation).rstrip(".") if affiliation else None,
        respondent=respondent,
        blocks=list(range(head, last + 1)),
        start=blocks[head].start,
        end=blocks[max(last, head)].end,
    )


def _previous_header(blocks: list[Block], head: int) -> re.Match[str] | None:
    """The nearest "Question N - from Cllr X" header before block ``head``."""
    for index in range(head - 1, max(-1, head - 40), -1):
        block = blocks[index]
        if block.kind == "table":
            continue
        m = _HEADER.match(body(block.text) if block.kind == "list_item" else clean(block.text))
        if m:
            return m
    return None


def find_labelled_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Bare "Question:"/"Q1." labels, then the question text and its answer."""
    return find_headed_questions(paper, used, labels_only=True)
