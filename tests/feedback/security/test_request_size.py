"""Request bodies over the limit are refused with a clear 413, as a page or as JSON for the API."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Response
from feedback.security.request_size import DEFAULT_MAX_BYTES
from tests.conftest import make_app
from tests.factories import make_survey
from tests.pages import visible_text

TOO_LARGE = "The file or form you sent is too large. The largest file you can upload is 20 MB."


@pytest.fixture
def app_config() -> dict:
    return {"MAX_CONTENT_LENGTH": 1024}


def test_the_limit_is_25_mb_unless_configured(database):
    app = make_app(database.url)
    assert app.config["MAX_CONTENT_LENGTH"] == DEFAULT_MAX_BYTES == 25 * 1024 * 1024
    from_environment = make_app(database.url, MAX_CONTENT_LENGTH="2048")  # FEEDBACK_… is text
    assert from_environment.config["MAX_CONTENT_LENGTH"] == 2048
    for each in (app, from_environment):
        with each.app_context():
            db.engine.dispose()


def test_a_large_answer_gets_a_clear_page_and_nothing_is_stored(client, app):
    make_survey(app)
    client.post("/surveys/every-type/start")
    response = client.post("/surveys/every-type/questions/listened-to", data={"answer": "x" * 5000})
    assert response.status_code == 413
    text = visible_text(response)
    assert TOO_LARGE in text
    assert "govuk-template" in response.get_data(as_text=True)
    assert response.headers["Cache-Control"] == "no-store"
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 0


def test_a_large_upload_is_refused_before_it_is_read(client):
    upload = {"file": (io.BytesIO(b"a,b\n" * 1000), "responses.csv")}
    response = client.post("/sign-in", data=upload, content_type="multipart/form-data")
    assert response.status_code == 413
    assert TOO_LARGE in visible_text(response)


def test_a_body_sent_without_its_length_is_cut_off_too(client):
    response = client.post(
        "/sign-in",
        input_stream=io.BytesIO(b"email=" + b"a" * 5000),
        content_type="application/x-www-form-urlencoded",
        headers={"Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},  # as gunicorn sets for chunked bodies
    )
    assert response.status_code == 413
    assert TOO_LARGE in visible_text(response)


def test_the_api_answers_too_large_in_json(client):
    response = client.get("/api/v1/surveys", data="x" * 5000)
    assert response.status_code == 413
    assert response.json["error"]["message"] == TOO_LARGE


def test_a_small_form_is_not_affected(client):
    response = client.post("/sign-in", data={"email": "a@example.org", "password": "x"})
    assert response.status_code == 200


def test_a_body_sent_without_its_length_within_the_limit_arrives_whole(client):
    response = client.post(
        "/sign-in",
        input_stream=io.BytesIO(b"email=whole%40example.org&password=x"),
        content_type="application/x-www-form-urlencoded",
        headers={"Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert response.status_code == 200
    assert 'value="whole@example.org"' in response.get_data(as_text=True)
