"""With CSRF protection on, as in production, every staff form and button carries its token."""

import re

import pytest

from feedback.models import Role, SurveyStatus
from tests.factories import PASSWORD, make_staff, make_survey
from tests.feedback.manage.helpers import question_id, question_keys


@pytest.fixture
def app_config() -> dict:
    return {"WTF_CSRF_ENABLED": True}


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]


def _sign_in(client, app) -> None:
    email = make_staff(app, Role.OFFICER)
    token = _token(client.get("/sign-in").get_data(as_text=True))
    response = client.post(
        "/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 302


def test_move_buttons_work_with_their_token_and_not_without(client, app):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    _sign_in(client, app)
    html = client.get(f"/manage/surveys/{survey_id}").get_data(as_text=True)
    qid = question_id(app, survey_id, "services")
    url = f"/manage/surveys/{survey_id}/questions/{qid}/move/down"
    assert f'formaction="{url}"' in html

    assert client.post(url).status_code == 400
    assert client.post(url, data={"csrf_token": _token(html)}).status_code == 302
    assert question_keys(app, survey_id)[1][0] == "services"


def test_the_details_form_carries_its_token(client, app):
    _sign_in(client, app)
    html = client.get("/manage/surveys/new").get_data(as_text=True)
    assert 'name="csrf_token"' in html
    assert 'name="csrf_token"' in client.get("/manage/surveys").get_data(as_text=True)
