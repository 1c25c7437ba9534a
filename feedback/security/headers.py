"""Browser protections on every response: CSP with a per-request nonce, and security headers.

- `Content-Security-Policy`: scripts only from this site or carrying the request's nonce (GOV.UK's
  one inline "js-enabled" script gets it through base.html), no inline styles, nothing from
  another host, no plugins, no `<base>`, no framing, forms post only here.
- `Referrer-Policy`, `X-Content-Type-Options`, `X-Frame-Options`, `Permissions-Policy` and
  `Cross-Origin-Opener-Policy` on every response; a view may set a stricter `Referrer-Policy`
  (the invitation pages send `no-referrer`) and it is kept.
- `Strict-Transport-Security` only on HTTPS requests (behind a proxy, set `PROXY_FIX` so the
  scheme comes from `X-Forwarded-Proto`).
- `Cache-Control: no-store` on every page except the public information pages listed in
  `PUBLIC_PAGES` seen by someone not signed in, and static files.
"""

from __future__ import annotations

import secrets

from flask import Flask, Response, g, request
from werkzeug.middleware.proxy_fix import ProxyFix

CSP_DIRECTIVES = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'nonce-{nonce}'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("manifest-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'none'"),
    ("frame-ancestors", "'none'"),
    ("form-action", "'self'"),
)
ALWAYS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
        "accelerometer=(), gyroscope=(), magnetometer=()"
    ),
}
DEFAULT_REFERRER_POLICY = "strict-origin-when-cross-origin"
HSTS = "max-age=31536000; includeSubDomains"
NO_STORE = "no-store"

# Pages with nothing personal on them, the same for everyone not signed in: they may be cached.
PUBLIC_PAGES = frozenset(
    {
        "respond.home",
        "respond.privacy",
        "respond.accessibility",
        "published.index",
        "published.survey",
        "published.survey_csv",
        "published.survey_json",
        "scorecard.public_index",
        "scorecard.public_pledge",
        "yousaid.index",
        "yousaid.entry",
        "yousaid.feed",
        "pictures.question_picture",
    }
)
STATIC_ENDPOINTS = frozenset({"static", "govuk_assets"})


def csp_nonce() -> str:
    """This request's CSP nonce, made on first use: put it on every inline `<script>`."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(18)
    return g.csp_nonce


def content_security_policy(nonce: str) -> str:
    """The `Content-Security-Policy` header value for a response whose scripts carry `nonce`."""
    return "; ".join(f"{name} {value.format(nonce=nonce)}" for name, value in CSP_DIRECTIVES)


def may_be_cached(endpoint: str | None, status: int, signed_in: bool) -> bool:
    """Whether a response may be kept by caches: static files, and public pages for the public."""
    if endpoint in STATIC_ENDPOINTS:
        return True
    return endpoint in PUBLIC_PAGES and status == 200 and not signed_in


def _signed_in() -> bool:
    """Whether this request's page was made for a signed-in user.

    Only a user the request already loaded counts: a response that never looked at the user
    cannot depend on them, and the database is not asked again after the page is made.
    """
    user = g.get("_login_user")
    return bool(user is not None and user.is_authenticated)


def add_security_headers(response: Response) -> Response:
    """After each request: set the CSP and the other protective headers on `response`."""
    headers = response.headers
    headers["Content-Security-Policy"] = content_security_policy(csp_nonce())
    for name, value in ALWAYS.items():
        headers[name] = value
    headers.setdefault("Referrer-Policy", DEFAULT_REFERRER_POLICY)
    if request.is_secure:
        headers["Strict-Transport-Security"] = HSTS
    cacheable = may_be_cached(request.endpoint, response.status_code, _signed_in())
    if not cacheable and NO_STORE not in headers.get("Cache-Control", ""):
        headers["Cache-Control"] = NO_STORE
    return response


def init_headers(app: Flask) -> None:
    """Add the headers to every response, offer `csp_nonce()` to templates, honour `PROXY_FIX`."""
    if _flag(app, "PROXY_FIX"):
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1, x_port=1)
    app.after_request(add_security_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce


def _flag(app: Flask, key: str) -> bool:
    """A yes/no setting, whether given as a boolean or as text from the environment."""
    value = app.config.get(key, False)
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)
