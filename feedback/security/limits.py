"""Rate limits (Flask-Limiter): public answers and submissions, sign-in, follow-up sign-up and
the API, each per client and configurable.

Limits are counted in memory by default (per process) or in Redis when
`RATELIMIT_STORAGE_URI` is set (`redis://127.0.0.1:6379/0`), which every app server shares.
Clients are keyed by a keyed hash of their IP address (API calls: of their token), so neither
an IP address nor a token reaches the storage or the logs. Behind a proxy the address comes
from ProxyFix (`PROXY_FIX`), set up with the other headers.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable

from flask import Flask, current_app, jsonify, render_template, request
from flask_limiter import Limiter, RateLimitExceeded
from flask_limiter.util import get_remote_address

from feedback.api.auth import bearer_token

LIMITS: dict[str, str] = {
    "RATE_LIMIT_ANSWERS": "30 per minute",
    "RATE_LIMIT_SUBMIT": "10 per minute",
    "RATE_LIMIT_FORMS": "10 per minute",
    "RATE_LIMIT_SIGN_IN": "10 per minute",
    "RATE_LIMIT_API": "120 per minute",
    "RATE_LIMIT_RESUME": "5 per minute; 20 per hour",
}
"""Each setting with its value in production and development."""

TESTING_LIMIT = "1000 per minute"
"""In testing, settings left unset take this value: on, but above what the suite sends.
Tests of the limits set low values."""

ENDPOINTS: dict[str, str] = {
    "respond.begin": "RATE_LIMIT_ANSWERS",
    "respond.question": "RATE_LIMIT_ANSWERS",
    "respond.check": "RATE_LIMIT_SUBMIT",
    "notify.sign_up": "RATE_LIMIT_FORMS",
    "auth.login": "RATE_LIMIT_SIGN_IN",
    "resume.save": "RATE_LIMIT_ANSWERS",
    "resume.resume": "RATE_LIMIT_RESUME",
}
"""Views whose POSTs are limited, with the setting that limits them (per client IP)."""

OPTIONAL_ENDPOINTS: dict[str, str] = {"privacy.erase": "RATE_LIMIT_FORMS"}
"""Limited like ENDPOINTS when the app has them."""

EXTENSION = "feedback.limits"
TOO_MANY_TITLE = "You have sent too many requests"
TOO_MANY_ADVICE = "Wait a minute and try again."


def limit_for(setting: str) -> str:
    """The configured limit for `setting`, like "10 per minute"."""
    configured = current_app.config.get(setting)
    if configured:
        return str(configured)
    return TESTING_LIMIT if current_app.testing else LIMITS[setting]


def _keyed_hash(value: str) -> str:
    secret = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()[:24]


def client_key() -> str:
    """Who is sending, as a keyed hash of the client's IP address (no personal data)."""
    return "ip:" + _keyed_hash(get_remote_address() or "")


def api_key() -> str:
    """An API caller: a keyed hash of its bearer token, else of its IP address."""
    token = bearer_token(request.headers.get("Authorization"))
    return "token:" + _keyed_hash(token) if token else client_key()


def _provider(setting: str) -> Callable[[], str]:
    return lambda: limit_for(setting)


def _seconds_to_wait() -> int:
    """Seconds until the breached limit lets this client in again (60 if unknown)."""
    breached = current_app.extensions[EXTENSION].current_limit
    return max(1, int(breached.reset_at - time.time())) if breached else 60


def too_many_requests(_error: RateLimitExceeded):
    """429 with a GOV.UK page, or JSON under /api/, and Retry-After."""
    headers = {"Retry-After": str(_seconds_to_wait())}
    if request.path.startswith("/api/"):
        message = f"{TOO_MANY_TITLE}. {TOO_MANY_ADVICE}"
        return jsonify({"error": {"code": "too_many_requests", "message": message}}), 429, headers
    page = render_template("errors/error.html", title=TOO_MANY_TITLE, advice=TOO_MANY_ADVICE)
    return page, 429, headers


def init_limits(app: Flask) -> Limiter:
    """Limit the views in ENDPOINTS and the API on `app`, once however often it is called.
    Call after the blueprints are registered: it wraps their view functions."""
    if EXTENSION in app.extensions:
        return app.extensions[EXTENSION]
    app.config["RATELIMIT_STORAGE_URI"] = app.config.get("RATELIMIT_STORAGE_URI") or "memory://"
    app.config.setdefault("RATELIMIT_KEY_PREFIX", "feedback")
    app.config.setdefault("RATELIMIT_IN_MEMORY_FALLBACK_ENABLED", True)
    limiter = Limiter(key_func=client_key)
    limiter.init_app(app)

    endpoints = ENDPOINTS | {e: s for e, s in OPTIONAL_ENDPOINTS.items() if e in app.view_functions}
    for endpoint, setting in endpoints.items():
        limited = limiter.limit(_provider(setting), methods=["POST"])
        app.view_functions[endpoint] = limited(app.view_functions[endpoint])
    limiter.limit(_provider("RATE_LIMIT_API"), key_func=api_key)(app.blueprints["api"])
    app.register_error_handler(RateLimitExceeded, too_many_requests)
    app.extensions[EXTENSION] = limiter
    return limiter
