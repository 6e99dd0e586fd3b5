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
from scrutiny.extract.findings_inspections import (
    PEEL_BODY,
    better_name,
    inspection_name,
    normal_cycle,
)
from scrutiny.extract.findings_units import cell_span
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
    "requiring improvement": "requires_improvement",  # "was graded as requiring improvement"
    "inadequate": "inadequate",
}
GRADE = r"(?:outstanding|good|adequate|(?:requires?|requiring)\s+improvements?|inadequate)"
GRADE_WORD = re.compile(GRADE, re.IGNORECASE)
CONTINUES_AFTER = {"of", "the", "a", "an", "to", "and", "for", "in", "with", "on", "&", "at"}
CYCLE = re.compile(r"(?:19|20)\d{2}\s*[/–—-]\s*(?:19|20)?\d{2}|(?:19|20)\d{2}")
# A mark that puts an area's row in a grade's column: "●", "✓", "X", "Yes".
MARK = re.compile(r"^\s*(?:[●•✓✔☑✗✘■▪◼◆*]|x|y|yes)\s*$", re.IGNORECASE)
EARLIER = re.compile(r"\b(?:previous|last|prior|old|former|earlier)\b", re.IGNORECASE)


NOT_LETTERS = re.compile(r"[^a-z ]+")
BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# "Grade (change since 2021/22)", "compared with 2021/22": a cycle the column is measured
# against, not the cycle that gave its grades.
COMPARED_CYCLE = re.compile(
    r"\b(?:since|compared\s+(?:with|to)|vs\.?|versus|previously|"
    r"(?:change|movement|direction)\s+(?:from|on))\s+"
    r"(?:the\s+)?(?:PEEL\s+)?(?:19|20)\d{2}", re.IGNORECASE)


def _has_grade_word(lowered: str) -> bool:
    """Does a lower-cased text hold a word every grade holds ("inadequate" holds
    "adequate")? Most cells and paragraphs do not, and are let go before any pattern."""
    # spelt out rather than any() over a tuple: this runs on every cell and paragraph
    return ("good" in lowered or "adequate" in lowered or "improvement" in lowered
            or "outstanding" in lowered)


