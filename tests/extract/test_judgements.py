"""Graded judgements from grids (wrapped or whole cells, either orientation), tables with
a cycle per column, and prose, in invented house styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract.judgements import extract_judgements, grade_of, join_fragments
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.formats.text import read_text
from scrutiny.ingest.paper import Paper

FIXTURES = Path(__file__).parent / "fixtures_inspection"


def judged(name: str) -> set[tuple[str | None, str, str]]:
    document = read_text((FIXTURES / name).read_bytes(), name)
    found = extract_judgements(Paper(document, 0, len(document.blocks)))
    return {(j.inspection, j.area, j.grade) for j in found}


def test_grid_with_cells_wrapped_over_rows() -> None:
    assert judged("grade_grid.txt") == {
        ("HMICFRS PEEL 2023-25", "Police powers and public treatment", "good"),
        ("HMICFRS PEEL 2023-25", "Leadership and force management", "good"),
        ("HMICFRS PEEL 2023-25", "Preventing crime and antisocial behaviour", "adequate"),
        ("HMICFRS PEEL 2023-25", "Investigating crime", "adequate"),
        ("HMICFRS PEEL 2023-25", "Managing offenders and suspects", "adequate"),
        ("HMICFRS PEEL 2023-25", "Responding to the public", "requires_improvement"),
        ("HMICFRS PEEL 2023-25", "Protecting vulnerable people", "requires_improvement"),
    }


def test_table_with_a_cycle_per_column() -> None:
    found = judged("cycle_table.md")
    assert ("HMICFRS PEEL 2021/22", "Recording data about crime", "outstanding") in found
    assert ("HMICFRS PEEL 2023-25", "Investigating crime", "good") in found
    assert ("HMICFRS PEEL 2023-25", "Managing offenders", "requires_improvement") in found
    # "Not graded" gives no judgement: 4 areas in 2021/22, 3 in 2023-25.
    assert len(found) == 7


def test_prose_phrasings() -> None:
    found = {(area.lower(), grade) for _, area, grade in judged("grades_prose.txt")}
    assert ("preventing crime", "good") in found
    assert ("investigating crime", "requires_improvement") in found
    assert ("responding to the public", "inadequate") in found
    assert ("custody arrangements", "good") in found


def test_grid_on_its_side_with_whole_cells() -> None:
    builder = DocumentBuilder("grades.docx", "docx")
    builder.add(Block("heading", "PEEL 2021/22 grades", level=1))
    builder.add(Block("table", "", rows=[
        ["Good", "Preventing crime\nTreatment of the public"],
        ["Adequate", "Investigating crime"],
        ["Inadequate", "Responding to the public"],
    ]))
    document = builder.build()
    found = {(j.area, j.grade) for j in extract_judgements(Paper(document, 0,
                                                                 len(document.blocks)))}
    assert found == {("Preventing crime", "good"), ("Treatment of the public", "good"),
                     ("Investigating crime", "adequate"),
                     ("Responding to the public", "inadequate")}


def test_talk_about_grades_is_not_a_judgement() -> None:
    text = (b"PEEL 2021/22\n\nMoving from good to adequate need not mean that service has "
            b"worsened. A neighbouring force was assessed as outstanding in this area.\n")
    document = read_text(text, "note.txt")
    assert extract_judgements(Paper(document, 0, len(document.blocks))) == []


@pytest.mark.parametrize(("cell", "grade"), [
    ("Requires improvement", "requires_improvement"),
    ("'Good'", "good"),
    ("OUTSTANDING", "outstanding"),
    ("Not graded", None),
    ("n/a", None),
])
def test_grade_words(cell: str, grade: str | None) -> None:
    assert grade_of(cell) == grade


def test_fragments_rejoin_only_continuations() -> None:
    assert join_fragments(["Leadership and", "force management", "Tackling serious",
                           "crime", "Engagement with the", "community"]) == [
        "Leadership and force management", "Tackling serious crime",
        "Engagement with the community"]


def test_lines_pairing_areas_and_grades() -> None:
    found = {(area.lower(), grade) for _, area, grade in judged("grade_lines.txt")}
    assert found == {
        ("preventing crime", "good"),
        ("responding to the public", "requires_improvement"),
        ("investigating crime", "adequate"),
        ("managing offenders and suspects", "inadequate"),
        ("protecting vulnerable people", "inadequate"),
        ("developing a positive workplace", "good"),
    }


def test_previous_grade_without_a_cycle_is_not_current() -> None:
    builder = DocumentBuilder("grades.docx", "docx")
    builder.add(Block("heading", "PEEL 2023-25", level=1))
    builder.add(Block("table", "", rows=[
        ["Area", "Previous grade", "Current grade"],
        ["Preventing crime", "Good", "Adequate"],
        ["Investigating crime", "Inadequate", "Requires improvement"],
    ]))
    document = builder.build()
    found = {(j.inspection, j.area, j.grade)
             for j in extract_judgements(Paper(document, 0, len(document.blocks)))}
    assert found == {("HMICFRS PEEL 2023-25", "Preventing crime", "adequate"),
                     ("HMICFRS PEEL 2023-25", "Investigating crime", "requires_improvement")}


def test_judgements_cite_their_cells() -> None:
    document = read_text((FIXTURES / "grade_grid.txt").read_bytes(), "grade_grid.txt")
    found = {j.area: j for j in extract_judgements(Paper(document, 0, len(document.blocks)))}
    source = found["Managing offenders and suspects"].source
    assert source is not None
    assert source.text.startswith("Managing") and source.text.endswith("suspects")
    document = read_text((FIXTURES / "cycle_table.md").read_bytes(), "cycle_table.md")
    cited = [j.source.text for j in extract_judgements(Paper(document, 0, len(document.blocks)))
             if j.source]
    assert "Investigating crime\tRequires improvement" in cited
