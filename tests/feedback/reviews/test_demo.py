"""The review path on the demo data, with the demo's own accounts."""

from sqlalchemy import select

from feedback.demo import load_demo
from feedback.demo.people import DEMO_PASSWORD
from feedback.extensions import db
from feedback.models import Group, ReviewRound, Survey, SurveyStatus
from tests.feedback.reviews.helpers import comments, survey_status
from tests.pages import visible_text

YOUNG_PEOPLE = "have-your-say-young-people"


def _sign_in(app, email: str):
    client = app.test_client()
    response = client.post("/sign-in", data={"email": email, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    return client


def _ids(app) -> tuple[int, int, int]:
    with app.app_context():
        survey = db.session.scalar(select(Survey).where(Survey.slug == YOUNG_PEOPLE))
        review = db.session.scalar(select(ReviewRound).where(ReviewRound.survey_id == survey.id))
        youth = db.session.scalar(select(Group.id).where(Group.slug == "youth-forum"))
        return survey.id, review.id, youth


def test_the_demo_shows_how_the_young_peoples_survey_was_reviewed(app):
    with app.app_context():
        load_demo(responses=40)
    survey_id, round_id, _ = _ids(app)
    officer = _sign_in(app, "demo.officer@example.org")
    text = visible_text(officer.get(f"/manage/reviews/{round_id}"))
    assert "Closed" in text
    assert "Suggested wording Have you been to a meeting about your support" in text
    assert "Accepted by Demo co-production officer" in text
    assert "Declined by Demo co-production officer" in text
    assert "we would like it to stay open through the summer holidays" in text
    assert "Every group in this round has signed it off." in text
    assert "2 of 2 co-producing groups" in visible_text(officer.get(f"/manage/surveys/{survey_id}"))


def test_the_whole_path_works_on_the_demo(app):
    with app.app_context():
        load_demo(responses=40)
    original, _, youth = _ids(app)
    # The youth forum drafts the next wave from its survey; the officer sends it for review.
    editor = _sign_in(app, "demo.youth@example.org")
    draft = int(
        editor.post(f"/manage/surveys/{original}/duplicate").headers["Location"].rsplit("/", 1)[1]
    )
    officer = _sign_in(app, "demo.officer@example.org")
    started = officer.post(f"/manage/reviews/surveys/{draft}/new", data={"groups": [youth]})
    round_url = started.headers["Location"]
    round_id = int(round_url.rsplit("/", 1)[1])
    assert survey_status(app, draft) == SurveyStatus.IN_REVIEW

    editor.post(f"{round_url}/comments/new", data={"question": 0, "body": "Add a picture."})
    assert "Add a comment" in visible_text(editor.get(round_url))
    officer.post(
        f"{round_url}/comments/{_first_comment(app, round_id)}/answer",
        data={"resolution": "accepted", "reason": "We added one."},
    )
    assert comments(app, round_id) == [("Add a picture.", "", "accepted", "We added one.")]

    refused = visible_text(officer.post(f"/manage/surveys/{draft}/status/open"))
    assert "Parent Carer Forum and Youth Forum have not signed it off" in refused
    editor.post(f"{round_url}/sign-off", data={})
    refused = visible_text(officer.post(f"/manage/surveys/{draft}/status/open"))
    assert "Parent Carer Forum has not signed it off, so it cannot be opened yet" in refused
    assert "Parent Carer Forum co-produces this but is not in this round" in visible_text(
        officer.get(round_url)
    )


def _first_comment(app, round_id: int) -> int:
    with app.app_context():
        return db.session.get(ReviewRound, round_id).comments[0].id
