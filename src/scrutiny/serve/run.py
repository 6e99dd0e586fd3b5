"""Start the web server (``scrutiny serve``, and ``scrutiny demo`` after its ingest).

Editing is switched on by where the server listens: on a loopback address only this
machine's user can reach it, so uploads and corrections are on; on any other address
the server is read-only unless ``--editable`` says otherwise (until accounts exist).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

from scrutiny.config import Settings, get_settings


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost'; false for 0.0.0.0 and real addresses."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve_settings(host: str, db: str | None, editable: bool) -> Settings:
    """Settings for a server on ``host``: editable on loopback or when asked."""
    return get_settings(database_url=db, editable=editable or is_loopback(host) or None)


def url_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def run_server(
    host: str, port: int, db: str | None, editable: bool, say: Callable[[str], None] = print
) -> None:
    """Open the database, print the URL and serve until interrupted (Ctrl+C).

    Raises ConfigError (before listening) when the database cannot be opened.
    """
    import uvicorn

    from scrutiny.serve.app import create_app

    settings = serve_settings(host, db, editable)
    app = create_app(settings)
    mode = "editing on" if settings.editable else "read-only"
    say(f"scrutiny is serving {settings.database_url} at {url_of(host, port)} ({mode}); "
        "press Ctrl+C to stop.")
    uvicorn.run(app, host=host, port=port, log_level="warning")
