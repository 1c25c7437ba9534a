"""Error pages are in house style and never show a traceback."""

import pytest

from feedback.models import Role
from tests.conftest import make_app
from tests.factories import login_as


def test_unknown_page_is_a_house_style_404(client):
    response = client.get("/no/such/page")
    page = response.get_data(as_text=True)
    assert response.status_code == 404
    assert "Page not found" in page
    assert "govuk-template" in page


def test_a_crash_shows_a_calm_page_without_a_traceback(database):
    app = make_app(database.url)
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.route("/boom")
    def boom():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in page
    assert "secret internals" not in page
    assert "Traceback" not in page


@pytest.mark.parametrize("app_config", [{"WTF_CSRF_ENABLED": True}])
def test_a_form_without_its_csrf_token_is_refused_politely(client):
    response = client.post("/sign-in", data={"email": "a@example.org", "password": "whatever1"})
    assert response.status_code == 400
    assert "this page has expired" in response.get_data(as_text=True)


def test_the_health_check_says_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert (response.status_code, response.get_data(as_text=True)) == (200, "ok")
    assert response.headers["Cache-Control"] == "no-store"


UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:9/feedback"
"""A database nobody answers at (port 9 is closed): every page's queries fail to connect."""


@pytest.fixture
def down(app):
    """A second app server on the same secret key whose database cannot be reached."""
    broken = make_app(UNREACHABLE)
    broken.config["PROPAGATE_EXCEPTIONS"] = False
    return broken


@pytest.mark.parametrize("path", ["/", "/surveys/any-survey", "/results/", "/you-said-we-did/"])
def test_public_pages_say_try_again_while_the_database_is_unavailable(down, path, caplog):
    response = down.test_client().get(path)
    page = response.get_data(as_text=True)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "120"
    assert "Sorry, there is a problem with the service" in page
    assert f'href="{path}"' in page  # "Try again"
    assert "Traceback" not in page and "psycopg" not in page
    assert "Database unavailable" in caplog.text and "127.0.0.1:9" not in caplog.text


def test_staff_pages_say_try_again_while_the_database_is_unavailable(client, app, down):
    login_as(client, app, Role.OFFICER)
    staff = down.test_client()
    staff.set_cookie("session", client.get_cookie("session").value)
    response = staff.get("/manage/surveys")
    assert response.status_code == 503
    assert "Sorry, there is a problem with the service" in response.get_data(as_text=True)


def test_the_api_says_unavailable_in_json_while_the_database_is_unavailable(down):
    response = down.test_client().get("/api/v1/surveys", headers={"Authorization": "Bearer x"})
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "unavailable"
