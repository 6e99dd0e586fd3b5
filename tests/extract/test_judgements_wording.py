"""Graded judgements worded as the inspectorate words them ("the force is good at
preventing crime", "Kelby Constabulary requires improvement in ...", "judged the force to
be adequate at ..."), in plain text, a DOCX paragraph and HTML; and the same words in a
paper that names no inspection, which grade nothing."""

from __future__ import annotations

import pytest
from tests.extract.test_judgements import judged

from scrutiny.extract.judgements import extract_judgements
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.paper import Paper

CURRENT = "HMICFRS PEEL 2023-25"


def _found(kind: str, *blocks: Block) -> set[tuple[str | None, str, str]]:
    builder = DocumentBuilder(f"outcome.{kind}", kind)
    builder.extend(blocks)
    document = builder.build()
    return {(j.inspection, j.area, j.grade)
            for j in extract_judgements(Paper(document, 0, len(document.blocks)))}


def test_text_report_in_the_inspectorates_words() -> None:
    assert judged("grades_inspectorate_wording.txt") == {
        (CURRENT, "preventing crime", "good"),
        (CURRENT, "investigating crime", "adequate"),
        (CURRENT, "protecting vulnerable people", "inadequate"),
        # "graded outstanding in none of the areas" names no area
    }


def test_docx_paragraph_with_a_second_grade_after_and() -> None:
    found = _found("docx",
                   Block("heading", "HMICFRS PEEL 2023-25 inspection", level=1),
                   Block("paragraph", "The force requires improvement in responding to the "
                         "public and is adequate at managing offenders."))
    assert found == {(CURRENT, "responding to the public", "requires_improvement"),
                     (CURRENT, "managing offenders", "adequate")}


def test_html_paragraph_naming_the_force() -> None:
    found = _found("html",
                   Block("heading", "PEEL 2023-25: what the inspectorate found", level=1),
                   Block("paragraph", "Ashbury Police is outstanding at treating the public "
                         "fairly, the report says."))
    assert found == {(CURRENT, "treating the public fairly", "outstanding")}


def test_no_inspection_named_no_judgement() -> None:
    assert _found("docx",
                  Block("heading", "Community engagement update", level=1),
                  Block("paragraph", "The force is good at listening to young people and "
                        "adequate at reporting back to them.")) == set()


LISTED = ("The inspectorate judged the force to be good at preventing crime and antisocial "
          "behaviour and at managing offenders and suspects; adequate at investigating crime "
          "and at building, supporting and protecting the workforce; and requires improvement "
          "at responding to the public. Two areas were not graded.")
LISTED_GRADES = {
    (CURRENT, "preventing crime and antisocial behaviour", "good"),
    (CURRENT, "managing offenders and suspects", "good"),
    (CURRENT, "investigating crime", "adequate"),
    (CURRENT, "building, supporting and protecting the workforce", "adequate"),
    (CURRENT, "responding to the public", "requires_improvement"),
}


def test_a_list_of_grades_in_a_text_report() -> None:
    assert judged("grades_listed.txt") == LISTED_GRADES


def test_a_list_of_grades_in_a_docx_paragraph() -> None:
    assert _found("docx", Block("heading", "PEEL 2023-25 outcome", level=1),
                  Block("paragraph", LISTED)) == LISTED_GRADES


def test_a_list_of_grades_in_html_ends_at_the_clause() -> None:
    found = _found("html", Block("heading", "PEEL 2023-25 outcome", level=1),
                   Block("paragraph", "Inspectors found the force adequate at investigating "
                         "crime, so the plan focuses there, and good at protecting vulnerable "
                         "people and the panel welcomed this."))
    assert found == {(CURRENT, "investigating crime", "adequate"),
                     (CURRENT, "protecting vulnerable people", "good")}


def test_prose_repeating_a_grid_grade_gives_no_second_record() -> None:
    found = extract_judgements(_paper(
        Block("heading", "PEEL 2023-25 outcome", level=1),
        Block("table", "", rows=[["Area", "Grade"], ["Investigating crime", "Good"],
                                 ["Responding to the public", "Adequate"]]),
        Block("paragraph", "The force is good at investigating crime.")))
    assert [(j.area, j.grade) for j in found] == [("Investigating crime", "good"),
                                                  ("Responding to the public", "adequate")]


def _paper(*blocks: Block) -> Paper:
    builder = DocumentBuilder("outcome.docx", "docx")
    builder.extend(blocks)
    document = builder.build()
    return Paper(document, 0, len(document.blocks))


@pytest.mark.parametrize("kind", ["docx", "html", "txt"])
def test_a_judgement_opening_its_paragraph_keeps_its_first_letter(kind: str) -> None:
    builder = DocumentBuilder(f"outcome.{kind}", kind)
    builder.extend([Block("heading", "PEEL 2023-25 outcome", level=1),
                    Block("paragraph", "Investigating crime was graded as requires "
                          "improvement. The force was rated as adequate in managing offenders "
                          "in 2021/22 and is now rated good.")])
    document = builder.build()
    found = extract_judgements(Paper(document, 0, len(document.blocks)))
    # "the force ... is now rated good" names no area: the force is not one
    assert [(j.area, j.grade) for j in found] == [("Investigating crime",
                                                  "requires_improvement")]
    assert found[0].source.text.startswith("Investigating crime was graded")
