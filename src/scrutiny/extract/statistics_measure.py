"""What a figure in a sentence measures, from the words around it: which reading applies.

The readings (a change, a noun after the figure, a noun before it with a copula, an
elliptical figure borrowing the noun before it) are described in ``statistics``; the
change and copula readings live in their own modules, this one tries them in order and
holds the noun-after and elliptical readings.
"""

from __future__ import annotations

import re

from scrutiny.extract.statistics_changes import DOWN_WORDS, _change_reading, _with_changed_subject
from scrutiny.extract.statistics_cleanup import JUNK, _clean
from scrutiny.extract.statistics_copula import _copula_reading
from scrutiny.extract.statistics_phrases import (
    AUX,
    IRREGULAR,
    QUALIFIER,
    SAYING_VERBS,
    Reading,
    _noun_after,
    _subject_before,
)
from scrutiny.parse.quantities import Quantity

ADJ_BEFORE = re.compile(r"\b(additional|further|extra|new|total|average|more|remaining|minimum|"
                        r"maximum)\s+(?:of\s+)?$", re.I)


def _reading(before: str, after: str, q: Quantity, previous: Reading | None,
             topic: str | None = None) -> Reading | None:
    """What one figure measures, from the words before and after it (see module doc)."""
    change = _change_reading(before, after, q, previous, topic)
    if change:
        return change
    noun, clause = _noun_after(after, q.unit == "percent")
    lower_higher = re.match(r"\s*(lower|higher|less|more|fewer|down|up)\s+(?:than|on|from)",
                            after, re.I)
    if lower_higher:
        copula = _copula_reading(before)
        word = "Decrease" if DOWN_WORDS.search(lower_higher.group(1)) else "Increase"
        if copula:
            return Reading(f"{word} in {copula.measure}", copula.head)
        if previous is not None and re.search(r",\s*$", before):
            # "9,412 victims had been referred, 6% more than the year before"
            return Reading(f"{word} in {previous.measure[:1].lower()}{previous.measure[1:]}",
                           previous.head)
    fewer = re.match(r"(fewer|less|more)\s+(.+)$", noun or "", re.I)
    if fewer and (re.search(r"\b(?:than|compared)\b", after[:80]) or fewer.group(1).lower()
                  in {"fewer", "less"}):
        # "45 fewer offences than last year", "1,020 fewer incidents": a change, named by
        # what changed (with the subject of a clause before it: "ASB fell, with ...")
        word = "Decrease" if fewer.group(1).lower() in {"fewer", "less"} else "Increase"
        what = _with_changed_subject(before, fewer.group(2)) or fewer.group(2)
        suffix = "" if q.unit == "percent" else " (number)"
        return Reading(f"{word} in {what}{suffix}", fewer.group(2))
    if noun and not re.match(r"(?:of|to|from|for)$", noun, re.I):
        head = re.split(r"\s+(?:of|under|to|for|in)\s+", noun)[0]
        improvement = re.search(r"\bfor\s+improvement", f"{noun} {clause}", re.I)
        if STRUCTURAL.match(head) and not improvement \
                and not GRADED_AFTER.search(after[:120]):
            return None
        return _noun_reading(before, noun, clause, q, topic)
    average = _average_lost(before, after, q)
    if average:
        return average
    copula = _copula_reading(before)
    if copula:
        per = re.match(r"\s*(per|a|each)\s+(person|officer|member|head|day|week|month|year|"
                       r"quarter|district|ward|shift|incident|case)\b", after, re.I)
        if per:  # "an average message share of 9.6 per person"
            copula.measure = f"{copula.measure} per {per.group(2)}"
        return copula
    if topic and TOPIC.match(before):  # "In terms of confirmed leavers, there are 28 fte"
        return Reading(topic, topic, True)
    if clause and q.unit == "percent" and not noun and (
            previous is None or clause.split()[0].lower() in SAYING_VERBS):
        return Reading(_clean(clause), "")  # "87% reported they were better able to cope"
    spent = _time_spent(before, after, q) if not noun else None
    if spent:
        return spent
    if previous is not None:
        return _elliptical(after, clause, previous)
    if topic:
        return Reading(topic, topic)
    return None


