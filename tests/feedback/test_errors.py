"""Error pages are in house style and never show a traceback."""

import pytest

from tests.conftest import make_app


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
