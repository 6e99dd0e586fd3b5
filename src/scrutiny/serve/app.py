"""create_app(settings): the FastAPI application for the web UI and its JSON/CSV twins.

Settings are injected, never read from a global: the CLI's ``scrutiny serve`` and the
tests each build their own. Editing (upload, corrections) is on when
``settings.editable`` is true; the CLI sets it when binding to a loopback address or
when given ``--editable``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from scrutiny import __version__
from scrutiny.config import Settings, get_settings
from scrutiny.serve.api.errors import install_error_handlers
from scrutiny.serve.security import SecurityHeaders
from scrutiny.serve.web import routes
from scrutiny.serve.web.templating import build_templates
from scrutiny.store.database import open_database, session_factory

STATIC = Path(__file__).parent / "web" / "static"
SWAGGER = "/static/vendor/swagger-ui-dist-5.35.0"
DESCRIPTION = """Every page of scrutiny has a JSON twin (`/actions` → `/actions.json`) and
every register a CSV twin (`/actions.csv`), fed by the same query. Records carry their
source: paper, page and character span; `/papers/{id}?start=&end=` shows the passage."""


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """Build the app over ``settings.database_url`` (migrated to head), or over ``engine``."""
    settings = settings or get_settings()
    engine = engine or open_database(settings)
    app = FastAPI(
        title="scrutiny", version=__version__, description=DESCRIPTION,
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = session_factory(engine)
    app.state.templates = build_templates()
    app.state.editable = settings.editable
    app.state.templates.env.globals["editable"] = settings.editable
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    install_error_handlers(app)
    for router in routes.ROUTERS:
        app.include_router(router)
    app.add_api_route("/docs", _docs, include_in_schema=False, response_class=HTMLResponse)
    return app


def _docs() -> HTMLResponse:
    """Swagger UI from the vendored copy, so /docs works offline."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json", title="scrutiny API",
        swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER}/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
    )
