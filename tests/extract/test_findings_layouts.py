"""Findings rules checked in several invented house styles each: status words and
"Position:" lines, original / revised deadlines (one not yet known), "Completed:" and
"Expected completion:" dates, numbers as printed (2, 8, 12; "R1", "Rec 3", an unnumbered
cause of concern) and colour keys where blue means complete. Each rule is read from a
numbered block, a table and a label/value card, and from text where a PDF reader ran the
fields of a card into one paragraph."""

from __future__ import annotations

import pytest
from tests.extract.test_findings import by_number, paper_of

from scrutiny.extract.findings import extract_findings, ref_kind
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.paper import Paper


def _findings(*blocks: Block, kind: str = "docx") -> list:
    builder = DocumentBuilder(f"update.{kind}", kind)
    builder.extend(blocks)
    document = builder.build()
    return extract_findings(Paper(document, 0, len(document.blocks)))


def _fields(found: dict, number: str) -> tuple:
    finding = found[number]
    return (finding.rag, finding.status, finding.anticipated_completion,
            finding.original_target)


@pytest.fixture(scope="module")
def cards() -> dict:
    found = extract_findings(paper_of("deadline_cards.txt"))
    return {(f.kind, f.number): f for f in found}


def test_numbered_blocks_keep_the_numbers_as_printed(cards: dict) -> None:
    assert sorted(cards) == [("afi", "1"), ("afi", "2"), ("recommendation", "12"),
                             ("recommendation", "3"), ("recommendation", "8")]


@pytest.mark.parametrize(("key", "expected"), [
    (("recommendation", "3"), ("amber", "in_progress", "2025-02-28", "2024-09-30")),
    # a revised deadline "to be confirmed": the date in force is unknown
    (("recommendation", "8"), ("red", "in_progress", None, "2025-03")),
    # an original deadline with no revision is simply the deadline in force
    (("recommendation", "12"), ("green", "complete", "2024-06-01", None)),
    (("afi", "1"), ("green", "complete", "2024-08-14", None)),  # "Completed: <date>"
    (("afi", "2"), ("green", "in_progress", "2025-04", None)),  # "On track (Green)"
])
def test_position_and_deadline_lines(cards: dict, key: tuple, expected: tuple) -> None:
    assert _fields(cards, key) == expected


def test_statement_stops_at_the_first_field(cards: dict) -> None:
    assert cards[("recommendation", "3")].text == (
        "Chief constables should make sure stalking protection orders are considered in "
        "every case.")
    assert cards[("afi", "2")].text.endswith("each month.")


@pytest.fixture(scope="module")
def register() -> list:
    return extract_findings(paper_of("deadline_register.md"))


def test_register_references_give_number_and_kind(register: list) -> None:
    assert [(f.kind, f.number) for f in register] == [
        ("cause_of_concern", None), ("recommendation", "1"), ("recommendation", "2"),
        ("recommendation", "3")]


def test_register_deadlines_and_position_words(register: list) -> None:
    assert [(f.rag, f.status, f.anticipated_completion, f.original_target)
            for f in register] == [
        (None, "complete", "2025-01", None),
        (None, "in_progress", "2025-02", "2024-11"),
        (None, "in_progress", None, "2024-12"),  # revised: not yet known
        (None, "complete", "2024-10", None),
    ]


def test_label_value_card_tables() -> None:
    found = by_number(_findings(
        Block("heading", "Progress on the HMICFRS inspection of digital forensics", level=1),
        Block("table", "", rows=[
            ["Recommendation 5", "Chief constables should clear the backlog of devices "
                                 "awaiting examination."],
            ["Position", "In progress (Amber). Two examiners recruited."],
            ["Original deadline", "31 May 2024"],
            ["Revised deadline", "Not yet known"]]),
        Block("table", "", rows=[
            ["Recommendation 6", "Chief constables should accredit their laboratories."],
            ["Position", "Complete (Green)"],
            ["Completed", "January 2025"]])))
    assert _fields(found, "5") == ("amber", "in_progress", None, "2024-05-31")
    assert _fields(found, "6") == ("green", "complete", "2025-01", None)


