"""What a figure in a sentence measures, from the words around it.

The readings (a change, a noun after the figure, a noun before it with a copula, an
elliptical figure borrowing the noun before it) are described in ``statistics``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scrutiny.extract.statistics_periods import _periods
from scrutiny.parse.quantities import Quantity

WORD = r"[A-Za-z][\w'’&/-]*|\([^()]{1,40}\)|(?<=per\s)\d[\d,]*"
STOP = {
    "were", "was", "is", "are", "had", "has", "have", "been", "being", "will", "would", "could",
    "which", "who", "that", "compared", "since", "from", "in", "during", "between", "across",
    "on", "at", "by", "with", "over", "than", "and", "or", "but", "as", "this", "last",
    "each", "per", "within", "after", "before", "when", "while", "whilst", "where", "into",
    "following", "including", "against", "through", "up", "down", "respectively", "so",
    "it", "its", "to", "for", "of", "they", "there", "these", "those", "whom", "whose",
    "because", "due", "currently", "now", "already", "still", "also", "recently", "all",
    "above", "below", "ahead", "behind", "higher", "lower", "prior",
}
AUX = (r"(?:(?:were|was|are|is|have|has|had|being|been|be|will\s+be|would\s+be|already|also|"
       r"now|recently|successfully|then|subsequently|onward|onwards|further)\s+)*")
IRREGULAR = ("made|taken|held|sent|given|seen|done|found|brought|caught|met|run|paid|won|lost|"
             "spent|kept|put|set|cut|shown|known|built|sold|told|led|read|hit|struck|stolen|"
             "seized|issued|drawn|grown|thrown|written|chosen|gone|broken|spoken|dealt|felt|"
             "left|bought|taught|sought|fought|undertaken|overtaken|withdrawn")
PARTICIPLE = rf"(?:[a-z]{{2,}}ed|{IRREGULAR})"
PREPOSITION = r"(?:to|for|by|from|into|on|at|in|with|of|against|under|via)"
QUALIFIER = (r"(?:(?:over|almost|nearly|around|about|approximately|approx\.?|circa|c\.|just|an?|"
             r"some|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|a\s+total\s+of|"
             r"total\s+of|an?\s+additional|a\s+further|only|exactly|under|above|below|roughly|"
             r"currently|now|still|just|circa"
             r")\s+)*")
ADJ_BEFORE = re.compile(r"\b(additional|further|extra|new|total|average|more|remaining|minimum|"
                        r"maximum)\s+(?:of\s+)?$", re.I)
CHANGE_VERB = re.compile(
    r"\b(?P<verb>increased|decreased|reduced|fell|fallen|rose|risen|dropped|grew|grown|"
    r"declined|went\s+up|went\s+down|improved|deteriorated|up|down|underspend|overspend|"
    r"underspent|overspent)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
CHANGE_NOUN = (r"(?:increase|decrease|reduction|rise|fall|drop|growth|decline|improvement|uplift|"
               r"difference)")
DOWN_WORDS = re.compile(r"decreas|reduc|fell|fall|drop|declin|down|lower|less|fewer|deterior",
                        re.I)
COPULA_TAIL = (
    r"(?:\b(?:was|were|is|are|stood\s+at|remained\s+at|"
    r"remains\s+at|of|at|totalled|totaled|reached|rose\s+to|fell\s+to|increased\s+to|"
    r"decreased\s+to|improved\s+to|reduced\s+to|dropped\s+to|down\s+to|grew\s+to|to|"
    r"amounted\s+to|equates\s+to|equating\s+to|averaged|averages|averaging|"
    r"exceeded|exceeds|stands\s+at|(?:could|would|will|may|might)\s+be)|[:–—=-])\s+"
    rf"{QUALIFIER}$"
)
COPULA = re.compile(rf"(?P<np>(?:{WORD})(?:\s+(?:{WORD}))*)\s*{COPULA_TAIL}", re.IGNORECASE)
# COPULA backtracks over every start and every word end of the text before a figure
# (quadratic); most texts end in no copula at all, which this much cheaper test settles.
ENDS_IN_COPULA = re.compile(COPULA_TAIL, re.IGNORECASE)
BOUNDARY = re.compile(
    r"(?:^|[,;:]\s*|\b(?:had|has|have|was|were|is|are|saw|sees|compared\s+(?:to|with)|"
    r"suggests?|shows?|indicates?|means|demonstrates?|confirms?|"
    r"that|reported|said|stated|advised|noted|confirmed|explained|"
    r"highlighted|showed|shows|show|mentioned|added|where|whereas|while|whilst|and|but|"
    r"with|which|because|however|although|in\s+terms\s+of|overall|whether|if|"
    r"asked|queried|wondered|(?:asked|enquired|questioned)\s+(?:about|whether|if))\s+)",
    re.IGNORECASE,
)
LEADING_JUNK = re.compile(
    r"^(?:(?:the|a|an|its|their|our|his|her|this|these|those|some|all|current|overall|"
    r"there|of|which|whom|total|so|both|then|also|now|currently|(?:total\s+)?number\s+of|"
    r"level\s+of|volume\s+of)\s+)+",
    re.IGNORECASE,
)
TRAILING_JUNK = re.compile(
    r"(?:\s+(?:the|a|an|of|for|to|in|on|at|by|with|and|or|from|that|which|was|were|is|are|"
    r"had|has|have|been|be|being|this|last|compared|across|its|their|also|now|then|"
    r"already|recently))+$",
    re.IGNORECASE,
)


@dataclass
class Reading:
    """What the words around one figure say it measures."""

    measure: str
    head: str  # the noun phrase an elliptical figure after this one can borrow
    borrowed: bool = False  # continues an earlier figure's noun, so also its period
    unit: str | None = None  # the unit the figure was read in, for elliptical figures


MONTH_PHRASE = re.compile(
    r"\s+(?:for|in|during|from|by|since|of)\s+(?:the\s+)?(?:(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec)\b).*$")


def _clean(phrase: str) -> str:
    phrase = re.sub(r"\s+", " ", phrase.replace("**", "")).strip(" ,;:.-–—'\"‘’“”*_")
    phrase = MONTH_PHRASE.sub("", phrase)
    phrase = re.sub(r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+", "", phrase, flags=re.I)
    phrase = LEADING_JUNK.sub("", phrase)
    phrase = TRAILING_JUNK.sub("", phrase)
    return phrase.strip(" ,;:.-–—")


def _is_participle(word: str) -> bool:
    return bool(re.fullmatch(PARTICIPLE, word)) and not word.endswith("eed")


def _words_after(text: str, limit: int = 7) -> str:
    """The noun phrase at the start of ``text``: words up to a stop word or punctuation.
    "of", "for" (before a name) and a closing "and <noun>" stay inside the phrase:
    "hours of visible patrol", "Areas for Improvement", "officers and staff"."""
    words: list[str] = []
    position = 0
    matches = list(re.finditer(rf"\s*({WORD})", text))
    for k, m in enumerate(matches):
        if m.start() != position:
            break  # punctuation between two words ends the phrase
        word, low = m.group(1), m.group(1).lower()
        if not words and word.startswith("("):
            break
        following = matches[k + 1] if k + 1 < len(matches) else None
        nxt = following.group(1) if following and following.start() == m.end() else ""
        if words and nxt and low in LINKS and _link_ok(low, nxt, words):
            words.append(word)
            position = m.end()
            continue
        if low in STOP or len(words) >= limit or (words and (_is_participle(word)
                                                             or low in PERSON_VERBS)):
            break
        words.append(word)
        position = m.end()
    while words and words[-1].lower() in LINKS:
        words.pop()
    return " ".join(words)


LINKS = {"of", "for", "and", "&", "or", "per"}


def _link_ok(link: str, nxt: str, words: list[str]) -> bool:
    if link == "per":
        return True
    if nxt.lower() in STOP - {"the"} or nxt[0].isdigit() or nxt.lower() in WORD_NUMBERS:
        return False
    if link == "for":
        return nxt[0].isupper()
    if link == "per":
        return True
    if link in {"and", "&", "or"}:
        return (len(words) <= 3 and not _is_participle(nxt) and nxt.lower() != "the"
                and not nxt.lower().endswith("ing"))
    return True


WORD_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
MONTH_WORD = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b",
                        re.IGNORECASE)


def _noun_after(after: str, percent: bool = False) -> tuple[str, str]:
    """(noun phrase, the clause that completes it) right after a figure: "e-scooters had
    been seized in ..." -> ("e-scooters", "seized"). A verb straight after the figure
    ("seven anticipated for completion") gives no noun and the verb as the clause."""
    after = re.sub(r"^\s*(?:x\s+|of\s+(?=[a-z]))", " ", after)
    if re.match(r"\s*(?:a|per|each|every)\s+(?:day|week|month|year|quarter)\b", after):
        return "", ""  # "9,400 a month": how often, not what is counted
    first = re.match(rf"\s*({WORD})", after)
    if first and (MONTH_WORD.match(first.group(1)) and first.group(1)[0].isupper()):
        return "", ""
    if first and _is_participle(first.group(1)) and re.match(
            rf"\s*{first.group(1)}\s+(?:{PREPOSITION}|between|during|by)\b", after):
        return "", _clause(after)
    if first and first.group(1).lower() in PERSON_VERBS:
        words = _clause_words(re.split(rf"\s+and\s+(?:[\d£]|(?:{'|'.join(WORD_NUMBERS)})\b)",
                                       after)[0], 7)
        return "", re.sub(r"^(?:were|are|was|is)\s+", "", words)
    noun = _words_after(after)
    if not noun:
        return "", ""
    rest = after[after.find(noun) + len(noun):]
    if noun.split()[-1].endswith("ing"):  # "people interacting with us in relation to ..."
        return noun, _clause_words(rest)
    parts = noun.split()
    if len(parts) > 1 and parts[-1].lower() in PRESENT_VERBS:  # "34 police forces use this"
        return " ".join(parts[:-1]), " ".join([parts[-1], *_clause_words(rest, 4).split()])
    return noun, _clause(rest, percent)


PRESENT_VERBS = {"use", "have", "attend", "receive", "work", "operate", "cover", "provide",
                 "support", "serve", "hold", "need", "remain", "face", "include"}
SAYING_VERBS = {"said", "say", "felt", "feel", "agreed", "agree", "stated", "reported", "report",
                "believe", "believed", "think", "thought", "indicated", "responded"}
PERSON_VERBS = SAYING_VERBS | {"leave", "left", "chose", "received", "receive", "were", "are",
                               "have", "had", "did", "do", "would"}


def _clause_words(rest: str, limit: int = 10) -> str:
    """Words up to the next punctuation, at most ``limit``."""
    words = re.match(r"[^,.;:()]*", rest.strip())
    return " ".join((words.group(0) if words else "").split()[:limit])


def _clause(rest: str, percent: bool = False) -> str:
    """The participle or relative clause that completes a noun: "were issued to off-road
    vehicles", "who chose 'role' as a priority", "as green (complete)"."""
    first = re.match(r"\s+([a-z]+)", rest)
    if percent and first and first.group(1) in PERSON_VERBS:  # "8% of recruits leave as ..."
        return _clause_words(rest, 7)
    verb = re.match(rf"\s+{AUX}(?P<v>{PARTICIPLE}(?:\s+(?:{PREPOSITION})\s+"
                    rf"(?:(?:the|a|an)\s+)?(?:{WORD})(?:\s+(?:{WORD})){{0,5}})?)", rest)
    if verb and _is_participle(verb.group("v").split()[0]):
        clause = verb.group("v")
        clause = re.split(r"\s+(?:in|during|across|near|since|between|at|on|over|by)\s+"
                          r"(?:the\s+)?(?:end\s+of|[A-Z](?![\w-]*['’]s\b)|\d|last|past|first|same|"
                          r"this|period)", clause)[0]
        return re.split(r"\s+(?:and|but|which|who|while|whilst|so|as)\b", clause)[0]
    relative = re.match(r"\s+(?P<v>(?:who|that)\s+[^,;.]{3,110}?)(?=\s*(?:[,;.]|\band\s+\d|$))",
                        rest)
    if relative and (percent or len(relative.group("v").split()) <= 10):
        return relative.group("v")
    state = re.match(rf"\s+(?:were|was|are|is)\s+(?P<v>(?:at|in|on)\s+(?:the\s+)?(?:{WORD})"
                     rf"(?:\s+(?:{WORD})){{0,3}})", rest)
    if state:
        return state.group("v")
    possession = re.match(rf"\s+(?:now\s+|currently\s+|still\s+|already\s+)?"
                          rf"(?P<v>(?:had|have|has|with)\s+(?!been\b|to\b|a\s+total)"
                          rf"(?:{WORD})(?:\s+(?:{WORD})){{0,6}})", rest)
    if possession:
        held = re.split(r"\s+(?:and|but|which|who|while|whilst|so|as|due|because)\b|\s+\d",
                        possession.group("v"))[0]
        held = re.sub(r"(?:\s+(?:over|nearly|almost|around|about|some|just|only))+$", "", held)
        return held if len(held.split()) >= 3 else ""
    role = re.match(r"\s+(?P<v>as\s+(?:an?\s+)?[A-Za-z]+(?:\s+\([^()]{1,40}\))?)", rest)
    if role:
        return role.group("v")
    if re.match(r"\s+to\s+(?:provide|ensure|support|help|make|deliver|improve|reduce|tackle|"
                r"allow|enable|assist|meet|address|prevent|increase|maintain|give)\b", rest):
        return ""  # a purpose, not part of what is counted
    prep = re.match(rf"\s+(?P<v>(?:for|to|from|in|on|into)\s+(?:(?:the|a|an)\s+)?[A-Za-z]"
                    rf"[\w'’/-]*(?:\s+(?:{WORD})){{0,4}})", rest)
    if prep and not re.match(r"(?:in|on)\s+(?:the\s+)?(?:\d|[A-Z]|last|past|this|first)",
                             prep.group("v")):
        return re.split(r"\s+(?:and|but|which|who|while|whilst|so|as|in|during|compared|"
                        r"since)\b|\s+\d", prep.group("v"))[0]
    return ""