def grade_of(text: str) -> str | None:
    """The grade a cell or phrase states, or None ("Not graded", "n/a", anything else)."""
    lowered = text.lower()
    if not _has_grade_word(lowered):
        # "RI", as grids and grade columns short "Requires improvement"
        return "requires_improvement" if text.strip(" *") == "RI" else None
    # "Adequate (previously Good)", "Requires improvement (no change)": the grade is the
    # cell's own; the bracket compares it with another
    lowered = BRACKETED.sub(" ", lowered).strip() or lowered
    clean = " ".join(NOT_LETTERS.sub(" ", lowered).split())
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
    area = re.sub(r"^(?:its|their)\s+", "", re.sub(r"\s+", " ", area).strip(" .:;,"))
    return Judgement(inspection=inspection, area=area,  # "in its use of data": the area
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
    if sum(1 for g in header if g) >= 3 and _marked(rows, header):
        return _marked_grid(block, paper, inspection, rows, base)
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


def _marked(rows: list[list[str]], header: list[str | None]) -> bool:
    """Is this a grid of marks (an area per row, a mark under its grade)?"""
    cells = [row[col] for row in rows[1:] for col, grade in enumerate(header)
             if grade and col < len(row) and row[col].strip()]
    return bool(cells) and sum(1 for c in cells if MARK.match(c)) * 2 > len(cells)


def _marked_grid(block: Block, paper: Paper, inspection: str | None, rows: list[list[str]],
                 base: int) -> list[Judgement]:
    """Area | Outstanding | Good | ... with a mark in the grade column of each area's
    row; a column of grades beside the grid ("2021/22", "Previous grade") is another
    inspection's judgement of the same area."""
    header = [grade_of(c) for c in rows[0]]
    area_col = next((i for i, g in enumerate(header) if not g), 0)
    out: list[Judgement] = []
    for r, row in enumerate(rows[1:], start=base + 1):
        area = row[area_col].strip() if area_col < len(row) else ""
        marked = [col for col, grade in enumerate(header)
                  if grade and col < len(row) and MARK.match(row[col])]
        if area and len(marked) == 1:
            grade = header[marked[0]]
            assert grade is not None
            out.append(_judgement(inspection, area, grade, paper,
                                  cell_span(block, r, area_col)[0],
                                  cell_span(block, r, marked[0])[1]))
    beside = [col for col, grade in enumerate(header) if not grade and col != area_col]
    return out + _graded_columns(block, paper, inspection, beside, base, area_col)


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
    """Area | <cycle> grade | <cycle> grade: one judgement per graded cell. A table with
    no header row (its first row already an area and its grade) is read from that row; a
    table of pairs set side by side (Area | Grade | Area | Grade) takes each grade's area
    from the nearest column of areas to its left."""
    rows = block.rows or []
    header = rows[0]
    width = max(len(r) for r in rows)
    graded_cols = [
        i for i in range(1, width)
        if any(grade_of(r[i]) for r in rows[1:] if i < len(r))
    ]
    headless = any(grade_of(header[i]) for i in graded_cols if i < len(header))
    graded_rows = sum(1 for r in rows[0 if headless else 1:] if any(grade_of(c) for c in r[1:]))
    if not graded_cols or (graded_rows < 2 and not re.search(
            r"\b(?:grade|judgement|rating|peel|\d{4})",
            " ".join(header[i] for i in graded_cols if i < len(header)), re.I)):
        return []
    area_cols = {col: max(i for i in range(col) if i not in graded_cols) for col in graded_cols}
    return _graded_columns(block, paper, inspection, graded_cols, -1 if headless else 0,
                           area_cols)


def _column_inspection(title: str, paper: Paper, inspection: str | None) -> str | None:
    """The inspection a column of grades belongs to: the cycle its header names
    ("2021/22 grade"); for "Previous grade", the earlier inspection the paper names; else
    the paper's own. None for a column that holds no judgement made (a target, an earlier
    grade the paper gives no cycle for). A cycle the column is compared with ("Grade
    (change since 2021/22)") is not the column's own."""
    if COMPARED_CYCLE.search(title):
        title = BRACKETED.sub(" ", COMPARED_CYCLE.sub(" ", title))
    cycle = CYCLE.search(title)
    if not cycle and EARLIER.search(title):
        return _earlier_inspection(paper, inspection)
    if not cycle and re.search(r"\b(?:target|aim|aspiration|expected|predicted)\b", title,
                               re.I):
        return None
    named = inspection_name(title)
    if cycle and not named:
        body = CYCLE.sub("", inspection or PEEL_BODY).strip()
        named = f"{body} {normal_cycle(cycle.group(0))}"
    return named or inspection


def _earlier_inspection(paper: Paper, inspection: str | None) -> str | None:
    """The latest inspection of the same series that the paper names with a cycle before
    ``inspection``'s ("beside those awarded in the PEEL 2021/22 inspection"), or None."""
    current = _start_year(inspection)
    if current is None:
        return None
    earlier: list[tuple[int, str]] = []
    for block in paper.blocks:
        for match in CYCLE.finditer(block.text if block.kind != "table" else ""):
            year = _start_year(match.group(0))
            named = inspection_name(block.text[max(0, match.start() - 40):match.end() + 20])
            if not (named and CYCLE.search(named)) and (inspection or "").startswith(PEEL_BODY):
                # "the grades from the 2021/22 inspection": the same series, earlier
                named = f"{PEEL_BODY} {normal_cycle(match.group(0))}"
            if year and year < current and named and CYCLE.search(named) and _names_grades(
                    block.text):
                earlier.append((year, named))
    return max(earlier)[1] if earlier else None


def _names_grades(text: str) -> bool:
    """Does the text speak of inspections or grades (so a year in it may be a cycle)?"""
    return bool(re.search(r"\b(?:inspection|PEEL|grade[sd]?|graded|judgements?|cycle|"
                          r"assessment)\b", text, re.IGNORECASE))


def _start_year(text: str | None) -> int | None:
    match = re.search(r"\b((?:19|20)\d{2})", text or "")
    return int(match.group(1)) if match else None


def _graded_columns(block: Block, paper: Paper, inspection: str | None, cols: list[int],
                    base: int, area_col: int | dict[int, int]) -> list[Judgement]:
    """One judgement per graded cell of the given columns, each named with its column's
    inspection; rows ``base + 1`` onwards (base -1: no header row, the paper's own
    inspection), areas in ``area_col`` (or, per graded column, the column it maps to)."""
    rows = block.rows or []
    out: list[Judgement] = []
    for col in cols:
        title = rows[base][col] if base >= 0 and col < len(rows[base]) else ""
        named = _column_inspection(title, paper, inspection)
        if named is None:
            continue
        areas = area_col[col] if isinstance(area_col, dict) else area_col
        for r in range(base + 1, len(rows)):
            row = rows[r]
            grade = grade_of(row[col]) if col < len(row) else None
            if grade and row[areas].strip():
                out.append(_judgement(named, row[areas], grade, paper,
                                      cell_span(block, r, areas)[0],
                                      cell_span(block, r, col)[1]))
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
# Words that point back or count ("these", "none of the areas"): no area of their own.
ANAPHOR = re.compile(r"^(?:this|these|that|those|such|it|they|them|all|both|each|other|none|"
                     r"no|any|some|several|many|most|few|one|two|three|four|five|six|\d+)\b",
                     re.I)
# "graded good for X", "and as adequate in Y", and the inspectorate's own wording: "the
# force is good at X", "Brenmoor Police requires improvement in Y", "judged the force to
# be adequate at Z".
FORCE = (r"(?:\bthe\s+(?:force|constabulary|service)|"
         r"\b(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)*\s+(?:Police|Constabulary))")  # a force by name
RATED_FOR = re.compile(
    rf"(?:\b(?P<and>and\s+(?:as\s+|is\s+|was\s+)?)|\b(?:graded|rated|judged|assessed)\s+"
    rf"(?:(?:the\s+)?(?:force|constabulary|service)\s+|it\s+|them\s+)?(?:as\s+|to\s+be\s+)?|"
    rf"(?P<force>{FORCE})(?:\s+(?:is|was|remains|to\s+be))?\s+)"
    rf"['‘\"“]?(?P<grade>{GRADE})['’\"”]?\s+(?:for|at|in)"
    rf"\s+(?P<area>[a-z][a-z ,'-]{{3,60}}?)(?=[.;,)]|\s+(?:and|but|which)\b|$)",
    re.IGNORECASE,
)
CLAUSE_START = re.compile(r"(?:^|[.;:]\s+|,\s+|\bthat\s+|\bwhich\s+|\band\s+|\bwith\s+)", re.I)
TITLE_PHRASE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|the|and|to))*\s+[A-Z][a-z]+\b")
TRAILING_QUALIFIER = re.compile(
    r"\s+(?:inspected|assessed|examined|reviewed|covered|under|by|in\s+the\s+\w+\s+report)\b.*$",
    re.I,
)
# "The force's ...", "Northshire's ...", "Northshire Police's ...": the owner, not the area.
LEADING = re.compile(r"^(?:the|its|their|our|his|her|\w+'s|\w+\s+police's)\s+", re.I)


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
    if not area or len(area.split()) > 8 or re.match(
            r"(?:it|they|this|that|he|she|we|force|constabulary|service)$", area, re.I):
        return None
    return area


