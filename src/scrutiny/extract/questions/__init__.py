"""Questions put in public and the answers they got.

Papers record questions in a handful of house styles, and each finder below reads one:

* **tables** - ``No. | Question from | Question | Answer`` (any order or naming; asker
  and council in one cell are split; a title row above the header is skipped); "Answer to
  follow" is unanswered (answer ``None``);
* **written questions with a trailer** - the question, then ``(Cllr X, Y Council)``, then
  the answer paragraphs up to the next question;
* **headed questions** - ``Question 1 - from Councillor X (Y Council)`` or a coded heading
  ``PQ1 — Mrs X, Town`` (public, member or written question), the text, then an
  ``Answer:``/``Response (Chief Constable):`` label or heading (or "Answer from the PCC"
  run into the answer's first line), or a reply in reported speech; a "Supplementary
  question" is asked by the member above it;
* **set-apart questions** - a bold line ending "?", any line followed by a
  ``Force response:`` label, or in a paper of questions a plain numbered "...?" line;
  the answer runs to the next question, heading or short title;
* **bare labels, inline pairs and transcripts** - ``Q:``/``A:``, "How ...? Response: ...",
  "PFCC: ...?" answered by "ACC Grey: ...";
* **debate in minutes and board notes** - "A Member asked ... The Commissioner said ...",
  "Noting X, the PCC asked if ...? The CC advised ...", "In reply to a question about X,
  the Commissioner said ...", "It was explained that ..." (unnamed respondent), and a
  reply in the question's own sentence: "Cllr X asked whether ...; the Commissioner
  replied that ...".

Each question is paired with its whole answer: every answer paragraph up to the next
question, heading or decision. Finders run in that order and a block one finder used is
not read again by the next, so a written question is never also read as debate. Written
and tabled questions take the asker and respondent a section heading names ("Questions
asked by the PCC", "Written questions to the Commissioner") when they name none.

Each house style is read by its own module (``tables``, ``written``, ``headed``, ``bold_qa``,
``inline``, ``dialogue``, ``debate``); the meeting date comes from
:func:`scrutiny.extract.context.meeting_context`, shared with the actions extractor.
"""

from __future__ import annotations

from scrutiny.extract.base import register, source_for
from scrutiny.extract.context import MeetingContext, clean, meeting_context
from scrutiny.extract.questions.affiliation import organisation
from scrutiny.extract.questions.answers import answer_label
from scrutiny.extract.questions.bold_qa import find_bold_questions
from scrutiny.extract.questions.debate import find_debate_questions
from scrutiny.extract.questions.dialogue import find_dialogue_questions
from scrutiny.extract.questions.found import _Found
from scrutiny.extract.questions.headed import find_headed_questions, find_labelled_questions
from scrutiny.extract.questions.inline import find_inline_questions
from scrutiny.extract.questions.leadins import tidy_labels
from scrutiny.extract.questions.memo import per_paper, remember
from scrutiny.extract.questions.respondents import respondent_role, section_roles
from scrutiny.extract.questions.speech import speaker
from scrutiny.extract.questions.tables import find_table_questions
from scrutiny.extract.questions.written import find_written_questions
from scrutiny.ingest.paper import Paper
from scrutiny.records import Question

FINDERS = (
    find_table_questions,
    find_written_questions,
    find_headed_questions,
    find_bold_questions,
    find_labelled_questions,
    find_inline_questions,
    find_dialogue_questions,
    find_debate_questions,
)

WRITTEN_FINDERS = FINDERS[:6]  # questions answered on paper, before the meeting


def written_answer_blocks(paper: Paper) -> frozenset[int]:
    """Blocks of ``paper`` that hold written questions and their answers (tables, trailers,
    headed, bold, labelled and inline pairs; not debate or a transcript).

    A promise in a written answer ("I will write to Cllr X by 30 May") answers a question
    on paper; it is not an action the meeting recorded, so the actions extractor skips
    these blocks when it looks for commitments. Kept per paper: the questions extractor
    has found them already by the time the actions extractor asks.
    """
    return per_paper("written", paper, _written_blocks)


def _written_blocks(paper: Paper) -> frozenset[int]:
    used: set[int] = set()
    for finder in WRITTEN_FINDERS:
        finder(paper, used)
    return frozenset(used)


@register("questions", "2", "questions")
def extract_questions(paper: Paper) -> list[Question]:
    """Every question of ``paper`` with its answer, asker, respondent and meeting date."""
    used: set[int] = set()
    found: list[_Found] = []
    roles: list[tuple[str | None, str | None]] | None = None
    for finder in FINDERS:
        items = finder(paper, used)
        if finder is not find_debate_questions and items:
            # a written or tabled question takes the section's asker and respondent
            # ("Questions asked by the PCC", "Written questions to the Commissioner")
            # when it names none itself; debate names its own or none at all
            roles = roles or section_roles(paper)
            for item in items:
                first = min(item.blocks) if item.blocks else 0
                asker, respondent = roles[first] if first < len(roles) else (None, None)
                item.asker = item.asker or asker
                item.respondent = item.respondent or respondent
        found.extend(items)
        if finder is WRITTEN_FINDERS[-1]:
            remember("written", paper, frozenset(used))
    found = sorted((tidy_labels(f) for f in found if f.question), key=lambda f: f.start)
    known: dict[str, str] = {}
    for item in found:  # a member named again without their council is the same member
        if item.asker and item.affiliation:
            known.setdefault(item.asker, item.affiliation)
        elif item.asker in known:
            item.affiliation = known[item.asker]
    if not found:
        return []  # no meeting context needed: most papers of a pack ask nothing
    context = meeting_context(paper)
    return [_record(paper, context, f) for f in found]


def _record(paper: Paper, context: MeetingContext, item: _Found) -> Question:
    first = min(item.blocks) if item.blocks else 0
    return Question(
        meeting_date=context.at(first),
        asker=item.asker,
        affiliation=organisation(item.affiliation),
        respondent=respondent_role(item.respondent),
        question=item.question,
        answer=item.answer,
        source=source_for(paper.document, item.start, item.end),
    )


__all__ = [
    "MeetingContext",
    "answer_label",
    "clean",
    "extract_questions",
    "meeting_context",
    "speaker",
    "written_answer_blocks",
]