def _subject_before(text: str) -> str:
    """The noun phrase that ends ``text``, back to the start of its clause."""
    starts = [m.end() for m in BOUNDARY.finditer(text)]
    start = starts[-1] if starts else 0
    words = text[start:].split()
    return _clean(" ".join(words[-8:]))


def _direction(word: str) -> str:
    if word.lower().startswith("differen"):
        return "Difference"
    return "Decrease" if DOWN_WORDS.search(word) else "Increase"


FROM_LEVEL = re.compile(r"\b(?:increased|decreased|fallen|fell|risen|rose|dropped|reduced|"
                        r"gone\s+(?:up|down)|went\s+(?:up|down)|improved|improving|moved|changed|"
                        r"grown|grew|declined)\s+from\s+$", re.IGNORECASE)


def _change_reading(before: str, after: str, q: Quantity, previous: Reading | None,
                   topic: str | None) -> Reading | None:
    """"X decreased by 8%", "a 12% decrease in X", "a decrease in X of 20%"; a change
    that names nothing ("an 18% increase") is a change in the figure before it, or in the
    sentence's topic ("With regards to shoplifting, ... it was up 0.7%")."""
    fallback = topic or (previous.measure if previous else None)
    trimmed = re.sub(QUALIFIER + "$", "", before)
    level_from = FROM_LEVEL.search(trimmed)
    if level_from:  # "calls had fallen from 81 in April to 39 in June": the levels
        subject = _subject_before(re.sub(rf"\s+{AUX}$", " ", before[: level_from.start()]))
        if subject and not JUNK.match(subject):
            return Reading(subject, subject)
    verb = CHANGE_VERB.search(trimmed)
    if verb:
        return _verb_change(before, after, q, verb, fallback)
    noun_after = re.match(rf"\s*(?P<n>{CHANGE_NOUN})(?:\s+in\s+(?P<x>[^,.;()]{{3,80}}))?",
                          after, re.I)
    if noun_after:
        return _noun_change(before, noun_after, fallback)
    noun_before = re.search(rf"\b(?P<n>{CHANGE_NOUN})\s+in\s+(?P<x>[^,.;()]{{3,80}}?)\s+"
                            rf"(?:of|by)\s+{QUALIFIER}$", before, re.I)
    if noun_before:
        target = _clean(noun_before.group("x"))
        return Reading(f"{_direction(noun_before.group('n'))} in {target}", target)
    level = re.search(rf"\b(?:{CHANGE_NOUN}|change)\s+in\s+(?P<x>[^,.;()]{{3,80}}?)\s*(?:,\s*with|"
                      rf"\s+to)\s+{QUALIFIER}$", before, re.I)
    if level:  # "an increase in users to over 24,000": the level reached, not the change
        target = _clean(level.group("x"))
        return Reading(target, target)
    bare = re.search(rf"\b(?:an?|the)\s+(?P<n>{CHANGE_NOUN})\s+of\s+{QUALIFIER}$", before, re.I)
    named = re.match(r"\s+in\s+(?:the\s+)?(?P<x>[a-z][^,.;()]{2,60}?)(?=\s+(?:compared|since|"
                     r"from|between|during|over|in|this|last)\b|[,.;()]|$)", after)
    if bare and named:  # "an increase of 4% in reports"
        target = _clean(named.group("x"))
        return Reading(f"{_direction(bare.group('n'))} in {target}", target)
    if bare and fallback and not named:
        # "This is an increase of 5.5%": a change in what was just counted
        word = _direction(bare.group("n"))
        return Reading(f"{word} in {fallback[:1].lower()}{fallback[1:]}", fallback)
    return None


