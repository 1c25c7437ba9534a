"""The survey's retention period on its details form: months, 1 to 120, 24 unless changed."""

from __future__ import annotations

import pytest

from feedback.extensions import db
from feedback.models import Survey, SurveyStatus
from tests.factories import audience_id, login_as, make_survey
from tests.feedback.privacy.helpers import set_survey
from tests.pages import visible_text

LABEL = "How long to keep written answers and contact details after the survey closes"


def _details(app, **changes) -> dict:
    data = {
        "title": "Your views on short breaks",
        "audiences": [audience_id(app, "parents-and-carers")],
        "ask_locality": "yes",
        "retention_months": "36",
    }
    data.update(changes)
    return data


def _stored(app, **where) -> Survey:
    with app.app_context():
        return db.session.query(Survey).filter_by(**where).one()


def test_a_new_survey_keeps_written_answers_24_months_unless_changed(client, app):
    login_as(client, app)
    page = client.get("/manage/surveys/new")
    assert LABEL in visible_text(page)
    assert 'name="retention_months" type="text" value="24"' in page.get_data(as_text=True)

    response = client.post("/manage/surveys/new", data=_details(app))

    assert response.status_code == 302
    assert _stored(app, title="Your views on short breaks").retention_months == 36


def test_changing_the_details_shows_and_keeps_the_saved_period(client, app):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    set_survey(app, survey_id, retention_months=60)
    login_as(client, app)

    form = client.get(f"/manage/surveys/{survey_id}/details").get_data(as_text=True)
    assert 'name="retention_months" type="text" value="60"' in form

    client.post(f"/manage/surveys/{survey_id}/details", data=_details(app, retention_months="12"))
    assert _stored(app, id=survey_id).retention_months == 12


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter how many months to keep written answers and contact details"),
        ("two years", "Enter the number of months as a whole number, like 24"),
        ("1.5", "Enter the number of months as a whole number, like 24"),
        ("0", "Enter a number of months between 1 and 120"),
        ("121", "Enter a number of months between 1 and 120"),
    ],
)
def test_a_wrong_period_is_refused_with_a_specific_message(client, app, typed, message):
    login_as(client, app)
    response = client.post("/manage/surveys/new", data=_details(app, retention_months=typed))
    assert response.status_code == 200
    page = visible_text(response)
    assert "There is a problem" in page and page.count(message) == 2
    with app.app_context():
        assert db.session.query(Survey).count() == 0


def test_a_copy_keeps_the_period(client, app):
    survey_id = make_survey(app)
    set_survey(app, survey_id, retention_months=7)
    login_as(client, app)
    client.post(f"/manage/surveys/{survey_id}/duplicate")
    assert _stored(app, title="Copy of Your experience of SEND support").retention_months == 7
