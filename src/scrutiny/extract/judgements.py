"""Graded judgements of an inspection, from grade grids, per-cycle tables and prose.

Three layouts, from how forces and panels report PEEL-style grades:

* **grade grids**: a header row of grades (Outstanding | Good | Adequate | Requires
  improvement | Inadequate) with the areas in the cells below. A cell's text may wrap
  over several rows when a PDF is converted to text, so the fragments in one column
  are joined back into areas (a fragment that starts in lower case, or follows one
  that ends in "of"/"the"/"to", continues the area before it). The grid may also be
  turned on its side: a grade in the first cell of each row, areas after it.
* **cycle tables**: ``Area | 2021/22 grade | 2023-25 grade``, one judgement per graded
  cell, each named with the cycle in its column header; "Not graded" gives none.
* **prose**: "Investigating crime was graded as Requires Improvement", "rated 'good'
  for preventing crime", "the support arrangements ... found to be 'Good'".
"""

from __future__ import annotations

import re

from scrutiny.extract.base import register, source_for
from scrutiny.extract.findings import PEEL_BODY, cell_span, inspection_name
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.records import Judgement

GRADES = {
    "outstanding": "outstanding",
    "good": "good",
    "adequate": "adequate",
    "requires improvement": "requires_improvement",
    "require improvement": "requires_improvement",
    "requires improvements": "requires_improvement",
    "inadequate": "inadequate",
}
GRADE = r"(?:outstanding|good|adequate|requires?\s+improvements?|inadequate)"
CONTINUES_AFTER = {"of", "the", "a", "an", "to", "and", "for", "in", "with", "on", "&", "at"}
CYCLE = re.compile(r"(?:19|20)\d{2}\s*[/-]\s*(?:19|20)?\d{2}|(?:19|20)\d{2}")


def grade_of(text: str) -> str | None:
    """The grade a cell or phrase states, or None ("Not graded", "n/a", anything else)."""
    clean = re.sub(r"[^a-z ]+", " ", text.lower())
    clean = re.sub(r"\s+", " ", clean).strip()
    if clean.startswith(("not ", "no ", "un")):
        return None
    return GRADES.get(clean)


def _continues(previous: str, fragment: str) -> bool:
    last = previous.split()[-1].lower() if previous.split() else ""
    return fragment[:1].islower() or last in CONTINUES_AFTER


def join_fragments(fragments: list[str]) -> list[str]:
    """Areas from the fragments of one grid column (cells split over rows or lines)."""
    areas: list[str] = []
    for fragment in fragments:
        for line in fragment.split("\n"):
            line = line.strip(" •-\t")
            if not line:
                continue
            if areas and _continues(areas[-1], line):
                areas[-1] = f"{areas[-1]} {line}"
            else:
                areas.append(line)
    return areas


def _judgement(inspection: str | None, area: str, grade: str, paper: Paper,
               start: int, end: int) -> Judgement:
    return Judgement(inspection=inspection, area=re.sub(r"\s+", " ", area).strip(" .:;,"),
                     grade=grade,  # type: ignore[arg-type]
                     source=source_for(paper.document, start, end))


def _grid(block: Block, paper: Paper, inspection: str | None) -> list[Judgement]:
    """A header row of grades, areas below; or a first column of grades."""
    rows = block.rows or []
    out: list[Judgement] = []
    base = 0
    for index, row in enumerate(rows[:3]):  # a title row may sit above the grades
        if sum(1 for c in row if grade_of(c)) >= 3:
            rows, base = rows[index:], index
            break
    header = [grade_of(c) for c in rows[0]]
    if sum(1 for g in header if g) >= 3:
        for col, grade in enumerate(header):
            if not grade:
                continue
            cells = [row[col] if col < len(row) else "" for row in rows[1:]]
            for area in join_fragments([c for c in cells if c]):
                start, end = _area_span(block, cells, col, area, base + 1)
                out.append(_judgement(inspection, area, grade, paper, start, end))
        return out
    first = [grade_of(row[0]) if row else None for row in rows]
    if sum(1 for g in first if g) >= 2:
        for row, grade in zip(rows, first, strict=False):
            if grade:
                cells = [c for c in row[1:] for c in re.split(r"[;\n]|,\s(?=[A-Z])", c)]
                for area in join_fragments(cells):
                    out.append(_judgement(inspection, area, grade, paper,
                                          block.start, block.end))
    return out


