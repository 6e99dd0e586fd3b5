"""Findings in two more invented house styles: a register with "Completion" and
"Position" columns, dashes for "no revision", references run into their label, and a
colour key in prose; and cards with "Position: In progress (Amber)" lines."""

from __future__ import annotations

import pytest
from tests.extract.test_findings import by_number, paper_of

from scrutiny.extract.findings import (
    extract_findings,
    inspection_name,
    rag_key,
    status_from_words,
)
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.paper import Paper


@pytest.fixture(scope="module")
def register() -> dict:
    return by_number(extract_findings(paper_of("position_register.md")))


@pytest.fixture(scope="module")
def cards() -> dict:
    return by_number(extract_findings(paper_of("position_cards.txt")))


def test_reference_cells_give_number_and_kind(register: dict) -> None:
    assert set(register) == {"1", "2", "3", "4", "5"}
    assert [register[n].kind for n in "12345"] == ["recommendation"] * 2 + ["afi"] * 3


def test_a_dash_for_the_revised_date_keeps_the_target(register: dict) -> None:
    assert (register["1"].anticipated_completion, register["1"].original_target) == (
        "2024-10", None)
    assert (register["2"].anticipated_completion, register["2"].original_target) == (
        "2025-06", "2025-01")


@pytest.mark.parametrize(("number", "rag", "status"), [
    ("1", None, "complete"),       # a status word
    ("2", "amber", "in_progress"),  # "In progress (Amber)": both
    ("3", None, None),             # "Not started": neither complete nor in progress
    ("4", None, "complete"),       # blue: done by the key, and no RAG value
    ("5", None, "in_progress"),    # "Off track"
])
def test_position_column(register: dict, number: str, rag: str | None, status: str) -> None:
    assert (register[number].rag, register[number].status) == (rag, status)


def test_cards_with_position_and_completion_lines(cards: dict) -> None:
    assert (cards["1"].rag, cards["1"].status, cards["1"].anticipated_completion) == (
        "amber", "in_progress", "2025-03")
    assert (cards["2"].status, cards["2"].anticipated_completion) == ("complete", "2024-08")
    assert (cards["3"].rag, cards["3"].status) == (None, "complete")


def test_colour_key_in_prose() -> None:
    key = rag_key("Green means complete. Amber means on track. Red means off track.")
    assert key == {"green": "complete", "amber": "in_progress", "red": "in_progress"}
    assert rag_key("Blue indicates the action has been discharged; Green indicates the work "
                   "is ongoing.") == {"blue": "complete", "green": "in_progress"}


def test_cycle_with_an_en_dash_is_the_cycle_with_a_hyphen() -> None:
    assert inspection_name("PEEL 2023–25 report") == inspection_name("PEEL 2023-25 report")


def _docx_findings(*blocks: Block) -> list:
    builder = DocumentBuilder("response.docx", "docx")
    builder.extend(blocks)
    document = builder.build()
    return extract_findings(Paper(document, 0, len(document.blocks)))


def test_recommendations_introduced_by_it_recommended_that() -> None:
    found = _docx_findings(
        Block("heading", "Response to the PEEL 2023-25 report", level=1),
        Block("heading", "Cause of concern", level=2),
        Block("paragraph", "The force isn't answering calls from the public quickly enough."),
        Block("paragraph", "The inspectorate recommended that:"),
        Block("paragraph", "Within six months, the force should recruit enough call handlers."))
    assert [(f.kind, f.text.split()[0]) for f in found] == [
        ("cause_of_concern", "The"), ("recommendation", "Within")]


def test_date_and_status_on_one_line() -> None:
    found = _docx_findings(
        Block("heading", "PEEL 2021/22: areas for improvement", level=1),
        Block("heading", "Area for improvement 7", level=2),
        Block("paragraph", "The force should review how it deploys neighbourhood officers."),
        Block("paragraph", "Target completion date – July 2024 Status: Closed"))
    assert [(f.number, f.status, f.anticipated_completion) for f in found] == [
        ("7", "complete", "2024-07")]


def test_register_flattened_to_a_paragraph_per_row() -> None:
    found = by_number(extract_findings(paper_of("flat_register_rows.txt")))
    assert [(found[n].rag, found[n].status, found[n].anticipated_completion,
             found[n].original_target) for n in "123"] == [
        ("amber", "in_progress", "2025-03", "2024-09"),
        ("green", "complete", "2024-12", None),  # a dash: no revision
        ("red", "in_progress", None, "2025-06"),  # TBC: the date in force is unknown
    ]
    assert found["1"].text == ("The force should improve how quickly it answers "
                               "non-emergency calls.")


def test_register_flattened_to_a_paragraph_per_cell() -> None:
    cells = ["Ref", "Recommendation", "Target date", "Revised date", "Status",
             "R1", "The force should review its vetting backlog and clear it.", "April 2024",
             "–", "Complete",
             "R2", "The force should make sure that victims are kept informed.", "May 2024",
             "Nov 2024", "In progress", "Letters to victims redesigned."]
    found = by_number(_docx_findings(
        Block("heading", "Progress against the PEEL 2021/22 recommendations", level=1),
        *[Block("paragraph", text) for text in cells]))
    assert set(found) == {"1", "2"}
    assert (found["1"].status, found["1"].anticipated_completion,
            found["1"].original_target) == ("complete", "2024-04", None)
    assert (found["2"].status, found["2"].anticipated_completion,
            found["2"].original_target) == ("in_progress", "2024-11", "2024-05")
    assert found["2"].text.endswith("kept informed.")


def test_key_printed_as_a_table_after_the_register() -> None:
    found = by_number(extract_findings(paper_of("legend_register.md")))
    assert [(found[n].rag, found[n].status) for n in "123"] == [
        ("green", "complete"),      # by the key
        ("amber", "in_progress"),   # "Partially complete" is not done
        (None, "complete"),         # blue: done, and no RAG value
    ]


@pytest.mark.parametrize(("words", "status"), [
    ("Completed", "complete"), ("Closed", "complete"), ("Achieved", "complete"),
    ("Discharged", "complete"), ("On track", "in_progress"), ("Ongoing", "in_progress"),
    ("At risk", "in_progress"), ("Off track", "in_progress"), ("Not started", "not_started"),
    ("Not yet begun", "not_started"), ("On track to complete by May", "in_progress"),
    ("Some slippage", "in_progress"),
    ("Partially complete", "in_progress"), ("Not yet complete", "in_progress"),
])
def test_status_words(words: str, status: str) -> None:
    assert status_from_words(words) == status


def test_number_only_in_the_heading_and_a_progress_subheading() -> None:
    found = by_number(_docx_findings(
        Block("heading", "PEEL 2021/22: progress on the recommendations", level=1),
        Block("heading", "Recommendation 1", level=2),
        Block("paragraph", "By March 2023, the force should review how it manages its "
              "vetting backlog so that it is cleared."),
        Block("heading", "Progress", level=3),
        Block("paragraph", "A new vetting unit has been formed and the backlog has halved."),
        Block("paragraph", "RAG: Amber"),
        Block("heading", "Recommendation 2", level=2),
        Block("paragraph", "Within 12 months, the force should adopt a plan to tackle "
              "violence against women and girls."),
        Block("paragraph", "Status: Complete")))
    assert set(found) == {"1", "2"}
    assert (found["1"].rag, found["1"].status) == ("amber", "in_progress")
    assert found["1"].text.startswith("By March 2023")
    assert found["2"].status == "complete"
