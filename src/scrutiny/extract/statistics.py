"""Statistics: every figure a paper states about performance, demand, resources or money.

Each figure from ``parse.quantities`` becomes a Statistic when the words around it say
what it measures. The measure comes from the first of these readings that fits, from
how papers write figures:

* a change: "ASB had decreased by 8.1%", "a 12% decrease in DA offences", "an increase
  in charged rate of 2.8 percentage points" -> "Decrease in ASB";
* a figure before its noun: "182 stops were completed" -> "stops completed",
  "76 e-scooters had been seized" -> "e-scooters seized", "93% of drivers ...";
* a figure after its noun: "PCSO strength was 78.17 fte", "the charged rate for the
  year was 10.5%", "a total saving of £7.1 million", "Road Safety Unit – Eight officers";
* an elliptical figure borrowing the noun of the one before it: "85 drivers prosecuted
  for mobile phone offences; 3,954 for speeding offences", "(43 to Local Policing
  Teams and 26 to VITs)".

The period is the period phrase nearest the figure in its sentence, else one earlier in
the same paragraph, else the lead-in a list hangs from ("July to October 2024,
officers recorded:"). Table cells take their measure and period from the row and column
headers, whichever of the two reads as periods.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from scrutiny.extract.base import register, source_for
from scrutiny.extract.findings import cell_span
from scrutiny.extract.parse.dates import Period, find_periods, parse_period
from scrutiny.extract.parse.measures import measure_key
from scrutiny.extract.parse.quantities import Quantity, find_quantities
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.records import Statistic

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
COPULA = re.compile(
    rf"(?P<np>(?:{WORD})(?:\s+(?:{WORD}))*)\s*(?:\b(?:was|were|is|are|stood\s+at|remained\s+at|"
    rf"remains\s+at|of|at|totalled|totaled|reached|rose\s+to|fell\s+to|increased\s+to|"
    rf"decreased\s+to|improved\s+to|reduced\s+to|dropped\s+to|down\s+to|grew\s+to|to|"
    rf"amounted\s+to|equates\s+to|equating\s+to|averaged|averages|averaging|"
    rf"exceeded|exceeds|stands\s+at|(?:could|would|will|may|might)\s+be)|[:–—=-])\s+"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
BOUNDARY = re.compile(
    r"(?:^|[,;:]\s*|\b(?:had|has|have|was|were|is|are|saw|sees|compared\s+(?:to|with)|"
    r"suggests?|shows?|indicates?|means|demonstrates?|confirms?|"
    r"that|reported|said|stated|advised|noted|confirmed|explained|"
    r"highlighted|showed|shows|show|mentioned|added|where|whereas|while|whilst|and|but|"
    r"with|which|because|however|although|in\s+terms\s+of|overall)\s+)",
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
PLACE = re.compile(
    r"\b(?:in|across|near|within|around)\s+(?P<place>(?:the\s+)?(?:[A-Z][\w'’-]+\s+)*?"
    r"(?:[A-Z][\w'’-]+)(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)*(?:\s+areas?\s+of\s+[A-Z][\w'’-]+|"
    r"\s+areas?)?)(?=[\s,.;)]|$)",
)
EXTRA_PERIOD = re.compile(
    r"\b(?:(?:during|in|for|over)\s+)?(?:the\s+)?(?:quarter\s+(?:one|two|three|four)|"
    r"(?<!within\sthe\s)(?:first|last|past|next)\s+(?:two|three|four|six|\d+)\s+"
    r"(?:weeks|days|months|years)|"
    r"(?:this|last)\s+(?:financial\s+)?(?:quarter|year)|the\s+quarter|rolling\s+(?:12\s+month\s+"
    r"period|year)|financial\s+year|since\s+(?:19|20)\d{2}|by\s+(?:19|20)\d{2}|\d+\s+months\s+"
    r"ago|to\s+date|(?<=for\s)the\s+(?:financial\s+)?year(?!\s+(?:before|to|ending|ended)))\b"
    r"|(?:(?<=\b[Ii]n\s)|(?<=\b[Ff]or\s)|(?<=[Dd]uring\s)|(?<=[Ff]rom\s))"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?:\s+(?:to|and|-|–)\s+(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)?(?!\s+\d)"
    r"|(?<=\d\s)(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\s+\d)",
    re.IGNORECASE,
)
NOT_PLACE = {"Kent", "Police", "Force", "The", "England", "Wales", "UK", "April", "May", "June",
             "July", "August", "September", "October", "November", "December", "January",
             "February", "March"}


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
    first = re.match(rf"\s*({WORD})", after)
    if first and (MONTH_WORD.match(first.group(1)) and first.group(1)[0].isupper()):
        return "", ""
    if first and _is_participle(first.group(1)) and re.match(
            rf"\s*{first.group(1)}\s+(?:{PREPOSITION}|between|during|by)\b", after):
        return "", _clause(after)
    if first and first.group(1).lower() in PERSON_VERBS:
        words = _clause_words(re.split(r"\s+and\s+[\d£]", after)[0], 7)
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
    possession = re.match(rf"\s+(?P<v>(?:had|have|has|with)\s+(?!been\b|to\b|a\s+total)"
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


def _copula_reading(before: str) -> Reading | None:
    for start, end, _ in reversed(_periods(before)):  # "strength as at 31 August 2022 is"
        before = before[:start] + " " + before[end:]
    match = COPULA.search(before[-160:])
    if not match:
        return None
    text = before[-160:][: match.end("np")]
    subject = re.sub(r"\s+(?:rose|fell|increased|decreased|reduced|dropped|grew|improved|"
                     r"amounted|equates|equating|remained|remains|stood|stands|has|had|have|"
                     r"is|was|are|were)$", "", _subject_before(text), flags=re.I)
    if _weak(subject) or len(subject) < 3 or (re.search(r"\d", subject) and not re.search(
            r"\b(?:within|under|over|per|than|in|top|after)\s+[\d,.]+", subject)):
        return None  # "075 compared" is debris; "calls answered within 10 seconds" is not
    return Reading(subject, subject)


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
        if copula:
            word = "Decrease" if DOWN_WORDS.search(lower_higher.group(1)) else "Increase"
            return Reading(f"{word} in {copula.measure}", copula.head)
    fewer = re.match(r"(fewer|less|more)\s+(.+)$", noun or "", re.I)
    if fewer and re.search(r"\b(?:than|compared)\b", after[:80]):
        word = "Decrease" if fewer.group(1).lower() in {"fewer", "less"} else "Increase"
        return Reading(f"{word} in {fewer.group(2)} (number)", fewer.group(2))  # "45 fewer ..."
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
    if previous is not None:
        return _elliptical(after, clause, previous)
    if topic:
        return Reading(topic, topic)
    return None


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


# --- periods and places -------------------------------------------------------------------------


PERIOD_CUE = re.compile(r"(?:\b(?:by|until|up\s+to|since|as\s+at|prior\s+to|before|between|from|"
                        r"during|in|for|over|throughout)"
                        r"(?:\s+the\s+end\s+of(?:\s+the)?)?\s+|\bthe\s+end\s+of\s+)$",
                        re.IGNORECASE)
EVENT_DATE = re.compile(r"\b(?:devised|introduced|created|established|formed|launched|published|"
                        r"founded|built|opened|appointed|commenced|started|began|set\s+up|"
                        r"agreed|approved|went\s+live|implemented)\s+(?:on\s+|in\s+)?$",
                        re.IGNORECASE)
MAX_PERIOD_DISTANCE = 250  # characters: a period further away belongs to another clause


def _periods(text: str) -> list[tuple[int, int, str]]:
    return list(_cached_periods(text))


@lru_cache(maxsize=4096)
def _cached_periods(text: str) -> tuple[tuple[int, int, str], ...]:
    """Period phrases in a sentence with a leading "by the end of" / "since" / "as at"
    kept, since it changes what the period means."""
    spans = [(s, e, p.label) for s, e, p in find_periods(text)]
    for m in EXTRA_PERIOD.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), m.group(0)))
    out = []
    for start, end, label in sorted(spans):
        if re.search(r"\bwithin\s+(?:the\s+)?$", text[max(0, start - 12):start], re.I):
            continue  # "leave within the first 2 years": part of what is measured
        if EVENT_DATE.search(text[max(0, start - 40):start]):
            continue  # "the formula was devised in 2006": when something happened
        cue = PERIOD_CUE.search(text[max(0, start - 30):start])
        if cue:
            start -= len(cue.group(0))
            label = text[start:end]
        out.append((start, end, _tidy_period(label)))
    return tuple(out)


BASELINE = re.compile(r"\b(?:than|compared\s+(?:to|with)|on|against|versus|vs\.?)\s+(?:the\s+)?$",
                      re.IGNORECASE)


REPORTING = re.compile(r"[,;]\s*(?:and\s+)?(?:he|she|they|it|we|the\s+\w+)\s+(?:also\s+)?(?:said|"
                       r"stated|added|reported|advised|noted|explained|confirmed)\b", re.I)


def _aside(text: str, start: int, end: int) -> bool:
    """Is the period inside a bracketed aside that says more than the period itself?"""
    opening = text.rfind("(", 0, start)
    closing = text.find(")", end)
    inside = text[opening + 1:start] + " " + text[end:closing if closing >= 0 else len(text)]
    return len(re.findall(r"[A-Za-z]+", inside)) > 2


BASELINE_OF_FIGURE = re.compile(r"\b(?:than|compared\s+(?:to|with)|on|against|versus|vs\.?)\s+"
                                r"(?:the\s+)?(?:£?[\d.,]+\s*%?\s+)?(?:the\s+)?$", re.IGNORECASE)


OTHER_SIDE = {"this year": "last year", "last year": "this year", "this quarter": "last quarter",
              "last quarter": "this quarter", "this month": "last month",
              "last month": "this month"}


def _side_of_comparison(period: str | None, periods: list[tuple[int, int, str]],
                        sentence: str, q: Quantity) -> str | None:
    """In "2,748 offences this year compared to 2,331", the figure after "compared to" is
    last year's; in "1,075 compared to 1,081 in the same period last year" the first is
    this year's. Only this/last year (quarter, month) pairs are swapped."""
    baseline_figure = re.search(r"\b(?:compared\s+(?:to|with)|than|against|versus|vs\.?)\s+"
                                r"(?:the\s+)?(?:[£]\s?)?$", sentence[:q.start], re.I)
    current = (period or "").lower().removeprefix("same period ").strip()
    if baseline_figure and current in OTHER_SIDE and not _periods(sentence[q.end:q.end + 40]):
        return OTHER_SIDE[current]
    later = re.match(r"[^.;]{0,20}?\b(?:compared\s+(?:to|with)|than|against)\s+[£\d][^.;]*?"
                     r"\b(?:the\s+)?(?:same\s+period\s+)?(last\s+(?:year|quarter|month))\b",
                     sentence[q.end:], re.I)
    if period is None and later:
        return OTHER_SIDE[later.group(1).lower()]
    return period


