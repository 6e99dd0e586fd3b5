"""Agenda items from a paper's banner, and the signer an agenda's last item runs into.

A report headed "Agenda Item 5: ..." is written for an item the agenda lists; on its own
it gives no item (the agenda, when the file carries one, does). A record of the questions
put under an item ("Item 6: Members' questions ...") gives that item. Papers invented, in
text, Markdown and HTML.
"""

from __future__ import annotations

import pytest

from scrutiny.extract.agenda import extract_agenda_items, without_signature
from scrutiny.ingest.read import read_bytes
from scrutiny.ingest.split import split_document


def items(data: str, name: str) -> list[tuple[str | None, str | None]]:
    records = extract_agenda_items(split_document(read_bytes(data.encode(), name)))
    return [(r.number, r.title) for r in records]


REPORTS = [
    ("Wyvern Police and Crime Panel - 15 January 2025\n\nItem 3: Police and Crime Plan "
     "scorecard, Quarter 3 2024/25\n\nMeasure\tBaseline\tQ3\nCrime\t100\t96\n\n"
     "1. Recorded crime fell by 4%.\n", "scorecard.txt"),
    ("# Wyvern Police and Crime Panel, 15 January 2025\n\n"
     "**Agenda item 6: HMICFRS inspections – progress tracker**\n\n"
     "| Finding | Status |\n|---|---|\n| AFI 1 | Complete |\n| AFI 2 | Green |\n", "tracker.md"),
    ("<html><body><p>Wyvern Police and Crime Panel – 15 January 2025</p>"
     "<h1>Agenda Item 9 – Estates strategy update</h1><p>Report of the Commissioner</p>"
     "<p>1. The estate strategy was agreed in 2023.</p></body></html>", "report.html"),
]


@pytest.mark.parametrize(("data", "name"), REPORTS)
def test_a_reports_banner_gives_no_agenda_item(data: str, name: str) -> None:
    assert items(data, name) == []


def test_a_record_of_questions_under_an_item_gives_the_item() -> None:
    html = ("<html><body><h1>Wyvern Police and Crime Panel</h1>"
            "<p>Meeting of Wednesday, 5 March 2025, Council Chamber</p>"
            "<h2>Item 6: Members' questions to the Commissioner</h2>"
            "<p>The answers were circulated and are recorded below.</p>"
            "<table><tr><th>No.</th><th>Question from</th><th>Question</th><th>Answer</th></tr>"
            "<tr><td>1</td><td>Cllr A Moss</td><td>Why?</td><td>Because.</td></tr>"
            "<tr><td>2</td><td>Cllr B Lane</td><td>When?</td><td>Soon.</td></tr>"
            "</table></body></html>")
    assert items(html, "questions.html") == [("6", "Members' questions to the Commissioner")]


@pytest.mark.parametrize(("line", "title"), [
    ("Work Programme 2025/26 6 Gethin Marlowe Monitoring Officer, Wyvern Council",
     "Work Programme 2025/26"),
    ("Any other business 12 Priya Lund Clerk to the Panel", "Any other business"),
    ("Date of next meeting 7 Joan Abbot, Democratic Services", "Date of next meeting"),
    # a figure inside a title followed by words that are not a name stays
    ("Recruitment of 200 Police Officers", "Recruitment of 200 Police Officers"),
    ("Minutes of the meeting held on 29 January 2025 3", "Minutes of the meeting held on "
                                                         "29 January 2025 3"),
])
def test_a_signer_after_the_last_items_page_number_is_not_its_title(line: str,
                                                                     title: str) -> None:
    assert without_signature(line) == title


def resolutions(data: str, name: str) -> dict[str | None, str | None]:
    records = extract_agenda_items(split_document(read_bytes(data.encode(), name)))
    return {r.number: r.resolution for r in records}


