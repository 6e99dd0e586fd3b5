"""A reply recorded as giving what was sought ("The Commissioner gave that assurance,
noting ...") answers the question before it (invented papers, three house styles)."""

from __future__ import annotations

import pytest

from scrutiny.extract.questions import extract_questions
from scrutiny.ingest.paper import Paper
from scrutiny.ingest.read import read_bytes


def paper_of(text: str, name: str) -> Paper:
    document = read_bytes(text.encode(), name)
    return Paper(document, 0, len(document.blocks), kind="minutes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name", "respondent"),
    [
        ("Minutes\n\nCllr Sol Hart sought assurance that the 101 service would improve. The "
         "Commissioner gave that assurance, noting that waits had halved.\n", "minutes.txt",
         "Commissioner"),
        ("<p>Mrs Ada Lyle sought reassurance about rural patrols. The Chief Constable gave an "
         "undertaking that patrols would continue.</p>", "minutes.html", "Chief Constable"),
        ("# Minutes\n\nCllr Ben Roe asked about the estates review. The PCC gave an update, "
         "saying the review would report in May.\n", "minutes.md", "PCC"),
    ],
)
def test_a_reply_that_gives_what_was_sought(text: str, name: str, respondent: str) -> None:
    [question] = extract_questions(paper_of(text, name))
    assert question.respondent == respondent
    assert question.answer is not None and " gave " in question.answer