def _compared(period: str | None, periods: list[tuple[int, int, str]],
              sentence: str) -> str | None:
    """A change's period names both sides when the sentence gives its baseline: "a 2.8
    point increase" on "10.5% for the year compared with 7.7% last year" covers "year
    compared with last year"."""
    baselines = [label for start, _, label in periods
                 if BASELINE_OF_FIGURE.search(sentence[max(0, start - 30):start])]
    if not baselines and period and period.lower() in OTHER_SIDE and re.search(
            r"\bcompared\s+(?:to|with)\s+[£\d]", sentence, re.I):
        return f"{period} compared with {OTHER_SIDE[period.lower()]}"  # "... compared to 2,331"
    if not baselines:
        return period
    current = [label for start, end, label in periods if label not in baselines
               and not (_depth(sentence, start) > 0 and _aside(sentence, start, end))]
    if current:
        return f"{current[0]} compared with {baselines[-1]}"
    if period and baselines[-1] in period:
        return period
    return f"{period} compared with {baselines[-1]}" if period else \
        f"compared with {baselines[-1]}"


def _depth(text: str, position: int) -> int:
    """How many brackets are open at ``position``."""
    return text.count("(", 0, position) - text.count(")", 0, position)


def _nearest_period(periods: list[tuple[int, int, str]], q: Quantity, sentence: str,
                    quantities: list[Quantity]) -> str | None:
    """The period phrase nearest the figure in its clause. A period with another figure
    between it and this one belongs to that figure; one introduced by "than" or
    "compared with" is a baseline; one outside the brackets a figure sits in is not its.
    A period before a run of figures ("Apr 2024: 85 drivers ...; 3,954 ...") covers all."""
    best: tuple[int, str] | None = None
    for start, end, label in periods:
        after = start >= q.end
        between = sentence[q.end:start] if after else sentence[end:q.start]
        distance = len(between)
        if BASELINE.search(sentence[max(0, start - 20):start]):
            continue
        if not after and _opens_sentence(sentence, start, end):
            distance = min(distance, MAX_PERIOD_DISTANCE)  # "In 2023, ..." governs it all
        elif distance > MAX_PERIOD_DISTANCE or REPORTING.search(between):
            continue  # "since 2014, he said it also had a target of £7.3 million"
        if after and any(q.end <= o.start and o.end <= start and
                         _depth(sentence, o.start) <= _depth(sentence, q.start)
                         for o in quantities):
            continue
        if after and _depth(sentence, q.start) > _depth(sentence, start) and re.search(
                r"\)\s+[A-Z]", between):
            continue  # "(43 to teams and 26 to VITs) Full evaluation ... March 2023"
        if _depth(sentence, start) > _depth(sentence, q.start) and (any(
                _depth(sentence, o.start) > _depth(sentence, q.start) for o in quantities)
                or _aside(sentence, start, end)):
            continue  # "88 (34 September, 27 October)"; "(someone who ... in the last 12 months)"
        if best is None or distance < best[0]:
            best = (distance, label)
    return best[1] if best else None