def _verb_change(before: str, after: str, q: Quantity, verb: re.Match[str],
                 fallback: str | None) -> Reading | None:
    """"ASB had decreased by 8.1%", "the budget is forecast to underspend by £2.3m"."""
    head_text = re.sub(r"\s+(?:(?:was|is|were|are)\s+)?(?:expected|forecast|projected|likely)"
                       r"\s+to\s*$", " ", before[: verb.start()])
    subject = _subject_before(re.sub(rf"\s+{AUX}$", " ", head_text))
    subject = re.sub(rf"\s+{AUX}$", "", subject)
    subject = _clean(re.sub(r"\s+(?:had|has|have|been|was|were)(?:\s+been)?$", "", subject))
    if _weak(subject):
        subject = fallback or ""
    if not subject:
        return None
    word = verb.group("verb").lower()
    if re.match(r"(?:under|over)spen", word):
        return Reading(f"{subject} {'underspend' if word.startswith('under') else 'overspend'}",
                       subject)
    direction = "Decrease" if DOWN_WORDS.search(word) else "Increase"
    noun, _ = _noun_after(after)
    suffix = f" ({noun})" if noun and q.unit == "count" else ""
    return Reading(f"{direction} in {subject}{suffix}", subject)


def _noun_change(before: str, noun_after: re.Match[str], fallback: str | None) -> Reading:
    """"a 12% decrease in DA offences"; with nothing after it, the change is in what the
    sentence named before ("Increase in X – 77% increase", "hotspot areas seeing a 4.7%
    reduction") or in the figure or topic before it."""
    target = noun_after.group("x")
    if target:
        target = _clean(re.split(r"\s+(?:compared|since|from|between|during|over|in)\b",
                                 target)[0])
    earlier = re.search(rf"\b{CHANGE_NOUN}\s+in\s+(?:the\s+)?(?P<x>[^,.;()–—]{{3,80}}?)\s*"
                        rf"[–—:-]\s*$", before, re.I)
    if not target and earlier:
        target = _clean(earlier.group("x"))
    if not target:
        trimmed = re.sub(QUALIFIER + "$", "", before)
        seeing = re.sub(r"\s*\b(?:seeing|saw|see|sees|showed|shows|recorded|records|had|has|"
                        r"have|with|experienced|experiencing)\s+(?:an?\s+|the\s+)?$", "", trimmed)
        subject = _subject_before(seeing) if seeing != trimmed else ""
        target = subject if subject and not JUNK.match(subject) and not re.search(
            r"\d", subject) else fallback
    direction = _direction(noun_after.group("n"))
    return Reading(f"{direction} in {target}" if target else direction, target or "")


