"""The noun phrase and clause on either side of a figure in a sentence: "182 stops
were completed" -> ("stops", "completed"); the subject that ends the words before it; and
the word classes (stop words, participles, qualifiers) those readings share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny.extract.statistics_cleanup import _clean

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


BOUNDARY = re.compile(
    r"(?:^|(?<!\d)[,;:]\s*|[,;:](?!\d)\s*|\b(?:had|has|have|was|were|is|are|saw|sees|compared\s+(?:to|with)|"
    r"suggests?|shows?|indicates?|means|demonstrates?|confirms?|"
    r"that|reported|said|stated|advised|noted|confirmed|explained|"
    r"highlighted|showed|shows|show|mentioned|added|where|whereas|while|whilst|and|but|"
    r"(?<!satisfied\s)(?<!associated\s)(?<!dealt\s)(?<!charged\s)(?<!engaged\s)"
    r"(?<!linked\s)(?<!satisfaction\s)with|"  # "victims satisfied with the service" is one noun
    r"which|because|however|although|in\s+terms\s+of|overall|whether|if|"
    r"asked|queried|wondered|(?:asked|enquired|questioned)\s+(?:about|whether|if))\s+)",
    re.IGNORECASE,
)


@dataclass
class Reading:
    """What the words around one figure say it measures."""

    measure: str
    head: str  # the noun phrase an elliptical figure after this one can borrow
    borrowed: bool = False  # continues an earlier figure's noun, so also its period
    unit: str | None = None  # the unit the figure was read in, for elliptical figures
    timeless: bool = False  # a standing benchmark ("a national standard of 90%"): no period


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
        if low in {"and", "while", "whilst"} and NEXT_CHANGE.match(text, m.start()):
            break  # "to 310 offences and robbery fell by 9%": the next clause's subject
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
NEXT_CHANGE = re.compile(r"\s*(?:and|while|whilst)\s+(?:[\w'’/-]+\s+){1,4}?(?:(?:has|have|had)"
                         r"\s+)?(?:fell|fallen|rose|risen|increased|decreased|dropped|declined|"
                         r"grew|grown|reduced|improved)\b", re.IGNORECASE)


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


SHARED_PREDICATE = re.compile(rf"\s+and\s+[\d,]+\s+(?:{WORD})(?:\s+(?:{WORD}))?"
                              rf"(?=\s+(?:were|are|was|is|have|has|had)\s)")


def _clause(rest: str, percent: bool = False) -> str:
    """The participle or relative clause that completes a noun: "were issued to off-road
    vehicles", "who chose 'role' as a priority", "as green (complete)"."""
    shared = SHARED_PREDICATE.match(rest)
    if shared:  # "212 officers and 64 PCSOs were working in ...": both do what follows
        rest = rest[shared.end():]
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
    doing = re.match(rf"\s+(?:were|was|are|is)\s+(?:now\s+|currently\s+|still\s+)?"
                     rf"(?P<v>[a-z]{{3,}}ing\s+(?:{PREPOSITION})\s+(?:(?:the|a|an)\s+)?"
                     rf"(?:{WORD})(?:\s+(?:{WORD})){{0,3}})", rest)
    if doing:  # "PCSOs were now working in neighbourhood teams": what they are doing
        return re.split(r"\s+(?:and|but|which|who|while|whilst|so|as|since|during|compared)\b|"
                        r"\s+\d", doing.group("v"))[0]
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
