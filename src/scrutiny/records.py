"""The record contract of ``shared/spec/records.md`` as pydantic models, plus provenance.

Extractors emit these; ``store/tables.py`` maps them to tables; the API and
``scrutiny extract --format json`` serialise them. Nothing else defines record shapes.

Dates are ISO strings at the precision the paper gives: ``2024-12-18``, ``2023-05``
or ``2023``; unknown is ``None``, never a guess.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

RecordType = Literal[
    "meetings", "agenda_items", "questions", "actions", "findings", "judgements", "statistics"
]
RECORD_TYPES: tuple[RecordType, ...] = (
    "meetings",
    "agenda_items",
    "questions",
    "actions",
    "findings",
    "judgements",
    "statistics",
)


class Source(BaseModel):
    """Where a record came from: page and character span in the Document's text."""

    model_config = ConfigDict(extra="forbid")

    page: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = ""  # the exact source passage (document.text[start:end])


class Record(BaseModel):
    """Common base: every record carries its source and the extractor that made it."""

    # Gold files (the corpus's too) write item and finding numbers as JSON numbers: `3`
    # and `"3"` are the same printed number, so a number is read as its string.
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True)

    source: Source | None = None
    extractor: str | None = Field(default=None, exclude=True)  # "name/version"

    def contract(self) -> dict[str, Any]:
        """The record as the contract's JSON object (with "source")."""
        return self.model_dump(mode="json")


class Meeting(Record):
    body: str | None = None
    date: str | None = None
    kind: Literal["agenda", "minutes", "notes"] | None = None
    venue: str | None = None
    present: list[str] = Field(default_factory=list)
    apologies: list[str] = Field(default_factory=list)


class AgendaItem(Record):
    meeting_date: str | None = None
    number: str | None = None
    ref: str | None = None
    title: str | None = None
    resolution: str | None = None


class Question(Record):
    meeting_date: str | None = None
    asker: str | None = None
    affiliation: str | None = None
    respondent: str | None = None
    question: str
    answer: str | None = None


class Action(Record):
    meeting_date: str | None = None
    text: str
    owner: str | None = None
    status: Literal["open", "discharged"] | None = None
    due: str | None = None
    ref: str | None = None  # printed action reference where there is one (extra key)


class Finding(Record):
    inspection: str | None = None
    kind: Literal["afi", "recommendation", "cause_of_concern"] | None = None
    number: str | None = None
    text: str
    rag: Literal["red", "amber", "green"] | None = None
    status: Literal["complete", "in_progress"] | None = None
    anticipated_completion: str | None = None
    original_target: str | None = None


class Judgement(Record):
    inspection: str | None = None
    area: str
    grade: Literal["outstanding", "good", "adequate", "requires_improvement", "inadequate"]


Unit = Literal[
    "count", "percent", "percentage_points", "gbp", "fte", "days", "hours", "years", "ratio"
]


class Statistic(Record):
    measure: str
    value: float
    unit: Unit = "count"
    period: str | None = None
    place: str | None = None
    # Normalised for tracking one measure across papers (extra keys; the scorer ignores them).
    measure_key: str | None = None
    period_start: str | None = None
    period_end: str | None = None


MODEL_FOR: dict[RecordType, type[Record]] = {
    "meetings": Meeting,
    "agenda_items": AgendaItem,
    "questions": Question,
    "actions": Action,
    "findings": Finding,
    "judgements": Judgement,
    "statistics": Statistic,
}


class Extraction(BaseModel):
    """All records of one file, in the contract's top-level shape."""

    file: str
    meetings: list[Meeting] = Field(default_factory=list)
    agenda_items: list[AgendaItem] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    judgements: list[Judgement] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)

    def add(self, record_type: RecordType, records: list[Any]) -> None:
        getattr(self, record_type).extend(records)

    def contract(self) -> dict[str, Any]:
        """The JSON object ``scrutiny extract --format json`` prints."""
        return self.model_dump(mode="json")

    def counts(self) -> dict[str, int]:
        return {t: len(getattr(self, t)) for t in RECORD_TYPES}
