"""Changing a survey's co-production record: who may, what is refused, and what is saved."""

import pytest

from feedback.models import Level, Role, Stage, SurveyStatus
from tests.factories import login_as, make_group
from tests.feedback.coproduction.helpers import record_survey, survey_record
from tests.pages import visible_text


def url(survey_id: int) -> str:
    return f"/manage/coproduction/surveys/{survey_id}"


@pytest.fixture
def forum(app) -> int:
    return make_group(app)


@pytest.mark.parametrize("role", [Role.ADMIN, Role.OFFICER])
def test_officers_and_admins_may_change_any_record(client, app, forum, role):
    survey_id = record_survey(app, group_ids=[forum])
    login_as(client, app, role)
    response = client.get(url(survey_id))
    assert response.status_code == 200
    text = visible_text(response)
    assert "Co-production record" in text
    assert "Parent Carer Forum Co-author" in text
    assert "Families were equal partners" in text  # each rung of the ladder is explained


def test_the_co_authoring_forum_editor_may_change_the_record(client, app, forum):
    survey_id = record_survey(app, group_ids=[forum])
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[forum])
    response = client.post(url(survey_id), data={"level": "engage", "stages": ["questions"]})
    assert response.status_code == 302
    assert survey_record(app, survey_id) == (Level.ENGAGE, [Stage.QUESTIONS])


@pytest.mark.parametrize("role", [Role.VIEWER, Role.MEMBER])
def test_viewers_and_group_members_may_not(client, app, forum, role):
    survey_id = record_survey(app, group_ids=[forum])
    login_as(client, app, role, group_ids=[forum])
    assert client.get(url(survey_id)).status_code == 403
    response = client.post(url(survey_id), data={"level": "inform"})
    assert response.status_code == 403
    assert survey_record(app, survey_id) == (None, [])


def test_a_forum_editor_of_another_group_may_not_change_it_by_its_id(client, app, forum):
    survey_id = record_survey(app, group_ids=[forum])
    youth = make_group(app, "youth-forum", "Youth Forum")
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[youth])
    assert client.get(url(survey_id)).status_code == 403
    data = {"level": "co_produce", "stages": ["idea"]}
    assert client.post(url(survey_id), data=data).status_code == 403
    assert survey_record(app, survey_id) == (None, [])


def test_signing_in_is_needed_and_a_missing_survey_is_not_found(client, app):
    assert client.get(url(1)).status_code == 302
    login_as(client, app)
    assert client.get(url(999)).status_code == 404


def test_the_record_is_saved_at_any_status_and_the_survey_page_says_so(client, app, forum):
    survey_id = record_survey(app, SurveyStatus.CLOSED, group_ids=[forum])
    login_as(client, app)
    data = {"level": "co_produce", "stages": ["analysis", "questions"]}
    response = client.post(url(survey_id), data=data, follow_redirects=True)
    text = visible_text(response)
    assert "The co-production record of ‘Your experience of SEND support’ has been saved" in text
    assert "Co-produced with the Parent Carer Forum: questions and analysis" in text
    assert "Level reached Co-produce" in text
    assert "Families first involved at Questions" in text
    assert survey_record(app, survey_id) == (Level.CO_PRODUCE, [Stage.QUESTIONS, Stage.ANALYSIS])


def test_the_form_shows_the_current_record(client, app, forum):
    survey_id = record_survey(app, level=Level.CONSULT, stages=(Stage.REPLY,), group_ids=[forum])
    login_as(client, app)
    html = client.get(url(survey_id)).get_data(as_text=True)
    assert 'value="consult" checked' in html
    assert 'value="reply" checked' in html


def test_the_record_can_be_cleared(client, app, forum):
    survey_id = record_survey(app, level=Level.ENGAGE, stages=(Stage.IDEA,), group_ids=[forum])
    login_as(client, app)
    assert client.post(url(survey_id), data={"level": ""}).status_code == 302
    assert survey_record(app, survey_id) == (None, [])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"level": "co_produce"}, "Select the stages families took part in"),
        ({"level": "engage"}, "Select the stages families took part in"),
        ({"stages": ["idea"]}, "Select the level families reached"),
        ({"level": "", "stages": ["idea"]}, "Select the level families reached"),
        ({"level": "top", "stages": ["idea"]}, "Select the level families reached"),
        ({"level": "consult", "stages": ["lunch"]}, "Select stages from the list"),
    ],
)
def test_bad_input_is_refused_with_a_specific_error_and_nothing_saved(
    client, app, forum, data, message
):
    survey_id = record_survey(app, level=Level.INFORM, group_ids=[forum])
    login_as(client, app)
    response = client.post(url(survey_id), data=data)
    assert response.status_code == 200
    text = visible_text(response)
    assert "Error: Co-production record" in text
    assert f"There is a problem {message}" in text
    assert survey_record(app, survey_id) == (Level.INFORM, [])


@pytest.mark.parametrize("level", ["co_produce", "engage"])
def test_engage_and_co_produce_need_a_group(client, app, level):
    survey_id = record_survey(app)
    login_as(client, app)
    response = client.post(url(survey_id), data={"level": level, "stages": ["idea"]})
    text = visible_text(response)
    assert "Engage and co-produce need at least one group that took part" in text
    assert "No groups are taking part yet" in text
    assert survey_record(app, survey_id) == (None, [])


def test_consult_and_inform_need_neither_groups_nor_stages(client, app):
    survey_id = record_survey(app)
    login_as(client, app)
    assert client.post(url(survey_id), data={"level": "consult"}).status_code == 302
    assert survey_record(app, survey_id) == (Level.CONSULT, [])


def test_an_archived_survey_keeps_its_groups_but_its_record_can_change(client, app, forum):
    survey_id = record_survey(app, SurveyStatus.ARCHIVED, group_ids=[forum])
    login_as(client, app)
    text = visible_text(client.get(url(survey_id)))
    assert "The survey is archived, so its groups can no longer be changed" in text
    assert "the survey’s details page" not in text
    data = {"level": "co_produce", "stages": ["reply"]}
    assert client.post(url(survey_id), data=data).status_code == 302
    assert survey_record(app, survey_id) == (Level.CO_PRODUCE, [Stage.REPLY])