def test_fields_run_into_one_paragraph_by_a_pdf_reader() -> None:
    found = by_number(_findings(
        Block("paragraph", "Update on the HMICFRS PEEL 2023-25 areas for improvement"),
        Block("paragraph", "AFI 4 The force should make sure that it answers 101 calls "
              "promptly. Status: Delayed (Red) The new telephony system is late. Initial "
              "deadline: 30 April 2024 Revised deadline: TBC"),
        Block("paragraph", "AFI 5 The force needs to review how it allocates crimes to "
              "investigators. Position: Complete (Green) Completed: 12 March 2024"),
        Block("paragraph", "AFI 6 The force should improve its use of out-of-court "
              "disposals. Position: On track (Amber) Expected completion: Sept 2025"),
        kind="pdf"))
    assert _fields(found, "4") == ("red", "in_progress", None, "2024-04-30")
    assert _fields(found, "5") == ("green", "complete", "2024-03-12", None)
    assert _fields(found, "6") == ("amber", "in_progress", "2025-09", None)
    assert found["4"].text == ("The force should make sure that it answers 101 calls "
                               "promptly.")


@pytest.mark.parametrize(("ref", "kind"), [
    ("R1", "recommendation"), ("Rec 3", "recommendation"), ("Rec.4", "recommendation"),
    ("CoC 2", "cause_of_concern"), ("Cause of concern", "cause_of_concern"),
    ("AFI7", "afi"), ("Area for improvement", "afi"), ("12", None), ("Red", None),
])
def test_reference_shapes(ref: str, kind: str | None) -> None:
    assert ref_kind(ref) == kind


def test_colour_key_with_blue_in_a_tracker_table() -> None:
    found = extract_findings(paper_of("colour_key_tracker.md"))
    assert [(f.number, f.kind, f.rag, f.status) for f in found] == [
        ("4", "afi", None, "complete"),  # blue is no RAG value: complete by the key
        ("5", "afi", "green", "in_progress"),  # green here is "on track", not complete
        ("2", "recommendation", "amber", "in_progress"),
        ("9", "recommendation", "red", "in_progress"),
    ]
    assert [f.inspection for f in found] == ["HMICFRS PEEL 2023-25"] * 2 + [
        "HMICFRS Race and policing (2024)"] * 2


def test_colour_key_run_together_above_cards() -> None:
    found = by_number(_findings(
        Block("paragraph", "Progress on the PEEL 2023-25 areas for improvement"),
        Block("paragraph", "Key: Blue = complete Green = on track Amber = at risk "
              "Red = off track"),
        Block("paragraph", "AFI 1 The force should improve the supervision of its "
              "neighbourhood teams. RAG: Blue Completed: June 2024"),
        Block("paragraph", "AFI 2 The force should make sure it understands demand "
              "in its control room. RAG: Green Target date: October 2025"),
        kind="pdf"))
    assert _fields(found, "1") == (None, "complete", "2024-06", None)
    assert _fields(found, "2") == ("green", "in_progress", "2025-10", None)


def test_colour_key_as_a_legend_table_above_label_lines() -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2021/22: recommendations", level=1),
        Block("table", "", rows=[["Colour", "Meaning"], ["Blue", "Complete"],
                             ["Green", "On track"], ["Amber", "At risk"]]),
        Block("paragraph", "Recommendation 2: The force should publish its outcomes for "
              "rape investigations."),
        Block("paragraph", "Status: Green"),
        Block("paragraph", "Target date: 31 December 2025"),
        Block("paragraph", "Recommendation 3: The force should train all supervisors in "
              "trauma-informed practice."),
        Block("paragraph", "Status: Blue"),
        Block("paragraph", "Target date: March 2024")))
    assert _fields(found, "2") == ("green", "in_progress", "2025-12-31", None)
    assert _fields(found, "3") == (None, "complete", "2024-03", None)


def test_due_and_timeframe_lines_in_numbered_blocks() -> None:
    found = by_number(extract_findings(paper_of("due_lines.txt")))
    assert _fields(found, "1.1") == (None, "complete", "2023-03-31", None)
    assert _fields(found, "1.2") == ("amber", "in_progress", "2023-12-31", "2023-06-30")
    # "(originally June 2023)": the earlier date is the original target
    # "Not yet started": no status; "(originally June 2023)": the original target
    assert _fields(found, "2.1") == (None, None, "2023-09", "2023-06")