def _opens_sentence(sentence: str, start: int, end: int) -> bool:
    """A period phrase that opens its sentence: "In 2023 alone, ...", "April to July
    2024, the DCO reported ...", "Sep 2024 (two week campaign) – ..."."""
    return not sentence[:start].strip(" -–•*(") and bool(
        re.match(r"\s*(?:alone\b)?\s*(?:\([^()]{0,40}\))?\s*[,:–—-]", sentence[end:]))


def _tidy_period(label: str) -> str:
    label = re.sub(r"^(?:in|during|for|over|from|the|of)\s+", "", label.strip(), flags=re.I)
    label = re.sub(r"^(?:the)\s+", "", label, flags=re.I)
    return re.sub(r"\s*[–—-]\s*", " to ", label) if re.search(r"[A-Za-z]{3}\s*[–—]\s*[A-Z]",
                                                               label) else label


def _place(sentence: str) -> str | None:
    for m in PLACE.finditer(sentence):
        place = re.sub(r"^the\s+", "", m.group("place"))
        if place.split()[0] in NOT_PLACE or any(w in NOT_PLACE for w in place.split()[-1:]):
            continue
        if re.search(r"\barea", place) or len(place.split()) <= 3:
            return place
    return None


# --- prose --------------------------------------------------------------------------------------

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£(])|(?<=;)\s+")


