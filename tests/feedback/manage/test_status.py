"""Changing a survey's status, and duplicating it for a new wave."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from feedback.extensions import db
from feedback.models import Role, Survey, SurveyStatus
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.manage.helpers import create_survey, stored, survey_value
from tests.pages import page, visible_text


def _status_url(survey_id: int, action: str) -> str:
    return f"/manage/surveys/{survey_id}/status/{action}"


@pytest.mark.parametrize(
    ("start", "action", "end", "banner"),
    [
        (SurveyStatus.DRAFT, "send-for-review", SurveyStatus.IN_REVIEW, "has been sent for review"),
        (SurveyStatus.IN_REVIEW, "back-to-draft", SurveyStatus.DRAFT, "is a draft again"),
        (SurveyStatus.DRAFT, "open", SurveyStatus.OPEN, "is now open"),
        (SurveyStatus.IN_REVIEW, "open", SurveyStatus.OPEN, "is now open"),
        (SurveyStatus.OPEN, "close", SurveyStatus.CLOSED, "is now closed"),
        (SurveyStatus.CLOSED, "reopen", SurveyStatus.OPEN, "is open again"),
        (SurveyStatus.CLOSED, "archive", SurveyStatus.ARCHIVED, "has been archived"),
    ],
)
def test_each_status_change_is_confirmed_then_made(client, app, start, action, end, banner):
    survey_id = make_survey(app, status=start)
    login_as(client, app, Role.OFFICER)
    survey_page = page(client.get(f"/manage/surveys/{survey_id}"))
    assert f'href="{_status_url(survey_id, action)}"' in survey_page

    confirm = page(client.get(_status_url(survey_id, action)))
    assert "‘Your experience of SEND support’" in confirm
    assert "?</h1>" in confirm
    assert survey_value(app, survey_id, "status") == start

    response = client.post(_status_url(survey_id, action))
    assert response.status_code == 302
    assert survey_value(app, survey_id, "status") == end
    assert f"‘Your experience of SEND support’ {banner}" in page(
        client.get(response.headers["Location"])
    )


def test_a_survey_without_questions_or_audiences_cannot_open(client, app):
    login_as(client, app, Role.OFFICER)
    survey_id = create_survey(client, app)
    with app.app_context():
        db.session.get(Survey, survey_id).audiences = []
        db.session.commit()

    for response in (
        client.get(_status_url(survey_id, "open")),
        client.post(_status_url(survey_id, "open")),
    ):
        text = visible_text(response)
        assert "‘Local offer survey’ cannot be opened yet" in text
        assert "Choose who the survey is for: select at least one audience in its details" in text
        assert "Add at least one question" in text
        assert "Open survey" not in text
    assert survey_value(app, survey_id, "status") == SurveyStatus.DRAFT


def test_a_survey_whose_closing_date_has_passed_cannot_open(client, app):
    survey_id = make_survey(app, status=SurveyStatus.CLOSED)
    yesterday = date.today() - timedelta(days=1)
    with app.app_context():
        db.session.get(Survey, survey_id).closes_on = yesterday
        db.session.commit()
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.post(_status_url(survey_id, "reopen")))
    assert "cannot be reopened yet" in text
    assert f"The closing date, {yesterday.day} {yesterday:%B %Y}, has passed" in text
    assert survey_value(app, survey_id, "status") == SurveyStatus.CLOSED


def test_opening_reports_problems_with_a_question(client, app):
    definition = every_type_definition()
    broken = replace(
        definition.sections[0].questions[2], options=definition.sections[0].questions[2].options[:1]
    )
    sections = (
        replace(
            definition.sections[0],
            questions=(
                *definition.sections[0].questions[:2],
                broken,
                definition.sections[0].questions[3],
            ),
        ),
        definition.sections[1],
    )
    survey_id = make_survey(app, replace(definition, sections=sections), status=SurveyStatus.DRAFT)
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get(_status_url(survey_id, "open")))
    assert (
        "Question 3 (‘What kind of school does your child go to?’), answer options: "
        "add at least 2 options" in text
    )


def test_a_change_that_does_not_fit_the_status_is_explained(client, app):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    login_as(client, app, Role.OFFICER)
    response = client.post(_status_url(survey_id, "close"))
    assert response.status_code == 302
    text = visible_text(client.get(response.headers["Location"]))
    assert "‘Your experience of SEND support’ is draft, so it cannot be closed" in text
    assert survey_value(app, survey_id, "status") == SurveyStatus.DRAFT
    assert client.get(_status_url(survey_id, "explode")).status_code == 404


def test_forum_editors_send_for_review_but_cannot_open_or_close(client, app):
    forum = make_group(app)
    draft = make_survey(app, every_type_definition("draft"), SurveyStatus.DRAFT, [forum])
    live = make_survey(app, every_type_definition("live"), SurveyStatus.OPEN, [forum])
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[forum])

    draft_page = visible_text(client.get(f"/manage/surveys/{draft}"))
    assert "Send for review" in draft_page
    assert "Open survey" not in draft_page
    assert "Close survey" not in visible_text(client.get(f"/manage/surveys/{live}"))

    assert client.post(_status_url(draft, "open")).status_code == 403
    assert client.get(_status_url(live, "close")).status_code == 403
    assert client.post(_status_url(live, "close")).status_code == 403
    client.post(_status_url(draft, "send-for-review"))
    assert survey_value(app, draft, "status") == SurveyStatus.IN_REVIEW
    assert survey_value(app, live, "status") == SurveyStatus.OPEN


def test_viewers_can_only_look(client, app):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    for button in (
        "Send for review",
        "Open survey",
        "Duplicate",
        "Edit",
        "Add a question",
        "Change",
    ):
        assert button not in text
    assert "Preview the survey" in text
    assert "Download definition (JSON)" in text
    assert client.post(_status_url(survey_id, "send-for-review")).status_code == 403
    assert client.post(f"/manage/surveys/{survey_id}/duplicate").status_code == 403


# Duplicating ---------------------------------------------------------------------------------


def test_duplicating_makes_a_draft_copy_with_the_same_questions(client, app):
    ours = make_group(app)
    theirs = make_group(app, "youth-forum", "Youth forum")
    original = make_survey(app, status=SurveyStatus.CLOSED, group_ids=[ours, theirs])
    with app.app_context():
        survey = db.session.get(Survey, original)
        survey.ask_locality = False
        survey.closes_on = date(2025, 6, 30)
        db.session.commit()
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])

    response = client.post(f"/manage/surveys/{original}/duplicate")
    assert response.status_code == 302
    copy = int(response.headers["Location"].rsplit("/", 1)[1])
    assert copy != original
    text = visible_text(client.get(response.headers["Location"]))
    assert "This is a copy of ‘Your experience of SEND support’" in text
    assert "Copy of Your experience of SEND support" in text

    copied = stored(app, copy)
    assert copied == replace(
        stored(app, original),
        slug="copy-of-your-experience-of-send-support",
        title="Copy of Your experience of SEND support",
    )
    with app.app_context():
        survey = db.session.get(Survey, copy)
        assert survey.status == SurveyStatus.DRAFT
        assert survey.ask_locality is False
        assert survey.closes_on is None
        assert sorted(group.name for group in survey.groups) == [
            "Parent Carer Forum",
            "Youth forum",
        ]
    assert survey_value(app, original, "status") == SurveyStatus.CLOSED

    again = client.post(f"/manage/surveys/{original}/duplicate")
    second_copy = int(again.headers["Location"].rsplit("/", 1)[1])
    assert survey_value(app, second_copy, "slug") == "copy-of-your-experience-of-send-support-2"
