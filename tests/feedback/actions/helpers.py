"""Actions, review rounds and form data set up as the tests need them."""

from __future__ import annotations

import secrets
from datetime import date

from flask import Flask
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import (
    Action,
    ActionStatus,
    ActionUpdate,
    FollowUp,
    Group,
    Notification,
    Owner,
    Role,
    Survey,
    User,
)
from feedback.reviews import services as reviews
from tests.factories import make_staff

NEW = "/manage/actions/new"


def url(action_id: int, page: str = "") -> str:
    """An action's staff page, or one of its sub-pages (`edit`, `publish`…)."""
    return f"/manage/actions/{action_id}" + (f"/{page}" if page else "")


def make_action(app: Flask, title: str = "Quicker EHC plans", **fields) -> int:
    """Store an action directly (a draft unless `published_at` is given); returns its id.

    `group_ids` and `survey_ids` link groups and surveys.
    """
    group_ids = fields.pop("group_ids", ())
    survey_ids = fields.pop("survey_ids", ())
    with app.app_context():
        action = Action(
            slug=fields.pop("slug", title.lower().replace(" ", "-")),
            title=title,
            you_said=fields.pop("you_said", "Families said EHC plans take too long."),
            we_did=fields.pop("we_did", "We hired two more EHC co-ordinators."),
            owner=fields.pop("owner", Owner.COUNCIL),
            status=fields.pop("status", ActionStatus.IN_PROGRESS),
            **fields,
        )
        action.groups = [db.session.get(Group, gid) for gid in group_ids]
        action.surveys = [db.session.get(Survey, sid) for sid in survey_ids]
        db.session.add(action)
        db.session.commit()
        return action.id


def form_data(**overrides) -> dict:
    """A complete, valid action form, with `overrides`."""
    data = {
        "title": "Quicker EHC plans",
        "you_said": "Families said EHC plans take too long.",
        "quotes": "",
        "we_did": "We hired two more EHC co-ordinators.",
        "owner": "council",
        "status": "planned",
        "not_doing_reason": "",
        "due_on": ["", "", ""],
        "evidence_url": "",
        "easy_read": "",
        "level": "",
    }
    data.update(overrides)
    return data


def editor(app: Flask, group_id: int, email: str) -> int:
    """A forum editor of one group; returns the user's id."""
    make_staff(app, Role.FORUM_EDITOR, email=email, group_ids=[group_id])
    with app.app_context():
        return db.session.scalar(select(User.id).where(User.email == email))


def start_review(app: Flask, action_id: int, group_ids, by_email: str) -> int:
    """A review round on the action for the groups; returns its id."""
    with app.app_context():
        action = db.session.get(Action, action_id)
        officer = db.session.scalar(select(User).where(User.email == by_email))
        groups = [db.session.get(Group, gid) for gid in group_ids]
        review = reviews.start_round(action, groups, officer)
        db.session.commit()
        return review.id


def sign_off(app: Flask, round_id: int, group_id: int, user_id: int, objection: str = "") -> None:
    """The forum editor signs the round off for their group."""
    with app.app_context():
        review = db.session.get(reviews.ReviewRound, round_id)
        reviews.sign_off(review, db.session.get(Group, group_id), db.session.get(User, user_id),
                         objection)  # fmt: skip
        db.session.commit()


def follow(app: Flask, survey_id: int, *emails: str) -> None:
    """People who asked to hear what happened after the survey."""
    with app.app_context():
        for email in emails:
            db.session.add(
                FollowUp(survey_id=survey_id, email=email, unsubscribe_token=secrets.token_hex(16))
            )
        db.session.commit()


def notifications(app: Flask) -> list[tuple[str, str]]:
    """Each queued email as (address, action title)."""
    with app.app_context():
        rows = db.session.execute(
            select(FollowUp.email, Action.title)
            .join(Notification, Notification.follow_up_id == FollowUp.id)
            .join(Action, Action.id == Notification.action_id)
            .order_by(FollowUp.email)
        )
        return [tuple(row) for row in rows]


def stored(app: Flask, action_id: int) -> dict:
    """What is stored about an action, as plain values."""
    with app.app_context():
        action = db.session.get(Action, action_id)
        return {
            "title": action.title,
            "slug": action.slug,
            "status": action.status,
            "owner": action.owner,
            "due_on": action.due_on,
            "done_on": action.done_on,
            "not_doing_reason": action.not_doing_reason,
            "published": action.published_at is not None,
            "quotes": [quote.text for quote in action.quotes],
            "themes": [theme.slug for theme in action.themes],
            "surveys": [survey.id for survey in action.surveys],
            "areas": [area.slug for area in action.areas],
            "groups": [group.id for group in action.groups],
            "level": action.coproduction_level,
            "stages": action.stages,
        }


def log_entries(app: Flask, action_id: int) -> list[tuple[str, ActionStatus]]:
    """The action's update log, oldest first, as (body, status)."""
    with app.app_context():
        rows = db.session.scalars(
            select(ActionUpdate)
            .where(ActionUpdate.action_id == action_id)
            .order_by(ActionUpdate.written_at, ActionUpdate.id)
        )
        return [(row.body, row.status) for row in rows]


def action_ids(app: Flask) -> list[int]:
    """Every stored action's id, oldest first."""
    with app.app_context():
        return list(db.session.scalars(select(Action.id).order_by(Action.id)))


def action_count(app: Flask) -> int:
    return len(action_ids(app))


def day(offset: int) -> date:
    """Today moved by `offset` days."""
    return date.fromordinal(date.today().toordinal() + offset)


def date_parts(value: date) -> list[str]:
    return [str(value.day), str(value.month), str(value.year)]