def _sentences(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    position = 0
    for m in SENTENCE.finditer(text):
        out.append((position, text[position:m.start()]))
        position = m.end()
    out.append((position, text[position:]))
    return out


def _unit(q: Quantity, measure: str) -> str:
    if q.unit != "count":
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
           section_topic: str | None = None, subject: str | None = None) -> list[Statistic]:
    """Statistics of a paragraph (or a table cell of running text), sentence by sentence;
    a figure may borrow its noun or its period from an earlier sentence of the paragraph."""
    out: list[Statistic] = []
    text = block.text if text is None else text
    block_period: str | None = None
    previous: Reading | None = None
    topic: str | None = section_topic
    stated: dict[tuple[float, str], set[str]] = {}
    for offset, sentence in _sentences(text):
        quantities = find_quantities(sentence)
        periods = _periods(sentence)
        topic_match = TOPIC.match(sentence)
        topic = _clean(topic_match.group("t")) if topic_match else topic
        if quantities:
            found, previous = _sentence_statistics(
                paper, sentence, quantities, periods, (block_period, lead_period), previous,
                block.start + offset0 + offset, topic)
            # A figure restated later in the paragraph ("... 35.2%. At 35.2%, the highest
            # on record") is one claim, not two.
            found = [f for f in found if not set((f.measure_key or "").split())
                     & stated.get((f.value, f.unit), set())]
            for f in found:
                stated.setdefault((f.value, f.unit), set()).update((f.measure_key or "").split())
            out.extend(_with_subject(_with_context(found, lead_context), subject))
        own = [label for start, _, label in periods
               if not BASELINE.search(sentence[max(0, start - 20):start])]
        if own:
            block_period = own[-1]
    return out


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
                         r"This|These|Force|Kent|Chief|Deputy|Assistant|Mr|Mrs|Ms|Cllr)\b")