def test_timescale_column_initials_for_colours_and_an_original_in_brackets() -> None:
    found = by_number(extract_findings(paper_of("initials_register.md")))
    assert [_fields(found, n) for n in ("01", "02", "03", "04")] == [
        ("green", "in_progress", "2024-12", None),  # "on track to complete": not done
        ("amber", "in_progress", "2025-06", "2025-03"),
        ("red", "in_progress", "2025-01", None),
        (None, "complete", "2024-10", None),  # "C = complete" in the key: no colour
    ]


def test_rag_rating_and_forecast_lines_run_into_a_paragraph() -> None:
    found = by_number(_findings(
        Block("heading", "Update on the HMICFRS inspection of the police response to "
              "fraud", level=1),
        Block("heading", "Recommendation 4", level=2),
        Block("paragraph", "Chief constables should make sure every fraud victim is "
              "contacted within 28 days."),
        Block("paragraph", "Progress: A victim contact team was set up in May. RAG rating: "
              "Green. Forecast completion: December 2024."),
        Block("heading", "Recommendation 5", level=2),
        Block("paragraph", "Chief constables should train call handlers to spot fraud."),
        Block("paragraph", "Progress: Training is half delivered. RAG rating: Amber. "
              "Forecast completion: June 2025 (originally March 2025)."),
        kind="html"))
    assert _fields(found, "4") == ("green", "in_progress", "2024-12", None)
    assert _fields(found, "5") == ("amber", "in_progress", "2025-06", "2025-03")


def test_initials_for_colours_in_a_docx_register() -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2021/22 areas for improvement", level=1),
        Block("table", "", rows=[
            ["Ref", "Area for improvement", "Timeframe", "RAG"],
            ["1", "The force should improve its crime data integrity.", "Mar 2024", "B"],
            ["2", "The force should review its use of bail.", "Sep 2024", "G"]])))
    assert _fields(found, "1") == (None, "complete", "2024-03", None)  # B: blue, done
    assert _fields(found, "2") == ("green", "in_progress", "2024-09", None)


def test_initials_key_in_an_html_register() -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2023-25 areas for improvement", level=1),
        Block("paragraph", "Key: G - on track, A - some slippage, C - complete"),
        Block("table", "", rows=[
            ["No.", "Area for improvement", "Target", "Status"],
            ["1", "The force should review its use of bail.", "Sep 2024", "C"],
            ["2", "The force should improve its call handling.", "Jan 2025", "A"]]),
        kind="html"))
    assert _fields(found, "1") == (None, "complete", "2024-09", None)
    assert _fields(found, "2") == ("amber", "in_progress", "2025-01", None)


@pytest.mark.parametrize("kind", ["txt", "docx", "html"])
def test_a_finding_named_in_a_sentence_is_not_a_finding(kind: str) -> None:
    found = _findings(
        Block("heading", "Progress on the joint inspection of youth custody", level=1),
        Block("paragraph", "R1 The force should make sure children in custody see an "
              "appropriate adult within two hours. Status: Complete."),
        Block("paragraph", "R2 is addressed to the Youth Justice Board and is not tracked "
              "here."),
        Block("paragraph", "Rec 3 and Rec 4 have been merged by the inspectorate."),
        kind=kind)
    assert [(f.number, f.status) for f in found] == [("1", "complete")]


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_progress_text_starting_revised_is_no_revised_date(kind: str) -> None:
    found = by_number(_findings(
        Block("paragraph", "PEEL 2023-25 areas for improvement"),
        Block("paragraph", "AFI 2 The force should improve how it handles complaints. "
              "Status: Complete. Target: November 2024. Progress: Revised policy "
              "published on 12 November 2024."),
        Block("paragraph", "AFI 3 The force should review its estate. Status: On track. "
              "Target: June 2025 Revised: September 2025"),
        kind=kind))
    assert _fields(found, "2") == (None, "complete", "2024-11", None)
    assert _fields(found, "3") == (None, "in_progress", "2025-09", "2025-06")


@pytest.mark.parametrize(("heading", "name"), [
    ("A. Joint inspection of youth custody (HMICFRS and HMIP, 2024)",
     "HMICFRS joint inspection of youth custody"),
    ("2) National child protection inspection of Westby Police",
     "HMICFRS national child protection inspection of Westby Police"),
    ("Thematic inspection of stalking: progress", "HMICFRS thematic inspection of stalking"),
    ("Update on the inspection of burglary", None),
])
def test_lettered_headings_name_their_inspection(heading: str, name: str | None) -> None:
    from scrutiny.extract.findings import inspection_name

    assert inspection_name(heading) == name