CHANGED_TO = re.compile(
    r"\s+(?:(?:has|had|have|was|were)\s+(?:been\s+)?)?(?:risen|rose|fallen|fell|grown|grew|"
    r"climbed|dropped|increased|decreased|reduced|improved|gone\s+(?:up|down)|"
    r"went\s+(?:up|down))(?:\s+[a-z]+ly)?$", re.IGNORECASE)


def _copula_reading(before: str) -> Reading | None:
    """"PCSO strength was", "the charged rate for the year was": the noun phrase a copula
    (or a verb that reaches a level) names; a new Reading each call, as callers edit it."""
    subject = _copula_subject(before)
    return Reading(subject, subject) if subject is not None else None


@lru_cache(maxsize=1024)
def _copula_subject(before: str) -> str | None:
    """The subject for ``_copula_reading``; cached, as a figure's words are read more than
    once (the change reading, then the level reading of the same figure)."""
    for start, end, _ in reversed(_periods(before)):  # "strength as at 31 August 2022 is"
        before = before[:start] + " " + before[end:]
    if not ENDS_IN_COPULA.search(before[-160:]):
        return None
    match = COPULA.search(before[-160:])
    if not match:
        return None
    # "Burglary offences had risen to 1,204": the subject is before the verb of change.
    text = CHANGED_TO.sub("", before[-160:][: match.end("np")])
    subject = re.sub(r"\s+(?:rose|fell|increased|decreased|reduced|dropped|grew|improved|"
                     r"amounted|equates|equating|remained|remains|stood|stands|has|had|have|"
                     r"is|was|are|were)$", "", _subject_before(text), flags=re.I)
    if _weak(subject) or len(subject) < 3 or (re.search(r"\d", subject) and not re.search(
            r"\b(?:within|under|over|per|than|in|top|after)\s+[\d,.]+|(?:^|\bto\s+)(?:999|101|"
            r"111)\b", subject)):
        return None  # "075 compared" is debris; "calls answered within 10 seconds" is not
    return subject