SUBJECT_END = re.compile(r"\s+(?:was|were|is|are|has|have|had|showing|submitted|by|on\s+behalf|"
                         r"which|that|who|continue[sd]?|in|for)\b.*$", re.IGNORECASE)


def _paragraph_subject(text: str) -> str | None:
    """What a paragraph is about, from its first sentence: "With regards to the Super
    Complaint, ...", "Noting Burglary Residential was ...", or a name it opens with
    ("The Crime Squad continue to ...", "... that Operation Voice was a campaign")."""
    first = _sentences(text)[0][1][:300]
    opener = OPENER.match(first)
    if opener:
        subject = _clean(SUBJECT_END.sub("", opener.group("s")))
        return subject if subject and not _weak(subject) and len(subject.split()) <= 6 else None
    quoted = QUOTED_NAME.search(first)
    if quoted:  # "The first 'Clear, Hold, Build' project has been undertaken"
        return f"{quoted.group('s')} {quoted.group('kind')}"
    for name in (OPENING_NAME.match(first), NAMED_THAT.search(first), TOOK_PART.search(first)):
        candidate = re.sub(r"^The\s+", "", name.group("s")) if name else ""
        if len(candidate.split()) >= 2 and not NOT_SUBJECT.search(candidate):
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
    for index, q in enumerate(quantities):
        reading = (_parenthetical(sentence, q, quantities[index - 1] if index else None,
                                  previous)
                   or _special_reading(sentence, q, previous)
                   or _reading(sentence[:q.start], sentence[q.end:], q, previous, topic))
        if reading is None:
            continue
        measure = _without_periods(reading.measure, periods, sentence)
        if not _plausible(measure):
            continue
        unit = _unit(q, measure)
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
        out.append(_statistic(paper, measure, q, unit, period, place,
                              base + q.start, base + q.end))
    return out, previous


RANKING = re.compile(r"\b(?P<r>(?:national\s+|force\s+|regional\s+)?rank(?:ing|ed)?|position|"
                     r"league\s+table\s+position)(?P<for>\s+for\s+[^,;]{3,80}?)?(?=\s+(?:improving|"
                     r"from|was|is|of|at|to|rose|fell|moved|has|had)\b|[,;]|$)", re.IGNORECASE)
