"""Browser protections and request limits applied to the whole app (ASVS V3 and V4)."""

from __future__ import annotations

from flask import Flask

from feedback.security.headers import init_headers
from feedback.security.request_size import init_request_size


def init_app(app: Flask) -> None:
    """Add the security headers, the CSP nonce and the request size limit to `app` (once)."""
    if "feedback.security" in app.extensions:
        return
    app.extensions["feedback.security"] = True
    init_headers(app)
    init_request_size(app)
