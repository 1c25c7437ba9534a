"""Browser protections: the CSP and its nonce, security headers, caching and cookies."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from werkzeug.http import parse_dict_header

from feedback import create_app
from feedback.extensions import db
from feedback.models import Role
from feedback.security.headers import content_security_policy
from tests.conftest import make_app
from tests.factories import login_as, make_survey
from tests.feedback.reports.helpers import add_responses

NONCE = re.compile(r"'nonce-([^']+)'")


def policy(response) -> dict[str, str]:
    """The response's CSP as {directive: sources}."""
    header = response.headers["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def header_nonce(response) -> str:
    return NONCE.search(policy(response)["script-src"]).group(1)


class Tags(HTMLParser):
    """Every element with its attributes, to check scripts, handlers and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(response) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(response.get_data(as_text=True))
    return parser.tags


def assert_no_inline_code(response) -> None:
    """Every script runs from our own files or carries this response's nonce; no inline code."""
    nonce = header_nonce(response)
    tags = tags_of(response)
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts, "the page has no scripts at all"
    for attrs in scripts:
        if attrs.get("type") == "application/json":
            continue  # data for the charts: never run
        src = attrs.get("src")
        assert (src and src.startswith("/")) or attrs.get("nonce") == nonce, attrs
    for tag, attrs in tags:
        handlers = [name for name in attrs if name.startswith("on")]
        assert not handlers, f"<{tag}> has inline event handlers {handlers}"
        assert "style" not in attrs, f"<{tag}> has an inline style"
        assert not (attrs.get("href") or "").lower().startswith("javascript:"), tag


def test_the_policy_allows_no_inline_script_eval_plugins_base_or_framing():
    header = content_security_policy("abc")
    assert "unsafe-inline" not in header and "unsafe-eval" not in header
    for directive in (
        "script-src 'self' 'nonce-abc'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ):
        assert directive in header


def test_a_public_page_has_the_policy_and_headers_and_may_be_cached(client):
    response = client.get("/")
    assert response.status_code == 200
    assert policy(response)["object-src"] == "'none'"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "Strict-Transport-Security" not in response.headers
    assert "no-store" not in response.headers.get("Cache-Control", "")


def test_the_nonce_is_new_for_each_request_and_matches_the_govuk_script(client):
    first, second = client.get("/"), client.get("/")
    assert header_nonce(first) != header_nonce(second)
    for response in (first, second):
        nonce = header_nonce(response)
        assert len(nonce) >= 22
        inline = [a for t, a in tags_of(response) if t == "script" and not a.get("src")]
        assert [a.get("nonce") for a in inline] == [nonce]  # GOV.UK's "js-enabled" script


@pytest.mark.parametrize(
    "path", ["/manage/surveys", "/manage/surveys/new", "/manage/kpis/", "/manage/groups/"]
)
def test_staff_pages_are_never_stored(client, app, path):
    login_as(client, app, Role.OFFICER)
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert header_nonce(response)


def test_public_pages_seen_by_signed_in_staff_are_not_stored(client, app):
    login_as(client, app, Role.OFFICER)
    assert client.get("/").headers["Cache-Control"] == "no-store"
    assert client.get("/results/").headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "path",
    ["/sign-in", "/invitations/not-a-token", "/follow-up/unsubscribe/not-a-token", "/nowhere"],
)
def test_sign_in_tokens_and_errors_are_never_stored(client, path):
    response = client.get(path)
    assert response.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_page_with_a_token_in_its_address_keeps_no_referrer(client):
    response = client.get("/invitations/not-a-token")
    assert response.status_code == 404
    assert response.headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/api/v1/openapi.json", "/api/v1/surveys", "/api/v1/nowhere"])
def test_the_api_has_the_headers_and_is_never_stored(client, path):
    response = client.get(path)
    assert response.is_json
    assert "no-store" in response.headers["Cache-Control"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]


def test_static_files_have_the_policy_and_may_be_cached(client):
    response = client.get("/static/js/init.js")
    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src" in response.headers["Content-Security-Policy"]
    response.close()


def test_hsts_is_sent_over_https_only(client):
    secure = client.get("/", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "Strict-Transport-Security" not in client.get("/").headers


def test_behind_a_proxy_the_forwarded_scheme_counts_only_when_configured(app, database):
    forwarded = {"X-Forwarded-Proto": "https"}
    assert "Strict-Transport-Security" not in app.test_client().get("/", headers=forwarded).headers

    proxied = make_app(database.url, PROXY_FIX=True)
    response = proxied.test_client().get("/", headers=forwarded)
    assert "Strict-Transport-Security" in response.headers
    with proxied.app_context():
        db.engine.dispose()


def test_key_pages_run_no_inline_code(client, app):
    survey = make_survey(app)
    add_responses(app, survey, 6, {"listened-to": "agree"}, audience="parents-and-carers")
    for path in ("/", "/privacy", "/results/", "/you-said-we-did/", "/charter/", "/sign-in"):
        assert_no_inline_code(client.get(path))
    respondent = client.get("/surveys/every-type")
    assert_no_inline_code(respondent)
    question = client.post("/surveys/every-type/start", follow_redirects=True)
    assert "/questions/" in question.request.path
    assert_no_inline_code(question)

    login_as(client, app, Role.OFFICER)
    results = client.get(f"/manage/reports/surveys/{survey}")
    assert "data-chart-spec" in results.get_data(as_text=True)
    assert_no_inline_code(results)
    for path in ("/manage/surveys", f"/manage/surveys/{survey}", "/manage/kpis/"):
        assert_no_inline_code(client.get(path))


def cookie_attributes(set_cookie: str) -> dict[str, str | None]:
    """The attributes of one Set-Cookie header, by lower-case name."""
    attributes = parse_dict_header(set_cookie.replace(";", ","))
    return {key.lower(): value for key, value in attributes.items()}


def test_every_cookie_is_httponly_and_samesite(client, app):
    login_as(client, app, Role.OFFICER)
    cookies = []
    for path in ("/", "/manage/surveys", "/sign-out", "/sign-in"):
        cookies += client.get(path).headers.getlist("Set-Cookie")
    assert cookies
    for cookie in cookies:
        attributes = cookie_attributes(cookie)
        assert "httponly" in attributes, cookie
        assert attributes["samesite"] == "Lax", cookie


def test_in_production_the_session_cookie_is_secure_httponly_and_lax(database):
    app = create_app(
        {"ENV": "production", "SECRET_KEY": "x" * 32, "SQLALCHEMY_DATABASE_URI": database.url}
    )
    assert app.config["SESSION_COOKIE_SECURE"] is True
    response = app.test_client().get("/sign-in", base_url="https://localhost")
    attributes = cookie_attributes(response.headers["Set-Cookie"])  # the form's CSRF token
    assert "secure" in attributes and "httponly" in attributes
    assert attributes["samesite"] == "Lax"
    with app.app_context():
        db.engine.dispose()