def _area_span(block: Block, cells: list[str], col: int, area: str,
               first_row: int) -> tuple[int, int]:
    """The span from the cell where an area starts to the cell where it ends (a wrapped
    area's fragments sit in one column over several rows)."""
    flat = " ".join(area.split())
    rows = [i for i, cell in enumerate(cells) if cell.strip() and
            " ".join(cell.split()) in flat]
    if not rows:
        return block.start, block.end
    start = next((i for i in rows if flat.startswith(" ".join(cells[i].split()))), rows[0])
    end = next((i for i in rows if i >= start and flat.endswith(" ".join(cells[i].split()))),
               start)
    return (cell_span(block, first_row + start, col)[0],
            cell_span(block, first_row + end, col)[1])


def _cycle_table(block: Block, paper: Paper, inspection: str | None) -> list[Judgement]:
    """Area | <cycle> grade | <cycle> grade: one judgement per graded cell."""
    rows = block.rows or []
    header = rows[0]
    graded_cols = [
        i for i in range(1, len(header))
        if any(grade_of(r[i]) for r in rows[1:] if i < len(r))
    ]
    graded_rows = sum(1 for r in rows[1:] if any(grade_of(c) for c in r[1:]))
    if not graded_cols or (graded_rows < 2 and not re.search(
            r"\b(?:grade|judgement|rating|peel|\d{4})", " ".join(header[i] for i in graded_cols),
            re.I)):
        return []
    out: list[Judgement] = []
    for col in graded_cols:
        cycle = CYCLE.search(header[col])
        if not cycle and re.search(r"\b(?:previous|last|prior|old|former|earlier)\b", header[col],
                                   re.I):
            continue  # an earlier grade with no cycle to name it by
        if not cycle and re.search(r"\b(?:target|aim|aspiration|expected|predicted)\b",
                                   header[col], re.I):
            continue  # not a judgement that was made
        named = inspection_name(header[col])
        if cycle and not named:
            body = (inspection or PEEL_BODY)
            body = CYCLE.sub("", body).strip()
            named = f"{body} {''.join(cycle.group(0).split())}"
        for row in rows[1:]:
            if col < len(row) and row[0].strip():
                grade = grade_of(row[col])
                if grade:
                    r = rows.index(row)
                    out.append(_judgement(named or inspection, row[0], grade, paper,
                                          cell_span(block, r, 0)[0], cell_span(block, r, col)[1]))
    return out


PROSE = re.compile(
    rf"(?P<verb>\b(?:(?:was|were|is|are|been|being|be)\s+(?:graded|rated|judged|assessed|found|"
    rf"considered)\s+(?:to\s+be\s+|as\s+(?:being\s+)?)?|(?:graded|rated|judged|assessed|"
    rf"found|considered)\s+(?:to\s+be\s+|as\s+)))"
    rf"(?P<q>['‘\"“]?)(?P<grade>{GRADE})\b(?P=q)?['’\"”]?"
    rf"(?:\s+(?:for|at|in)\s+(?P<after>[a-z][a-z ,'-]{{3,60}}?)"
    rf"(?=[.;,)]|\s+(?:and|but|which)\b|$))?",
    re.IGNORECASE,
)
ANAPHOR = re.compile(r"^(?:this|these|that|those|such|it|they|them|all|both|each|other)\b", re.I)
RATED_FOR = re.compile(
    rf"\b(?:graded|rated|judged|assessed)\s+(?:as\s+)?['‘\"“]?(?P<grade>{GRADE})['’\"”]?\s+(?:for|at|in)"
    rf"\s+(?P<area>[a-z][a-z ,'-]{{3,60}}?)(?=[.;,)]|\s+(?:and|but|which)\b|$)",
    re.IGNORECASE,
)
CLAUSE_START = re.compile(r"(?:^|[.;:]\s+|,\s+|\bthat\s+|\bwhich\s+|\band\s+|\bwith\s+)", re.I)
TITLE_PHRASE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|the|and|to))*\s+[A-Z][a-z]+\b")
TRAILING_QUALIFIER = re.compile(
    r"\s+(?:inspected|assessed|examined|reviewed|covered|under|by|in\s+the\s+\w+\s+report)\b.*$",
    re.I,
)
LEADING = re.compile(r"^(?:the|its|their|our|his|her|kent's|force's|\w+\s+police's)\s+", re.I)