def _weak(subject: str | None) -> bool:
    """A subject that names nothing: empty, a pronoun, "the figure"."""
    return not subject or bool(JUNK.match(subject)) or bool(
        re.search(r"\b(?:there|it|this|that|they|he|she|we|which)$", subject, re.I)) or bool(
        re.match(r"(?:this|that|it|they|these|those|which)\b", subject, re.I)) or bool(
        re.fullmatch(r"[a-z]+ed", subject))  # "This reduced to 13%": a verb, not a measure


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
        if STRUCTURAL.match(head) and not re.search(r"\bfor\s+improvement", noun, re.I) \
                and not GRADED_AFTER.search(after[:120]):
            return None
        return _noun_reading(before, noun, clause, q, topic)
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


CHANGED_WITH = re.compile(
    r"(?P<s>[A-Za-z][\w'’ -]{2,60}?)\s+(?:(?:has|have|had)\s+)?(?:risen|rose|fallen|fell|"
    r"increased|decreased|grown|grew|dropped|declined|reduced|gone\s+(?:up|down)|went\s+(?:up|"
    r"down))(?:\s+\w+ly)?\s*(?:,\s*with|\s+to|\s+by)\s+" + QUALIFIER + "$",
    re.IGNORECASE)


def _with_changed_subject(before: str, noun: str) -> str | None:
    """"<subject> has risen, with 312 offences" -> "<subject> offences"; None when the
    figure follows no such clause."""
    match = CHANGED_WITH.search(before)
    if not match:
        return None
    subject = _subject_before(match.group("s"))
    if _weak(subject) or subject.lower().endswith(noun.lower()):
        return subject or None
    return f"{subject} {noun}"


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
    elif GENERIC.match(noun) and _with_changed_subject(before, noun):
        # "Knife crime has risen, with 312 offences", "Robbery rose to 410 offences"
        measure = f"{_with_changed_subject(before, noun)} {clause}".strip()
    elif topic and GENERIC.match(noun) and topic.lower() not in measure.lower():
        measure = f"{topic} {measure}"
    return Reading(_clean(measure), _clean(noun))


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


