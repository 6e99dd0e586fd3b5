"""Properties that hold for any paper: extraction never raises, and every question and
action cites a passage inside the paper it came from."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny.extract.actions import extract_actions
from scrutiny.extract.questions import extract_questions
from scrutiny.ingest.document import Block, DocumentBuilder
from scrutiny.ingest.paper import Paper

# Fragments of the phrasings the rules look for, so random papers reach every rule.
PHRASES = [
    "A Member asked whether the figures were final.", "The Commissioner said that they were.",
    "Response:", "Force response: It is.", "Answer to follow", "(Cllr Ann Lee, Lee Council)",
    "Question 1 – from Councillor Ann Lee (Lee Council)", "ACTION: DCC to report by 31 March.",
    "Actions", "The following actions were closed:", "Force to provide a briefing.",
    "He said he would provide this at the next meeting.", "Date: 4 March 2025",
    "Date of next meeting: 5 June 2025", "RESOLVED: that the report be noted.",
    "In reply to a question about drones, the Chief Constable said two were in use.",
    "PCC: What is the backlog?", "ACC Grey: It is 300.", "Q: Why?", "A: Because.",
    "What is the current charge rate?", "Status: Open", "Owner: OPCC", "", "?", ":", "(",
]
CELLS = ["Ref", "Action", "Owner", "Due", "Status", "Question", "Answer", "Question from",
         "A1", "Provide data", "Force", "11/12/2024", "Complete", "Cllr X (Y Council)", ""]

blocks = st.lists(
    st.one_of(
        st.builds(lambda kind, text, bold, italic: Block(kind, text or "x", bold=bold,
                                                         italic=italic),
                  st.sampled_from(["heading", "paragraph", "list_item"]),
                  st.lists(st.sampled_from(PHRASES), min_size=1, max_size=3).map(" ".join),
                  st.booleans(), st.booleans()),
        st.builds(lambda rows: Block("table", "", rows=rows),
                  st.lists(st.lists(st.sampled_from(CELLS), min_size=1, max_size=5),
                           min_size=1, max_size=4)),
    ),
    min_size=0,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(blocks, st.sampled_from(["minutes", "board_notes", "questions", "report", "other"]),
       st.sampled_from([None, "2024-10-02"]))
def test_any_paper_gives_cited_records(
    items: list[Block], kind: str, date: str | None
) -> None:
    builder = DocumentBuilder("random.txt", "text")
    builder.extend(items)
    document = builder.build()
    paper = Paper(document, 0, len(document.blocks), kind=kind, date=date)  # type: ignore[arg-type]
    records = [*extract_questions(paper), *extract_actions(paper)]
    for record in records:
        assert record.source is not None
        assert paper.start <= record.source.start <= record.source.end <= paper.end
        assert record.source.text == document.text[record.source.start:record.source.end]
