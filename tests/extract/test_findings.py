"""Findings from invented progress reports in three house styles, and card tables as a
DOCX/PDF reader gives them (merged cells repeated), plus the corpus when present."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from scrutiny.extract.findings import extract_findings, inspection_name, rag_key
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.formats.text import read_text
from scrutiny.ingest.paper import Paper
from scrutiny.pipeline import extract_file

FIXTURES = Path(__file__).parent / "fixtures_inspection"


def paper_of(name: str) -> Paper:
    document = read_text((FIXTURES / name).read_bytes(), name)
    return Paper(document, 0, len(document.blocks))


def by_number(findings: list) -> dict:
    return {f.number: f for f in findings}


def test_register_table_rows_wrapped_rows_and_revised_dates() -> None:
    found = by_number(extract_findings(paper_of("register_table.md")))
    assert set(found) == {"1", "2", "3"}
    assert found["2"].text.endswith("review investigation plans at the right time")
    assert (found["1"].rag, found["1"].status) == ("green", "complete")
    assert (found["2"].anticipated_completion, found["2"].original_target) == ("2024-09",
                                                                              "2024-06")
    # A revised date of TBC: the date now in force is unknown, the original is kept.
    assert (found["3"].anticipated_completion, found["3"].original_target) == (None, "2024-12")
    assert all(f.inspection == "HMICFRS PEEL 2023-25" and f.kind == "afi"
               for f in found.values())


def test_cards_in_running_text() -> None:
    found = by_number(extract_findings(paper_of("cards_text.txt")))
    assert set(found) == {"1", "2", "3"}, "numbered report paragraphs are not findings"
    assert (found["1"].rag, found["1"].status, found["1"].anticipated_completion) == (
        "amber", "in_progress", "2023-05")
    assert (found["2"].rag, found["2"].status, found["2"].anticipated_completion) == (
        "green", "complete", None)
    assert (found["3"].anticipated_completion, found["3"].original_target) == ("2023-09",
                                                                              "2023-03")
    assert found["1"].text == "The Force should improve the way it records the diversity of victims"
    assert found["1"].inspection == "HMICFRS PEEL 2021/22"


def test_recommendations_of_a_thematic_inspection() -> None:
    found = by_number(extract_findings(paper_of("recommendations_prose.txt")))
    assert {f.kind for f in found.values()} == {"recommendation"}
    assert found["1"].status == "complete"
    assert found["2"].status == "in_progress"
    assert (found["2"].anticipated_completion, found["2"].original_target) == ("2024-10",
                                                                              "2024-04")
    assert "vetting, misconduct and misogyny" in (found["1"].inspection or "")


def card(number: int, text: str, rag: str, closing: str) -> Block:
    """One finding as a DOCX card table: merged cells come back repeated."""
    statement = f"{number}. {text}"
    return Block("table", "", rows=[
        [statement, statement, rag],
        ["Action Taken", "Ongoing Activity", "Ongoing Activity"],
        ["New process introduced", "Review continues", "Review continues"],
        [closing, closing, closing],
    ])


def test_card_tables_with_merged_cells() -> None:
    builder = DocumentBuilder("cards.docx", "docx")
    builder.add(Block("heading", "PEEL 2023-25 – areas for improvement", level=1))
    builder.add(Block("paragraph", "Key: Green – achieved; Amber – in progress"))
    builder.add(card(1, "The force should reduce delays in answering 101 calls", "Amber",
                     "Anticipated completion date – June 2025"))
    builder.add(card(2, "The force needs to improve its supervision of investigations",
                     "Green", "Completed"))
    document = builder.build()
    found = by_number(extract_findings(Paper(document, 0, len(document.blocks))))
    assert (found["1"].rag, found["1"].status, found["1"].anticipated_completion) == (
        "amber", "in_progress", "2025-06")
    assert (found["2"].rag, found["2"].status) == ("green", "complete")
    assert found["1"].text == "The force should reduce delays in answering 101 calls"
    assert found["1"].inspection == "HMICFRS PEEL 2023-25"


def test_advice_in_minutes_is_not_a_finding() -> None:
    text = (b"Minutes\n\n1. The Panel noted the report.\n\n"
            b"2. A Member said the Force should consider publishing more data.\n")
    document = read_text(text, "minutes.txt")
    assert extract_findings(Paper(document, 0, len(document.blocks))) == []


def test_every_finding_cites_its_source() -> None:
    paper = paper_of("cards_text.txt")
    for finding in extract_findings(paper):
        assert finding.source is not None
        assert finding.source.text == paper.document.text[finding.source.start:
                                                          finding.source.end]
        assert finding.text[:20] in finding.source.text


@pytest.mark.parametrize(("text", "name"), [
    ("HMICFRS PEEL Inspection 2018/19 – action plan", "HMICFRS PEEL 2018/19"),
    ("Update on PEEL 2023-25 – An Inspection of Westvale Police", "HMICFRS PEEL 2023-25"),
    ("PEEL assessment 2025", "HMICFRS PEEL 2025"),
    ("support arrangements inspected under PEEL", "HMICFRS PEEL"),
    ("Minutes of the meeting", None),
])
def test_inspection_names(text: str, name: str | None) -> None:
    assert inspection_name(text) == name


def test_rag_key() -> None:
    assert rag_key("Key to RAG: Green = Achieved  Amber = On track  Red = Off track") == {
        "green": "complete", "amber": "in_progress", "red": "in_progress"}
    assert rag_key("Green spaces were discussed") == {}


def shared() -> Path:
    env = os.environ.get("SCRUTINY_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.mark.corpus
def test_corpus_findings_and_judgements_score() -> None:
    scorer_path = shared() / "tools" / "score.py"
    corpus = shared() / "corpus" / "kent"
    if not scorer_path.is_file() or not corpus.is_dir():
        pytest.skip("../shared corpus not present")
    spec = importlib.util.spec_from_file_location("shared_score", scorer_path)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    results = []
    for gold_path in sorted(corpus.glob("*.gold.json")):
        extraction, _ = extract_file(corpus / gold_path.name.replace(".gold.json", ".txt"))
        results.append(scorer.score_pair(json.loads(gold_path.read_text()),
                                         extraction.contract()))
    total = scorer.merge(results)
    assert total["findings"]["exact_f1"] >= 0.9
    assert total["judgements"]["exact_f1"] >= 0.9
    assert total["statistics"]["found_f1"] >= 0.8
    assert total["statistics"]["exact_f1"] >= 0.55


def test_register_under_a_title_row_with_dotted_references() -> None:
    found = by_number(extract_findings(paper_of("titled_register.md")))
    assert set(found) == {"1.1", "1.2", "2.1"}, "the title row is not a header"
    assert {f.kind for f in found.values()} == {"recommendation"}
    assert [found[n].rag for n in ("1.1", "1.2", "2.1")] == ["green", "amber", "red"]
    assert found["2.1"].text == "The force must ensure detainees are offered a shower and exercise"
    assert found["1.1"].inspection == "Custody inspection"


def test_labelled_titles_need_no_modal_verb() -> None:
    found = by_number(extract_findings(paper_of("labelled_titles.txt")))
    assert [(n, f.kind) for n, f in found.items()] == [
        ("1", "cause_of_concern"), ("2", "afi"), ("3", "afi")]
    assert found["1"].text.startswith("Crime recording: The force is not recording")


def test_register_with_a_column_headed_only_afi() -> None:
    builder = DocumentBuilder("register.html", "html")
    builder.add(Block("heading", "PEEL 2023-25 areas for improvement", level=2))
    builder.add(Block("table", "", rows=[
        ["AFI", "Progress", "Status"],
        ["1. The force should answer 101 calls more quickly", "New system live", "Complete"],
        ["2. The force needs to reduce investigation delays", "Ongoing review", "Amber"],
    ]))
    document = builder.build()
    found = by_number(extract_findings(Paper(document, 0, len(document.blocks))))
    assert (found["1"].status, found["2"].status, found["2"].rag) == (
        "complete", "in_progress", "amber")
    assert found["2"].text == "The force needs to reduce investigation delays"


def test_bulleted_findings_and_bare_label_headings() -> None:
    found = extract_findings(paper_of("bullets_and_headings.md"))
    assert [(f.number, f.kind) for f in found] == [
        (None, "afi"), (None, "afi"), (None, "afi"),
        ("1", "recommendation"), ("2", "recommendation")]
    assert found[0].inspection and "stalking" in found[0].inspection
    assert found[3].inspection == "HMICFRS PEEL 2023-25", "a heading names the next inspection"
    assert found[3].text.startswith("Within six months, the force should review")
    assert (found[3].status, found[4].status) == ("complete", "in_progress")
    assert all("ward-level" not in f.text for f in found), "a progress bullet is not a finding"


def test_blue_in_a_brag_key_means_done_and_is_not_a_rag() -> None:
    text = (b"PEEL 2023-25 areas for improvement\n\n"
            b"Key: Blue = complete, Green = on track, Amber = some risk\n\n"
            b"AFI 1: The force should improve its call answering\n\nBlue\n\n"
            b"Update: new telephony in place\n\n"
            b"AFI 2: The force needs to reduce delays in investigations\n\nAmber\n\n"
            b"Timescale: Q3 2025/26\n")
    document = read_text(text, "brag.txt")
    found = by_number(extract_findings(Paper(document, 0, len(document.blocks))))
    assert (found["1"].rag, found["1"].status) == (None, "complete")
    assert (found["2"].rag, found["2"].status, found["2"].anticipated_completion) == (
        "amber", "in_progress", "2025-12")


def test_card_tables_of_label_and_value_rows() -> None:
    builder = DocumentBuilder("cards.docx", "docx")
    builder.add(Block("heading", "PEEL 2023-25: areas for improvement", level=1))
    cards = [(1, "The force should improve the timeliness of its response to calls", "Amber",
              "Ongoing", "March 2025", "September 2025"),
             (2, "The force needs to record the outcome of every stop and search", "Green",
              "Complete", "December 2024", "")]
    for number, text, rag, status, target, revised in cards:
        rows = [[f"AFI {number}", text], ["Progress", "Work continues with partners"],
                ["RAG", rag], ["Status", status], ["Original target date", target]]
        if revised:
            rows.append(["Revised target date", revised])
        builder.add(Block("table", "", rows=rows))
    document = builder.build()
    found = by_number(extract_findings(Paper(document, 0, len(document.blocks))))
    assert (found["1"].rag, found["1"].status, found["1"].anticipated_completion,
            found["1"].original_target) == ("amber", "in_progress", "2025-09", "2025-03")
    assert (found["2"].rag, found["2"].status, found["2"].anticipated_completion,
            found["2"].original_target) == ("green", "complete", "2024-12", None)


def test_register_split_over_a_page_with_a_two_row_header() -> None:
    builder = DocumentBuilder("register.pdf", "pdf")
    builder.add(Block("heading", "HMICFRS PEEL 2023-25: recommendations", level=1))
    builder.add(Block("table", "", page=1, rows=[
        ["No.", "Recommendation", "Update", "Target date", "Target date", "RAG"],
        ["", "", "", "Original", "Revised", ""],
        ["1", "The force should improve its crime data integrity", "Audit done",
         "March 2024", "June 2024", "Amber"],
        ["2", "The force should review how it deploys", "Review under way; report",
         "May 2024", "", "Green"],
    ]))
    builder.add(Block("paragraph", "Page 4", page=2))
    builder.add(Block("table", "", page=2, rows=[
        ["", "its response officers", "due in the autumn", "", "", ""],
        ["3", "The force needs to publish stop and search outcomes", "Published monthly",
         "April 2024", "", "Green"],
    ]))
    document = builder.build()
    found = by_number(extract_findings(Paper(document, 0, len(document.blocks))))
    assert set(found) == {"1", "2", "3"}
    assert (found["1"].anticipated_completion, found["1"].original_target) == ("2024-06",
                                                                              "2024-03")
    assert found["2"].text == "The force should review how it deploys its response officers"
    assert found["2"].anticipated_completion == "2024-05"
    assert (found["3"].kind, found["3"].rag) == ("recommendation", "green")


def test_unnumbered_findings_under_their_headings() -> None:
    found = extract_findings(paper_of("response_unnumbered.md"))
    assert [(f.kind, f.number, f.status) for f in found] == [
        ("cause_of_concern", None, None), ("recommendation", None, None),
        ("afi", "1", None), ("afi", "2", None)]
    assert all("proud" not in f.text for f in found)


def test_an_action_log_is_not_a_findings_register() -> None:
    builder = DocumentBuilder("record.html", "html")
    builder.add(Block("heading", "Delivery board record", level=1))
    builder.add(Block("table", "", rows=[
        ["Action no.", "Description", "Responsible", "Target date", "Status"],
        ["12", "The force should circulate the data pack to members", "DCC", "31/05/2024",
         "Open"],
    ]))
    document = builder.build()
    assert extract_findings(Paper(document, 0, len(document.blocks))) == []


def test_causes_of_concern_with_their_recommendations_and_a_key_in_prose() -> None:
    builder = DocumentBuilder("progress.pdf", "pdf")
    builder.add(Block("heading", "PEEL 2023-25 progress", level=1))
    builder.add(Block("paragraph", "Green means the action is complete, amber means it is on "
                                   "track and red means it is at risk."))
    builder.add(Block("table", "", rows=[
        ["Cause of concern", "Recommendation", "Progress", "RAG"],
        ["The force does not answer calls quickly enough",
         "1.1 The force should recruit more call handlers", "Recruitment done", "Green"],
        ["The force does not answer calls quickly enough",
         "1.2 The force should review its call grading", "Review started", "Amber"],
    ]))
    document = builder.build()
    found = extract_findings(Paper(document, 0, len(document.blocks)))
    assert [(f.kind, f.number, f.rag, f.status) for f in found] == [
        ("cause_of_concern", None, None, None),
        ("recommendation", "1.1", "green", "complete"),
        ("recommendation", "1.2", "amber", "in_progress")]