# One grade's part of a listed judgement ("good at X and at Y; adequate at Z; and requires
# improvement at W"): parts end at a semicolon or where "and" brings the next grade.
LIST_PART = re.compile(
    rf";\s*(?:and\s+)?|,?\s+and\s+(?:as\s+|is\s+|was\s+)?(?={GRADE}\s+(?:at|in|for)\b)",
    re.IGNORECASE)
PART = re.compile(rf"^\s*(?:and\s+)?(?:(?P<grade>{GRADE})\s+)?(?:at|in|for)\s+(?P<areas>.+)$",
                  re.IGNORECASE | re.DOTALL)
AREA_SEP = re.compile(r",?\s+and\s+(?:at|in|for)\s+", re.IGNORECASE)
# A comma ends the name unless a list of activities goes on ("building, supporting and
# protecting the workforce").
CLAUSE_END = re.compile(r"[.;)]|,\s+(?!\w+ing\b)|\s+(?:but|which|while|whereas|although|because)\b",
                        re.IGNORECASE)
# Words that show "and" has begun a new clause, not continued an area's name ("preventing
# crime and antisocial behaviour" goes on; "preventing crime and the panel welcomed it" stops).
CLAUSE_WORDS = re.compile(r"\b(?:this|that|it|he|she|they|we|was|is|were|are|has|have|had|"
                          r"will|would|can|could|should|\w+ed)\b", re.IGNORECASE)


