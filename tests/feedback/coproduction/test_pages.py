"""The record where people read it: the staff survey page and the public results page."""

from datetime import datetime

import pytest

from feedback.extensions import db
from feedback.models import Level, Role, Stage, Survey, SurveyStatus
from tests.factories import login_as, make_group
from tests.feedback.coproduction.helpers import record_survey
from tests.pages import visible_text

LINE = "Co-produced with the Parent Carer Forum and the Youth Forum: questions and analysis"


@pytest.fixture
def groups(app) -> list[int]:
    return [make_group(app), make_group(app, "youth-forum", "Youth Forum")]


def _recorded(app, groups, status=SurveyStatus.CLOSED) -> int:
    return record_survey(
        app, status, Level.CO_PRODUCE, (Stage.ANALYSIS, Stage.QUESTIONS), group_ids=groups
    )


def _publish(app, survey_id: int) -> None:
    with app.app_context():
        db.session.get(Survey, survey_id).results_published_at = datetime(2026, 4, 14, 9, 30)
        db.session.commit()


def test_the_staff_survey_page_shows_the_record_and_a_change_link_to_editors(client, app, groups):
    survey_id = _recorded(app, groups)
    login_as(client, app, Role.FORUM_EDITOR, group_ids=groups[:1])
    response = client.get(f"/manage/surveys/{survey_id}")
    text = visible_text(response)
    assert f"Co-production Summary {LINE}" in text
    assert "Level reached Co-produce Change level reached" in text
    assert "Families first involved at Questions Change" in text
    assert (
        "Groups that took part Parent Carer Forum (co-author) and Youth Forum (co-author)" in text
    )
    assert f'href="/manage/coproduction/surveys/{survey_id}#level"' in response.get_data(
        as_text=True
    )


def test_viewers_see_the_record_without_a_change_link(client, app, groups):
    survey_id = _recorded(app, groups)
    login_as(client, app, Role.VIEWER)
    response = client.get(f"/manage/surveys/{survey_id}")
    assert LINE in visible_text(response)
    assert "/manage/coproduction/surveys/" not in response.get_data(as_text=True)


def test_a_survey_without_a_record_says_so(client, app):
    survey_id = record_survey(app, SurveyStatus.DRAFT)
    login_as(client, app)
    text = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "Co-production Summary Not recorded yet Level reached Not recorded yet" in text
    assert "Families first involved at Not recorded yet" in text
    assert "Groups that took part No groups" in text


def test_the_public_results_page_gives_the_line(client, app, groups):
    survey_id = _recorded(app, groups)
    _publish(app, survey_id)
    response = client.get("/results/every-type")
    assert response.status_code == 200
    assert f"{LINE}." in visible_text(response)


def test_the_public_page_says_nothing_when_no_record_is_kept(client, app, groups):
    survey_id = record_survey(app, SurveyStatus.CLOSED, group_ids=groups)
    _publish(app, survey_id)
    text = visible_text(client.get("/results/every-type"))
    for words in ("Co-produced", "Developed with", "Families consulted", "Not recorded yet"):
        assert words not in text


def test_unpublished_results_stay_private_with_their_record(client, app, groups):
    _recorded(app, groups)
    assert client.get("/results/every-type").status_code == 404
