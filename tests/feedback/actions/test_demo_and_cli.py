"""The demo's actions, and `flask actions list`."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from feedback.actions.cli import actions_cli
from feedback.actions.rules import days_overdue
from feedback.analysis.codebook import ensure_codebook
from feedback.demo import load_demo
from feedback.demo.actions import load_actions
from feedback.demo.plan import DEMO_DAY
from feedback.extensions import db
from feedback.manage.services import long_date
from feedback.models import Action, ActionStatus, Role, Survey, User
from feedback.models.columns import utcnow
from feedback.reviews.services import missing_sign_offs, names
from tests.factories import login_as
from tests.feedback.actions.helpers import make_action
from tests.pages import visible_text


def run(app, *args):
    if "actions" not in app.cli.commands:
        app.cli.add_command(actions_cli)
    return app.test_cli_runner().invoke(args=["actions", *args])


@pytest.fixture
def demo(app) -> None:
    with app.app_context():
        ensure_codebook()
        load_demo(responses=40)
        if db.session.scalar(select(Action.id).limit(1)) is None:
            officer = db.session.scalar(select(User).where(User.role == Role.OFFICER))
            load_actions(list(db.session.scalars(select(Survey))), officer)
            db.session.commit()


def test_the_demo_has_actions_of_every_status_published_after_sign_off(app, demo):
    with app.app_context():
        actions = db.session.scalars(select(Action).order_by(Action.id)).all()
        assert len(actions) == 6
        assert {action.status for action in actions} == set(ActionStatus)
        assert len({action.owner for action in actions}) >= 4
        published = [action for action in actions if action.published_at]
        assert len(published) == 5
        assert all(not missing_sign_offs(action) for action in published)
        (draft,) = [action for action in actions if not action.published_at]
        assert names(missing_sign_offs(draft)) == "Youth Forum"
        overdue = [a for a in actions if days_overdue(a.due_on, a.status, DEMO_DAY)]
        assert [action.slug for action in overdue] == [
            "shorter-waits-for-speech-and-language-therapy"
        ]
        (not_doing,) = [a for a in actions if a.status is ActionStatus.NOT_DOING]
        assert not_doing.not_doing_reason
        assert all(action.themes and action.surveys and action.areas for action in actions)
        assert {survey.slug for action in actions for survey in action.surveys} == {
            "send-parent-carer-survey",
            "have-your-say-young-people",
        }


def test_the_demo_actions_show_on_the_staff_pages(client, app, demo):
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/actions/"))
    assert "6 actions" in text
    assert "A named contact for every family" in text
    with app.app_context():
        slug = "a-clearer-local-offer-website"
        action_id = db.session.scalar(select(Action.id).where(Action.slug == slug))
    page = visible_text(client.get(f"/manage/actions/{action_id}"))
    assert "Still to sign off: Youth Forum." in page
    assert "Parent Carer Forum: signed off by Demo Parent Carer Forum editor on" in page


def test_list_prints_every_action(app):
    assert run(app, "list").output == "There are no actions yet.\n"
    make_action(app, "Quicker EHC plans", due_on=date(2020, 1, 31))
    make_action(app, "Clearer letters", status=ActionStatus.DONE, published_at=utcnow())
    result = run(app, "list")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["Slug", "Title", "Status", "Published", "Due", "Overdue"]
    assert "quicker-ehc-plans" in lines[1] and "In progress" in lines[1]
    assert "Draft" in lines[1] and "31 January 2020" in lines[1] and "Overdue by" in lines[1]
    assert lines[2].startswith("clearer-letters") and long_date(utcnow()) in lines[2]
    assert lines[2].endswith("No due date")
