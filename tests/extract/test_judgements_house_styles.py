"""Judgements in grids of marks (a mark under the grade an area got) and beside a column
of the earlier inspection's grades, named by the column header or the paper's context."""

from __future__ import annotations

from tests.extract.test_judgements import judged

from scrutiny.extract.judgements import extract_judgements
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.paper import Paper

CURRENT, EARLIER = "HMICFRS PEEL 2023-25", "HMICFRS PEEL 2021/22"


def test_grid_of_marks_gives_each_row_its_marked_grade() -> None:
    assert judged("grade_marks.md") == {
        (CURRENT, "Preventing crime", "good"),
        (CURRENT, "Investigating crime", "requires_improvement"),
        (CURRENT, "Responding to the public", "inadequate"),
        (CURRENT, "Managing offenders", "outstanding"),
        (CURRENT, "Developing a positive workplace", "adequate"),
    }


def test_previous_grades_take_the_earlier_cycle_the_paper_names() -> None:
    assert judged("grade_previous.md") == {
        (CURRENT, "Investigating crime", "adequate"),
        (EARLIER, "Investigating crime", "requires_improvement"),
        (CURRENT, "Preventing crime", "good"),
        (EARLIER, "Preventing crime", "good"),
        (CURRENT, "Protecting vulnerable people", "inadequate"),
        (EARLIER, "Protecting vulnerable people", "adequate"),
        (CURRENT, "Leadership and force management", "good"),
        (EARLIER, "Leadership and force management", "adequate"),
        (CURRENT, "Police powers and public treatment", "adequate"),
    }


def _docx(*blocks: Block) -> set[tuple[str | None, str, str]]:
    builder = DocumentBuilder("grades.docx", "docx")
    builder.extend(blocks)
    document = builder.build()
    return {(j.inspection, j.area, j.grade)
            for j in extract_judgements(Paper(document, 0, len(document.blocks)))}


def test_marks_grid_with_a_cycle_column_in_a_docx_table() -> None:
    found = _docx(
        Block("heading", "PEEL 2023-25 grades", level=1),
        Block("table", "", rows=[
            ["Area", "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate",
             "2021/22"],
            ["Managing offenders", "", "✔", "", "", "", "Inadequate"],
            ["Investigating crime", "", "", "", "Yes", "", "Good"],
        ]))
    assert found == {(CURRENT, "Managing offenders", "good"),
                     (EARLIER, "Managing offenders", "inadequate"),
                     (CURRENT, "Investigating crime", "requires_improvement"),
                     (EARLIER, "Investigating crime", "good")}


def test_prose_naming_the_force_then_a_second_grade() -> None:
    found = _docx(
        Block("heading", "PEEL 2023-25", level=1),
        Block("paragraph", "In its PEEL 2021/22 inspection the inspectorate graded the "
              "force as inadequate for managing offenders and as good for preventing crime."))
    assert {(a.lower(), g) for i, a, g in found if i == EARLIER} == {
        ("managing offenders", "inadequate"), ("preventing crime", "good")}


def test_previous_grade_column_named_by_a_bare_cycle_in_the_text() -> None:
    found = _docx(
        Block("heading", "HMICFRS PEEL 2023-25 inspection of Tarnby Police", level=1),
        Block("paragraph", "The grades are shown beside the grades from the 2021/22 "
              "inspection."),
        Block("table", "", rows=[["Area", "Grade", "Previous grade"],
                                 ["Investigating crime", "Good", "Adequate"]]))
    assert found == {(CURRENT, "Investigating crime", "good"),
                     (EARLIER, "Investigating crime", "adequate")}