PAIR = re.compile(r"^\s*(?:and|or|to)\s+(?:£\s?)?[\d,.]+\s*(?:%|k|m|million)?\s+"
                  r"(?:respectively\s+)?")


def _special_reading(sentence: str, q: Quantity, previous: Reading | None) -> Reading | None:
    """Layouts the general reading gets wrong: ranks, "29 and 23 reports", "£600,000 for
    extra patrols", "24 of which encompass ...". Returns None when none applies."""
    after = sentence[q.end:]
    if q.ordinal:
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
        if purpose:
            return Reading(_clean(f"Funding {purpose.group('p')}"), "funding")
    relative = re.match(r"\s+(?:of\s+which|which|who|that)\s+(?P<t>[^,.;()]{3,60})", after)
    if relative and previous is not None:
        return Reading(_clean(f"{previous.head} {relative.group('t')}"), previous.head)
    if previous is not None and re.search(r"\bof\s+(?:which|whom),?\s*$", sentence[:q.start]):
        rest = re.sub(r"^\s*\([^()]*\)", "", after)
        rest = re.sub(r"^\s*of\s+(?:those|these|them|the)\s+", " ", rest)
        return Reading(_clean(f"{previous.head} {_clause_words(rest, 8)}"), previous.head)
    subset = re.match(r"\s+of\s+(?:the|these|those)\s+[\d,]+\s+", after)
    if subset:  # "21 of the 120 referrals were referred on ..."
        noun, clause = _noun_after(after[subset.end() - 1:])
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


# --- tables -------------------------------------------------------------------------------------


