"""Labels a finder may leave on a question it found: a numbered answer label ("A1.",
"A 2:") opening the answer, and an asker's lead-in ("Cllr X (Y Council) asked:") opening a
question that names no asker. Papers that number their questions "Q1." / "A1." and put
the asker in the question's own first words are common in every format; whichever finder
reads such a pair, the record is the same."""

from __future__ import annotations

import re

from scrutiny.extract.questions.affiliation import _split_affiliation
from scrutiny.extract.questions.found import _Found
from scrutiny.extract.questions.speech import who

_ANSWER_NUMBER = re.compile(r"^A\s?\d{1,3}[a-z]?\s*[.:)\-–—]\s+")
# "Cllr Ann Ray (Marford District Council) asked:", "Mr T Brown, Lessing, asked the
# following question:" - a person's title or a name of capitalised words, then the verb
_LEAD_IN = re.compile(
    r"^(?P<who>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Prof)\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:\s*\([^()]{2,80}\)|,\s*[^,:]{2,60},?|\s+(?:of|from)\s+[A-Z][^,:]{1,60}?)?)"
    r"\s+(?:asked|queried|enquired|raised|put)(?:\s+the\s+following(?:\s+question)?)?\s*:\s+"
)
# "Asked by: Cllr X (Y Council)  Answer: ..." - an asker field a card sets between the
# question and its answer label, which a finder reads as the answer's first words
_ASKER_FIELD = re.compile(
    r"^(?:asked|submitted|raised|put|questioner)(?:\s+by)?\s*:\s*(?P<who>[^\n]{2,120}?)\s+"
    r"(?:answer|response|reply)(?:\s+\((?P<by>[^()]{2,40})\))?\s*:\s*",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(
    r"^(?P<name>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Prof)\.?\s+[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:of|from)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})$"
)
# "Cllr Ada Vine (Kelby Borough Council): How many ...?", "From Mr Tom Ree, Kelby: When
# ...?" - a label naming the asker (a title is required), then the question itself
_ASKER_LABEL = re.compile(
    r"^(?:(?:question\s+)?(?:from|by)\s+)?(?P<who>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Revd|"
    r"Prof)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\([^()]{2,80}\)|,\s*[^,:]{2,60})?)"
    r"\s*:\s+(?P<q>\S.*)$",
    re.IGNORECASE,
)
_NOT_ASKER = re.compile(r"^(?:The|A|An|Members?|It|This|That|They|He|She)\b")


def tidy_labels(item: _Found) -> _Found:
    """``item`` without a numbered answer label, and with the asker its lead-in names."""
    if item.answer:
        item.answer = _ANSWER_NUMBER.sub("", item.answer, count=1) or None
    if item.respondent and _ANSWER_NUMBER.match(item.respondent + " "):
        item.respondent = who(_ANSWER_NUMBER.sub("", item.respondent + " ", count=1))
    field = _ASKER_FIELD.match(item.answer or "")
    if field:
        item.answer = item.answer[field.end():].strip() if item.answer else None
        item.respondent = item.respondent or who(field.group("by"))
        if item.asker is None:
            item.asker, affiliation = _split_affiliation(field.group("who").strip())
            item.affiliation = item.affiliation or affiliation
    if item.asker is None:
        m = _LEAD_IN.match(item.question)
        if m and not _NOT_ASKER.match(m.group("who")):
            item.asker, affiliation = _split_affiliation(m.group("who").rstrip(", "))
            item.affiliation = item.affiliation or affiliation
    label = _ASKER_LABEL.match(item.question) if item.asker is None else None
    if label:
        item.asker, affiliation = _split_affiliation(label.group("who"))
        item.affiliation = item.affiliation or affiliation
        item.question = label.group("q")
    placed = _FROM_PLACE.match(item.asker or "")
    if placed:  # "Mrs A Smith of Hollowby": a town is dropped later, a body is kept
        item.asker = placed.group("name")
        item.affiliation = item.affiliation or placed.group("place")
    return item
