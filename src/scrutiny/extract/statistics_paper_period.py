"""The period a paper says, once, that its figures are for: "Figures are for the 12 months
to February 2025 unless stated", "Unless otherwise stated, data cover April to September
2024", "This scorecard reports on Q3 2024/25". Performance papers state it in an
introduction or a note and then list bare figures; those figures take it. A figure with
a period of its own keeps its own, and figures before the statement do not take it.
"""

from __future__ import annotations

import re

from scrutiny.extract.statistics_periods import _periods
from scrutiny.extract.statistics_prose import _sentences
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import parse_period
from scrutiny.records import Statistic

# What the paper's figures are: the words right before the period phrase.
COVER_CUE = re.compile(
    r"\b(?:figures|data|statistics|numbers|performance|this\s+(?:report|briefing|paper|update|"
    r"scorecard|summary|dashboard|plan|tracker|log|register))\b(?:\s+[\w,]+){0,4}?\s+(?:are|is|"
    r"relates?|refers?|covers?|reports?\s+on|shows?|presents?|sets\s+out\s+performance|"
    r"(?:records?|reports?|shows?|sets\s+out)\s+progress)\s+(?:to\s+|for\s+|on\s+|over\s+|"
    r"up\s+to\s+|as\s+at\s+)?"
    r"(?:the\s+)?(?:period\s+(?:of\s+)?)?[*_\"“‘]*$", re.IGNORECASE)
COVER_WORD = re.compile(r"\b(?:figures|data|statistics|numbers|performance|report|briefing|"
                        r"paper|update|scorecard|summary|dashboard|plan|tracker|log|register)\b",
                        re.IGNORECASE)
LEADING_CUE = re.compile(r"^(?:for|in|during|over|covering)\s+(?:the\s+)?", re.IGNORECASE)
SEARCH_BLOCKS = 40  # the statement comes in a paper's opening: purpose, introduction, notes


def stated_period(paper: Paper) -> tuple[str, int] | None:
    """(the period, where it is stated) from the paper's opening blocks; None when the
    paper states none. Text after the period ("compared with ...") is left out."""
    for index, block in enumerate(paper.blocks[:SEARCH_BLOCKS]):
        if block.kind == "table":
            continue
        if block.kind == "heading":
            # Only the paper's own title: an item's heading further down ("5. Annual
            # Report 2023/24") names the period of that item, not of the paper's figures.
            titled = (_titled_period(block.text) if index < TITLE_BLOCKS
                      and not ITEM_REF.match(block.text) else None)
            if titled:
                return titled, block.start
            continue
        for offset, sentence in _sentences(block.text):
            if not COVER_WORD.search(sentence):
                continue  # the cheap test first: most sentences name no figures at all
            for start, _, label in _periods(sentence):
                if COVER_CUE.search(sentence[max(0, start - 80):start]):
                    return LEADING_CUE.sub("", label.strip("*_ ")), block.start + offset
    return None


# A report's title naming its period: "Delivery report, Quarter 1 2025/26", "Performance
# update: April to June 2025", "Scorecard for Q3 2024/25". The period comes right after
# the word for the report; a plan's span before it ("Plan 2024-2029: ...") is no period
# of figures.
TITLE_BLOCKS = 8
ITEM_REF = re.compile(r"^\W*(?:item\s+)?(?:[A-Z]{2,}\s*/\s*)?\d+(?:[./]\d+)*\b", re.IGNORECASE)
TITLE_CUE = re.compile(r"\b(?:report|update|scorecard|dashboard|summary|monitoring|"
                       r"performance)\W{0,3}(?:for\s+|on\s+|covering\s+)?(?:the\s+)?$",
                       re.IGNORECASE)


def _titled_period(heading: str) -> str | None:
    for start, _, label in _periods(heading):
        if TITLE_CUE.search(heading[max(0, start - 40):start]):
            return LEADING_CUE.sub("", label.strip("*_ "))
    return None


# A bare "quarter" / "year" in a sentence is the paper's one when the paper is of that kind.
BARE_KIND = {
    "quarter": re.compile(r"\bQ[1-4]\b|\bquarter\b|^\w+\s+to\s+\w+\s+\d{4}$", re.IGNORECASE),
    "year": re.compile(r"^(?:\d{4}[/-]\d{2,4}|(?:financial\s+)?year\b.*|12\s+months\b.*)$",
                       re.IGNORECASE),
    "period": re.compile(r"."),
}


def with_paper_period(found: list[Statistic], paper: Paper) -> list[Statistic]:
    """Figures with no period of their own, after the statement, take the stated one."""
    stated = stated_period(paper)
    if stated is None:
        return found
    period, at = stated
    resolved = parse_period(period, reference=paper.date)
    for statistic in found:
        bare = (statistic.period or "").lower().removeprefix("the ").strip()
        if bare in BARE_KIND and BARE_KIND[bare].search(period):
            statistic.period = None  # "in the quarter" of a quarter's report is that quarter
        if statistic.period is None and statistic.source and statistic.source.start >= at:
            statistic.period = period
            statistic.period_start = resolved.start if resolved else None
            statistic.period_end = resolved.end if resolved else None
    return found
