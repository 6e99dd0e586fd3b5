"""The rules behind question extraction, one at a time, on small invented passages."""

from __future__ import annotations

import pytest

from scrutiny.extract.questions import (
    answer_label,
    clean,
    extract_questions,
    meeting_context,
    speaker,
)
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, kind: str = "minutes", date: str | None = None,
             name: str = "paper.txt") -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind=kind, date=date)  # type: ignore[arg-type]


def test_clean_removes_markup_but_not_words() -> None:
    assert clean("*Force response:* The **three** teams [here](#) <sup>st</sup>") == (
        "Force response: The three teams here st")
    assert clean("snake_case and 2 * 3") == "snake_case and 2 * 3"


@pytest.mark.parametrize(
    ("text", "respondent", "rest"),
    [
        ("Force response: The Force has invested.", "Force", "The Force has invested."),
        ("Chief Constable's response: Yes.", "Chief Constable", "Yes."),
        ("Response from the Commissioner: No.", "Commissioner", "No."),
        ("Answer: Eleven.", None, "Eleven."),
        ("A: Residents can register online.", None, "Residents can register online."),
    ],
)
def test_answer_labels(text: str, respondent: str | None, rest: str) -> None:
    assert answer_label(text) == (respondent, rest)


def test_not_an_answer_label() -> None:
    assert answer_label("The response rate rose to 40%.") is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Commissioner replied that the road was on the list.", "Commissioner"),
        ("Mr A Harper (PCC's Chief Executive) said that it was not.", "Mr A Harper"),
        ("Advising it was an area raised by HMICFRS, the CC advised there had been", "CC"),
        ("In response, the Chief Constable explained that answer times", "Chief Constable"),
        ("The paper said nothing about it.", None),
    ],
)
def test_speaker(text: str, who: str | None) -> None:
    assert speaker(text)[0] == who


def test_meeting_date_follows_declarations_in_an_unsplit_pack() -> None:
    paper = paper_of(
        "Date: 18 December 2024\n\nAgenda text.\n\n"
        "MINUTES of a meeting of the Panel held at County Hall on Thursday 10 October 2024.\n\n"
        "1. Minutes of the Panel held on 16 July 2024\n\n"
        "Meeting Notes\n\nDate & time: Wednesday 2 October 2024\n\n"
        "Date of next Board: 11 December 2024\n"
    )
    context = meeting_context(paper)
    assert context.at(0) == "2024-12-18"
    assert context.at(2) == "2024-10-10"
    assert context.at(3) == "2024-10-10"  # an agenda item naming old minutes is no declaration
    assert context.at(5) == "2024-10-02"
    assert context.next_meetings == ["2024-12-11"]


def test_paper_date_is_the_starting_point() -> None:
    paper = paper_of("The PCC asked if it was working. The CC advised that it was.",
                     date="2023-03-01")
    [question] = extract_questions(paper)
    assert question.meeting_date == "2023-03-01"


def test_a_year_less_title_date_takes_the_papers_common_year() -> None:
    paper = paper_of(
        "# Board questions (discussed on 14 March)\n\n"
        "**What was the charge rate in February 2023?**\n\n"
        "*Force response:* It was 6.1% in February 2023, against 5.9% in January 2023.\n",
        kind="questions",
    )
    [question] = extract_questions(paper)
    assert question.meeting_date == "2023-03-14"
    assert question.respondent == "Force"


def test_passive_asks_are_not_questions() -> None:
    paper = paper_of(
        "The Panel is asked to note this report. Members were asked to agree the budget.\n\n"
        "In reply to a question, the Commissioner said that he agreed.\n"
    )
    assert extract_questions(paper) == []


def test_a_question_without_an_answer_in_debate_is_not_recorded() -> None:
    paper = paper_of("Members asked about the cost of the fleet. No figure was available.\n")
    assert extract_questions(paper) == []


def test_reported_speech_with_coordinated_ask() -> None:
    paper = paper_of(
        "- With regards to retail crime, the PCC noted the figures and asked about the level "
        "of recorded offences. The CC reported that it was up 0.7%.\n"
    )
    [question] = extract_questions(paper)
    assert (question.asker, question.respondent) == ("PCC", "CC")
    assert question.question.startswith("With regards to retail crime")
    assert question.answer == "The CC reported that it was up 0.7%."


