"""Shared fixtures: a fresh database per test on SQLite and on a real PostgreSQL.

``db`` is parametrised over the backends, so every test that uses it runs on both.
PostgreSQL needs ``SCRUTINY_TEST_POSTGRES_URL`` (``.ci/run`` starts a server and sets
it); without it the PostgreSQL case is skipped locally and is an error in CI, so CI can
never pass by silently testing one engine. Each PostgreSQL test gets its own schema
(set through the URL's ``search_path``), created and migrated for it and dropped after.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from scrutiny.config import Settings, get_settings
from scrutiny.store.database import (
    create_db_engine,
    init_db,
    init_sql,
    session_scope,
    with_search_path,
)

REPO = Path(__file__).resolve().parents[1]
POSTGRES_ENV = "SCRUTINY_TEST_POSTGRES_URL"


@dataclass
class Database:
    """A migrated, empty database for one test."""

    backend: str
    url: str
    engine: Engine

    def settings(self, **overrides: object) -> Settings:
        return get_settings(database_url=self.url, **overrides)

    def session(self) -> AbstractContextManager[Session]:
        """One transaction, committed at the end of the ``with`` block."""
        return session_scope(self.engine)


def postgres_url() -> str:
    """The server URL for PostgreSQL tests; skip locally, fail in CI, when it is unset."""
    url = os.environ.get(POSTGRES_ENV)
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(f"{POSTGRES_ENV} is not set: CI must test PostgreSQL too")
    pytest.skip(f"set {POSTGRES_ENV} to run the PostgreSQL tests")


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[Engine]:
    engine = create_db_engine(postgres_url())
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_schema_sql() -> str:
    """The migrations as one SQL script (Alembic offline mode), written once per run:
    running it per test is much faster than running Alembic per test. The schema tests
    in tests/store/test_database.py still run the real migrations (downgrade, upgrade)."""
    return init_sql("postgresql")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'scrutiny.db'}"
        engine = create_db_engine(url)
        init_db(engine)
        yield Database("sqlite", url, engine)
        engine.dispose()
        return
    admin: Engine = request.getfixturevalue("postgres_admin")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = with_search_path(admin.url.render_as_string(hide_password=False), schema)
    engine = create_db_engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(request.getfixturevalue("postgres_schema_sql"))
        yield Database("postgresql", url, engine)
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the repository (or ``SCRUTINY_SHARED``); skip when absent."""
    shared = Path(os.environ.get("SCRUTINY_SHARED") or REPO / ".." / "shared")
    if not (shared / "corpus").is_dir():
        pytest.skip(f"shared corpus not found at {shared}")
    return shared


@pytest.fixture
def examples_dir() -> Path:
    """The bundled example papers; skip while they are not written yet."""
    folder = REPO / "examples" / "papers"
    if not folder.is_dir() or not any(folder.iterdir()):
        pytest.skip("examples/papers is empty")
    return folder


SAMPLE_PAPER = """# Northvale Police and Crime Panel

MINUTES of a meeting of the Northvale Police and Crime Panel held on 5 March 2025

Present: Cllr Ann Example, Cllr Bob Sample

## Stalking protection orders

The Commissioner reported that the number of stalking protection orders granted had risen
in the year, and that officers were trained to apply for them.

ACTION: Force to provide figures on stalking protection orders by 30 April 2025.

## Road safety

Cllr Bob Sample asked what was being done about road deaths on rural roads. The
Commissioner said a new partnership plan was in place.

ACTION: OPCC to circulate the road safety partnership plan. Complete.
"""


@dataclass
class Sample:
    """A small invented paper read by the real text reader, with hand-made records."""

    data: bytes
    document: object
    papers: list
    extraction: object


def read_sample_text(text_: str, name: str) -> Sample:
    """Read ``text_`` with the real text reader: one paper, no records."""
    from scrutiny.ingest.paper import Paper
    from scrutiny.ingest.read import read_bytes
    from scrutiny.records import Extraction

    data = text_.encode()
    document = read_bytes(data, name)
    paper = Paper(document, 0, len(document.blocks), title=name)
    return Sample(data, document, [paper], Extraction(file=name))


def make_sample_records(
    text_: str = SAMPLE_PAPER, name: str = "2025-03-05_minutes.txt"
) -> Sample:
    """Read ``text_`` and build records citing its passages (independent of extractors)."""
    from scrutiny.extract.base import source_for
    from scrutiny.ingest.paper import Paper
    from scrutiny.ingest.read import read_bytes
    from scrutiny.records import Action, Extraction, Meeting, Question

    data = text_.encode()
    document = read_bytes(data, name)
    paper = Paper(document, 0, len(document.blocks), title="Minutes", kind="minutes",
                  date="2025-03-05", body="Northvale Police and Crime Panel")

    def cite(passage: str):  # the source of the first occurrence of ``passage``
        start = document.text.index(passage)
        return source_for(document, start, start + len(passage))

    extraction = Extraction(file=name)
    extraction.meetings.append(Meeting(
        body="Northvale Police and Crime Panel", date="2025-03-05", kind="minutes",
        present=["Cllr Ann Example", "Cllr Bob Sample"], source=cite("MINUTES of a meeting"),
        extractor="meetings/1"))
    extraction.actions.append(Action(
        meeting_date="2025-03-05", owner="Force", status="open", due="2025-04-30",
        text="provide figures on stalking protection orders",
        source=cite("ACTION: Force to provide"), extractor="actions/1"))
    extraction.actions.append(Action(
        meeting_date="2025-03-05", owner="OPCC", status="discharged",
        text="circulate the road safety partnership plan",
        source=cite("ACTION: OPCC"), extractor="actions/1"))
    extraction.questions.append(Question(
        meeting_date="2025-03-05", asker="Cllr Bob Sample", respondent="Commissioner",
        question="what was being done about road deaths on rural roads",
        answer="a new partnership plan was in place", source=cite("Cllr Bob Sample asked"),
        extractor="questions/1"))
    return Sample(data, document, [paper], extraction)


# Fixtures rather than imports: several conftest.py files exist, so ``from conftest
# import ...`` would find whichever was imported first.


@pytest.fixture
def sample() -> Sample:
    """The invented minutes with a meeting, two actions and a question, all cited."""
    return make_sample_records()


@pytest.fixture
def make_sample() -> Callable[..., Sample]:
    """Factory: ``make_sample(text=SAMPLE_PAPER, name=...)`` -> a fresh Sample with records."""
    return make_sample_records


@pytest.fixture
def read_sample() -> Callable[[str, str], Sample]:
    """Factory: ``read_sample(text, name)`` -> a Sample with one paper and no records."""
    return read_sample_text


@pytest.fixture
def sample_text() -> str:
    """The text of the invented minutes (to write as a file)."""
    return SAMPLE_PAPER
