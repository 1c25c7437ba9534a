"""Queueing: each published action owes each follower of its surveys one email, never two."""

from __future__ import annotations

from feedback.extensions import db
from feedback.models import Action
from feedback.models.columns import utcnow
from feedback.notify.services import queue_for_action
from tests.feedback.notify.helpers import follow, make_action, make_closed_survey, notifications


def _queue(app, action_id: int) -> int:
    with app.app_context():
        queued = queue_for_action(db.session.get(Action, action_id))
        db.session.commit()
        return queued


def test_publishing_queues_one_notification_per_follower(app):
    survey = make_closed_survey(app)
    follow(app, survey, "jo@example.org", "sam@example.org")
    action = make_action(app, [survey], "Shorter waits", queue=False)
    assert _queue(app, action) == 2
    assert notifications(app) == [
        ("jo@example.org", "Shorter waits", "pending", 0),
        ("sam@example.org", "Shorter waits", "pending", 0),
    ]


def test_queueing_again_never_queues_twice(app):
    survey = make_closed_survey(app)
    follow(app, survey, "jo@example.org")
    action = make_action(app, [survey], "Shorter waits")
    assert _queue(app, action) == 0
    follow(app, survey, "sam@example.org")
    assert _queue(app, action) == 1
    assert len(notifications(app)) == 2


def test_an_unpublished_action_queues_nothing(app):
    survey = make_closed_survey(app)
    follow(app, survey, "jo@example.org")
    action = make_action(app, [survey], "Shorter waits", published=False, queue=False)
    assert _queue(app, action) == 0
    assert notifications(app) == []


def test_followers_of_every_linked_survey_are_queued_and_no_others(app):
    first = make_closed_survey(app, "first")
    second = make_closed_survey(app, "second")
    other = make_closed_survey(app, "other")
    follow(app, first, "jo@example.org")
    follow(app, second, "jo@example.org", "sam@example.org")
    follow(app, other, "kim@example.org")
    action = make_action(app, [first, second], "Shorter waits", queue=False)
    assert _queue(app, action) == 3
    assert [row[0] for row in notifications(app)] == [
        "jo@example.org",
        "jo@example.org",
        "sam@example.org",
    ]


def test_queueing_is_part_of_the_callers_transaction(app):
    survey = make_closed_survey(app)
    follow(app, survey, "jo@example.org")
    action = make_action(app, [survey], "Shorter waits", published=False, queue=False)
    with app.app_context():
        stored = db.session.get(Action, action)
        stored.published_at = utcnow()
        assert queue_for_action(stored) == 1
        db.session.rollback()
    assert notifications(app) == []