AVERAGE_LOST = re.compile(r"(?P<who>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                          r"(?:have\s+|had\s+|each\s+)?lost\s+an\s+average\s+of\s+$")
LOST_TO = re.compile(r"\s+(?:to|through|due\s+to|because\s+of)\s+"
                     r"(?P<why>[a-z][\w-]*(?:\s+absence)?)")


def _average_lost(before: str, after: str, q: Quantity) -> Reading | None:
    """"Officers lost an average of 8.7 days to sickness" -> "Average days lost to sickness
    per officer": an average of time lost, named by who lost it and to what."""
    if q.unit not in {"days", "hours"}:
        return None
    who = AVERAGE_LOST.search(before)
    why = LOST_TO.match(after)
    if not who or not why:
        return None
    words = [w for w in who.group("who").lower().split() if w != "each"]
    if not words:
        return None
    person = re.sub(r"s$", "", words[-1])
    measure = f"Average {q.unit} lost to {why.group('why')} per {person}"
    return Reading(measure, measure)


def _time_spent(before: str, after: str, q: Quantity) -> Reading | None:
    """"Officers lost 5,200 working days to sickness" -> "Days lost to sickness": a span
    of time with no noun is named by the verb that spent it."""
    if q.unit not in {"days", "hours"}:
        return None
    verb = re.search(r"\b(?P<v>lost|spent|taken|took|saved|gained|worked|volunteered|gave|"
                     r"given|delivered|provided|cost)\s+(?:an?\s+(?:total|average)\s+of\s+)?$",
                     re.sub(QUALIFIER + "$", "", before))
    if not verb:
        return None
    tail = re.match(r"\s+(?P<t>(?:to|on|in|for|through|by)\s+[a-z][^,.;()\d]{2,40}?)"
                    r"(?=\s+(?:in|during|since|and|compared)\b|[,.;()]|$)", after)
    word = {"took": "taken", "gave": "given"}.get(verb.group("v"), verb.group("v"))
    measure = f"{q.unit.capitalize()} {word} {tail.group('t') if tail else ''}".strip()
    return Reading(measure, q.unit)


def _noun_reading(before: str, noun: str, clause: str, q: Quantity,
                  topic: str | None) -> Reading:
    """"182 stops were completed", "Additional sixty-nine officers posted to ...",
    "Road Safety Unit – Eight officers", "the Force recorded 15,500 shoplifting offences"."""
    trimmed = re.sub(QUALIFIER + "$", "", before)
    adjective = ADJ_BEFORE.search(trimmed)
    label = re.search(r"(?P<label>(?:[A-Z(][\w()'’-]*\s+){1,6})[–—-]\s+$", before)
    head = noun
    if adjective and adjective.group(1).lower() not in {"more", "total"}:
        head = f"{adjective.group(1)} {noun}"
    if not clause:
        clause = _verb_before(trimmed)
    measure = f"{head} {clause}".strip()
    owner = WITH_OWNER.search(trimmed)
    if label and q.unit == "count":
        measure = f"{label.group('label').strip()} {measure}"
    elif owner and q.unit == "count" and len(noun.split()) <= 2:
        # "the Learning Programme (IPLDP) with 60 spaces" -> "IPLDP spaces"
        measure = f"{owner.group('abbr') or owner.group('name')} {measure}"
    elif q.unit == "count" and RESPONSES.fullmatch(noun.lower()) and _what_received(trimmed):
        # "the victim survey ... received 1,906 responses" -> "Victim survey responses"
        measure = f"{_what_received(trimmed)} {measure}"
    elif GENERIC.match(noun) and _with_changed_subject(before, noun):
        # "Knife crime has risen, with 312 offences", "Robbery rose to 410 offences"
        measure = f"{_with_changed_subject(before, noun)} {clause}".strip()
    elif topic and GENERIC.match(noun) and topic.lower() not in measure.lower():
        measure = f"{topic} {measure}"
    return Reading(_clean(measure), _clean(noun))


RESPONSES = re.compile(r"responses|replies|applications|applicants|submissions|entries|"
                       r"bids|nominations|expressions\s+of\s+interest")
RECEIVER = re.compile(
    r"\b(?P<s>(?:[A-Za-z][\w-]*\s+){0,2}(?:survey|consultation|questionnaire|appeal|"
    r"campaign|advert|advertisement|vacancy|scheme|fund))\b(?:[^.;:,]{0,60}?\s+and)?"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:received|attracted|drew|generated|produced)\s+"
    r"(?:a\s+total\s+of\s+)?$", re.IGNORECASE)