def _subject(sentence: str, verb_start: int) -> str | None:
    """The area a prose judgement is about: a Title Case name in the clause before the
    verb ("two areas – and Investigating Crime in particular"), else that clause's noun
    phrase without articles and trailing qualifiers."""
    head = sentence[:verb_start]
    starts = [m.end() for m in CLAUSE_START.finditer(head)]
    clause = head[starts[-1]:] if starts else head
    if len(clause.split()) < 1:
        return None
    titled = [m.group(0) for m in TITLE_PHRASE.finditer(clause)
              if not re.match(r"(?:The|This|These|Those|It|They)\b", m.group(0))]
    if titled:
        return titled[-1]
    area = TRAILING_QUALIFIER.sub("", clause.strip(" -–—,"))
    if len(area.split()) > 8:  # "In a separate inspection the force's custody arrangements"
        last = list(re.finditer(r"\b(?:the|its|their|our|\w+'s)\s+", area, re.I))
        area = area[last[-1].end():] if last else area
    area = LEADING.sub("", area.strip())
    if not area or len(area.split()) > 8 or re.match(r"(?:it|they|this|that|he|she|we)$",
                                                      area, re.I):
        return None
    return area


def _prose(block: Block, paper: Paper, inspection: str | None) -> list[Judgement]:
    """"rated 'good' for preventing crime" and "investigating crime was graded as
    Requires Improvement", in one paragraph, without reading one phrase twice."""
    out: list[Judgement] = []
    text = block.text
    taken: list[tuple[int, int]] = []
    for match in RATED_FOR.finditer(text):
        grade = grade_of(match.group("grade"))
        if grade and not ANAPHOR.match(match.group("area")):
            own = inspection_name(text) or inspection
            out.append(_judgement(own, match.group("area"), grade, paper,
                                  block.start + match.start(), block.start + match.end()))
            taken.append(match.span())
    for match in PROSE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        grade = grade_of(match.group("grade"))
        if not grade:
            continue
        sentence_start = max(text.rfind(". ", 0, match.start()) + 2, 0)
        clause_start = max([sentence_start] + [e for _, e in taken if e <= match.start()])
        sentence = text[clause_start: match.start()]
        area = match.group("after") or _subject(sentence, len(sentence))
        if not area or ANAPHOR.match(area):
            continue
        own = inspection_name(sentence) or inspection
        out.append(_judgement(own, area, grade, paper, block.start + clause_start,
                              block.start + match.end()))
    return out


AREA_GRADE = re.compile(
    rf"^\W*(?P<area>[A-Z][^:–—\n]{{3,70}}?)\s*(?:[:–—]|\s-)\s*['‘\"“]?(?P<grade>{GRADE})['’\"”]?"
    r"\W*$", re.IGNORECASE)
GRADE_AREAS = re.compile(
    rf"^\W*(?P<grade>{GRADE})\s*[:–—-]\s*(?P<areas>[A-Za-z][^\n]{{3,300}})$", re.IGNORECASE)


def _line(block: Block, paper: Paper, inspection: str | None) -> list[Judgement]:
    """A short line pairing an area and a grade: "Investigating crime – Requires
    improvement", or a grade and its areas: "Good: preventing crime; treatment of the
    public"."""
    if len(block.text) > 320:
        return []
    pair = AREA_GRADE.match(block.text)
    if pair and len(pair.group("area").split()) <= 9:
        grade = grade_of(pair.group("grade"))
        return [_judgement(inspection, pair.group("area"), grade, paper, block.start,
                           block.end)] if grade else []
    listed = GRADE_AREAS.match(block.text)
    if listed:
        grade = grade_of(listed.group("grade"))
        areas = [a for a in re.split(r"\s*(?:;|,|\band\b(?=\s+[a-z]+ing\b))\s*",
                                     listed.group("areas").rstrip(". "))
                 if a and not re.fullmatch(r"(?:none|n/?a|nil|no\s+areas?)", a, re.I)]
        if grade and all(len(a.split()) <= 8 for a in areas):
            return [_judgement(inspection, a, grade, paper, block.start, block.end)
                    for a in areas]
    return []


@register("judgements", "1", "judgements")
def extract_judgements(paper: Paper) -> list[Judgement]:
    """Every graded judgement the paper reports, named with its inspection and cycle."""
    inspection = inspection_name(paper.title) if paper.title else None
    out: list[Judgement] = []
    for block in paper.blocks:
        if block.kind == "table" and block.rows and len(block.rows) >= 2:
            out.extend(_grid(block, paper, inspection) or _cycle_table(block, paper, inspection))
            continue
        if len(block.text) < 300:
            named = inspection_name(block.text)
            if named and (inspection is None or not inspection.startswith(named)):
                inspection = named
        if re.search(GRADE, block.text, re.I) and inspection:
            out.extend(_line(block, paper, inspection) or _prose(block, paper, inspection))
        elif re.search(GRADE, block.text, re.I):
            out.extend(_prose(block, paper, inspection))
        if len(block.text) >= 300:
            named = inspection_name(block.text)
            if named and (inspection is None or not inspection.startswith(named)):
                inspection = named
    return out
