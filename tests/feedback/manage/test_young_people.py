"""Young people's mode: chosen per survey, warned about with 5-point scales, kept in copies."""

import pytest

from feedback.extensions import db
from feedback.models import Role, Survey, SurveyStatus
from tests.factories import login_as, make_survey
from tests.feedback.manage.helpers import (
    create_survey,
    details_form,
    question_id,
    survey_value,
)
from tests.feedback.pictures.helpers import PNG, give_picture
from tests.pages import page, visible_text

WARNING = "Many young people find"


@pytest.fixture
def officer(client, app):
    login_as(client, app, Role.OFFICER)


def young_draft(app) -> int:
    """The every-type survey (which has a satisfaction and an agreement scale) as a young
    people's draft."""
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    with app.app_context():
        db.session.get(Survey, survey_id).young_people_mode = True
        db.session.commit()
    return survey_id


def test_staff_choose_young_peoples_mode_when_creating_and_changing_a_survey(client, app, officer):
    form = page(client.get("/manage/surveys/new"))
    assert "Use young people’s mode?" in form
    assert "progress indicator" in form and "3-point faces scale" in form
    assert 'name="young_people_mode" type="radio" value="no" checked' in form

    survey_id = create_survey(client, app, young_people_mode="yes")
    assert survey_value(app, survey_id, "young_people_mode") is True
    assert "Young people’s mode Yes" in visible_text(client.get(f"/manage/surveys/{survey_id}"))

    details = f"/manage/surveys/{survey_id}/details"
    assert 'value="yes" checked' in page(client.get(details))
    client.post(details, data=details_form(app, young_people_mode="no"))
    assert survey_value(app, survey_id, "young_people_mode") is False

    refused = page(client.post(details, data=details_form(app, young_people_mode="maybe")))
    assert "Select yes if the survey should use young people’s mode" in refused


def test_the_survey_page_names_each_5_point_question_of_a_young_peoples_survey(
    client, app, officer
):
    survey_id = young_draft(app)
    text = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "This is a young people’s survey, but 2 questions use a 5-point scale." in text
    assert "Use the faces scale (Good, OK, Not good) or Yes, No or Not sure instead." in text
    assert "Question 2 (‘How satisfied are you with your child's EHC plan?’)" in text
    assert "Question 5 (‘I feel listened to by the people who support my child.’)" in text
    satisfaction = question_id(app, survey_id, "ehcp-satisfaction")
    html = page(client.get(f"/manage/surveys/{survey_id}"))
    assert f"/manage/surveys/{survey_id}/questions/{satisfaction}/type" in html


def test_no_warning_without_young_peoples_mode(client, app, officer):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    assert WARNING not in page(client.get(f"/manage/surveys/{survey_id}"))
    listened = question_id(app, survey_id, "listened-to")
    assert WARNING not in page(client.get(f"/manage/surveys/{survey_id}/questions/{listened}"))


def test_the_question_form_warns_about_a_5_point_scale(client, app, officer):
    survey_id = young_draft(app)
    listened = question_id(app, survey_id, "listened-to")
    html = page(client.get(f"/manage/surveys/{survey_id}/questions/{listened}"))
    assert "This is a young people’s survey. Many young people find a 5-point scale" in html
    has_ehcp = question_id(app, survey_id, "has-ehcp")
    assert WARNING not in page(client.get(f"/manage/surveys/{survey_id}/questions/{has_ehcp}"))
    section = f"/manage/surveys/{survey_id}/sections"
    with app.app_context():
        section_id = db.session.get(Survey, survey_id).sections[0].id
    new_scale = page(client.get(f"{section}/{section_id}/questions/new/satisfaction"))
    assert WARNING in new_scale
    assert WARNING not in page(client.get(f"{section}/{section_id}/questions/new/faces"))


def test_the_survey_page_shows_which_questions_lack_easy_read_or_a_picture(client, app, officer):
    survey_id = young_draft(app)
    give_picture(app, survey_id, "has-ehcp", alt="A folder")
    text = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "0 of 9 questions have easy read wording, and 1 has a picture or symbol." in text
    assert text.count("No easy read wording") == 9
    assert text.count("No picture") == 8
    assert "Alt text: A folder" in text


def test_a_copy_keeps_young_peoples_mode_and_the_pictures(client, app, officer):
    original = young_draft(app)
    give_picture(app, original, "has-ehcp", alt="A folder")
    response = client.post(f"/manage/surveys/{original}/duplicate")
    copy = int(response.headers["Location"].rsplit("/", 1)[1])
    assert survey_value(app, copy, "young_people_mode") is True
    with app.app_context():
        pictured = [
            (q.key, q.picture, q.picture_type, q.picture_alt)
            for q in db.session.get(Survey, copy).questions
            if q.picture_type
        ]
    assert pictured == [("has-ehcp", PNG, "image/png", "A folder")]
