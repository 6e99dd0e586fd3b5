"""Statistics from running text, sentence by sentence, with what a paragraph lends its
figures (a period set earlier, a subject, a topic).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from scrutiny.extract.base import source_for
from scrutiny.extract.statistics_cleanup import (
    _clean,
    _duration,
    _plausible,
    _weak,
    _without_periods,
)
from scrutiny.extract.statistics_measure import TOPIC, _reading
from scrutiny.extract.statistics_periods import (
    BASELINE,
    _compared,
    _nearest_period,
    _periods,
    _place,
    _side_of_comparison,
)
from scrutiny.extract.statistics_phrases import Reading
from scrutiny.extract.statistics_special import _inside_measures, _parenthetical, _special_reading
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import Period, parse_period
from scrutiny.parse.measures import measure_key
from scrutiny.parse.quantities import WORD_NUMBER, Quantity, find_quantities
from scrutiny.records import Statistic

# --- prose --------------------------------------------------------------------------------------

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£(])|(?<=;)\s+")
# Anything ``find_quantities`` could read as a figure has a digit or a number word; a
# paragraph with neither (most of a paper) states no statistic and is not read sentence
# by sentence.
DIGIT = re.compile(r"\d")
NUMBER_WORD = re.compile(rf"(?<![\w-])(?:{WORD_NUMBER})(?![\w-])", re.IGNORECASE)


def _may_hold_figure(text: str) -> bool:
    """A digit (a cheap scan) or a number word (a slower one, only when there is no digit)."""
    return bool(DIGIT.search(text) or NUMBER_WORD.search(text))


@lru_cache(maxsize=2048)
def _sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, sentence) pairs; cached, since a paragraph's sentences are asked for by
    the context walk and again by the figures of the paragraph."""
    out: list[tuple[int, str]] = []
    position = 0
    for m in SENTENCE.finditer(text):
        out.append((position, text[position:m.start()]))
        position = m.end()
    out.append((position, text[position:]))
    return tuple(out)


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` (what opens a paragraph), without splitting the rest."""
    m = SENTENCE.search(text)
    return text[:m.start()] if m else text


def _unit(q: Quantity, measure: str) -> str:
    if q.unit != "count" or q.ordinal:  # "14th for crime per 1,000 people" is a rank
        return q.unit
    lower = measure.lower()
    if re.search(r"\bper\s+[\d,]+", lower):
        return "ratio"  # "2.1 officers per 1,000 population"
    if re.search(r"\bfte\b", lower):
        return "fte"
    if re.search(r"^(?:average\s+)?days?\b|\bdays?\s+(?:lost|per|to|of|taken)\b", lower):
        return "days"  # "average days lost per officer"; not "3 engagement days"
    if re.search(r"^(?:average\s+)?hours?\b|\bhours?\s+(?:lost|per|to|of|taken)\b", lower):
        return "hours"
    return "count"


def _statistic(paper: Paper, measure: str, q: Quantity, unit: str, period: str | None,
               place: str | None, start: int, end: int, value: float | None = None) -> Statistic:
    resolved: Period | None = parse_period(period, reference=paper.date) if period else None
    return Statistic(
        measure=measure[:1].upper() + measure[1:], value=q.value if value is None else value,
        unit=unit,  # type: ignore[arg-type]
        period=period, place=place, measure_key=measure_key(measure),
        period_start=resolved.start if resolved else None,
        period_end=resolved.end if resolved else None,
        source=source_for(paper.document, start, end),
    )


def _prose(block: Block, paper: Paper, lead_period: str | None, lead_context: str | None,
           offset0: int = 0, text: str | None = None,
           section_topic: str | None = None,
           subject: Callable[[], str | None] | None = None) -> list[Statistic]:
    """Statistics of a paragraph (or a table cell of running text), sentence by sentence;
    a figure may borrow its noun or its period from an earlier sentence of the paragraph.
    ``subject`` is asked for only when the paragraph has a figure to lend it to."""
    out: list[Statistic] = []
    text = block.text if text is None else text
    if not _may_hold_figure(text):  # a sentence's figure is a figure of its paragraph too
        return out
    sentences = _sentences(text)
    figured = [_may_hold_figure(sentence) for _, sentence in sentences]
    # Sentences after the last that may hold a figure lend nothing to any figure.
    last = max((k for k, may in enumerate(figured) if may), default=-1)
    block_period: str | None = None
    previous: Reading | None = None
    topic: str | None = section_topic
    stated: dict[tuple[float, str], set[str]] = {}
    asked: str | None = None  # what a question in the paragraph asked the number of
    for (offset, sentence), may in zip(sentences[:last + 1], figured, strict=False):
        quantities = find_quantities(sentence) if may else []
        periods = _periods(sentence)
        topic_match = TOPIC.match(sentence)
        topic = _clean(topic_match.group("t")) if topic_match else topic
        if quantities:
            carried = None if PRESENT_TENSE.search(sentence) else block_period
            carried = _year_after_baseline(sentence, periods) or carried
            found, previous = _sentence_statistics(
                paper, sentence, quantities, periods, (carried, lead_period), previous,
                block.start + offset0 + offset, topic)
            # A figure restated later in the paragraph ("... 35.2%. At 35.2%, the highest
            # on record") is one claim, not two.
            found = [f for f in found if not set((f.measure_key or "").split())
                     & stated.get((f.value, f.unit), set())]
            for f in found:
                stated.setdefault((f.value, f.unit), set()).update((f.measure_key or "").split())
            found = _in_questioners_words(found, asked)
            out.extend(_with_subject(_with_context(found, lead_context),
                                     subject() if subject and found else None))
        asked = _asked_for(sentence, periods) or asked
        own = [label for start, _, label in periods
               if not BASELINE.search(sentence[max(0, start - 32):start])]
        if own and not quantities and EVENT_DATE.search(sentence):
            own = []  # "published its report in February 2024": when, not what for
        if own:
            block_period = own[-1]
        block_period = _year_after_baseline(sentence, periods) or block_period
    return out


# A sentence that dates an event (a report published, an inspection carried out) says when
# it happened; the figures after it ("The report contained five recommendations") are not
# for that month.
EVENT_DATE = re.compile(r"\b(?:published|publishes|inspected|visited|carried\s+out|conducted|"
                        r"undertook|took\s+place|issued\s+(?:its|their|the)\s+report)\b",
                        re.IGNORECASE)


ASKED_FOR = re.compile(r"\basked\s+(?:how\s+many|how\s+much|what\s+(?:number|proportion|"
                       r"percentage)\s+of)\s+(?P<np>[^?.;]{3,140})", re.IGNORECASE)


def _asked_for(sentence: str, periods: list[tuple[int, int, str]]) -> str | None:
    """What a question asks the number of: "asked how many victims had been referred to
    the Victim Care Service in 2023/24" -> "victims referred to the Victim Care Service"."""
    match = ASKED_FOR.search(sentence)
    if not match:
        return None
    phrase = match.group("np")
    for start, end, _ in periods:
        if match.start("np") <= start:
            label = sentence[start:end]
            phrase = phrase.replace(label, " ")
    phrase = re.sub(r"\b(?:had|have|has)\s+been\s+|\b(?:were|was|are|is|did|do|does)\s+", "",
                    phrase)
    phrase = re.sub(r"\s+(?:in|during|for|over|by|since)\s*$", "", " ".join(phrase.split()))
    return _clean(phrase) or None


def _in_questioners_words(found: list[Statistic], asked: str | None) -> list[Statistic]:
    """An answer's figure is named in the question's words when its measure only repeats
    some of them ("9,412 victims had been referred" after "how many victims had been
    referred to the Victim Care Service")."""
    if not asked:
        return found
    words = set(asked.lower().split())
    for statistic in found:
        change = re.match(r"(?:increase|decrease)\s+in\s+", statistic.measure, re.I)
        core = statistic.measure[change.end():] if change else statistic.measure
        if core and set(core.lower().split()) <= words and core.lower() != asked.lower():
            lead = change.group(0) if change else ""
            measure = f"{lead}{asked}" if lead else asked
            statistic.measure = measure[:1].upper() + measure[1:]
            statistic.measure_key = measure_key(statistic.measure)
    return found


def _year_after_baseline(sentence: str, periods: list[tuple[int, int, str]]) -> str | None:
    """A sentence that names only its baseline ("fell by 3.2% compared with April to
    September 2023") is about the same span a year on ("April to September 2024"). None
    when the sentence names its own period or the baseline names no year."""
    baselines = [(start, label) for start, _, label in periods
                 if BASELINE.search(sentence[max(0, start - 32):start])]
    if not baselines or len(baselines) != len(periods):
        return None
    label = baselines[-1][1]
    if not re.search(r"\b(?:19|20)\d{2}\b", label):
        return None
    shifted = re.sub(r"\b((?:19|20)\d{2})(?:(/)(\d{2}))?\b", _next_year, label)
    return re.sub(r"^(?:the\s+)?(?:same\s+period\s+(?:in|of)\s+)", "", shifted)


def _next_year(match: re.Match[str]) -> str:
    year = int(match.group(1)) + 1
    if match.group(2):
        return f"{year}/{(int(match.group(3)) + 1) % 100:02d}"
    return str(year)


# A sentence about the present ("It now has 4,120 officers") does not take the period of
# the sentence before it.
PRESENT_TENSE = re.compile(r"\b(?:now|currently|at\s+present|presently|today|as\s+it\s+stands|"
                           r"at\s+the\s+moment)\b", re.IGNORECASE)


CHANGE_MEASURE = re.compile(r"^(?:increase|decrease|difference|funding|national\s+ranking)\b", re.I)
CONTINUES = re.compile(r"^\W*(?:as|this|these|they|it|in\s+addition|additionally|also|further)\b|"
                       r"\b(?:the|this)\s+(?:\w+\s+)?(?:team|unit|squad|group|service|scheme|"
                       r"project|initiative|operation|phase|stage|campaign)\b", re.IGNORECASE)


def _with_subject(found: list[Statistic], subject: str | None) -> list[Statistic]:
    """A bare measure ("arrests", "warrants") counts something of the paragraph's subject
    ("The Crime Squad ... made 112 arrests" -> "Crime Squad arrests")."""
    if not subject:
        return found
    for statistic in found:
        core = re.split(r"\s+(?:for|in|of|on|at|by|during|with|to|from)\s+",
                        re.sub(r"\([^()]*\)", "", statistic.measure))[0]
        words = statistic.measure.split()
        if len(core.split()) <= 2 and not CHANGE_MEASURE.match(statistic.measure) and not set(
                subject.lower().split()) & {w.lower() for w in words}:
            statistic.measure = f"{subject} {statistic.measure[:1].lower()}{statistic.measure[1:]}"
            statistic.measure_key = measure_key(statistic.measure)
    return found


OPENER = re.compile(
    r"^\W*(?:noting|reporting|referring\s+to|highlighting|regarding|turning\s+to|"
    r"with\s+regards?\s+to|in\s+terms\s+of|in\s+relation\s+to)\s+(?:that\s+)?(?:the\s+|an?\s+)?"
    r"(?:(?:good|small|slight|significant|large|continued|sustained|further)\s+)?"
    r"(?:(?:reduction|increase|decrease|rise|fall|decline)\s+in\s+)?(?P<s>[^,]{3,160}),",
    re.IGNORECASE)
NAME_WORDS = r"(?P<s>[A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|of|and))*\s+[A-Z][a-z]+)"
OPENING_NAME = re.compile(rf"^\W*(?:[A-Za-z ]{{3,30}}:\W*)?(?:The\s+)?{NAME_WORDS}\s+[a-z]")
TOOK_PART = re.compile(rf"\b(?:took\s+part\s+in|participated\s+in|joined|supported)\s+(?:the\s+)?"
                       rf"{NAME_WORDS}")
QUOTED_NAME = re.compile(r"['‘\"“](?P<s>[A-Z][^'’\"”]{2,40})['’\"”]\s+(?P<kind>project|operation|"
                         r"scheme|initiative|campaign|programme|pilot)\b")
NAMED_THAT = re.compile(rf"\bthat\s+(?:the\s+)?{NAME_WORDS}\s+(?:was|were|is|are|has|had)\b")
NOT_SUBJECT = re.compile(r"\b(?:Police|Constabulary|Commissioner|Constable|Panel|Board|Council|"
                         r"Officer|Office|Chairman|Member|Government|Minister|Secretary)$|^(?:The|"
                         r"This|These|Force|Chief|Deputy|Assistant|Mr|Mrs|Ms|Miss|Dr|Cllr|"
                         r"Councillor|Sir|Dame|Lord|Lady|Professor|Superintendent|Inspector|"
                         r"Sergeant|Commander|Between|In|During|From|Since|For|Over|By|Until|"
                         r"After|Before)\b|\b(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\b")
# A name followed by one of these is a person speaking, not what the paragraph is about.
SPEAKS = re.compile(r"^\s+(?:asked|said|queried|questioned|enquired|noted|added|replied|"
                    r"responded|explained|stated|reported|commented|wondered|sought)\b",
                    re.IGNORECASE)
SUBJECT_END = re.compile(r"\s+(?:was|were|is|are|has|have|had|showing|submitted|by|on\s+behalf|"
                         r"which|that|who|continue[sd]?|in|for)\b.*$", re.IGNORECASE)


def _paragraph_subject(text: str) -> str | None:
    """What a paragraph is about, from its first sentence: "With regards to the Super
    Complaint, ...", "Noting Burglary Residential was ...", or a name it opens with
    ("The Crime Squad continue to ...", "... that Operation Voice was a campaign")."""
    first = _first_sentence(text)[:300]
    opener = OPENER.match(first)
    if opener:
        subject = _clean(SUBJECT_END.sub("", opener.group("s")))
        return subject if subject and not _weak(subject) and len(subject.split()) <= 6 else None
    quoted = QUOTED_NAME.search(first)
    if quoted:  # "The first 'Clear, Hold, Build' project has been undertaken"
        return f"{quoted.group('s')} {quoted.group('kind')}"
    for name in (OPENING_NAME.match(first), NAMED_THAT.search(first), TOOK_PART.search(first)):
        candidate = re.sub(r"^The\s+", "", name.group("s")) if name else ""
        speaks = name is not None and SPEAKS.match(first[name.end("s"):])
        if len(candidate.split()) >= 2 and not NOT_SUBJECT.search(candidate) and not speaks:
            return candidate
    return None


def _with_context(found: list[Statistic], context: str | None) -> list[Statistic]:
    if not context:
        return found
    for statistic in found:
        if context.lower() not in statistic.measure.lower():
            statistic.measure = f"{statistic.measure} ({context})"
            statistic.measure_key = measure_key(statistic.measure)
    return found


def _sentence_statistics(paper: Paper, sentence: str, quantities: list[Quantity],
                         periods: list[tuple[int, int, str]],
                         fallback: tuple[str | None, str | None],
                         previous: Reading | None, base: int, topic: str | None
                         ) -> tuple[list[Statistic], Reading | None]:
    out: list[Statistic] = []
    place = _place(sentence)
    inside = _inside_measures(sentence, quantities)
    for index, q in enumerate(quantities):
        if q.start in inside:
            continue
        reading = (_parenthetical(sentence, q, quantities[index - 1] if index else None,
                                  previous)
                   or _special_reading(sentence, q, previous)
                   or _reading(sentence[:q.start], sentence[q.end:], q, previous, topic))
        if reading is None:
            continue
        measure = _without_periods(reading.measure, periods, sentence)
        unit = _unit(q, measure)
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        if unit == "count" and following is not None and following.unit != "count" and \
                re.fullmatch(r"\s*to\s*", sentence[q.end:following.start]) and \
                re.search(r"\bfrom\s+$", sentence[:q.start]):
            unit = following.unit  # "rose from 14 to 21 fte": both levels are in fte
        if unit == "count" and re.match(r"(?:Increase|Decrease|Difference)\b", measure) and \
                re.match(r"\s*points?\b", sentence[q.end:]):
            unit = "percentage_points"  # "rose by 3 points to 88%": a change in a rate
            measure = re.sub(r"\s*\(points\)$", "", measure)
        if not _plausible(measure) or (unit == "count" and _duration(measure)):
            continue
        if reading.borrowed and unit == "count" and previous and previous.unit in {
                "fte", "days", "hours"}:
            unit = previous.unit  # "28.15 fte for September, 14.00 fte for October and 9 for ..."
        reading.unit = unit
        previous = reading
        # A period set earlier in the paragraph ("This year, ...") carries on.
        period = _nearest_period(periods, q, sentence, quantities) or fallback[0] or fallback[1]
        period = _side_of_comparison(period, periods, sentence, q)
        if CHANGE_MEASURE.match(measure):
            period = _compared(period, periods, sentence)
        if reading.timeless:
            period = None
        out.append(_statistic(paper, measure, q, unit, period, place,
                              base + q.start, base + q.end))
    return out, previous