def _area_name(text: str) -> str | None:
    """The area's name at the head of ``text``: up to the clause's end, keeping an "and"
    that continues the name; None when that is no short name."""
    end = CLAUSE_END.search(text)
    area = text[: end.start()] if end else text
    pieces = area.split(" and ")
    kept = pieces[0]
    for piece in pieces[1:]:
        if len(piece.split()) > 4 or CLAUSE_WORDS.search(piece):
            break
        kept = f"{kept} and {piece}"
    kept = kept.strip(" ,")
    return kept if kept and len(kept.split()) <= 10 else None


def _listed(text: str, start: int) -> list[tuple[str, str]]:
    """(grade, area) pairs of a judgement listed from ``start`` (the first grade) to the
    sentence's end: "good at X and at Y; adequate at Z; and requires improvement at W"."""
    stop = text.find(". ", start)
    sentence = text[start: stop if stop >= 0 else len(text)]
    pairs: list[tuple[str, str]] = []
    grade: str | None = None
    for part in LIST_PART.split(sentence):
        parsed = PART.match(part or "")
        if parsed is None:
            break
        grade = grade_of(parsed.group("grade")) if parsed.group("grade") else grade
        for piece in AREA_SEP.split(parsed.group("areas")):
            area = _area_name(piece)
            if grade is None or area is None:
                return pairs
            pairs.append((grade, area))
    return pairs


# "graded the force's response to the public as inadequate, and its management of
# offenders as adequate", "assessed crime recording as outstanding": the area between the
# verb and "as", the grade ending its clause (not "rated the building as good value").
RATED_AS = re.compile(
    rf"(?:\b(?:graded|rated|judged|assessed)|(?P<and>,?\s+and))\s+"
    rf"(?:(?:the\s+)?(?:force|constabulary|service)['’]s\s+|its\s+|their\s+|"
    rf"(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)*['’]s\s+)?"
    rf"(?:(?:approach|work|effectiveness|performance)\s+(?:to|in|at|on)\s+)?"
    rf"(?P<area>[a-z][a-z ,'-]{{3,60}}?)\s+as\s+(?:being\s+)?['‘\"“]?(?P<grade>{GRADE})['’\"”]?"
    rf"(?=\s*(?:[.;,)]|$)|\s+(?:and|but|which|while)\b)",
    re.IGNORECASE)


INSPECTORATE = re.compile(r"\b(?:HMIC\w*|inspector\w*|inspection|PEEL|report)\b", re.I)


def _rated_as(block: Block, paper: Paper, inspection: str | None,
              taken: list[tuple[int, int]]) -> list[Judgement]:
    """Judgements worded "graded <area> as <grade>", only where the paper names an
    inspection and the inspectorate is the one grading ("HMICFRS graded", "Inspectors
    assessed"); an "and <area> as <grade>" continues only a judgement just read."""
    text = block.text
    own = inspection_name(text) or inspection
    out: list[Judgement] = []
    last_end = -1
    for match in RATED_AS.finditer(text):
        if own is None or any(s <= match.start() < e for s, e in taken):
            continue
        if match.group("and") and match.start() != last_end:
            continue
        stop = text.rfind(". ", 0, match.start())
        sentence_start = stop + 2 if stop >= 0 else 0
        if not match.group("and") and not INSPECTORATE.search(
                text[sentence_start:match.start()]):
            continue  # "The Panel judged the annual report as good": no inspection's grade
        area, grade = match.group("area"), grade_of(match.group("grade"))
        if not grade or ANAPHOR.match(area) or re.match(
                r"(?:the\s+)?(?:force|constabulary|service|it|them)$", area, re.I):
            continue
        out.append(_judgement(own, area, grade, paper, block.start + match.start(),
                              block.start + match.end()))
        taken.append(match.span())
        last_end = match.end()
    return out


# The areas a counted subject's grade covers, after a colon, to the sentence's end.
COLON_LIST = re.compile(r"\s*:\s*(?P<areas>[^.\n]{3,300})")


