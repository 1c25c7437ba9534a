"""With CSRF protection on, as in production, the rates forms carry their token."""

import re

import pytest

from feedback.models import Role
from tests.factories import PASSWORD, make_staff, make_survey
from tests.feedback.rates.helpers import stored_targets


@pytest.fixture
def app_config() -> dict:
    return {"WTF_CSRF_ENABLED": True}


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]


def test_the_targets_form_works_with_its_token_and_not_without(client, app):
    survey_id = make_survey(app)
    email = make_staff(app, Role.OFFICER)
    token = _token(client.get("/sign-in").get_data(as_text=True))
    client.post("/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token})
    url = f"/manage/rates/surveys/{survey_id}/targets"
    html = client.get(url).get_data(as_text=True)
    field = re.search(r'name="(target_\d+_all)"', html)[1]

    assert client.post(url, data={field: "100"}).status_code == 400
    assert stored_targets(app, survey_id) == []
    response = client.post(url, data={field: "100", "csrf_token": _token(html)})
    assert response.status_code == 302
    assert stored_targets(app, survey_id) == [("parents-and-carers", None, 100)]