RANKING = re.compile(r"\b(?P<r>(?:national\s+|force\s+|regional\s+)?rank(?:ing|ed)?|position|"
                     r"league\s+table\s+position)(?P<for>\s+for\s+[^,;]{3,80}?)?(?=\s+(?:improving|"
                     r"from|was|is|of|at|to|rose|fell|moved|has|had)\b|[,;]|$)", re.IGNORECASE)
PAIR = re.compile(r"^\s*(?:and|or|to)\s+(?:£\s?)?[\d,.]+\s*(?:%|k|m|million)?\s+"
                  r"(?:respectively\s+)?")


SHARE_OF_NUMBERED = re.compile(
    r"\s+of\s+(?:all\s+|the\s+)?(?P<np>\d{2,4}\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*s)"
    rf"(?:\s+(?:were|was|being)\s+(?P<v>{PARTICIPLE}))?"
    r"(?P<rest>\s+(?:within|in\s+under|under|inside|in\s+less\s+than)\s+\d+\s+[a-z]+)?"
    r"(?=\s+(?:in|during|for|by|across|compared|against|than|were|was)\b|[,.;)]|$)")


def _share_of_numbered(before: str, after: str) -> Reading | None:
    """"answered 68% of 999 calls within 10 seconds": a measure that starts with digits
    (a service's number, not a figure) -> "999 calls answered within 10 seconds"."""
    match = SHARE_OF_NUMBERED.match(after)
    if not match:
        return None
    verb = re.search(rf"\b(?P<v>{PARTICIPLE})\s+(?:{QUALIFIER})$", before)
    done = match.group("v") or (verb.group("v") if verb else "")
    words = [match.group("np"), done, match.group("rest") or ""]
    measure = " ".join(" ".join(words).split())
    return Reading(measure, match.group("np"))


