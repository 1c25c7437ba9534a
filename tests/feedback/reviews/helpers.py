"""Helpers for the review tests: a draft co-produced by two forums, and people to review it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import (
    Action,
    Group,
    GroupRole,
    ReviewComment,
    ReviewRound,
    Role,
    Survey,
    SurveyGroup,
    SurveyStatus,
    User,
)
from feedback.reviews import services
from tests.factories import PASSWORD, make_group, make_staff, make_survey


@dataclass(frozen=True)
class Cast:
    """The groups, people and draft survey of a review."""

    survey: int
    pcf: int
    youth: int
    other: int
    officer: str
    pcf_editor: str
    youth_editor: str
    youth_member: str
    other_member: str
    other_editor: str
    viewer: str


def cast(app: Flask, status: SurveyStatus = SurveyStatus.DRAFT) -> Cast:
    """A draft survey co-written by the Parent Carer Forum, reviewed by the Youth Forum."""
    pcf = make_group(app)
    youth = make_group(app, "youth-forum", "Youth Forum")
    other = make_group(app, "senco-network", "SENCO network")
    survey = make_survey(app, status=status)
    with app.app_context():
        found = db.session.get(Survey, survey)
        found.group_links = [
            SurveyGroup(group_id=pcf, role=GroupRole.CO_AUTHOR),
            SurveyGroup(group_id=youth, role=GroupRole.REVIEWER),
        ]
        db.session.commit()
    people = Cast(
        survey=survey,
        pcf=pcf,
        youth=youth,
        other=other,
        officer=make_staff(app, Role.OFFICER),
        pcf_editor=make_staff(app, Role.FORUM_EDITOR, "pcf@example.org", [pcf]),
        youth_editor=make_staff(app, Role.FORUM_EDITOR, "youth@example.org", [youth]),
        youth_member=make_staff(app, Role.MEMBER, "sam@example.org", [youth]),
        other_member=make_staff(app, Role.MEMBER, "senco@example.org", [other]),
        other_editor=make_staff(app, Role.FORUM_EDITOR, "senco-editor@example.org", [other]),
        viewer=make_staff(app, Role.VIEWER),
    )
    with app.app_context():
        for email, name in NAMES.items():
            _user(email).name = name
        db.session.commit()
    return people


NAMES = {
    "officer@example.org": "Olu Officer",
    "pcf@example.org": "Pat Parent",
    "youth@example.org": "Yas Youth",
    "sam@example.org": "Sam",
}


def csrf_token(html: str) -> str:
    """The CSRF token of the (first) form in `html`."""
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]


def client_for(app: Flask, email: str) -> FlaskClient:
    """A test client signed in as `email` (with the sign-in page's token when CSRF is on)."""
    client = app.test_client()
    data = {"email": email, "password": PASSWORD}
    if app.config["WTF_CSRF_ENABLED"]:
        data["csrf_token"] = csrf_token(client.get("/sign-in").get_data(as_text=True))
    response = client.post("/sign-in", data=data)
    assert response.status_code == 302, "signing in failed"
    return client


def _user(email: str) -> User:
    return db.session.scalar(select(User).where(User.email == email))


def start(
    app: Flask,
    subject_id: int,
    group_ids: list[int],
    by: str,
    note: str = "",
    subject: type[Survey | Action] = Survey,
) -> int:
    """Start a round on a survey (or action) through the services; returns the round's id."""
    with app.app_context():
        groups = [db.session.get(Group, group_id) for group_id in group_ids]
        found = db.session.get(subject, subject_id)
        review = services.start_round(found, groups, _user(by), note)
        db.session.commit()
        return review.id


def comment(app: Flask, round_id: int, email: str, body: str, **kwargs) -> int:
    """Add a comment through the services; returns its id."""
    with app.app_context():
        review = db.session.get(ReviewRound, round_id)
        made = services.add_comment(review, _user(email), body, **kwargs)
        db.session.commit()
        return made.id


def sign(app: Flask, round_id: int, group_id: int, email: str, objection: str = "") -> None:
    """Sign a round off for a group through the services."""
    with app.app_context():
        review = db.session.get(ReviewRound, round_id)
        services.sign_off(review, db.session.get(Group, group_id), _user(email), objection)
        db.session.commit()


def comments(app: Flask, round_id: int) -> list[tuple[str, str, str | None, str]]:
    """Each stored comment as (body, suggested wording, resolution, reason)."""
    with app.app_context():
        query = select(ReviewComment).where(ReviewComment.round_id == round_id)
        return [
            (
                found.body,
                found.suggested_wording,
                found.resolution.value if found.resolution else None,
                found.resolution_reason,
            )
            for found in db.session.scalars(query.order_by(ReviewComment.id))
        ]


def survey_status(app: Flask, survey_id: int) -> SurveyStatus:
    with app.app_context():
        return db.session.get(Survey, survey_id).status


def round_closed(app: Flask, round_id: int) -> bool:
    with app.app_context():
        return db.session.get(ReviewRound, round_id).closed_at is not None


def sign_off_groups(app: Flask, round_id: int) -> list[str]:
    with app.app_context():
        return [signed.group.name for signed in db.session.get(ReviewRound, round_id).sign_offs]


def question_ids(app: Flask, survey_id: int) -> list[int]:
    with app.app_context():
        return [question.id for question in db.session.get(Survey, survey_id).questions]
