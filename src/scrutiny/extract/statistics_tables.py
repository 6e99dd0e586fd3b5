"""Statistics from table cells: one per numeric cell, its measure and period from the
row and column headers (whichever reads as periods), units from the headers.
"""

from __future__ import annotations

import re

from scrutiny.extract.findings_units import cell_span
from scrutiny.extract.statistics_cleanup import _clean, _plausible
from scrutiny.extract.statistics_periods import BASELINE, _periods, _tidy_period
from scrutiny.extract.statistics_prose import _prose, _statistic, _unit
from scrutiny.ingest.document import Block
from scrutiny.ingest.paper import Paper
from scrutiny.parse.dates import find_periods
from scrutiny.parse.quantities import Quantity, find_quantities
from scrutiny.records import Statistic

# --- tables -------------------------------------------------------------------------------------


def _is_periodish(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and sum(1 for c in filled if find_periods(c)) >= max(1, len(filled) // 2)


CAPTION_SUBJECT = re.compile(
    r"\btable\b[^.]*?\b(?:illustrates|shows|sets\s+out|summarises|summarizes|provides|gives|"
    r"details|presents)\s+(?:the\s+)?(?P<np>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}?)"
    r"(?=\s+(?:from|for|in|by|of|across|during|at|over)\b|[,.;:]|$)", re.IGNORECASE)
NUMERIC_CELL = re.compile(r"^[\s£+\-−–(]*[\d.,]+\s*(?:%|k|m|bn|fte|pts?|pp|days?|hours?|hrs)?"
                          r"[\s)]*$", re.IGNORECASE)
POINTS_CELL = re.compile(r"\d\s*(?:pp|pts?|percentage\s+points?)\W*$", re.IGNORECASE)


# A column of item numbers ("No.", "Ref", "#", "Rec no.") labels the rows; its cells are
# not figures about anything.
ITEM_NUMBER_HEADER = re.compile(
    r"^\W*(?:(?:item|rec(?:ommendation)?|afi|action|ref(?:erence)?|para(?:graph)?|question|"
    r"line)\s*)?(?:no\.?|ref\.?|reference|\#|id)\W*$|^\W*(?:item|rec(?:ommendation)?|afi|action|"
    r"para(?:graph)?|question|line)\s+number\W*$", re.IGNORECASE)


def _table(block: Block, paper: Paper, caption: str | None) -> list[Statistic]:
    """One statistic per numeric cell, named by its row and column headers; cells of
    running text (a progress table's "Action taken") are read as prose."""
    rows = block.rows or []
    merged = _two_row_header(rows)
    view = [merged, *rows[1:]] if merged else rows
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
            elif r > (1 if merged else 0) and c and NUMERIC_CELL.match(flat) \
                    and not ITEM_NUMBER_HEADER.match(view[0][c] if c < len(view[0]) else ""):
                out.extend(_cell(block, paper, view, r, c, caption))
    return out


def _two_row_header(rows: list[list[str]]) -> list[str] | None:
    """A header in two rows (a spanning "2023/24" over "Q1 | Q2 ...", or "April to
    August" over "2024 | 2025 | Change"): the readers leave the spanned cells blank and
    the corner of the second row empty. One header row whose cells join both, the part
    without a year first ("Q1 2023/24", "April to August 2024"); None for other tables."""
    if len(rows) < 3 or rows[1][0].strip() or len(rows[1]) != len(rows[0]):
        return None
    top, sub = rows[0], rows[1]
    if not any(c.strip() for c in sub[1:]) or any(NUMERIC_CELL.match(c) and not find_periods(c)
                                                   for c in sub[1:] if c.strip()):
        return None
    if not any(not c.strip() for c in top[1:]):
        return None  # nothing spans: the second row is data or a note, not a header
    merged, above = [top[0]], ""
    for upper, lower in zip(top[1:], sub[1:], strict=True):
        above = upper.strip() or above
        below = lower.strip()
        if not below or not above:
            merged.append(below or above)
        elif not _periods(below) or not _periods(above):
            # "H1" reads as a period only with its year; "Change" stays a change column.
            joined = f"{below} {above}"
            longer = [p for _, _, p in _periods(joined) if len(p) > len(above.strip())]
            merged.append(joined if longer else below)
        elif YEAR.search(below) and not YEAR.search(above):
            merged.append(f"{above} {below}")
        else:
            merged.append(f"{below} {above}")
    return merged


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


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
    coded = len(row_head.strip()) <= 3 and bool(header[0].strip()) and not _periods(header[0])
    if coded:
        row_head = f"{header[0].strip()} {row_head.strip()}"  # "Band | ..." with rows "A", "B"
    period: str | None
    place: str | None = None
    if PLACE_COLUMN.match(header[0]) and not _is_periodish(header[1:]):
        # District | Charge rate (%) | ...: the row names where, the column what.
        measure, place = col, row_head.strip() or None
        period = _caption_period(caption)
    elif _is_periodish(header[1:]) and not _is_periodish([x[0] for x in rows[1:]]):
        measure, period = row_head, col
        dated_change = _dated_change(col)
        if dated_change:  # "Change, Q3 2024/25 on Q3 2023/24": the change to the first
            measure, period = f"{dated_change[0]} in {row_head}", dated_change[1]
        elif not _periods(col):  # "Change" beside "2023/24 | 2024/25"
            spans = [h for h in header[1:] if _periods(h)]
            if re.search(r"chang|differen|varian|increase|decrease|diff", col, re.I):
                measure = f"{col} in {row_head}"
            elif BENCHMARK.match(col):  # "Target" beside the periods: what the row aims at
                measure = f"{row_head} ({col.strip().lower()})"
            else:
                measure = f"{row_head} {col}"
            period = spans[-1] if len(spans) >= 2 else None  # the change up to the latest
    elif _is_periodish([x[0] for x in rows[1:]]):  # periods down the side: transposed
        measure, period = col, row_head
        dated_change = _dated_change(row_head)
        if dated_change:
            measure, period = f"{dated_change[0]} in {col}", dated_change[1]
    else:
        measure = f"{row_head} {col}".strip()
        period = _caption_period(caption)
    measure = re.sub(r"\s*\((?:£\s*\w*|%|fte|number|no\.?|count|pts|pp|days|hours)\)", "",
                     measure, flags=re.I)
    # A column header beside places is the measure as printed ("All crime").
    measure = " ".join(measure.split()) if place or coded else _clean(measure)
    subject = CAPTION_SUBJECT.search(caption or "")
    named = set(subject.group("np").lower().split()) if subject else set()
    if subject and period is not None and not place and not named & set(
            measure.lower().split()):
        measure = f"{measure} ({subject.group('np')})"  # "The table shows enforcement activity"
    if not _plausible(measure):
        return []
    # The corner cell may carry the unit for the whole table: "Measure (%)".
    value, unit = _header_units(q, f"{row_head} {col} {header[0] if c else ''}")
    if unit is None and q.unit == "count" and any(POINTS_CELL.search(x) for x in rows[r][1:]):
        unit = "percent"  # "11.4 | 13.1 | +1.7pp": a row whose change is in points is in %
    start, end = cell_span(block, r, c)
    return [_statistic(paper, measure, q, unit or _unit(q, f"{measure} {col}"),
                       _tidy_period(UNIT_NOTE.sub("", period)) if period else None, place,
                       start, end,
                       value=value)]


CHANGE_HEADER = re.compile(r"^[^\w%]*(?P<label>(?:%\s*|percentage\s+(?:point\s+)?)?(?:change|"
                           r"difference|variance|increase|decrease)\b)", re.IGNORECASE)


# "compared with 5.2% in the previous 12 months", "against 410 in": what comes after is a
# baseline the text compares with, not the period of the table it introduces.
CAPTION_BASELINE = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|against|versus|vs\.?|from)\s+(?:the\s+)?"
    r"(?:£?[\d.,]+\s*(?:%|per\s*cent|[a-z]+)?\s+)?(?:(?:in|for|during|over)\s+)?(?:the\s+)?"
    r"(?:same\s+[a-z]+\s+(?:(?:of|in)\s+)?)?$", re.IGNORECASE)