def _is_periodish(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and sum(1 for c in filled if find_periods(c)) >= max(1, len(filled) // 2)


CAPTION_SUBJECT = re.compile(
    r"\btable\b[^.]*?\b(?:illustrates|shows|sets\s+out|summarises|summarizes|provides|gives|"
    r"details|presents)\s+(?:the\s+)?(?P<np>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}?)"
    r"(?=\s+(?:from|for|in|by|of|across|during|at|over)\b|[,.;:]|$)", re.IGNORECASE)
NUMERIC_CELL = re.compile(r"^[\s£+\-−–(]*[\d.,]+\s*(?:%|k|m|bn|fte|pts?|pp)?[\s)]*$",
                          re.IGNORECASE)


def _table(block: Block, paper: Paper, caption: str | None) -> list[Statistic]:
    """One statistic per numeric cell, named by its row and column headers; cells of
    running text (a progress table's "Action taken") are read as prose."""
    rows = block.rows or []
    out: list[Statistic] = []
    cursor = 0
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            flat = cell.replace("\n", " ")
            at = block.text.find(flat, cursor)
            if at >= 0:
                cursor = at + len(flat)
            if len(flat.split()) >= 4:
                out.extend(_prose(block, paper, None, None, max(at, 0), flat))
            elif r and c and NUMERIC_CELL.match(flat):
                out.extend(_cell(block, paper, rows, r, c, caption))
    return out


def _cell(block: Block, paper: Paper, rows: list[list[str]], r: int, c: int,
          caption: str | None) -> list[Statistic]:
    """One numeric cell: the axis of periods gives its period, the other its measure; a
    column such as "Change" or "% change" among period columns compares them."""
    quantities = find_quantities(rows[r][c])
    if len(quantities) != 1:
        return []
    q = quantities[0]
    header = rows[0]
    col = header[c] if c < len(header) else ""
    row_head = rows[r][0]
    period: str | None
    if _is_periodish(header[1:]) and not _is_periodish([x[0] for x in rows[1:]]):
        measure, period = row_head, col
        if not _periods(col):  # "Change" beside "2023/24 | 2024/25"
            spans = [h for h in header[1:] if _periods(h)]
            measure = f"{col} in {row_head}" if re.search(r"chang|differen|varian|increase|"
                                                          r"decrease|diff", col, re.I) \
                else f"{row_head} {col}"
            period = f"{spans[-1]} compared with {spans[0]}" if len(spans) >= 2 else None
    elif _is_periodish([x[0] for x in rows[1:]]):
        measure, period = col, row_head
    else:
        caption_periods = _periods((caption or "")[-200:])
        measure = f"{row_head} {col}".strip()
        period = caption_periods[-1][2] if caption_periods else None
    measure = _clean(re.sub(r"\s*\((?:£\s*\w*|%|fte|number|no\.?|count|pts|pp)\)", "", measure,
                            flags=re.I))
    subject = CAPTION_SUBJECT.search(caption or "")
    if subject and period is not None and not set(subject.group("np").lower().split()) & set(
            measure.lower().split()):
        measure = f"{measure} ({subject.group('np')})"  # "The table shows enforcement activity"
    if not _plausible(measure):
        return []
    value, unit = _header_units(q, f"{row_head} {col}")
    start, end = cell_span(block, r, c)
    return [_statistic(paper, measure, q, unit or _unit(q, f"{measure} {col}"),
                       _tidy_period(period) if period else None, None, start, end,
                       value=value)]


def _header_units(q: Quantity, headers: str) -> tuple[float, str | None]:
    """Units a header states for bare numbers: "Spend (£000)", "£m", "Solved rate (%)"."""
    if q.unit != "count":
        return q.value, None
    money = re.search(r"£\s*(000s?|k|m|million|bn)?", headers, re.I)
    if money:
        scale = (money.group(1) or "").lower().rstrip("s")
        factor = {"000": 1e3, "k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9}.get(scale, 1.0)
        return q.value * factor, "gbp"
    if re.search(r"%|\bper\s*cent|\bpercentage\b(?!\s+points?)", headers, re.I):
        return q.value, "percent"
    if re.search(r"\b(?:pp|pts|percentage\s+points?)\b", headers, re.I):
        return q.value, "percentage_points"
    if re.search(r"\bfte\b", headers, re.I):
        return q.value, "fte"
    return q.value, None


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


@dataclass
class _Context:
    """What the paragraphs read so far lend the next one."""

    caption: str | None = None  # the text before a table introduces it
    lead: tuple[str | None, str | None] | None = None  # a list's lead-in: period, context
    lead_subject: str | None = None  # the subject of the list's lead-in
    question: str | None = None  # what the last question asked about: "rate for rape?"
    asked_at: int = 0
    subject: str | None = None  # what this paragraph (or the one before) is about
    carried: str | None = None  # the subject the paragraph before opened with

    def enter(self, index: int, block: Block) -> None:
        if block.kind == "heading":
            self.subject = self.question = None
        elif block.kind != "table":
            # A paragraph's own subject, else the one the paragraph before it opened with.
            own = _paragraph_subject(block.text)
            continues = CONTINUES.search(_sentences(block.text)[0][1][:200])
            self.subject, self.carried = own or (self.carried if continues else None), own
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
            self.lead, self.lead_subject = lead, self.subject
        self.caption = block.text


@register("statistics", "1", "statistics")
def extract_statistics(paper: Paper) -> list[Statistic]:
    """Every figure in the paper with what it measures, its unit and period."""
    out: list[Statistic] = []
    context = _Context()
    enumerated = _enumerations(paper.blocks)
    for index, block in enumerate(paper.blocks):
        context.enter(index, block)
        if block.kind == "table":
            out.extend(_table(block, paper, context.caption))
            continue
        if index not in enumerated and context.lead:
            out.extend(_prose(block, paper, context.lead[0], context.lead[1],
                              section_topic=context.question, subject=context.lead_subject))
        elif index not in enumerated:
            out.extend(_prose(block, paper, None, None, section_topic=context.question,
                              subject=context.subject))
        context.leave(index, block)
    return out