def _list_areas(text: str) -> list[str]:
    """Areas listed after a colon or dash: split at semicolons and commas, and at an "and"
    that starts another area ("and managing offenders"); an area keeps its own "and"
    ("preventing crime and anti-social behaviour"). None when a piece is too long to be
    a name."""
    areas = [a for a in re.split(r"\s*(?:;|,|\band\b(?=\s+[a-z]+ing\b))\s*(?:and\s+)?",
                                 text.rstrip(". ")) if a]
    if any(len(a.split()) > 8 for a in areas):
        return []  # a clause, not a list of names
    return [a for a in areas if not re.fullmatch(r"(?:none|n/?a|nil|no\s+areas?)", a, re.I)]


def _prose(block: Block, paper: Paper, inspection: str | None) -> list[Judgement]:
    """"rated 'good' for preventing crime" and "investigating crime was graded as
    Requires Improvement", in one paragraph, without reading one phrase twice."""
    out: list[Judgement] = []
    text = block.text
    taken: list[tuple[int, int]] = []
    for match in RATED_FOR.finditer(text):
        grade = grade_of(match.group("grade"))
        if match.group("and") and not (taken and text[taken[-1][1]:match.start()].strip()
                                       in {"", ","}):
            continue  # "... and as adequate for X" continues a judgement just made
        own = inspection_name(text) or inspection
        if match.group("force") and not own:
            continue  # "the force is good at ..." grades nothing outside an inspection's report
        if any(s <= match.start() < e for s, e in taken):
            continue  # inside a list already read
        listed = [] if match.group("and") else _listed(text, match.start("grade"))
        if len(listed) > 1 or (listed and len(listed[0][1]) > len(match.group("area"))):
            # "good at X and at Y; adequate at Z": every grade and area of the list
            stop = text.find(". ", match.start())
            end = stop if stop >= 0 else len(text)
            out.extend(_judgement(own, area, grade, paper, block.start + match.start(),
                                  block.start + end)
                       for grade, area in listed if not ANAPHOR.match(area))
            taken.append((match.start(), end))
            continue
        if grade and not ANAPHOR.match(match.group("area")):
            out.append(_judgement(own, match.group("area"), grade, paper,
                                  block.start + match.start(), block.start + match.end()))
            taken.append(match.span())
    out.extend(_rated_as(block, paper, inspection, taken))
    for match in PROSE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        grade = grade_of(match.group("grade"))
        if not grade:
            continue
        stop = text.rfind(". ", 0, match.start())
        sentence_start = stop + 2 if stop >= 0 else 0  # the first sentence starts at 0
        clause_start = max([sentence_start] + [e for _, e in taken if e <= match.start()])
        sentence = text[clause_start: match.start()]
        area = match.group("after") or _subject(sentence, len(sentence))
        colon = COLON_LIST.match(text, match.end()) if not match.group("after") else None
        if colon and (not area or ANAPHOR.match(area)):
            # "Two areas were judged to be good: preventing crime and managing offenders."
            own = inspection_name(sentence) or inspection
            out.extend(_judgement(own, listed, grade, paper, block.start + clause_start,
                                  block.start + colon.end())
                       for listed in _list_areas(colon.group("areas")))
            continue
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


# An area and its grade in aligned columns, a run of spaces or a tab between them, as text
# converted from a PDF or typed with spaces leaves them ("Tackling fraud      Good"); two
# rows may run together on one line.
ALIGNED_GAP = re.compile(rf"(?: {{2,}}|\t){GRADE}", re.IGNORECASE)
ALIGNED_PAIR = re.compile(
    rf"(?P<area>(?-i:[A-Z])[\w,'&/()-]*(?: [\w,'&/()-]+)*)(?: {{2,}}|\t+)"
    rf"(?P<grade>{GRADE})(?=\s|$)", re.IGNORECASE)