def _caption_period(caption: str | None) -> str | None:
    """The period of a table from the text before it: the last one the text states as its
    own. "6.9% in the 12 months to September 2024, compared with 5.2% in the previous 12
    months. The table below shows ..." gives the table the 12 months to September 2024;
    the baseline is the period only when the text states no other."""
    text = (caption or "")[-200:]
    periods = _periods(text)
    chosen = _own_periods(text, periods, CAPTION_BASELINE, 48) or [p for _, _, p in periods]
    return chosen[-1] if chosen else None


def _own_periods(
    text: str, periods: list[tuple[int, int, str]], baseline: re.Pattern[str], window: int
) -> list[str]:
    """The periods ``text`` states as its own: those not just after words that introduce
    a baseline it compares with (``baseline``, searched in ``window`` characters before)."""
    return [label for start, _, label in periods
            if not baseline.search(text[max(0, start - window):start])]


def _dated_change(header: str) -> tuple[str, str] | None:
    """A change column that names its own periods ("Change, Q3 2024/25 on Q3 2023/24",
    "% change 2024/25 vs 2023/24"): (its label, the period changed to, the one not after
    "on" / "vs" / "compared with"). None for other headers."""
    label = CHANGE_HEADER.match(header)
    periods = _periods(header)
    if not label or not periods:
        return None
    own = _own_periods(header, periods, BASELINE, 32)
    return (label.group("label"), own[0]) if own else None


UNIT_NOTE = re.compile(r"\s*\((?:£\s*\w*|%|fte|number|no\.?|count|pts|pp|days|hours)\)",
                       re.IGNORECASE)
BENCHMARK = re.compile(r"^\W*(?:target|aim|goal|forecast|budget|plan|baseline|national\s+average|"
                       r"average)\W*$", re.IGNORECASE)
PLACE_COLUMN = re.compile(
    r"^\W*(?:district|area|ward|borough|division|town|neighbourhood|local\s+authority|"
    r"locality|policing\s+area|community\s+safety\s+partnership|csp|bcu|sector|beat|"
    r"county|region|unitary\s+authority|council|place|location)s?\W*$", re.IGNORECASE)


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