def _inside_measures(sentence: str, quantities: list[Quantity]) -> set[int]:
    """Starts of numbers that are part of another figure's measure ("68% of 999 calls"),
    so they are not figures themselves."""
    inside: set[int] = set()
    for q in quantities:
        match = SHARE_OF_NUMBERED.match(sentence[q.end:]) if q.unit == "percent" else None
        if match:
            inside.add(q.end + match.start("np"))
    return inside


def _duration(measure: str) -> bool:
    """"two quarters of data", "six months": a span of time the paper covers, not a count."""
    return bool(re.match(r"(?:quarters?|months?|weeks?)\b", measure, re.IGNORECASE))


def _special_reading(sentence: str, q: Quantity, previous: Reading | None) -> Reading | None:
    """Layouts the general reading gets wrong: ranks, "29 and 23 reports", "£600,000 for
    extra patrols", "24 of which encompass ...". Returns None when none applies."""
    after = sentence[q.end:]
    numbered = _share_of_numbered(sentence[:q.start], after) if q.unit == "percent" else None
    if numbered:
        return numbered
    level = re.match(r"(?:Increase|Decrease)\s+in\s+(?P<x>.+)$", previous.measure) \
        if previous else None
    if level and re.search(rf",\s*(?:down\s+|up\s+)?to\s+(?:{QUALIFIER})$", sentence[:q.start]):
        # "fell by 3.2% compared with last year, to 21,906 offences": the level reached
        return Reading(level.group("x"), level.group("x"))
    if q.ordinal:
        among = re.match(r"\s+(?:of|out\s+of)\s+(?:the\s+)?\d+\s+(?:police\s+)?forces\b[^,.;]*?"
                         r"\s+for\s+(?:the\s+)?(?P<x>[^,.;]{3,80}?)(?=\s+(?:up|down|from|"
                         r"compared|and|in)\b|[,.;]|$)", after)
        if among:  # "ranked 12th of 43 forces for the all-crime charge rate"
            return Reading(f"National ranking for {among.group('x')}", "ranking")
        if previous is not None and previous.head == "ranking" and re.search(
                r"\b(?:from|compared\s+(?:to|with)|than)\s+$", sentence[:q.start]):
            return Reading(previous.measure, "ranking", True)  # "..., up from 19th"
        rank = RANKING.search(sentence)
        if rank:
            return Reading(_clean(rank.group(0)), "ranking")
        where = re.match(r"\s+(?:in|of)\s+the\s+(?:country|force|region|league)(?:\s+for\s+"
                         r"(?P<x>[^,.;]{3,80}))?", after)
        return Reading(f"National ranking for {where.group('x')}" if where and where.group("x")
                       else "National ranking", "ranking")
    pair = PAIR.match(after)
    if pair:
        noun, clause = _noun_after(after[pair.end() - 1:])
        if noun:
            return Reading(_clean(f"{noun} {clause}"), noun)
    if q.unit == "gbp":
        held = re.match(r"\s+(?:in|of)\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)(?=\s+(?:since|in|by|from|"
                        r"over|during|this|last|and|to)\b|[,.;]|$)", after)
        verb = re.search(r"\b(?P<v>made|delivered|achieved|saved|secured|received|spent|raised)\s+"
                         r"$", re.sub(QUALIFIER + "$", "", sentence[:q.start]))
        if held and verb:  # "the Force had made £93 million in savings"
            return Reading(f"{held.group('n')} {verb.group('v')}", held.group("n"))
        purpose = re.match(r"\s+(?P<p>(?:for|from|towards|to|on)\s+[^,.;()]{3,70}?)"
                           r"(?=\s+(?:and|but|which|with)\b|[,.;()]|$)", after)
        if purpose and not _periods(purpose.group("p")):  # "£1.4m for 2024/25" is no purpose
            return Reading(_clean(f"Funding {purpose.group('p')}"), "funding")
    relative = re.match(r"\s+(?:of\s+which|which|who|that)\s+(?P<t>[^,.;()]{3,60})", after)
    if relative and previous is not None:
        return Reading(_clean(f"{previous.head} {relative.group('t')}"), previous.head)
    if previous is not None and re.search(r"\bof\s+(?:which|whom),?\s*$", sentence[:q.start]):
        rest = re.sub(r"^\s*\([^()]*\)", "", after)
        rest = re.sub(r"^\s*of\s+(?:those|these|them|the)\s+", " ", rest)
        return Reading(_clean(f"{previous.head} {_clause_words(rest, 8)}"), previous.head)
    counted = "|".join(WORD_NUMBERS)
    if re.search(rf"\b(?:[\d,]+|{counted})\s+of\s+(?:the|these|those|its|our)\s+$",
                 sentence[:q.start], re.IGNORECASE):
        noun, _ = _noun_after(after)  # the whole of "two of the seven AFIs are complete"
        if noun:
            return Reading(_clean(noun), noun)
    subset = re.match(rf"\s+of\s+(?:the|these|those|its|our)\s+(?:[\d,]+|{counted})\s+", after,
                      re.IGNORECASE)
    if subset:  # "21 of the 120 referrals were referred on ...", "two of the seven are done"
        rest = after[subset.end() - 1:]
        noun, clause = _noun_after(rest)
        state = re.match(r"\s+(?:are|were|is|was)\s+(?:now\s+|currently\s+|still\s+)?"
                         r"(?P<s>complete|completed|closed|open|outstanding|overdue|late|"
                         r"discharged|achieved|ongoing|on\s+track|off\s+track)\b",
                         rest[rest.find(noun) + len(noun):] if noun else "")
        if noun and not clause and state:
            clause = state.group("s")
        if noun:
            return Reading(_clean(f"{noun} {clause}"), noun)
    return None


