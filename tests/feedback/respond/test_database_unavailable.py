"""While the database cannot be reached: a clear "try again" page, answers kept, nothing
half-written, and a retry that stores the response exactly once."""

from __future__ import annotations

import html
import re
import socket

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.exc import OperationalError

from feedback import create_app
from feedback.extensions import db
from feedback.models import Draft, Response
from feedback.respond.services import PENDING_KEY
from tests.factories import make_survey
from tests.feedback.respond.journey import (
    YES_PATH,
    answer,
    count,
    location,
    question_url,
    responses,
    start,
    submit,
    text,
    walk,
    walk_to,
)

CHECK = "/surveys/every-type/check"
SORRY = "Sorry, we could not save your answers just now"
KEPT = "Your answers are kept: try again in a few minutes"


@pytest.fixture
def survey(app):
    return make_survey(app)


def _outage(monkeypatch) -> None:
    """Every commit fails as if the connection dropped (with answers in the message)."""

    def fail():
        raise OperationalError("INSERT INTO answer", {"text": "private words"}, Exception("gone"))

    monkeypatch.setattr(db.session, "commit", fail)


def _retry_form(page: str) -> tuple[str, list[tuple[str, str]]]:
    """The "Try again" form's action and hidden fields."""
    form = re.search(r'<form method="post" action="([^"]+)".*?</form>', page, re.S)
    assert form, "no Try again form"
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form.group(0))
    return html.unescape(form.group(1)), [(k, html.unescape(v)) for k, v in fields]


def _post_fields(client: FlaskClient, url: str, fields: list[tuple[str, str]]):
    data: dict[str, list[str]] = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    return client.post(url, data=data)


def _pending(client: FlaskClient) -> dict:
    with client.session_transaction() as session:
        return dict(session.get(PENDING_KEY, {}))


def test_a_failed_save_shows_try_again_and_the_retry_saves_the_answer(
    app, client, survey, monkeypatch, caplog
):
    walk_to(client, "school-type")
    key, data = YES_PATH[3]
    with monkeypatch.context() as patched:
        _outage(patched)
        failed = answer(client, key, data)

    page = text(failed)
    assert failed.status_code == 503
    assert failed.headers["Retry-After"] == "120"
    assert SORRY in page and KEPT in page
    assert "Traceback" not in page and "private words" not in caplog.text
    action, fields = _retry_form(page)
    assert action == question_url(key)
    assert ("answer", "other") in fields and ("other", "Home educated") in fields
    assert any(name == "csrf_token" for name, _ in fields)
    assert _pending(client) == {
        "every-type": {key: {"answer": ["other"], "other": ["Home educated"]}}
    }
    with app.app_context():
        assert key not in db.session.scalar(db.select(Draft)).answers

    retried = _post_fields(client, action, fields)

    assert location(retried) == question_url(YES_PATH[4][0])
    assert _pending(client) == {}
    assert 'value="Home educated"' in text(client.get(question_url(key)))


def test_a_failed_submission_stores_nothing_and_the_retry_stores_it_once(
    app, client, survey, monkeypatch
):
    walk(client, YES_PATH)
    with monkeypatch.context() as patched:
        _outage(patched)
        failed = submit(client)

    assert failed.status_code == 503
    assert SORRY in text(failed)
    assert count(app, Response) == 0
    assert count(app, Draft) == 1
    action, fields = _retry_form(text(failed))
    assert action == CHECK

    assert location(_post_fields(client, action, fields)) == "/surveys/every-type/done"
    assert location(_post_fields(client, action, fields)) == "/surveys/every-type/done"
    assert len(responses(app)) == 1
    assert count(app, Draft) == 0


def test_answers_kept_in_the_session_come_back_after_the_draft_expired(
    app, client, survey, monkeypatch
):
    start(client)
    key, data = YES_PATH[0]
    with monkeypatch.context() as patched:
        _outage(patched)
        assert answer(client, key, data).status_code == 503
    with app.app_context():
        db.session.execute(db.delete(Draft))
        db.session.commit()

    page = client.get(question_url(key))

    assert 'value="north" checked' in text(page)
    assert _pending(client) == {}
    with app.app_context():
        assert set(db.session.scalar(db.select(Draft)).answers) == {key}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _unreachable(app: Flask, tmp_path) -> Flask:
    """The same app (same secret, so the same sessions) on a database it cannot reach."""
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        url = f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/feedback"
    else:
        url = f"sqlite:///{tmp_path}/missing-folder/feedback.db"
    return create_app(
        {
            "ENV": "testing",
            "SECRET_KEY": app.config["SECRET_KEY"],
            "SQLALCHEMY_DATABASE_URI": url,
            "WTF_CSRF_ENABLED": False,
        }
    )


def _move_session(source: FlaskClient, target: FlaskClient) -> None:
    target.set_cookie("session", source.get_cookie("session").value)


def test_a_real_outage_then_recovery_loses_nothing_and_duplicates_nothing(
    app, client, survey, tmp_path
):
    broken = _unreachable(app, tmp_path).test_client()
    walk_to(client, "listened-to")
    _move_session(client, broken)

    start_page = broken.get("/surveys/every-type")
    assert start_page.status_code == 503
    assert 'href="/surveys/every-type"' in text(start_page)
    key, data = YES_PATH[5]
    failed = answer(broken, key, data)
    assert failed.status_code == 503
    assert KEPT in text(failed)
    action, fields = _retry_form(text(failed))

    _move_session(broken, client)
    assert location(_post_fields(client, action, fields)) == question_url(YES_PATH[6][0])
    for key, data in YES_PATH[6:]:
        answer(client, key, data)
    _move_session(client, broken)
    failed = submit(broken)
    assert failed.status_code == 503
    action, fields = _retry_form(text(failed))
    assert count(app, Response) == 0

    _move_session(broken, client)
    assert location(_post_fields(client, action, fields)) == "/surveys/every-type/done"
    assert location(_post_fields(client, action, fields)) == "/surveys/every-type/done"
    stored = responses(app)
    assert len(stored) == 1
    assert ("listened-to", "agree", None, None) in stored[0]["rows"]
