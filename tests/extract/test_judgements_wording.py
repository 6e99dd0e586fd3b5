"""Graded judgements worded as the inspectorate words them ("the force is good at
preventing crime", "Kelby Constabulary requires improvement in ...", "judged the force to
be adequate at ..."), in plain text, a DOCX paragraph and HTML; and the same words in a
paper that names no inspection, which grade nothing."""

from __future__ import annotations

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
