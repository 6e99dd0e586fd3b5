"""Judgement tables in layouts the grid and cycle readers first missed: area and grade
pairs set side by side (Area | Grade | Area | Grade), tables with no header row, and a
heading that names an earlier cycle for the grades below it; in plain text, Markdown,
HTML and DOCX house styles."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_judgements import FIXTURES
from tests.extract.test_judgements_house_styles import _docx

from scrutiny.ingest.document import Block
from scrutiny.pipeline import extract_file

CURRENT, EARLIER = "HMICFRS PEEL 2023-25", "HMICFRS PEEL 2021/22"
Found = set[tuple[str | None, str, str]]


def _file(name: str) -> Found:
    extraction, _ = extract_file(Path(FIXTURES / name))
    return {(j["inspection"], j["area"], j["grade"])
            for j in extraction.contract()["judgements"]}


def test_pairs_side_by_side_in_plain_text_columns() -> None:
    assert _file("grades_side_by_side.txt") == {
        (CURRENT, "Reducing reoffending", "adequate"),
        (CURRENT, "Answering emergency calls", "inadequate"),
        (CURRENT, "Engaging young people", "good"),
        (CURRENT, "Tackling fraud", "requires_improvement"),
        (CURRENT, "Supporting victims", "outstanding"),
    }


def test_pairs_side_by_side_in_a_markdown_table_with_a_short_last_row() -> None:
    assert _file("grades_side_by_side.md") == {
        (CURRENT, "Keeping children safe", "good"),
        (CURRENT, "Roads policing", "adequate"),
        (CURRENT, "Neighbourhood presence", "requires_improvement"),
        (CURRENT, "Call handling", "good"),
        (CURRENT, "Digital forensics", "inadequate"),
    }


def test_pairs_side_by_side_in_an_html_table() -> None:
    assert _file("grades_side_by_side.html") == {
        (CURRENT, "Crime prevention in rural areas", "adequate"),
        (CURRENT, "Victim care", "good"),
        (CURRENT, "Use of stop and search", "good"),
        (CURRENT, "Workforce wellbeing", "requires_improvement"),
    }


def test_a_cycle_table_beside_an_area_column_keeps_its_areas() -> None:
    found = _docx(
        Block("heading", "PEEL inspection results", level=1),
        Block("table", "", rows=[
            ["Area", "2021/22", "2023-25"],
            ["Tackling drug supply", "Adequate", "Good"],
        ]))
    assert found == {(EARLIER, "Tackling drug supply", "adequate"),
                     (CURRENT, "Tackling drug supply", "good")}


def test_headless_tables_under_headings_naming_each_cycle_in_html() -> None:
    assert _file("grades_headless.html") == {
        (CURRENT, "Tackling knife crime", "good"),
        (CURRENT, "Protecting older people", "requires_improvement"),
        (EARLIER, "Tackling knife crime", "adequate"),
        (EARLIER, "Protecting older people", "inadequate"),
    }


def test_earlier_cycle_heading_in_text_but_not_a_passing_sentence() -> None:
    assert _file("grades_earlier_heading.txt") == {
        (CURRENT, "Responding to callers", "good"),
        (CURRENT, "Investigating burglary", "adequate"),
        (CURRENT, "Safeguarding online", "requires_improvement"),  # after "since its 2021/22"
        (EARLIER, "Responding to callers", "inadequate"),
        (EARLIER, "Investigating burglary", "adequate"),
    }


def test_headless_docx_table_after_a_lead_in_and_a_bare_inspection_heading() -> None:
    found = _docx(
        Block("heading", "Sollerby Police: PEEL 2023–25", level=1),
        Block("heading", "The inspection", level=2),
        Block("table", "", rows=[["Public contact", "Good"], ["Case files", "Adequate"]]),
        Block("paragraph", "The grades from the PEEL 2021/22 inspection were:"),
        Block("table", "", rows=[["Public contact", "Adequate"], ["Case files", "Adequate"]]),
    )
    assert found == {(CURRENT, "Public contact", "good"), (CURRENT, "Case files", "adequate"),
                     (EARLIER, "Public contact", "adequate"),
                     (EARLIER, "Case files", "adequate")}


def test_aligned_lines_left_as_text_but_not_prose_with_wide_spaces() -> None:
    assert _file("grades_aligned_lines.txt") == {
        (CURRENT, "Responding to calls for service", "requires_improvement"),
        (CURRENT, "Managing registered sex offenders", "good"),
        (CURRENT, "Building a diverse, skilled and resilient workforce", "adequate"),
    }


def test_docx_paragraphs_with_a_tab_between_area_and_grade() -> None:
    found = _docx(
        Block("heading", "Kellow Fen Police – PEEL 2021/22 judgements", level=1),
        Block("paragraph", "Victim contact\tOutstanding"),
        Block("paragraph", "Patrol visibility\t\tInadequate"),
        Block("paragraph", "Patrol visibility improved\tbecause of good leadership."),
    )
    assert found == {(EARLIER, "Victim contact", "outstanding"),
                     (EARLIER, "Patrol visibility", "inadequate")}


def test_pdf_rows_run_together_in_one_paragraph() -> None:
    found = _docx(
        Block("paragraph", "Grades from the HMICFRS PEEL 2023-25 report"),
        Block("paragraph", "Protecting people at risk   Good Case quality and "
                           "supervision        Requires improvement"),
    )
    assert found == {(CURRENT, "Protecting people at risk", "good"),
                     (CURRENT, "Case quality and supervision", "requires_improvement")}


def test_grades_with_a_comparison_in_brackets_in_markdown() -> None:
    assert _file("grades_with_comparison.md") == {
        (CURRENT, "Preventing crime", "adequate"),
        (CURRENT, "Responding to the public", "requires_improvement"),
        (CURRENT, "Investigating crime", "good"),
    }


def test_grades_with_a_note_in_square_brackets_in_html() -> None:
    assert _file("grades_with_comparison.html") == {
        (CURRENT, "Support for victims", "good"),
        (CURRENT, "Use of force", "inadequate"),
    }


def test_docx_column_compared_with_an_earlier_cycle_keeps_the_current_one() -> None:
    found = _docx(
        Block("heading", "HMICFRS PEEL 2023-25 grades", level=1),
        Block("table", "", rows=[
            ["Area", "Grade", "Movement from 2021/22"],
            ["Roads policing", "Good (was Adequate)", "Up"],
            ["Crime data integrity", "Requires improvement (unchanged)", "Same"],
        ]))
    assert found == {(CURRENT, "Roads policing", "good"),
                     (CURRENT, "Crime data integrity", "requires_improvement")}


def test_graded_area_as_grade_in_text_with_a_continuing_and() -> None:
    assert _file("grades_rated_as.txt") == {
        (CURRENT, "protecting vulnerable people", "good"),
        (CURRENT, "response to the public", "inadequate"),
        (CURRENT, "management of offenders", "adequate"),
    }


def test_assessed_area_as_quoted_grade_in_html_but_not_a_panels_own_view() -> None:
    assert _file("grades_rated_as.html") == {(EARLIER, "crime recording", "outstanding")}


def test_rated_as_in_docx_paragraphs_only_under_an_inspection() -> None:
    without = _docx(Block("paragraph", "HMICFRS rated neighbourhood policing as adequate."))
    found = _docx(
        Block("heading", "PEEL 2023-25 report", level=1),
        Block("paragraph", "In its report HMICFRS rated neighbourhood policing as adequate "
                           "but the use of stop and search as good value."),
    )
    assert without == set()
    assert found == {(CURRENT, "neighbourhood policing", "adequate")}


def test_prose_forms_requiring_improvement_a_counted_list_and_its() -> None:
    assert _file("grades_prose_forms.txt") == {
        (CURRENT, "investigating crime", "requires_improvement"),
        (CURRENT, "Responding to the public", "requires_improvement"),
        (CURRENT, "preventing crime", "good"),
        (CURRENT, "managing offenders", "good"),
        (CURRENT, "use of data", "outstanding"),
        (CURRENT, "protecting vulnerable people", "adequate"),
    }


def test_counted_list_after_a_colon_in_html() -> None:
    assert _file("grades_prose_forms.html") == {
        (EARLIER, "responding to the public", "adequate"),
        (EARLIER, "protecting vulnerable people", "adequate"),
        (EARLIER, "building a resilient workforce", "adequate"),
        (EARLIER, "Recording data about crime", "requires_improvement"),
    }


def test_grade_lines_in_docx_with_and_before_the_last_area() -> None:
    found = _docx(
        Block("heading", "PEEL 2023-25 grades", level=1),
        Block("paragraph", "Requiring improvement: tackling fraud, and managing offenders"),
        Block("paragraph", "Good: none"),
    )
    assert found == {(CURRENT, "tackling fraud", "requires_improvement"),
                     (CURRENT, "managing offenders", "requires_improvement")}


def test_grade_lines_under_markdown_headings_take_the_heading_as_area() -> None:
    assert _file("grades_under_headings.md") == {  # not the title's "Grade: Outstanding"
        (CURRENT, "Preventing crime", "good"),
        (CURRENT, "Responding to the public", "requires_improvement"),
        (CURRENT, "Investigating crime", "adequate"),
    }


def test_grade_lines_under_numbered_text_headings() -> None:
    assert _file("grades_under_headings.txt") == {
        (EARLIER, "Managing offenders and suspects", "good"),
        (EARLIER, "Protecting vulnerable people", "inadequate"),
    }


def test_grade_lines_under_docx_headings() -> None:
    found = _docx(
        Block("heading", "Halsey Police – PEEL 2023-25", level=1),
        Block("heading", "Tackling serious organised crime", level=2),
        Block("paragraph", "The force disrupts organised crime groups well."),
        Block("paragraph", "PEEL grade: Outstanding"),
    )
    assert found == {(CURRENT, "Tackling serious organised crime", "outstanding")}


def test_ri_for_requires_improvement_in_a_docx_grid_and_a_cycle_table() -> None:
    grid = _docx(
        Block("heading", "PEEL 2023-25 grades", level=1),
        Block("table", "", rows=[
            ["Outstanding", "Good", "Adequate", "RI", "Inadequate"],
            ["", "Call handling", "", "Case files", ""]]))
    cycles = _docx(
        Block("heading", "PEEL grades", level=1),
        Block("table", "", rows=[["Area", "2021/22", "2023-25"],
                                 ["Case files", "RI", "Adequate"]]))
    assert grid == {(CURRENT, "Call handling", "good"),
                    (CURRENT, "Case files", "requires_improvement")}
    assert cycles == {(EARLIER, "Case files", "requires_improvement"),
                      (CURRENT, "Case files", "adequate")}


def test_ri_in_a_markdown_grade_column_but_not_a_word_in_prose() -> None:
    assert _file("grades_ri.md") == {(CURRENT, "Roads policing", "requires_improvement"),
                                     (CURRENT, "Victim care", "good")}