def test_findings_under_lettered_inspection_headings_take_their_inspection() -> None:
    found = _findings(
        Block("paragraph", "A. Joint inspection of youth custody (HMICFRS and HMIP, 2024)"),
        Block("table", "", rows=[["Ref", "Recommendation", "Target date", "Status"],
                                 ["R1", "The force should review detention times.", "May 2025",
                                  "Not started"]]),
        Block("paragraph", "B. An inspection of stalking (HMICFRS, 2024)"),
        Block("table", "", rows=[["Ref", "Recommendation", "Target date", "Status"],
                                 ["R1", "Forces should appoint a stalking lead.", "Jan 2025",
                                  "Complete"]]))
    assert [(f.inspection, f.number, f.status) for f in found] == [
        ("HMICFRS joint inspection of youth custody", "1", None),
        ("HMICFRS inspection of stalking", "1", "complete")]


def test_markdown_bullets_with_progress_in_brackets_and_status_lines() -> None:
    found = by_number(extract_findings(paper_of("bracketed_bullets.md")))
    assert _fields(found, "2.3") == (None, "complete", "2024-03", None)
    assert _fields(found, "4.1") == (None, "in_progress", "2025-09", None)
    # "Status: Green – complete" is a status with its colour, not a colour key
    assert _fields(found, "7") == ("green", "complete", "2023-04", None)
    assert _fields(found, "12") == ("amber", "in_progress", "2025-12", None)
    assert found["2.3"].text == "The force should improve how it identifies repeat victims."


@pytest.mark.parametrize("kind", ["docx", "html", "txt"])
def test_labelled_bullets_with_progress_in_brackets(kind: str) -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2023-25 areas for improvement", level=1),
        Block("list_item", "AFI 1 – The force should improve its response to missing "
              "children (On track; June 2025)", marker="•"),
        Block("list_item", "AFI 2 – The force should review how it uses body-worn video "
              "(Complete, January 2025)", marker="•"),
        kind=kind))
    assert _fields(found, "1") == (None, "in_progress", "2025-06", None)
    assert _fields(found, "2") == (None, "complete", "2025-01", None)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_one_colour_status_and_a_date_line(kind: str) -> None:
    found = by_number(_findings(
        Block("paragraph", "HMICFRS PEEL 2023-25 recommendations"),
        Block("paragraph", "Recommendation 3: The force should publish its stop and search "
              "data monthly. Status: Red – off track. Date: 31 July 2025."),
        kind=kind))
    assert _fields(found, "3") == ("red", "in_progress", "2025-07-31", None)


@pytest.mark.parametrize("kind", ["docx", "html", "md"])
def test_a_status_word_in_the_rag_column(kind: str) -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2023-25 areas for improvement", level=1),
        Block("table", "", rows=[
            ["No.", "Area for improvement", "Original", "Revised", "RAG"],
            ["1", "The force should improve how it answers emergency calls.", "31/12/2024",
             "31/03/2025", "Amber"],
            ["2", "The force should understand its workforce wellbeing.", "31/03/2025",
             "N/A", "Complete"]]),
        kind=kind))
    assert _fields(found, "1") == ("amber", "in_progress", "2025-03-31", "2024-12-31")
    assert _fields(found, "2") == (None, "complete", "2025-03-31", None)


@pytest.mark.parametrize(("sentence", "name"), [
    ("In May 2024 HMICFRS published its inspection of stalking and harassment in Ashbury "
     "Police.", "HMICFRS inspection of stalking and harassment"),
    ("HMICFRS carried out a thematic review of counter-terrorism policing - update",
     "HMICFRS inspection of counter-terrorism policing"),
    ("HMICFRS report on the police response to fraud in Westby Constabulary: progress",
     "HMICFRS inspection of the police response to fraud"),
])
def test_a_thematic_inspection_named_in_prose(sentence: str, name: str) -> None:
    from scrutiny.extract.findings import inspection_name

    assert inspection_name(sentence) == name


