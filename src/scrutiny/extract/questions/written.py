"""Written questions: the question, an "(Cllr X, Y Council)" trailer, then the answer."""

from __future__ import annotations

import re

from scrutiny.extract.context import clean, looks_like_title
from scrutiny.extract.questions.affiliation import _split_affiliation
from scrutiny.extract.questions.answers import _answer_like, _answer_run, _answer_text
from scrutiny.extract.questions.found import _Found, _is_boundary, _join
from scrutiny.extract.questions.speech import _HONORIFIC
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper

_TRAILER = re.compile(
    rf"^[(\[]\s*(?i:(?:question\s+)?(?:asked\s+|submitted\s+)?(?:from|by)\s+)?"
    rf"(?P<who>{_HONORIFIC}\s+[^,()\[\]]{{2,60}}?)\s*(?:[,–—-]\s*(?P<aff>[^()\[\]]{{3,90}}?))?"
    r"\s*[)\]]\.?$"
    # or a dash and a name with its council, nothing else: "— Cllr Ann Lee, Lee Town Council"
    rf"|^[–—-]\s*(?P<who2>{_HONORIFIC}\s+(?:[A-Z][\w'’.-]*\s*){{1,4}}),\s*"
    r"(?P<aff2>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|and|of|&))*)\.?$",
)


def _marker_number(block: Block) -> int | None:
    marker = block.marker or ""
    m = re.match(r"^\(?(\d{1,3})[.)]?$", marker)
    if m:
        return int(m.group(1))
    m = re.match(r"^\(?(\d{1,3})[.)]\s", block.text)
    return int(m.group(1)) if m else None


def find_written_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Questions followed by an "(Cllr X, Y Council)" trailer, then their answers."""
    blocks = paper.blocks
    trailers = [
        i for i, b in enumerate(blocks)
        if i not in used and b.kind != "table" and _TRAILER.match(clean(b.text))
    ]
    found: list[_Found] = []
    starts = [_question_start(blocks, t, trailers[k - 1] if k else -1, used)
              for k, t in enumerate(trailers)]
    for k, t in enumerate(trailers):
        m = _TRAILER.match(clean(blocks[t].text))
        assert m is not None
        asker, affiliation = m.group("who") or m.group("who2"), m.group("aff") or m.group("aff2")
        q_first = starts[k]
        stop = starts[k + 1] if k + 1 < len(trailers) else len(blocks)
        answer_blocks = _answer_run(blocks, t + 1, stop)
        q_blocks = list(range(q_first, t))
        if not q_blocks:
            continue
        found.append(_written(paper, q_blocks, t, answer_blocks, asker, affiliation))
    for item in found:
        used.update(item.blocks)
    return found


def _question_start(blocks: list[Block], trailer: int, previous: int, used: set[int]) -> int:
    """First block of the question that ends just before ``trailer``."""
    index = trailer - 1
    first = trailer
    while index > previous and index not in used:
        block = blocks[index]
        if _is_boundary(block) or (looks_like_title(block) and index != trailer - 1):
            break
        if _answer_like(block, pronouns=True) and index != trailer - 1:
            break
        first = index
        if _marker_number(block) is not None:
            break
        index -= 1
    return first


def _written(
    paper: Paper, q_blocks: list[int], trailer: int, a_blocks: list[int],
    asker: str | None, affiliation: str | None,
) -> _Found:
    blocks = paper.blocks
    answer, respondent = _answer_text([blocks[i] for i in a_blocks])
    last = a_blocks[-1] if a_blocks else trailer
    if asker and not affiliation:
        asker, affiliation = _split_affiliation(clean(asker))
    return _Found(
        question=_join(blocks[i] for i in q_blocks),
        answer=answer,
        asker=clean(asker) if asker else None,
        affiliation=clean(affiliation).rstrip(".") if affiliation else None,
        respondent=respondent,
        blocks=[*q_blocks, trailer, *a_blocks],
        start=blocks[q_blocks[0]].start,
        end=blocks[last].end,
    )
