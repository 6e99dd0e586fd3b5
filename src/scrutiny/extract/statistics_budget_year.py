"""The financial year of a budget figure from the heading of its section.

Finance items are headed with the year they monitor ("4. Finance: Quarter 3 budget
monitoring 2024/25", "Revenue outturn 2024/25", "Capital programme 2025/26") and their
sentences then state the money without it ("a forecast underspend of £1.3m against a net
revenue budget of £212.6m"). A budget, an underspend or a saving is for the financial year
as a whole, so such a figure with no period of its own takes the heading's year, not the
quarter in which it is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import parse_period
from scrutiny.records import Statistic

FINANCE_HEADING = re.compile(r"\b(?:financ\w*|budget\w*|revenue|capital|outturn|treasury|"
                             r"medium[\s-]term|spending|reserves?)\b", re.IGNORECASE)
FINANCIAL_YEAR = re.compile(r"\b20\d\d[/-]\d\d\b")
BUDGET_MEASURE = re.compile(r"\b(?:budget|underspend|overspend|outturn|reserves?|borrowing|"
                            r"savings?|deficit|surplus|funding\s+gap)\b", re.IGNORECASE)


def _is_heading(block: Block) -> bool:
    """A heading, or a short numbered line that reads as one ("3. CAPITAL PROGRAMME
    2026/27" in a plain-text paper is read as a list item): no sentence, no figure."""
    if block.kind == "heading":
        return True
    text = block.text.strip()
    return block.kind in {"list_item", "paragraph"} and len(text.split()) <= 10 \
        and not text.endswith((".", ":", ";", "?")) and not re.search(r"[£%]", text)


def with_budget_year(found: list[Statistic], paper: Paper) -> list[Statistic]:
    """Money figures about a budget with no period take the financial year their finance
    section's heading names; other figures and other sections are left as they are."""
    headings = [b for b in paper.blocks if _is_heading(b)]
    starts = [h.start for h in headings]
    for statistic in found:
        if statistic.period or statistic.unit != "gbp" or statistic.source is None \
                or not BUDGET_MEASURE.search(statistic.measure):
            continue
        at = bisect_right(starts, statistic.source.start) - 1
        if at < 0 or not FINANCE_HEADING.search(headings[at].text):
            continue
        years = FINANCIAL_YEAR.findall(headings[at].text)
        if len(years) != 1:
            continue  # "Medium-term plan 2025/26 to 2028/29" names no one year
        resolved = parse_period(years[0], reference=paper.date)
        statistic.period = years[0]
        statistic.period_start = resolved.start if resolved else None
        statistic.period_end = resolved.end if resolved else None
    return found
