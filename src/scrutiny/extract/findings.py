"""Inspection findings (recommendations, areas for improvement, causes of concern) from
progress reports.

Progress reports lay findings out in three ways, and a reader may flatten any of them:

* **register tables**: one table, a row per finding, with a header row naming the
  columns (``No | Area for improvement | Progress | RAG | Target date | Revised date``);
  rows that wrap across lines or pages come back as rows with an empty number cell;
* **cards**: one small table, or a run of paragraphs, per finding: the numbered
  finding, its RAG word, "Action Taken" / "Ongoing Activity" text, then a closing line
  ("Anticipated completion date – May 2023", "Completed");
* the same cards after a PDF-to-text conversion, where columns run together.

Register tables are read by column. Everything else goes through one state machine over
*units* (a paragraph, or one table row with merged duplicate cells removed), so DOCX
cards, PDF tables and flattened text are handled by the same rules.

A finding statement is recognised by how inspectorates word them ("The force should",
"needs to", "must", "is failing to"), and only counts when progress follows it (a RAG
word, an action/progress heading, a completion line): that keeps a sentence like "the
Force should consider ..." in minutes from becoming a finding.

Where each rule lives: ``findings_registers`` (register tables), ``findings_cards`` (the
card state machine) over ``findings_units``, ``findings_fields`` (label: value lines and
how dates move), ``findings_words`` (RAG keys, status words, kinds of finding, statement
wording), ``findings_inspections`` (inspection names), ``findings_flat`` (registers a PDF
reader flattened into paragraphs).
"""

from __future__ import annotations

from scrutiny.extract.base import register
from scrutiny.extract.findings_cards import CardReader, finding_of, infer_numbers
from scrutiny.extract.findings_inspections import inspection_name
from scrutiny.extract.findings_registers import register_tables
from scrutiny.extract.findings_units import cell_span
from scrutiny.extract.findings_words import paper_key, rag_key, ref_kind, status_from_words
from scrutiny.ingest.paper import Paper
from scrutiny.records import Finding

# Imported from here by other extractors and tests; the rules live in findings_*.py.
__all__ = ["cell_span", "extract_findings", "inspection_name", "rag_key", "ref_kind",
           "status_from_words"]


@register("findings", "1", "findings")
def extract_findings(paper: Paper) -> list[Finding]:
    """Every inspection finding reported in the paper, with its progress."""
    key = paper_key(paper)  # read once: both readers start from the paper's own key
    registered, used = register_tables(paper, key)
    reader = CardReader(paper, skip=used, key=key)
    entries = reader.read()
    infer_numbers(entries)
    return registered + [finding_of(e, paper, reader.key) for e in entries]