NOT_NAMING = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "of",
              "and", "online", "latest", "recent", "new"}


def _what_received(before: str) -> str:
    """What drew the responses ("the Commissioner's precept survey received") without its
    determiners and owners: "precept survey". Empty when no such thing is named."""
    match = RECEIVER.search(before)
    if not match:
        return ""
    words = match.group("s").split()
    while len(words) > 1 and (words[0].lower() in NOT_NAMING or re.search(r"['’]s$", words[0])):
        words = words[1:]
    return " ".join(words)


def _verb_before(before: str) -> str:
    """A verb straight before the figure becomes the measure's participle, with its
    subject when that is a noun: "the team have dealt with 147 prisoners" -> "dealt with
    by the team"; "They have trained 425 professionals" -> "trained"."""
    verb = re.search(rf"(?<![\w-])(?P<v>(?:[a-z]+-)?(?:[a-z]{{3,}}(?:ed|ing)|{IRREGULAR})"
                     r"(?:\s+(?:with|on|into))?)\s+$", before)
    if not verb or re.match(r"(?:including|following|during|according|regarding|being|"
                            r"exceeded|compared|totalled|reached|added|stated|noted|advised|"
                            r"reported|highlighted|explained|confirmed|commented|outlined|"
                            r"showed|indicated|suggested|mentioned|seeing|made|achieved|had|"
                            r"saw|took|received|got|gave|used|needed|involving|involved)"
                            r"(?:\s|$)", verb.group("v")):
        return ""
    subject = _subject_before(re.sub(rf"\s+{AUX}$", " ", before[: verb.start()]))
    if subject and len(subject.split()) <= 4 and not JUNK.match(subject) and not re.search(
            r"\b(?:they|he|she|we|it|this|that|there|officers?)$", subject, re.I):
        return f"{verb.group('v')} by {subject}"
    return verb.group("v")


def _elliptical(after: str, clause: str, previous: Reading) -> Reading:
    """A figure with no noun borrows the one before it: "85 drivers prosecuted for
    phone offences; 3,954 for speeding offences", "(43 to Local Policing Teams)"."""
    if clause:
        return Reading(_clean(f"{previous.head} {clause}"), previous.head, True)
    tail = re.match(r"\s*(?P<t>(?:to|for|from|into|with|against|via|had|have|has|were|was|are)"
                    r"\s+[^,.;()\d]{2,60}?)(?=\s+(?:and|or|but)\b|[,.;()\d]|$)", after)
    if tail:
        return Reading(_clean(f"{previous.head} {tail.group('t')}"), previous.head, True)
    return Reading(previous.measure, previous.head, True)


STRUCTURAL = re.compile(
    r"^(?:(?:supplementary|written|public|oral)\s+questions?$)|"
    r"^(?:(?:core|key|priority|separate|main|broad|four|other)\s+)?(?:areas?(?:\s+of\s+"
    r"policing)?|pillars?|workstreams?|strands?|phases?|stages?|themes?|elements?|sections?|"
    r"parts?|chapters?|principles?|priorities|tiers?|questions?|divisions?|items?|pages?|"
    r"categories|options?|ways?|steps?|headings?|levels?|providers?)$",
    re.IGNORECASE,
)


WITH_OWNER = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}?)(?:\((?P<abbr>[A-Z]{2,8})\)\s+)?"
                        r"with\s+$")


GRADED_AFTER = re.compile(r"\b(?:were|was|are|is|been)\s+(?:graded|rated|judged|closed|"
                          r"discharged)\b")


GENERIC = re.compile(r"^(?:(?:charge|charged|solved|arrest|conviction|detection)\s+rate|"
                     r"offences|crimes|incidents|arrests|charges|reports|referrals|cases|"
                     r"victims|calls|applications|complaints|offenders)$", re.IGNORECASE)


TOPIC = re.compile(r"^\W*(?:in\s+terms\s+of|with\s+regards?\s+to|regarding|in\s+relation\s+to|"
                   r"turning\s+to|as\s+for)\s+(?P<t>[^,]{3,60}),", re.IGNORECASE)