AGREED_TXT = ("Minutes of the Wyvern Police and Crime Panel held on 23 January 2025\n\n"
              "Present: Cllr A Moss, Cllr B Lane\n\n"
              "Minute 46/24 Minutes of the Previous Meeting\n\n"
              "The Panel AGREED that the minutes of the meeting held on 14 November 2024 be "
              "confirmed as a correct record.\n\n"
              "Minute 48/24 Proposed Precept 2025/26\n\n"
              "The Commissioner presented her proposal.\n\nThe Panel AGREED:\n\n"
              "(a) to support the proposed precept; and\n\n"
              "(b) that the Chairman write to the Commissioner.\n\n"
              "Minute 49/24 Performance Report\n\nThe Panel NOTED the report.\n\n"
              "Minute 50/24 Work Programme\n\nFollowing discussion, the Panel UNANIMOUSLY "
              "RESOLVED to approve the work programme. The Chairman thanked officers.\n")
AGREED_HTML = ("<html><body><h1>Minutes of the Wyvern Police and Crime Panel held on 23 January "
               "2025</h1><p>Present: Cllr A Moss, Cllr B Lane</p>"
               "<h2>46/24 Minutes of the Previous Meeting</h2><p>The Panel AGREED that the "
               "minutes of the meeting held on 14 November 2024 be confirmed as a correct "
               "record.</p><h2>48/24 Proposed Precept 2025/26</h2><p>The Panel AGREED:</p>"
               "<ol type='a'><li>to support the proposed precept; and</li><li>that the "
               "Chairman write to the Commissioner.</li></ol>"
               "<h2>49/24 Performance Report</h2><p>The Panel NOTED the report.</p>"
               "<h2>50/24 Work Programme</h2><p>Following discussion, the Panel UNANIMOUSLY "
               "RESOLVED to approve the work programme. The Chairman thanked officers.</p>"
               "</body></html>")
AGREED_MD = AGREED_TXT.replace("Minute ", "## ").replace("(a) ", "a) ").replace("(b) ", "b) ")


@pytest.mark.parametrize(("data", "name"), [(AGREED_TXT, "minutes.txt"),
                                            (AGREED_HTML, "minutes.html"),
                                            (AGREED_MD, "minutes.md")])
def test_the_panel_agreed_gives_what_follows_the_verb(data: str, name: str) -> None:
    found = resolutions(data, name)
    assert found["46/24"] == ("that the minutes of the meeting held on 14 November 2024 be "
                              "confirmed as a correct record.")
    # the lettered lines below a bare "AGREED:", each with its letter as printed
    assert found["48/24"] is not None
    assert found["48/24"].startswith(("(a) to support", "a. to support", "a) to support"))
    assert found["48/24"].endswith("that the Chairman write to the Commissioner.")
    assert "; and (b) that" in found["48/24"] or "; and b" in found["48/24"]
    assert found["49/24"] == "The Panel NOTED the report."  # noted: the whole sentence
    assert found["50/24"] == "to approve the work programme."


QA_RECORD = ("Brindlemoor Assurance Board – 19 November 2024 – Questions and Responses\n\n"
             "Board held: Tuesday 19 November 2024, 09:30, Boardroom\n\n"
             "{a}: Police and Crime Plan Performance – Quarter 2\n\n"
             "Q1. Why did rural crime rise?\n\nResponse: Thefts of quad bikes rose.\n\n"
             "Q2. How many officers are in the Rural Crime Team?\n\nResponse: Eleven.\n\n"
             "{b}: Contact Management\n\nQ3. Why are 101 waits long?\n\n"
             "Response: Vacancies in the control room.\n\n"
             "Actions\n\nA1. Force to provide a breakdown of rural crime by beat, by the next "
             "Board.\n")


@pytest.mark.parametrize(("a", "b", "name"), [
    ("Paper A1", "Paper A2", "questions.txt"),
    ("## Item 4", "## Item 5", "questions.md"),
    ("Agenda item 3", "Agenda item 4", "questions.txt"),
])
def test_a_record_of_questions_gives_the_items_it_groups_them_under(a: str, b: str,
                                                                     name: str) -> None:
    found = items(QA_RECORD.format(a=a, b=b), name)
    number = a.split()[-1]
    assert found[0] == (number, "Police and Crime Plan Performance – Quarter 2")
    assert [t for _, t in found] == ["Police and Crime Plan Performance – Quarter 2",
                                     "Contact Management"]  # not the "A1." action
