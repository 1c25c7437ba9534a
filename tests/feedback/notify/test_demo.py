"""The demo follow-ups on the closed parents' survey."""

from __future__ import annotations

from feedback.demo.followups import ADDRESSES, SURVEY, load_follow_ups
from feedback.extensions import db
from feedback.models import Survey
from tests.feedback.notify.helpers import (
    follow_up_emails,
    make_action,
    make_closed_survey,
    notifications,
)


def _load(app) -> None:
    with app.app_context():
        surveys = {survey.slug: survey for survey in db.session.query(Survey)}
        load_follow_ups(surveys)
        db.session.commit()


def test_the_demo_signs_up_a_handful_of_example_addresses(app):
    make_closed_survey(app, SURVEY)
    _load(app)
    assert follow_up_emails(app) == sorted(ADDRESSES)
    assert all(address.endswith("@example.org") for address in ADDRESSES)


def test_actions_already_published_count_as_told(app):
    survey = make_closed_survey(app, SURVEY)
    make_action(app, [survey], "Shorter waits")
    make_action(app, [survey], "A draft", published=False)
    _load(app)
    rows = notifications(app)
    assert len(rows) == len(ADDRESSES)
    assert {(title, status, tries) for _, title, status, tries in rows} == {
        ("Shorter waits", "sent", 1)
    }


def test_without_the_parents_survey_nothing_is_added(app):
    make_closed_survey(app)
    _load(app)
    assert follow_up_emails(app) == []
