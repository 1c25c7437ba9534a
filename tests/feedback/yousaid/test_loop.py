"""The closing-the-loop measures read from the database, exact on a small fixture."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from feedback.extensions import db
from feedback.models import Action, ActionStatus
from feedback.yousaid.loop import loop_measures, loop_points, settled_on
from tests.feedback.yousaid.helpers import MIN_COMMENTS, loop_data, make_action

TODAY = date(2026, 11, 22)


@pytest.fixture
def app_config() -> dict:
    return {"LOOP_THEME_MIN_COMMENTS": MIN_COMMENTS}


@pytest.fixture
def fixture(app) -> dict:
    return loop_data(app)


def test_themes_answered_counts_theme_and_survey_pairs(app, fixture):
    with app.app_context():
        measure = loop_measures(TODAY).themes_answered
    # Pairs with 3+ comments: spring Waiting (3), spring Kind staff (4), summer Waiting (5).
    # Phones has 2 (rejections do not count). Answered: spring Waiting only.
    assert (measure.numerator, measure.denominator) == (1, 3)
    assert measure.words == (
        "1 of 3 themes (33%) with 3 or more comments in a closed survey have a published response"
    )


def test_days_to_reply_counts_from_the_closing_date_to_the_first_response(app, fixture):
    with app.app_context():
        measure = loop_measures(TODAY).days_to_reply
    # Spring: 31 May to 10 June = 10 days. Summer: 31 August to 20 September = 20 days.
    assert (measure.numerator, measure.denominator, measure.value) == (2, 2, 15)


def test_as_known_at_an_earlier_day_later_responses_do_not_count(app, fixture):
    with app.app_context():
        measures = loop_measures(date(2026, 9, 1))
    assert measures.days_to_reply.numerator == 1
    assert measures.days_to_reply.words.endswith("(1 closed survey has none yet)")


def test_actions_overdue_counts_published_and_draft_actions(app):
    """Read as of today: an action's state is as known on the day asked about, and these
    actions are stored (and settled) today."""
    today = date.today()
    make_action(app, "Late", due_on=today - timedelta(days=30), published_at=None)
    make_action(app, "On time", due_on=today + timedelta(days=30))
    make_action(app, "No date")
    long_ago = today - timedelta(days=300)
    make_action(app, "Done", due_on=long_ago, status=ActionStatus.DONE)
    make_action(
        app,
        "Dropped",
        due_on=long_ago,
        status=ActionStatus.NOT_DOING,
        not_doing_reason="No money",
    )
    with app.app_context():
        measure = loop_measures(today).actions_overdue
    assert (measure.numerator, measure.denominator) == (1, 2)
    assert measure.words == "1 of 2 open actions with a due date (50%) is overdue"


def test_an_empty_database_has_no_measures_and_says_so(app):
    with app.app_context():
        measures = loop_measures(TODAY)
    assert measures.themes_answered.words == "No closed surveys yet"
    assert measures.days_to_reply.words == "No closed surveys yet"
    assert measures.actions_overdue.words == "No open actions with a due date"
    assert measures.themes_answered.value is None


def test_settled_on_uses_the_done_date_then_the_log(app):
    logged = datetime(2026, 7, 15, 14)
    done = make_action(app, status=ActionStatus.DONE, done_on=date(2026, 7, 1))
    dropped = make_action(
        app,
        status=ActionStatus.NOT_DOING,
        updates=[
            (datetime(2026, 6, 1), ActionStatus.PLANNED, "Planned"),
            (logged, ActionStatus.NOT_DOING, "Dropped"),
        ],
    )
    running = make_action(app, status=ActionStatus.IN_PROGRESS)
    with app.app_context():
        assert settled_on(db.session.get(Action, done)) == date(2026, 7, 1)
        assert settled_on(db.session.get(Action, dropped)) == logged.date()
        assert settled_on(db.session.get(Action, running)) is None


def test_loop_points_per_quarter(app, fixture):
    with app.app_context():
        themes = loop_points("themes_answered", "quarter", TODAY)
        days = loop_points("days_to_reply", "quarter", TODAY)
    # Q1 2026-27 (spring): 1 of 2 answered; Q2 (summer): 0 of 1.
    assert [(p.start, p.numerator, p.denominator, p.value) for p in themes] == [
        (date(2026, 4, 1), 1, 2, 50.0),
        (date(2026, 7, 1), 0, 1, 0.0),
    ]
    assert [(p.start, p.value, p.numerator) for p in days] == [
        (date(2026, 4, 1), 10.0, None),
        (date(2026, 7, 1), 20.0, None),
    ]
