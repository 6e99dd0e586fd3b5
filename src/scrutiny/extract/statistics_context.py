"""What the blocks read so far lend the next one: a table's caption, a list's lead-in,
a question's topic, a paragraph's subject; and agenda-style enumerations that are not
figures.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from scrutiny.extract.statistics_cleanup import JUNK, LEADING_JUNK, _clean
from scrutiny.extract.statistics_periods import _periods
from scrutiny.extract.statistics_phrases import PARTICIPLE
from scrutiny.extract.statistics_prose import CONTINUES, _first_sentence, _paragraph_subject
from scrutiny.ingest.document import Block

# --- the extractor ----------------------------------------------------------------------------


def _lead_in(block: Block) -> tuple[str | None, str | None] | None:
    """A paragraph that introduces a list ("July to October 2024, neighbourhood officers
    recorded attendance at:") lends the short items below it its period and its subject."""
    text = block.text.rstrip()
    if not text.endswith(":"):
        return None
    periods = _periods(text)
    period = periods[-1][2] if periods else None
    clause = text[periods[-1][1]:] if periods else text
    clause = re.split(r"[.;]\s", clause)[-1]
    subject = re.match(rf"\W*(?P<s>(?:[A-Za-z][\w'’-]*\s+){{1,4}}?)(?:{PARTICIPLE}|have|has|"
                       r"were|are)\b", clause)
    context = _clean(subject.group("s")) if subject else None
    if context and (JUNK.match(context) or LEADING_JUNK.match(context + " ") or re.match(
            r"(?:to|this|it|in|for|as|we|they|he|she)\b", context, re.I)):
        context = None
    return period, context


QUESTION_TOPIC = re.compile(r"\b(?:for|of|on)\s+(?P<t>(?:[\w'’-]+\s+){0,4}[\w'’-]+)\s*\W*\?\W*$")
ENUMERATION = re.compile(r"^\s*(\d{1,2})\s+[A-Z]")


def _enumerations(blocks: list[Block]) -> set[int]:
    """Indexes of list items whose leading number is an item number: agenda lines
    "1 Introduction", "2 Apologies" run 1, 2, 3; figures like "703 events" do not."""
    numbers = {}
    for index, block in enumerate(blocks):
        m = ENUMERATION.match(block.text) if block.kind in {"list_item", "heading"} else None
        if m:
            numbers[index] = int(m.group(1))
    items = sorted(numbers)
    out: set[int] = set()
    for prev, nxt in itertools.pairwise(items):
        if numbers[nxt] == numbers[prev] + 1:
            out.update({prev, nxt})
    return out


class _Lazy:
    """A value worked out only when first asked for: most paragraphs hold no figure, so
    their subject (a handful of regexes each) is never needed."""

    def __init__(self, compute: Callable[[], str | None]) -> None:
        self._compute: Callable[[], str | None] | None = compute
        self._value: str | None = None

    def __call__(self) -> str | None:
        if self._compute is not None:
            self._value, self._compute = self._compute(), None
        return self._value


NOTHING = _Lazy(lambda: None)


def _subject_after(text: str, own: _Lazy, carried: _Lazy) -> str | None:
    """A paragraph's own subject, else the one the paragraph before it opened with when
    this one continues it ("This team ...")."""
    return own() or (carried() if CONTINUES.search(_first_sentence(text)[:200]) else None)


@dataclass
class _Context:
    """What the paragraphs read so far lend the next one."""

    caption: str | None = None  # the text before a table introduces it
    lead: tuple[str | None, str | None] | None = None  # a list's lead-in: period, context
    question: str | None = None  # what the last question asked about: "rate for rape?"
    asked_at: int = 0
    _subject: _Lazy = NOTHING  # what this paragraph (or the one before) is about
    _carried: _Lazy = NOTHING  # the subject the paragraph before opened with
    _lead_subject: _Lazy = NOTHING  # the subject of the list's lead-in

    @property
    def subject_of(self) -> Callable[[], str | None]:
        """What this paragraph is about, worked out when called."""
        return self._subject

    @property
    def lead_subject_of(self) -> Callable[[], str | None]:
        """What the list's lead-in was about, worked out when called."""
        return self._lead_subject

    def enter(self, index: int, block: Block) -> None:
        if block.kind == "heading":
            self._subject, self.question = NOTHING, None
        elif block.kind != "table":
            text, carried = block.text, self._carried
            own = _Lazy(lambda: _paragraph_subject(text))
            self._subject = _Lazy(lambda: _subject_after(text, own, carried))
            self._carried = own
        if block.kind == "list_item" and self.lead and len(block.text) < 120:
            return
        self.lead = None

    def leave(self, index: int, block: Block) -> None:
        asked = QUESTION_TOPIC.search(block.text) if block.text.rstrip("*").endswith(
            "?") and len(block.text) < 200 else None
        if asked:
            self.question, self.asked_at = _clean(asked.group("t")), index
        elif index - self.asked_at > 3:
            self.question = None  # a question's topic covers the answer just after it
        lead = _lead_in(block)
        if lead is not None:
            self.lead, self._lead_subject = lead, self._subject
        self.caption = block.text