def _aligned(block: Block, paper: Paper, inspection: str | None) -> list[Judgement]:
    """Every area-and-grade pair of a block made of nothing else (a table row the reader
    left as text); a block with any other words is prose, not a row."""
    text = block.text.strip()
    if not ALIGNED_GAP.search(text):
        return []  # most blocks: no grade after a wide gap, so no pattern to try
    pairs = list(ALIGNED_PAIR.finditer(text))
    if not pairs or ALIGNED_PAIR.sub("", text).strip():
        return []
    offset = block.text.index(text)
    return [_judgement(inspection, m.group("area"), grade, paper,
                       block.start + offset + m.start(), block.start + offset + m.end())
            for m in pairs if (grade := grade_of(m.group("grade")))
            and len(m.group("area").split()) <= 12]


# A line's label that names no area: the grade belongs to the heading above.
GRADE_LABEL = re.compile(r"(?:overall\s+|peel\s+|inspection\s+)?(?:grade|judgement|rating|"
                         r"graded|grading|assessment)", re.IGNORECASE)


def _line(block: Block, paper: Paper, inspection: str | None,
          heading: str | None = None) -> list[Judgement]:
    """A short line pairing an area and a grade: "Investigating crime – Requires
    improvement", or a grade and its areas: "Good: preventing crime; treatment of the
    public"; or pairs in aligned columns. "Grade: Good" grades the area of the heading
    above it (``heading``), or nothing when there is none."""
    if len(block.text) > 320:
        return []
    aligned = _aligned(block, paper, inspection)
    if aligned:
        return aligned
    pair = AREA_GRADE.match(block.text.replace("**", "").replace("__", ""))
    if pair and len(pair.group("area").split()) <= 9:
        grade = grade_of(pair.group("grade"))
        area = pair.group("area")
        if GRADE_LABEL.fullmatch(area.strip()):
            area = heading or ""
        return [_judgement(inspection, area, grade, paper, block.start,
                           block.end)] if grade and area else []
    listed = GRADE_AREAS.match(block.text)
    if listed:
        grade = grade_of(listed.group("grade"))
        areas = _list_areas(listed.group("areas"))
        if grade:
            return [_judgement(inspection, a, grade, paper, block.start, block.end)
                    for a in areas]
    return []


@register("judgements", "1", "judgements")
def extract_judgements(paper: Paper) -> list[Judgement]:
    """Every graded judgement the paper reports, named with its inspection and cycle."""
    inspection = inspection_name(paper.title) if paper.title else None
    out: list[Judgement] = []
    heading: str | None = None  # the area a "Grade: Good" line under it grades
    for block in paper.blocks:
        if block.kind == "table" and block.rows and len(block.rows) >= 2:
            out.extend(_grid(block, paper, inspection) or _cycle_table(block, paper, inspection))
            continue
        named = None
        if len(block.text) < 300:
            named = inspection_name(block.text)
            inspection = _heading_name(block.text, named) or better_name(inspection, named)
        graded = _has_grade_word(block.text.lower()) and GRADE_WORD.search(block.text)
        if graded and inspection:
            out.extend(_line(block, paper, inspection, heading)
                       or _prose(block, paper, inspection))
        elif graded:
            out.extend(_prose(block, paper, inspection))
        if len(block.text) >= 300:
            inspection = better_name(inspection, inspection_name(block.text))
        text = block.text.strip(" *_#")
        if (block.kind == "heading" or (len(text) < 80 and not graded)) \
                and not text.endswith((".", ":", "?", ";")):
            # a heading (or a short title line); sentences under it leave it standing
            heading = text if named is None else None
    return _once(out)


def _heading_name(text: str, named: str | None) -> str | None:
    """The inspection a heading or a table's lead-in names with its cycle ("The previous
    inspection (PEEL 2021/22)", "The grades from the 2021/22 PEEL inspection were:"): the
    grades below it are that inspection's, even an earlier one's. A sentence recalling an
    earlier cycle in passing is no heading (it ends in a full stop). ``named``: the
    inspection ``text`` names, read once by the caller."""
    if not named or len(text) > 160 or text.rstrip().endswith((".", ";")):
        return None
    return named if CYCLE.search(named) else None


def _once(judgements: list[Judgement]) -> list[Judgement]:
    """Each judgement once: prose that repeats a grade the grid gave is no new judgement."""
    seen: set[tuple[str | None, str, str]] = set()
    out: list[Judgement] = []
    for judgement in judgements:
        key = (judgement.inspection, judgement.area.lower(), judgement.grade)
        if key not in seen:
            seen.add(key)
            out.append(judgement)
    return out
