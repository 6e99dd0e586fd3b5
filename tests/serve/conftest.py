"""Fixtures for the web tests: a site (database with papers ingested) per backend, a
TestClient over it, and a real uvicorn server + Debian's Chromium for browser tests.

Ingesting the example papers takes seconds, so the read-only site is built once per
session and backend; tests that write (uploads) get their own fresh database.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from scrutiny.config import Settings, get_settings
from scrutiny.pipeline import ingest_paths
from scrutiny.serve.app import create_app
from scrutiny.store.database import create_db_engine, init_db

HERE = Path(__file__).parent
REPO = HERE.parents[1]
EXAMPLES = REPO / "examples" / "papers"
HOSTILE = HERE / "papers" / "2025-03-05_hostile-minutes.md"
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@dataclass
class Site:
    """A database with the example papers and the hostile paper ingested."""

    backend: str
    url: str
    engine: Engine

    def settings(self, **overrides: object) -> Settings:
        return get_settings(database_url=self.url, **overrides)


def ingest_examples(settings: Settings, engine: Engine) -> None:
    if not EXAMPLES.is_dir() or not any(EXAMPLES.iterdir()):
        pytest.skip("examples/papers is empty")
    report = ingest_paths([EXAMPLES, HOSTILE], settings, engine=engine)
    assert report.ok, [f.reason for f in report.files if f.status == "failed"]


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session", params=BACKENDS)
def site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Site]:
    """The ingested site on SQLite and (with SCRUTINY_TEST_POSTGRES_URL) on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('site') / 'site.db'}"
        engine = create_db_engine(url)
        init_db(engine)
        built = Site("sqlite", url, engine)
        ingest_examples(built.settings(), engine)
        yield built
        engine.dispose()
        return
    admin: Engine = request.getfixturevalue("postgres_admin")  # from tests/conftest.py
    schema = f"serve_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    base = admin.url.render_as_string(hide_password=False)
    url = f"{base}{'&' if '?' in base else '?'}options={quote(f'-csearch_path={schema}')}"
    engine = create_db_engine(url)
    try:
        init_db(engine)
        built = Site("postgresql", url, engine)
        ingest_examples(built.settings(), engine)
        yield built
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture(scope="session")
def client(site: Site) -> Iterator[TestClient]:
    """A read-only client over the site (the server is not editable)."""
    app = create_app(site.settings(editable=False), engine=site.engine)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    """An editable client over an empty SQLite database (for uploads)."""
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    engine = create_db_engine(url)
    init_db(engine)
    app = create_app(get_settings(database_url=url, editable=True), engine=engine)
    with TestClient(app) as test_client:
        yield test_client
    engine.dispose()


# --- a real server and a real browser ---------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn on 127.0.0.1 and a free port, over its own SQLite site, editable."""
    import uvicorn

    url = f"sqlite:///{tmp_path_factory.mktemp('live') / 'live.db'}"
    engine = create_db_engine(url)
    init_db(engine)
    settings = get_settings(database_url=url, editable=True)
    ingest_examples(settings, engine)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, engine=engine), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):  # wait (bounded) for the server to listen; not a timing assertion
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


def chromium_or_skip() -> str:
    """Debian's chromium; its absence skips locally and fails in CI."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: .ci/run must apt-get install chromium")
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium driven by Playwright (never `playwright install`)."""
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    """A fresh browser page whose dialogs (alert) are recorded, not accepted silently."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """tests/artifacts/ (gitignored): screenshots a person can look at after a run."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def screenshot(artifacts: Path) -> Callable[[Any, str], Path]:
    """Save a full-page screenshot of a tab as tests/artifacts/<name>.png."""

    def take(tab: Any, name: str) -> Path:
        path = artifacts / f"{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def papers_dir() -> Path:
    """tests/serve/papers: the hostile paper and a broken PDF."""
    return HERE / "papers"