def test_findings_take_the_inspection_a_summary_names_over_a_bare_heading() -> None:
    found = _findings(
        Block("heading", "PROGRESS ON THE HMICFRS INSPECTION", level=1),
        Block("paragraph", "In May 2024 HMICFRS published its inspection of stalking and "
              "harassment in Ashbury Police."),
        Block("paragraph", "Recommendation 2 Chief constables should appoint a stalking "
              "lead. Position: Complete (Green). Completed: June 2024"),
        kind="txt")
    assert [f.inspection for f in found] == ["HMICFRS inspection of stalking and harassment"]


@pytest.mark.parametrize("kind", ["docx", "html", "pdf"])
def test_card_table_rows_after_a_completed_update_still_belong_to_the_card(kind: str) -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2023-25 areas for improvement", level=1),
        Block("table", "", rows=[
            ["AFI 4", "The force should review how it publishes its use of force data."],
            ["Update", "Complete. Data now published quarterly."],
            ["RAG", "Green"], ["Target date", "December 2024"], ["Revised date", "N/A"]]),
        kind=kind))
    assert _fields(found, "4") == ("green", "complete", "2024-12", None)


@pytest.mark.parametrize("kind", ["docx", "html", "txt"])
def test_area_titles_in_brackets_and_a_status_before_a_dash(kind: str) -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2021/22", level=1),
        Block("heading", "Area for improvement 1 (Investigating crime)", level=2),
        Block("paragraph", "The force should improve its supervision of investigations."),
        Block("paragraph", "Status: Closed – evidence accepted by HMICFRS in March 2024."),
        Block("heading", "Area for improvement 2 (Protecting vulnerable people)", level=2),
        Block("paragraph", "The force should improve its response to missing children."),
        Block("paragraph", "Status: Open – awaiting the new missing persons unit."),
        kind=kind))
    assert found["1"].text == "The force should improve its supervision of investigations."
    assert (found["1"].status, found["2"].status) == ("complete", "in_progress")


@pytest.mark.parametrize(("label", "statement"), [
    ("AFI 7 – Digital evidence", "The force should reduce its backlog of devices awaiting "
                                  "examination."),
    ("Recommendation 3: Vetting", "Within six months, the force should re-vet staff in "
                                  "high-risk posts."),
    ("Area for improvement 9 (Call handling)", "Dunmoor Constabulary should answer more "
                                               "non-emergency calls within target."),
])
@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_a_title_run_into_the_statement_is_no_part_of_it(label: str, statement: str,
                                                         kind: str) -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2023-25 progress", level=1),
        Block("paragraph", f"{label} {statement} Progress: work under way. RAG: Amber"),
        kind=kind))
    (finding,) = found.values()
    assert (finding.text, finding.rag) == (statement, "amber")


def test_a_statement_opening_with_capitals_keeps_its_words() -> None:
    statement = "Leaders In Custody should review how detainees are booked in."
    found = by_number(_findings(
        Block("paragraph", "PEEL 2023-25 AFI 2"),
        Block("paragraph", f"AFI 2 {statement} Progress: under review. RAG: Green"),
        kind="txt"))
    assert found["2"].text == statement


@pytest.mark.parametrize(("word", "status"), [
    ("Delivered", "complete"), ("Implemented", "complete"), ("Fully met", "complete"),
    ("Not yet implemented", "in_progress"), ("Being implemented", "in_progress"),
    ("To be delivered by the new team", "in_progress"), ("Partially delivered", "in_progress"),
])
def test_delivery_words_as_status_in_three_styles(word: str, status: str) -> None:
    table = _findings(
        Block("heading", "HMICFRS PEEL 2023-25 tracker", level=1),
        Block("table", "", rows=[
            ["Ref", "Area for improvement", "Status", "Target"],
            ["AFI 3", "The force should improve how it shares custody data.", word,
             "June 2026"]]),
        kind="html")
    card = _findings(
        Block("heading", "PEEL 2023-25", level=1),
        Block("paragraph", "Recommendation 4: The force should audit its use of taser."),
        Block("paragraph", f"Status: {word}"),
        Block("paragraph", "Target date: May 2026"),
        kind="txt")
    run_together = _findings(
        Block("paragraph", "PEEL 2023-25 update"),
        Block("paragraph", "AFI 6 The force should improve how it records hate crime. "
                           f"Position: {word}. Deadline: April 2026"),
        kind="pdf")
    assert [f.status for f in (*table, *card, *run_together)] == [status] * 3