def test_pronoun_askers_take_the_earlier_speaker() -> None:
    paper = paper_of(
        "- On nuisance bikes, the CE said seizures were welcome. He asked whether the Force "
        "updated complainants. The CC confirmed that it did.\n"
    )
    [question] = extract_questions(paper)
    assert question.asker == "CE"
    assert question.question.startswith("He asked whether")


def test_minutes_answer_in_lettered_sub_points() -> None:
    paper = paper_of(
        "1. A Member asked whether the trend would continue.\n"
        "   a. The Commissioner said that it would.\n"
        "   b. Funding had been secured for two more years.\n"
        "2. The Chairman thanked the Commissioner.\n"
    )
    [question] = extract_questions(paper)
    assert question.asker == "A Member"
    assert question.answer == (
        "The Commissioner said that it would. Funding had been secured for two more years.")


def test_every_question_cites_its_passage() -> None:
    text = "The Chair queried the rise in fraud. The Commissioner replied that it was online."
    paper = paper_of(text)
    [question] = extract_questions(paper)
    assert question.source is not None
    assert question.source.text == text


@pytest.mark.parametrize(
    ("cell", "asker", "affiliation"),
    [
        ("Cllr Helen Moss (Ravensby Borough Council)", "Cllr Helen Moss",
         "Ravensby Borough Council"),
        ("Councillor Jane Smith – Ashdown District Council", "Councillor Jane Smith",
         "Ashdown District Council"),
        ("Cllr Jane Smith Ashdown District Council", "Cllr Jane Smith",
         "Ashdown District Council"),
        ("Cllr A B Smith Tunbridge Wells Borough Council", "Cllr A B Smith",
         "Tunbridge Wells Borough Council"),
        ("Cllr Smith Harbury Council", "Cllr Smith", "Harbury Council"),
        ("Mr M Hill OBE", "Mr M Hill OBE", None),
        ("Mr Tom Hart", "Mr Tom Hart", None),
    ],
)
def test_asker_and_council_in_one_cell(cell: str, asker: str, affiliation: str | None) -> None:
    from scrutiny.extract.questions.affiliation import _split_affiliation

    assert _split_affiliation(cell) == (asker, affiliation)


def test_asker_and_council_on_two_lines_of_a_cell() -> None:
    from scrutiny.ingest.document import Block, DocumentBuilder

    builder = DocumentBuilder("questions.html", "html")
    builder.add(Block("heading", "Questions to the Commissioner – 5 March 2025", level=1))
    builder.add(Block("table", "", rows=[
        ["No.", "Question from", "Question", "Answer"],
        ["1", "Cllr Ann Lee\nEastbridge Town Council", "How many PCSOs are in post?",
         "There are 112 PCSOs in post."],
    ]))
    document = builder.build()
    [question] = extract_questions(Paper(document, 0, len(document.blocks), kind="questions"))
    assert (question.asker, question.affiliation) == ("Cllr Ann Lee", "Eastbridge Town Council")
    assert (question.respondent, question.meeting_date) == ("Commissioner", "2025-03-05")


def test_answer_in_the_next_numbered_paragraph() -> None:
    paper = paper_of(
        "5. Cllr Ward asked whether the speed cameras on the A38 would be replaced.\n\n"
        "6. In response, the Commissioner said that new cameras would be installed in May.\n\n"
        "7. The Chair thanked the Commissioner for the update.\n"
    )
    [question] = extract_questions(paper)
    assert (question.asker, question.respondent) == ("Cllr Ward", "Commissioner")
    assert question.answer == (
        "In response, the Commissioner said that new cameras would be installed in May.")


def test_question_introduced_then_quoted_then_answered() -> None:
    paper = paper_of(
        "Councillor Lamb asked the following question:\n\n"
        '"What is being done to reduce waiting times for victims at court?"\n\n'
        "The Commissioner responded as follows:\n\n"
        "Two additional witness care officers have been funded since April.\n\n"
        "RESOLVED that the responses be noted.\n"
    )
    [question] = extract_questions(paper)
    assert question.question == "What is being done to reduce waiting times for victims at court?"
    assert (question.asker, question.respondent) == ("Councillor Lamb", "Commissioner")
    assert question.answer == "Two additional witness care officers have been funded since April."


def test_lettered_points_under_a_question_are_its_answer() -> None:
    paper = paper_of(
        "4. A Member asked how the uplift officers had been deployed.\n"
        "   a. Most had been posted to neighbourhood teams.\n"
        "   b. The remainder joined the roads policing unit.\n"
        "5. A Member asked about the following:\n"
        "   a. which districts had vacancies?\n"
    )
    [question] = extract_questions(paper)
    assert question.answer == (
        "Most had been posted to neighbourhood teams. The remainder joined the roads "
        "policing unit.")
    assert question.respondent is None


