"""Split a Document into its papers and say what each paper is.

An agenda pack is one file holding many papers: the agenda, the minutes of the last
meeting, reports with cover sheets, a work programme, another board's notes. Councils
mark where one paper ends and the next begins in a handful of ways, and these are the
cues used here (none is tied to one council):

* "This page is intentionally left blank": a boundary, never a paper of its own;
* a cover sheet: "To: / From: / Subject: / Date:" lines, on one line or several, or a
  table of them;
* "MINUTES of a meeting of ...", "Meeting Notes", "Notes of the ... Board", "Record of
  the meeting ...";
* "AGENDA", "Notice of meeting", "Notice is hereby given ...";
* report headers: "Report of the ..." (at a page top or over cover fields), a bare
  "Agenda Item 5" line;
* a "Work Programme" title naming its body or year; a "Questions to the ..." heading;
* printed page numbers that go back to 1; the line after "The meeting closed at ...".

Cues close together (a cover sheet's lines, "AGENDA" then "Notice is hereby given")
open one paper, not several, and a front sheet's details (date, venue, membership)
belong to the "AGENDA" below them. A cue at the top of a page always opens a paper,
unless it is a running head repeated on each page. Numbered lines ("116. Future Work
Programme") are items of the paper they are in and never open one.

Each paper then gets a title, the date and body of the meeting it is for or records
(labelled fields first, then "held on ..." sentences, then title lines), and a kind from
``classify``. Papers that state no date or body inherit the pack's: a report "to the
Panel" in a pack is for the meeting the pack is for.
"""

from __future__ import annotations

import re

from scrutiny.ingest.classify import classify
from scrutiny.ingest.document import Document
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.split.body_names import (
    body_key,
    clean_body,
    fullest_name,
    same_body,
    title_case,
)
from scrutiny.ingest.split.boundaries import is_blank_page, paper_spans
from scrutiny.ingest.split.cover_sheet import has_cover, read_fields
from scrutiny.ingest.split.header import Header, is_masthead, read_header
from scrutiny.ingest.split.inherit import inherit
from scrutiny.ingest.split.meeting_date import date_in_text
from scrutiny.ingest.split.plain_text import plain
from scrutiny.ingest.split.start_cues import start_cue, start_kind

__all__ = ["Header", "body_key", "clean_body", "describe", "fullest_name", "inherit",
           "is_blank_page", "is_masthead", "paper_spans", "plain", "read_fields",
           "read_header", "same_body", "split_document", "start_cue", "start_kind",
           "title_case"]

_I = re.IGNORECASE


def split_document(document: Document) -> list[Paper]:
    """Every paper of the document, in order; never empty for a non-empty document."""
    blocks = document.blocks
    if not blocks:
        return [Paper(document, 0, 0, title=document.title)]
    papers = [Paper(document, s, e) for s, e in paper_spans(blocks)]
    if not papers:  # a document of nothing but blank-page notices
        papers = [Paper(document, 0, len(blocks))]
    for paper in papers:
        describe(paper)
    inherit(papers)
    if len(papers) == 1 and not papers[0].title:
        papers[0].title = document.title
    return papers


def describe(paper: Paper) -> None:
    """Fill a paper's title, date, body and kind from its own text."""
    header = read_header(paper.blocks)
    rows = [row for b in paper.blocks if b.rows for row in b.rows]
    paper.kind = classify(header.opening, paper.text, has_cover=has_cover(header),
                          table_rows=rows)
    paper.title = header.title
    if paper.kind == "agenda" and not re.match(r"\W*(?:agenda|notice|summons)", paper.title or "",
                                               _I):
        paper.title = f"Agenda – {header.body}" if header.body else "Agenda"
    paper.body = header.body
    lines = 1 if paper.kind == "work_programme" else 3  # its other dates are meetings to come
    paper.date = header.date or date_in_text(header.opening, paper.text, lines)
    for name, value in header.fields.items():
        paper.extra[name] = value

