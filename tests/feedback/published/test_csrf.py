"""With CSRF protection on, as in production, publishing and withdrawing need the form's token."""

import re

import pytest

from feedback.models import Role
from tests.factories import PASSWORD, make_staff
from tests.feedback.published.helpers import SLUG, make_closed_survey, survey_value


@pytest.fixture
def app_config() -> dict:
    return {"WTF_CSRF_ENABLED": True}


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]


def test_publish_and_withdraw_work_with_their_token_and_not_without(client, app):
    survey_id = make_closed_survey(app, published=False)
    email = make_staff(app, Role.OFFICER)
    token = _token(client.get("/sign-in").get_data(as_text=True))
    client.post("/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token})

    for url in (f"/results/{SLUG}/publish", f"/results/{SLUG}/withdraw"):
        html = client.get(url).get_data(as_text=True)
        before = survey_value(app, survey_id, "results_published_at")
        assert client.post(url).status_code == 400
        assert survey_value(app, survey_id, "results_published_at") == before
        assert client.post(url, data={"csrf_token": _token(html)}).status_code == 302
        assert survey_value(app, survey_id, "results_published_at") != before