def test_asker_named_beside_a_description_or_council() -> None:
    paper = paper_of(
        "Mr Tom Hart, a member of the public, asked whether the front counter would reopen. "
        "The Commissioner said it would reopen in May.\n\n"
        "Cllr Joan Pike (Hallam City Council) asked about rural patrols. The Chief Constable "
        "replied that two more officers had been posted.\n"
    )
    first, second = extract_questions(paper)
    assert (first.asker, first.affiliation) == ("Mr Tom Hart", None)
    assert (second.asker, second.affiliation) == ("Cllr Joan Pike", "Hallam City Council")


@pytest.mark.parametrize(
    "declaration",
    [
        "Meeting held on Wednesday 5 June 2024 at 2pm, Force Headquarters",
        "Date and time of meeting: 5 June 2024, 2pm",
        "Meeting: 5 June 2024, Police Headquarters",
        "Notes of the Strategic Board meeting held on 5th June 2024",
        "Minutes of a meeting of the Panel held at County Hall on Wednesday, 5 June 2024",
    ],
)
def test_meeting_date_declarations(declaration: str) -> None:
    paper = paper_of(f"{declaration}\n\nThe Chair asked if the paper was late. "
                     "The Chief Executive said it was not.\n")
    [question] = extract_questions(paper)
    assert question.meeting_date == "2024-06-05"


def test_answer_points_carried_on_in_the_respondents_voice() -> None:
    paper = paper_of(
        "- The PCC asked about the custody backlog.\n"
        "- The CC said it had halved since May.\n"
        "- He added that two more suites would open in the autumn.\n"
        "- The CC reported a rise in shoplifting.\n",
        kind="board_notes",
    )
    [question] = extract_questions(paper)
    assert question.answer == (
        "The CC said it had halved since May. He added that two more suites would open in "
        "the autumn.")


def test_labelled_question_with_an_unlabelled_answer() -> None:
    paper = paper_of(
        "Q1. How many rural officers are in post?\n\n"
        "There are 14 rural officers in post.\n\n"
        "Q2. When will the Hadley front counter reopen?\n\n"
        "The front counter will reopen in June.\n",
        kind="questions",
    )
    first, second = extract_questions(paper)
    assert (first.question, first.answer) == ("How many rural officers are in post?",
                                              "There are 14 rural officers in post.")
    assert second.answer == "The front counter will reopen in June."


def test_one_question_laid_down_a_two_column_table() -> None:
    from scrutiny.ingest.document import Block, DocumentBuilder

    builder = DocumentBuilder("q.docx", "docx")
    builder.add(Block("paragraph", "Date of meeting: 14 May 2025"))
    builder.add(Block("table", "", rows=[
        ["Question from", "Cllr Ruth Dale (Moorside Borough Council)"],
        ["Question", "How many speed cameras are out of action?"],
        ["Commissioner's response", "Three cameras are awaiting repair."],
    ]))
    document = builder.build()
    [question] = extract_questions(Paper(document, 0, len(document.blocks), kind="questions"))
    assert (question.asker, question.affiliation, question.respondent) == (
        "Cllr Ruth Dale", "Moorside Borough Council", "Commissioner")
    assert question.answer == "Three cameras are awaiting repair."


def test_responses_to_recommendations_are_not_questions() -> None:
    paper = paper_of(
        "Date: 17 July 2024\n\n"
        "Recommendation 1: The force should improve how it records crime.\n\n"
        "PCC response: I have asked the Chief Constable to report on progress.\n\n"
        "Please provide the number of crimes recorded late.\n\n"
        "Force response: 412 crimes were recorded late in 2023/24.\n",
        kind="report",
    )
    [question] = extract_questions(paper)
    assert question.question == "Please provide the number of crimes recorded late."


def test_trailer_after_a_dash() -> None:
    paper = paper_of(
        "What is being done about speeding on the A61?\n\n"
        "— Cllr Ann Lee, Lee Town Council\n\n"
        "The Commissioner said that average speed cameras would be installed.\n"
    )
    [question] = extract_questions(paper)
    assert (question.asker, question.affiliation) == ("Cllr Ann Lee", "Lee Town Council")
