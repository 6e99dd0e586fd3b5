"""Who said and who asked what: the subjects of speech and ask verbs in reported speech."""

from __future__ import annotations

import re

_HONORIFIC = (
    r"(?:Cllr|Councillor|Mr|Mrs|Ms|Mx|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Prof(?:essor)?|"
    r"Rev(?:d|erend)?)\.?"
)


_CAP = r"[A-Z][\w'’&.-]*"


_SUBJECT = (
    rf"(?:[Tt]he\s+)?{_CAP}(?:\s+(?:{_CAP}|of|for|and|&|the)){{0,5}}?"
    r"(?:\s*\([^()]{1,80}\))?"
)


_SPEECH_VERBS = (
    r"said|says|advised|stated|explained|replied|responded|answered|confirmed|reported|"
    r"noted|added|commented|acknowledged|indicated|highlighted|talked|clarified|assured|"
    r"informed|outlined|emphasi[sz]ed|stressed|accepted|agreed|undertook|reassured|"
    r"recogni[sz]ed|believed|thought|felt|considered|told|described|offered|explained|"
    # "The Commissioner gave that assurance, noting that ..."
    r"gave\s+(?:that\s+|this\s+|an?\s+|the\s+|her\s+|his\s+)?(?:assurances?|reassurances?|"
    r"undertaking|update|explanation|commitment)"
)


_SPEECH = re.compile(
    rf"(?:(?<=^)|(?<=,\s)|(?<=;\s)|(?<=\.\s)|(?<=\?\s)|(?<=:\s))(?P<who>{_SUBJECT}|[Hh]e|[Ss]he|"
    rf"[Tt]hey)\s+(?:also\s+|further\s+|then\s+|subsequently\s+|clearly\s+)?"
    rf"(?P<verb>{_SPEECH_VERBS})\b"
)


_ASK_VERBS = (
    r"asked|queried|enquired|inquired|questioned|wondered|probed|pressed|challenged|"
    r"sought\s+(?:clarity|clarification|assurances?|reassurances?|an?\s+update|confirmation|"
    r"information|further\s+information|details|views)|"
    r"requested\s+(?:an?\s+update|information|details|clarification|confirmation|"
    r"further\s+information|figures|data)|"
    r"wanted\s+to\s+know|wished\s+to\s+know|asked\s+a\s+supplementary\s+question|"
    r"raised\s+(?:a\s+)?(?:question|query|queries|concerns?)|expressed\s+concerns?"
)


_ASKER = (
    r"(?:(?:[Aa]n?|[Tt]he|One|Another)\s+(?:[\w'’-]+\s+){0,3}?(?:[Mm]embers?|[Cc]hair(?:man|"
    r"woman|person)?|[Vv]ice[- ][Cc]hair\w*|[Cc]ouncillors?)(?:\s+of\s+the\s+\w+)?"
    # "Mrs A Smith of Hollowby asked": the asker and where they come from
    rf"|{_HONORIFIC}\s+(?:{_CAP}\s+){{0,3}}{_CAP}(?:\s*\([^()]{{1,80}}\)"
    rf"|\s+(?:of|from)\s+{_CAP}(?:\s+{_CAP}){{0,2}})?"
    rf"|(?:[Tt]he\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}|[Hh]e|[Ss]he|[Tt]hey|Members)"
)


_ASK = re.compile(
    rf"(?:(?<=^)|(?<=,\s)|(?<=;\s)|(?<=\s))(?P<who>{_ASKER})\s+(?:also\s+|further\s+|then\s+|"
    rf"subsequently\s+|had\s+|specifically\s+)?(?P<verb>{_ASK_VERBS})\b(?!\s+to\s+(?:note|"
    r"consider|agree|approve|endorse|comment|review|receive|support|scrutinise))"
)


_ASK_VERB = re.compile(rf"\b(?:{_ASK_VERBS})\b")


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:also\s+)?$", re.IGNORECASE)


_PRONOUN = re.compile(r"^(?:he|she|they|it|this)$", re.IGNORECASE)


_NOT_PERSON = re.compile(
    r"^(?:the\s+)?(?:paper|report|table|data|figures?|model|plan|review|survey|update|"
    r"following|meeting|notes|minutes|item|this|it|there|which|that|who|what|it)\b",
    re.IGNORECASE,
)


def who(text: str | None) -> str | None:
    """A person or role as written, without a leading "the" or a trailing "(role)"."""
    if not text:
        return None
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip())
    text = re.sub(r"^[Tt]he\s+", "", text).strip(" ,.;:")
    return text or None


def speaker(text: str, *, limit: int = 240) -> tuple[str | None, int]:
    """Who speaks in the opening of ``text`` (subject of a speech verb) and where.

    Returns (name or None, offset of the subject). Pronouns are returned as written so the
    caller can decide what they refer to.
    """
    for m in _SPEECH.finditer(text[:limit]):
        name = m.group("who")
        if _NOT_PERSON.match(name):
            continue
        return who(name), m.start()
    return None, -1


_AND_ASK = re.compile(rf"(?:,\s*|\s)and\s+(?:also\s+|then\s+)?(?:{_ASK_VERBS})\b")


_CLAUSE_SUBJECT = re.compile(
    rf"(?:(?<=^)|(?<=,\s)|(?<=\s))(?P<who>{_ASKER})\s+(?:also\s+)?"
    r"(?:[a-z]+ed|said|sought|made|gave|had|was|felt|thought|welcomed)\b"
)


def _ask_in(text: str, start: int, end: int) -> tuple[str | None, int]:
    """(asker, end of the ask verb) of the first question asked in ``text[start:end]``.

    "X asked ..." names the asker before the verb; in "X noted ... and asked ..." the
    asker is the subject of the sentence's first clause.
    """
    if not _ASK_VERB.search(text, start, end):
        return None, -1  # every form below needs an ask verb: one cheap look first
    named = _APPOSITIVE.search(text, start, end)  # "Mr Hart, a member of the public, asked"
    if named:
        return named.group("name"), named.end()
    m = _ASK.search(text, start, end)
    if m and not _PASSIVE.search(text[max(start, m.start() - 12):m.start()]) \
            and not _NOT_PERSON.match(m.group("who")):
        return m.group("who"), m.end()
    m = _AND_ASK.search(text, start, end)
    if m:
        subjects = [c.group("who") for c in _CLAUSE_SUBJECT.finditer(text, start, m.start())
                    if not _NOT_PERSON.match(c.group("who"))]
        if subjects:
            return subjects[-1], m.end()
    return None, -1


_APPOSITIVE = re.compile(
    rf"(?P<name>{_HONORIFIC}\s+{_CAP}(?:\s+{_CAP}){{0,2}}),\s+(?:a|an|the)\s+[^,]{{3,60}},\s*"
    rf"(?:also\s+|then\s+)?(?:{_ASK_VERBS})\b"
)


_ADDRESSEE = re.compile(
    rf"\s+(?P<to>{_HONORIFIC}\s+(?:{_CAP}\s+){{0,2}}{_CAP}|(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,2}})"
    r"\s+(?:to|whether|if|about|for|what|how|why|when)\b"
)


def _addressee(text: str, verb_end: int) -> str | None:
    """Who a question was put to: "asked Mr Paul to ...", "asked the Commissioner whether"."""
    m = _ADDRESSEE.match(text, verb_end)
    return who(m.group("to")) if m else None


def _continues_question(text: str, span: tuple[int, int], asker: str) -> bool:
    sentence = text[span[0]:span[1]]
    m = _ASK.search(sentence)
    return bool(m and m.start() < 40 and _PRONOUN.match(m.group("who")))
