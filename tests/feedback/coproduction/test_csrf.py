"""With CSRF protection on, as in production, saving a record needs the form's token."""

import re

import pytest

from feedback.models import Level, Role, Stage
from tests.factories import PASSWORD, make_group, make_staff
from tests.feedback.coproduction.helpers import record_survey, survey_record


@pytest.fixture
def app_config() -> dict:
    return {"WTF_CSRF_ENABLED": True}


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]


def test_a_record_is_saved_with_the_token_and_refused_without_it(client, app):
    survey_id = record_survey(app, group_ids=[make_group(app)])
    email = make_staff(app, Role.OFFICER)
    token = _token(client.get("/sign-in").get_data(as_text=True))
    client.post("/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token})
    url = f"/manage/coproduction/surveys/{survey_id}"
    data = {"level": "co_produce", "stages": ["idea"]}

    assert client.post(url, data=data).status_code == 400
    assert survey_record(app, survey_id) == (None, [])

    token = _token(client.get(url).get_data(as_text=True))
    assert client.post(url, data={**data, "csrf_token": token}).status_code == 302
    assert survey_record(app, survey_id) == (Level.CO_PRODUCE, [Stage.IDEA])