@pytest.mark.parametrize(("kind", "gap"), [("txt", "   "), ("pdf", " "), ("docx", "  ")])
def test_cards_run_together_in_one_paragraph_are_split_at_each_label(kind: str,
                                                                     gap: str) -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2023-25 recommendations", level=1),
        Block("paragraph",
              f"Recommendation 2.1{gap}Within three months the force should audit its "
              f"custody records.{gap}Update: audit finished in May.{gap}Status: Complete"
              f"{gap}Recommendation 2.2{gap}Within six months the force should retrain "
              f"custody sergeants.{gap}Status: On track (Green){gap}Target: October 2026. "
              "AFI 5: The force should publish its stop and search data monthly. RAG: Red"),
        kind=kind))
    assert sorted(found) == ["2.1", "2.2", "5"]
    assert _fields(found, "2.1")[1:3] == ("complete", None)
    assert _fields(found, "2.2") == ("green", "in_progress", "2026-10", None)
    assert found["5"].rag == "red"


def test_a_label_mentioned_in_a_sentence_does_not_split_the_card() -> None:
    found = by_number(_findings(
        Block("heading", "PEEL 2023-25", level=1),
        Block("paragraph", "AFI 1: The force should improve its crime data. Update: this "
                           "work also supports AFI 2 and the audit. AFI 2 is led by the "
                           "Head of Crime. RAG: Amber"),
        kind="txt"))
    assert sorted(found) == ["1"]
    assert found["1"].rag == "amber"


@pytest.mark.parametrize("kind", ["txt", "docx", "html"])
def test_an_unnumbered_cause_of_concern_before_its_recommendations(kind: str) -> None:
    found = _findings(
        Block("heading", "HMICFRS PEEL 2023-25", level=1),
        Block("paragraph", "Cause of concern – The force does not have effective "
                           "oversight of its missing persons investigations."),
        Block("paragraph", "Recommendation 1: Within three months the force should set up a "
                           "missing persons review board."),
        Block("paragraph", "Status: In progress"),
        kind=kind)
    assert [(f.kind, f.number) for f in found] == [("cause_of_concern", None),
                                                   ("recommendation", "1")]


@pytest.mark.parametrize(("kind", "done_header"), [
    ("html", "Date completed"), ("md", "Closed on"), ("docx", "Actual completion date")])
def test_a_completed_date_column_is_the_date_in_force(kind: str, done_header: str) -> None:
    found = by_number(_findings(
        Block("heading", "HMICFRS inspection of roads policing: recommendations", level=1),
        Block("table", "", rows=[
            ["No.", "Recommendation", "Target date", "Revised date", done_header, "RAG"],
            ["1", "Forces should publish collision data monthly.", "June 2025", "",
             "12/05/2025", ""],
            ["2", "Forces should train officers in collision investigation.", "Sept 2025",
             "Feb 2026", "", "Amber"]]),
        kind=kind))
    assert _fields(found, "1") == (None, "complete", "2025-05-12", None)
    assert _fields(found, "2") == ("amber", "in_progress", "2026-02", "2025-09")


@pytest.mark.parametrize("kind", ["html", "txt", "docx"])
def test_a_status_word_before_a_long_bracketed_note(kind: str) -> None:
    found = by_number(_findings(
        Block("heading", "HMICFRS PEEL 2023-25 recommendations", level=1),
        Block("list_item", "Within six months, the force should reduce its backlog of "
                           "digital devices.", marker="1."),
        Block("paragraph", "Status: Complete (closed by HMICFRS after a revisit in January)"),
        Block("list_item", "The force should improve its management of registered sex "
                           "offenders.", marker="2."),
        Block("paragraph", "Position: Open (awaiting the outcome of the national review)"),
        kind=kind))
    assert (found["1"].status, found["2"].status) == ("complete", "in_progress")


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_a_hyphenated_label_is_no_part_of_the_statement(kind: str) -> None:
    found = _findings(
        Block("heading", "PEEL 2023-25 tracker", level=1),
        Block("paragraph", "AFI-07: The force should improve its use of problem-solving "
                           "plans. Status: On track"),
        Block("paragraph", "Recommendation – 2 The force should audit its custody "
                           "records. Status: Complete"),
        kind=kind)
    assert [(f.kind, f.text[:9], f.status) for f in found] == [
        ("afi", "The force", "in_progress"), ("recommendation", "The force", "complete")]
