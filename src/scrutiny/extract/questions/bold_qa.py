"""Questions set apart: bold and ending "?", followed by an answer label, or a plain
numbered "...?" line in a paper of questions."""

from __future__ import annotations

import re

from scrutiny.extract.context import _NUMBERED, body, clean, looks_like_title
from scrutiny.extract.questions.answers import _answer_text, answer_label
from scrutiny.extract.questions.found import (
    _QUESTION_LABEL,
    _Found,
    _join,
    is_heading,
    is_resolution,
    is_rule,
    strip_question_label,
)
from scrutiny.extract.questions.headed import match_header
from scrutiny.extract.questions.respondents import section_roles
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper

_BOLD_WRAP = re.compile(r"^\s*(?:[○o•▪◦●■\-–]\s+)?\*\*(?P<q>.+?)\*\*\s*$")


def _bold_question(block: Block) -> str | None:
    """The question text of a bold question block, or None."""
    if block.kind == "table":
        return None
    text = block.text.strip()
    m = _BOLD_WRAP.match(text)
    if m:
        text = m.group("q")
    elif not block.bold:
        return None
    text = strip_question_label(body(text))
    return text if len(text) >= 10 else None


def find_bold_questions(paper: Paper, used: set[int]) -> list[_Found]:
    """Questions set apart by a following "X response:" label, or bold and ending "?".

    A question wrapped over two blocks (a PDF line break read as a new paragraph) is
    joined back: a question block that opens in lower case takes in the block before.
    Each answer runs to the next question, heading or bold line.
    """
    blocks = paper.blocks
    roles = section_roles(paper)
    candidates = _bold_candidates(blocks, used, questions_sections(paper))
    starts = [_wrapped_start(blocks, i, used) for i, _ in candidates]
    found: list[_Found] = []
    for k, (index, question) in enumerate(candidates):
        stop = starts[k + 1] if k + 1 < len(candidates) else len(blocks)
        answer_blocks = _bold_answer_run(blocks, index + 1, stop, used)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if not answer_blocks and not (following and answer_label(following.text)):
            continue
        first = starts[k]
        if first < index:
            question = " ".join([_join(blocks[first:index]), question])
        answer, respondent = _answer_text([blocks[i] for i in answer_blocks])
        last = answer_blocks[-1] if answer_blocks else index
        used_now = [*range(first, index + 1), *answer_blocks]
        asker, default_respondent = roles[first]
        found.append(_Found(question, answer, asker, None, respondent or default_respondent,
                            used_now, blocks[first].start, blocks[last].end))
        used.update(used_now)
    return found


def _bold_candidates(
    blocks: list[Block], used: set[int], plain: list[bool]
) -> list[tuple[int, str]]:
    """Blocks that set a question apart: an answer label follows, or it is bold (or, in a
    paper of questions, a plain numbered line) ending with "?"."""
    candidates = []
    for index, block in enumerate(blocks):
        if index in used:
            continue
        question = _labelled_question(blocks, index)
        if question is None:
            question = _bold_question(block) or (_plain_question(block) if plain[index] else None)
            if not question or not question.rstrip().endswith("?"):
                continue
        if not match_header(question) and not _bare_label(blocks, index - 1) \
                and not _SUPPLEMENTARY.match(clean(block.text)):
            candidates.append((index, question))
    return candidates


# "Supplementary question: ..." belongs to the label finder, which knows who asked it
# (the member whose question it follows)
_SUPPLEMENTARY = re.compile(r"^\W*supplementary\s+question", re.IGNORECASE)


def _short_title(block: Block) -> bool:
    """A few plain words on their own ("Summary", "Next steps"): a new section."""
    text = body(block.text)
    return (
        not block.italic
        and looks_like_title(block)
        and len(text.split()) <= 6
        and not re.search(r"\d", text)
    )


def _plain_question(block: Block) -> str | None:
    """A numbered or bulleted line that is one short question, in a paper of questions."""
    if block.kind != "list_item" and not _NUMBERED.match(block.text):
        return None
    text = strip_question_label(body(block.text))
    return text if 10 <= len(text) <= 600 and text.count("?") <= 3 else None


def questions_sections(paper: Paper) -> list[bool]:
    """Which blocks sit in a paper or section of questions (a "Questions ..." heading up
    to the next heading), where a plain "...?" line can be taken as a question."""
    blocks = paper.blocks
    if paper.kind == "questions":
        return [True] * len(blocks)
    inside = False
    flags: list[bool] = []
    for block in blocks:
        if block.kind == "heading" or (block.bold and looks_like_title(block)):
            inside = bool(re.search(r"\bquestions\b", block.text, re.IGNORECASE))
        flags.append(inside)
    return flags


def _bare_label(blocks: list[Block], index: int) -> bool:
    """Is block ``index`` a label alone ("Supplementary question", "Question 2:")?

    The question under such a label belongs to the label finder, which knows who asked.
    """
    if index < 0 or blocks[index].kind == "table":
        return False
    text = clean(blocks[index].text)
    m = _QUESTION_LABEL.match(text)
    return m is not None and not text[m.end():].strip()


def _labelled_question(blocks: list[Block], index: int) -> str | None:
    """The text of a block that an answer label follows, whatever its formatting."""
    block = blocks[index]
    if block.kind == "table" or index + 1 >= len(blocks) or answer_label(block.text):
        return None
    if answer_label(blocks[index + 1].text) is None:
        return None
    text = strip_question_label(body(block.text))
    if block.kind == "heading" and not text.endswith("?"):
        return None
    if "?" not in text and (_FINDING_START.match(text) or not _ASKING_START.match(text)):
        # "Recommendation 3: ..." then "PCC response:" answers a report, not a question
        return None
    return text if len(text) >= 10 else None


_ASKING_START = re.compile(
    r"^(?:what|how|when|why|where|who|which|whether|is|are|was|were|does|do|did|has|have|"
    r"can|could|will|would|should|please|provide|explain|describe|confirm|outline|set\s+out|"
    r"give|tell|update|i\s+note|i\s+understand|i\s+believe|with\s+regards?\s+to|"
    r"in\s+relation\s+to|regarding|given|following|noting|further\s+to)\b",
    re.IGNORECASE,
)


_FINDING_START = re.compile(
    r"^(?:recommendation|afi|area\s+for\s+improvement|cause\s+of\s+concern|finding)s?\b",
    re.IGNORECASE,
)


def _wrapped_start(blocks: list[Block], index: int, used: set[int]) -> int:
    """First block of a question whose text was broken across blocks."""
    first = index
    while (
        first > 0
        and first - 1 not in used
        and re.match(r"^[a-z]", body(blocks[first].text))
        and blocks[first - 1].kind in ("paragraph", "list_item")
        and not clean(blocks[first - 1].text).endswith((".", "?", "!", ":"))
    ):
        first -= 1
    return first


def _bold_answer_run(blocks: list[Block], first: int, stop: int, used: set[int]) -> list[int]:
    run: list[int] = []
    for index in range(first, stop):
        block = blocks[index]
        if index == first and index not in used and answer_label(block.text):
            run.append(index)  # a "Response" heading opens the answer
            continue
        if index in used or is_heading(block) or is_resolution(block.text) or is_rule(block):
            break
        if block.bold or _BOLD_WRAP.match(block.text) or _short_title(block):
            break
        run.append(index)
    return run
