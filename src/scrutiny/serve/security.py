"""Response headers that keep untrusted paper text inert, and a same-origin rule for writes.

The Content-Security-Policy allows scripts only from this server, so even if a paper's
text escaped into the page it could not run; Vega needs ``unsafe-eval`` to compile its
expressions. Uploads and corrections must come from this server's own pages: a POST
whose Origin (or Sec-Fetch-Site) says another site sent it is refused, so a web page
elsewhere cannot make a browser upload to a scrutiny running on localhost.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
# Swagger UI starts itself with an inline script.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class SecurityHeaders:
    """Pure ASGI middleware (no per-request task overhead): headers + same-origin writes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] in UNSAFE_METHODS and cross_site(scope):
            response = PlainTextResponse("Cross-site request refused.", status_code=403)
            await response(scope, receive, send)
            return
        policy = DOCS_CSP if scope["path"].startswith("/docs") else CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(HEADERS)
                headers.append((b"content-security-policy", policy.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def cross_site(scope: Scope) -> bool:
    """True when the request says it came from another site (Origin or Sec-Fetch-Site)."""
    headers: dict[str, Any] = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
    if headers.get("sec-fetch-site") == "cross-site":
        return True
    origin = headers.get("origin")
    if not origin or origin == "null":
        return origin == "null"
    return urlsplit(origin).netloc != headers.get("host", "")
