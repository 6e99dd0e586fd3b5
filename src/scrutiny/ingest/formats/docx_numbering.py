"""Word's automatic list numbers, worked out as Word prints them.

A numbered paragraph in a DOCX stores no number: it points at a numbering definition
(``w:numId`` and a level ``w:ilvl``) and Word counts as it lays the document out. We
count the same way, so paragraph "3." reads as marker ``3.`` just as it does in the PDF
of the same paper. Bullet levels give ``•``.

Simplifications: counters are kept per ``numId`` (Word shares them per abstract list
unless a ``w:lvlOverride`` restarts one; papers rarely depend on the difference), and
legal-style ``isLgl`` numbering is read as plain decimals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn

ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(number: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def letters(number: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (Word repeats the letter)."""
    number = max(number, 1)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    if fmt in {"lowerLetter"}:
        return letters(number)
    if fmt == "upperLetter":
        return letters(number).upper()
    if fmt == "lowerRoman":
        return roman(number)
    if fmt == "upperRoman":
        return roman(number).upper()
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt in {"none", "bullet"}:
        return ""
    return str(number)


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Level definitions per ``numId`` and the running counters."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: object) -> Numbering:
        """Read ``word/numbering.xml``; an empty Numbering when the part is missing."""
        try:
            root = document.part.numbering_part.element  # type: ignore[attr-defined]
        except (NotImplementedError, KeyError, AttributeError):
            return cls()
        abstract: dict[str, dict[int, Level]] = {}
        for node in root.iterchildren(qn("w:abstractNum")):
            abstract[node.get(qn("w:abstractNumId"))] = _levels(node)
        numbering = cls()
        for num in root.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            base = abstract.get(ref.get(qn("w:val")) if ref is not None else "", {})
            levels = {k: Level(v.fmt, v.text, v.start) for k, v in base.items()}
            for override in num.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = override.find(qn("w:startOverride"))
                if start is not None and ilvl in levels:
                    levels[ilvl].start = int(start.get(qn("w:val"), "1"))
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
            numbering.levels[num.get(qn("w:numId"))] = levels
        return numbering

    def next_marker(self, num_id: str, ilvl: int) -> str | None:
        """The marker of the next paragraph at ``num_id``/``ilvl``; None if not a list."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return None
        level = levels.get(ilvl) or levels.get(0)
        if level is None or level.fmt == "none":
            return None
        if level.fmt == "bullet":
            return "•"
        counts = self.counters.setdefault(num_id, [0] * 9)
        ilvl = min(max(ilvl, 0), 8)
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else level.start
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        marker = level.text
        for k in range(ilvl + 1):
            lv = levels.get(k, Level())
            value = counts[k] or lv.start
            marker = marker.replace(f"%{k + 1}", format_number(value, lv.fmt))
        return marker.strip() or None


def _level(node: object) -> Level:
    def val(tag: str, default: str) -> str:
        child = node.find(qn(tag))  # type: ignore[attr-defined]
        return child.get(qn("w:val"), default) if child is not None else default

    start = val("w:start", "1")
    return Level(val("w:numFmt", "decimal"), val("w:lvlText", "%1."),
                 int(start) if start.isdigit() else 1)


def _levels(abstract: object) -> dict[int, Level]:
    out = {}
    for lvl in abstract.iterchildren(qn("w:lvl")):  # type: ignore[attr-defined]
        ilvl = lvl.get(qn("w:ilvl"), "0")
        out[int(ilvl) if ilvl.isdigit() else 0] = _level(lvl)
    return out