def _without_periods(measure: str, periods: list[tuple[int, int, str]], sentence: str) -> str:
    """A measure names what is counted, not when: "leavers for September to November"."""
    for start, end, _ in periods:
        label = sentence[start:end]
        if label and label in measure:
            measure = re.sub(rf"\s*(?:\b(?:for|in|during|of|over|from|to|by|since)\s+)?"
                             rf"(?:the\s+)?{re.escape(label)}", "", measure)
    return _clean(measure)


def _parenthetical(sentence: str, q: Quantity, before: Quantity | None,
                   previous: Reading | None) -> Reading | None:
    """A figure in brackets right after another restates it: "157 officers (3.8%)",
    "a 12% decrease (962 fewer crimes)"."""
    if before is None or previous is None:
        return None
    between = sentence[before.end:q.start]
    target = re.search(r"\b(target|aim|goal|benchmark|national\s+average|average|forecast|"
                       r"budget|plan)\s*(?:of|:|=|is|was)?\s*$", between, re.I)
    if target and "(" in between:  # "89.4% (target 90%)"
        return Reading(f"{target.group(1).capitalize()} for {previous.measure}", previous.head)
    if not re.fullmatch(r"[^()]{0,40}\(\s*[+]?", between):
        return None
    signed = sentence[q.start:q.start + 1] in "+-−–"
    if q.unit == "percent" and signed:  # "12,345 (-3.2%)": the change, not a share
        return Reading(f"Change in {previous.measure}", previous.head)
    if q.unit == "percent" and before.unit == "count":
        return Reading(f"{previous.head} as a proportion", previous.head)
    if q.unit == "count" and before.unit == "percent":
        return Reading(f"{previous.measure} (number)", previous.head)
    return None


JUNK = re.compile(
    r"^(?:it|they|there|that|this|these|those|he|she|we|which|who|the|is|was|are|were|"
    r"stated|reported|said|set|up|down|top|above|below|later|ago|figure|number|total|"
    r"increase|decrease|difference|change|average|level|rate|amount|adding|way|time)"
    r"(?:\s+(?:it|is|was|down|up|the|that|there|this))?$",
    re.IGNORECASE,
)


def _plausible(measure: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", measure)
    return bool(words) and len(measure) <= 140 and not JUNK.match(measure.strip()) and \
        not re.match(r"(?:is|was|are|were|has|had|have)\b", measure, re.I)
