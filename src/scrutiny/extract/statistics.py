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

The rules live in modules named for what they do: ``statistics_measure`` (what a figure
measures: which reading applies), built on ``statistics_phrases`` (the noun phrase and
clause on either side of a figure), ``statistics_changes`` (changes), ``statistics_copula``
(a noun, a copula, then the figure), ``statistics_special`` (ranks, pairs, parts of a
whole, bracketed restatements) and ``statistics_cleanup`` (tidying a measure phrase);
``statistics_periods`` (its period and place), ``statistics_prose`` (sentences and
paragraphs), ``statistics_tables`` (cells) and ``statistics_context`` (what earlier
blocks lend later ones). This module only walks the paper.
"""

from __future__ import annotations

import re

from scrutiny.extract.base import register
from scrutiny.extract.statistics_budget_year import with_budget_year
from scrutiny.extract.statistics_context import _Context, _enumerations
from scrutiny.extract.statistics_paper_period import with_paper_period
from scrutiny.extract.statistics_precept import with_precept_year
from scrutiny.extract.statistics_prose import _prose
from scrutiny.extract.statistics_tables import _table
from scrutiny.ingest.paper import Paper
from scrutiny.records import Statistic


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
                              section_topic=context.question, subject=context.lead_subject_of))
        elif index not in enumerated:
            out.extend(_prose(block, paper, None, None, section_topic=context.question,
                              subject=context.subject_of))
        context.leave(index, block)
    found = with_precept_year(_without_restated_wholes(out, paper), paper)
    return with_paper_period(with_budget_year(found, paper), paper)


def _without_restated_wholes(found: list[Statistic], paper: Paper) -> list[Statistic]:
    """"21 of the 120 referrals ...": the whole is a figure of its own, unless the paper
    has already stated it ("120 referrals were made ..."), when it is a restatement."""
    kept: list[Statistic] = []
    for statistic in found:
        start = statistic.source.start if statistic.source else 0
        whole = re.search(r"\bof\s+(?:the|these|those)\s+$",
                          paper.document.text[max(0, start - 20):start])
        words = set((statistic.measure_key or "").split())
        if whole and any(k.value == statistic.value and k.unit == statistic.unit and
                         words & set((k.measure_key or "").split()) for k in kept):
            continue
        kept.append(statistic)
    return kept
