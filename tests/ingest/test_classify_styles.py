"""Paper kinds from openings written in different councils' styles."""

from __future__ import annotations

import pytest

from scrutiny.ingest.classify import classify

FIGURES = [["Measure", "2023", "2024"]] + [[f"Measure {n}", str(n), str(n + 1)]
                                           for n in range(14)]


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("AGENDA\nNORTH POLICE AND CRIME PANEL", "agenda"),
        ("NOTICE OF MEETING\nMeeting: West Panel", "agenda"),
        ("Notice is hereby given that a meeting of the Panel will be held", "agenda"),
        ("MINUTES of a meeting of the Dale Panel held on 3 May 2025", "minutes"),
        ("Confirmed Minutes\nPresent: Cllr A", "minutes"),
        ("Minutes of the Police and Crime Panel held on 1 May 2025", "minutes"),
        ("Meeting Notes\nTitle: Performance Board", "board_notes"),
        ("Notes of the Strategic Board held on 5 March", "board_notes"),
        ("Action notes - Accountability Board", "board_notes"),
        # no article before "meeting", and a Present list that must not make it minutes
        ("Resources Board\nNotes of meeting held on 4 May 2025\nPresent: Ms A Lee", "board_notes"),
        ("NOTES OF MEETING - Estates Group, 2 June 2025", "board_notes"),
        ("Minutes of meeting held on 9 July 2025 at Shire Hall", "minutes"),
        ("DALE POLICE AND CRIME PANEL\nMINUTES - 12 MAY 2025", "minutes"),
        ("Fenby Panel\nMinutes, Monday 2nd June 2025", "minutes"),
        ("Fenby Panel\nPRESENT\nCllr A Moss", "minutes"),
        ("Police and Crime Panel - Future Work Programme", "work_programme"),
        ("Forward Plan 2025/26", "work_programme"),
        ("June Board - Questions asked by the PCC", "questions"),
        ("Questions and Answers - Public Accountability Meeting", "questions"),
    ],
)
def test_openings(opening: str, kind: str) -> None:
    assert classify(opening, opening) == kind


def test_cover_sheet_report() -> None:
    assert classify("To: Panel\nSubject: Estates\nDate: 1 May 2025", "1. Text.",
                    has_cover=True) == "report"


def test_report_header_without_cover() -> None:
    assert classify("Report of the Police and Crime Commissioner\nEstates", "1. Text.") == "report"


def test_inspection_progress() -> None:
    body = ("Progress against the Areas for Improvement. AFI 1 complete. AFI 2 in progress. "
            "Recommendation 1 discharged.")
    assert classify("HMICFRS PEEL inspection update", body, has_cover=True) == (
        "inspection_progress")


def test_performance_report_by_title_or_figures() -> None:
    assert classify("Quarterly Performance Report", "Crime fell.") == "performance_report"
    assert classify("Policing in numbers", "", table_rows=FIGURES) == "performance_report"


def test_questions_by_written_responses() -> None:
    body = "Q. How many?\nForce response: 12.\nQ. When?\nForce response: May."
    assert classify("Board questions", body) == "questions"


def test_notes_that_record_questions_stay_notes() -> None:
    body = "Force response: a.\nForce response: b.\nForce response: c."
    assert classify("Accountability Board – Meeting Notes", body) == "board_notes"
    assert classify("Accountability Board questions", body) == "questions"


def test_title_line_under_a_front_sheet() -> None:
    opening = ("Public Document Pack\nWEST PANEL\nDate: 5 May 2025 Time: 10am\nEnquiries to: X\n"
               "Membership\nCllr A\tWest Council\nCllr B\tEast Council\nAGENDA\n1 Apologies")
    assert classify(opening, opening) == "agenda"


def test_nothing_recognisable_is_other() -> None:
    assert classify("Some leaflet", "Text about something.") == "other"


def test_an_attendance_list_makes_a_record_of_a_meeting() -> None:
    assert classify("Joint Audit Committee\nDate: 1 May 2025\nAttendees: A, B", "") == (
        "board_notes")
    assert classify("Police and Crime Panel\nPresent: Cllr A, Cllr B", "") == "minutes"
