"""Serving a question's picture: to the public for published surveys, to staff who may view."""

import pytest

from feedback.models import Role, SurveyStatus
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.pictures.helpers import PNG, give_picture


def public_url(slug: str = "every-type", key: str = "has-ehcp") -> str:
    return f"/surveys/{slug}/questions/{key}/picture"


def test_the_public_get_the_picture_of_an_open_survey_with_its_type_and_etag(client, app):
    give_picture(app, make_survey(app), "has-ehcp")

    response = client.get(public_url())
    assert response.status_code == 200
    assert response.data == PNG
    assert response.mimetype == "image/png"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    etag = response.headers["ETag"]
    again = client.get(public_url(), headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""


@pytest.mark.parametrize("status", [SurveyStatus.CLOSED, SurveyStatus.ARCHIVED])
def test_pictures_stay_with_closed_and_archived_surveys(client, app, status):
    give_picture(app, make_survey(app, status=status), "has-ehcp")
    assert client.get(public_url()).status_code == 200


@pytest.mark.parametrize("status", [SurveyStatus.DRAFT, SurveyStatus.IN_REVIEW])
def test_a_draft_surveys_picture_is_not_found_by_the_public(client, app, status):
    give_picture(app, make_survey(app, status=status), "has-ehcp")
    assert client.get(public_url()).status_code == 404


def test_no_picture_or_no_such_question_is_not_found(client, app):
    give_picture(app, make_survey(app), "has-ehcp")
    assert client.get(public_url(key="recommend")).status_code == 404
    assert client.get(public_url(key="no-such-question")).status_code == 404
    assert client.get(public_url(slug="no-such-survey")).status_code == 404


def test_staff_who_may_view_a_draft_see_its_pictures(client, app):
    ours = make_group(app)
    theirs = make_group(app, "youth-forum", "Youth forum")
    survey_id = make_survey(
        app, every_type_definition("ours"), SurveyStatus.DRAFT, group_ids=[ours]
    )
    question_id = give_picture(app, survey_id, "has-ehcp")
    url = f"/manage/surveys/{survey_id}/questions/{question_id}/picture"

    assert client.get(url).headers["Location"].startswith("/sign-in")
    other_group = app.test_client()
    login_as(other_group, app, Role.FORUM_EDITOR, group_ids=[theirs])
    assert other_group.get(url).status_code == 403
    login_as(client, app, Role.VIEWER)
    response = client.get(url)
    assert (response.status_code, response.data) == (200, PNG)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response.headers["Cache-Control"]


def test_staff_get_not_found_for_a_question_without_a_picture_or_of_another_survey(client, app):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    other = make_survey(app, every_type_definition("other"), SurveyStatus.DRAFT)
    question_id = give_picture(app, other, "has-ehcp")
    login_as(client, app, Role.OFFICER)
    assert (
        client.get(f"/manage/surveys/{survey_id}/questions/{question_id}/picture").status_code
        == 404
    )
    assert (
        client.get(f"/manage/surveys/{other}/questions/{question_id + 1}/picture").status_code
        == 404
    )
