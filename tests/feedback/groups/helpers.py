"""Groups, members and review histories set up the way people make them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.auth.services import create_user
from feedback.extensions import db
from feedback.models import (
    Group,
    GroupRole,
    Invitation,
    Resolution,
    Role,
    Survey,
    SurveyGroup,
    SurveyStatus,
    User,
)
from feedback.reviews import services as reviews
from tests.factories import PASSWORD, make_group, make_staff, make_survey

PCF = ("parent-carer-forum", "Parent Carer Forum")
YOUTH = ("youth-forum", "Youth Forum")


def make_member(app: Flask, group_ids, email: str = "sam@example.org", name: str = "Sam") -> int:
    """A group member account with PASSWORD in `group_ids`; returns its id."""
    with app.app_context():
        groups = [db.session.get(Group, gid) for gid in group_ids]
        user = create_user(email, name, Role.MEMBER, PASSWORD, groups)
        db.session.commit()
        return user.id


def sign_in(client: FlaskClient, email: str, password: str = PASSWORD) -> None:
    """Sign in through the sign-in page."""
    response = client.post("/sign-in", data={"email": email, "password": password})
    assert response.status_code == 302, "signing in failed"


def invitation_link(response) -> str:
    """The path of the invitation link shown once on the page answering an invitation."""
    match = re.search(
        r'id="invitation-link"[^>]*>https?://[^/<]+(/invitations/[^<]+)</textarea>',
        response.get_data(as_text=True),
    )
    assert match, "no invitation link on the page"
    return match[1]


def user_row(app: Flask, email: str) -> User | None:
    """The account with `email`, with its groups loaded, or None."""
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == email))
        if user is not None:
            _ = [group.slug for group in user.groups]
            db.session.expunge(user)
        return user


def group_slugs(app: Flask, email: str) -> list[str]:
    """The slugs of the groups the account with `email` belongs to."""
    user = user_row(app, email)
    return [group.slug for group in user.groups] if user else []


def invitations_of(app: Flask, email: str) -> list[tuple[str, bool]]:
    """Each invitation of `email`, oldest first, as (token hash, used)."""
    with app.app_context():
        query = (
            select(Invitation).join(User, Invitation.user_id == User.id).where(User.email == email)
        )
        return [
            (row.token_hash, row.used_at is not None)
            for row in db.session.scalars(query.order_by(Invitation.id))
        ]


@dataclass(frozen=True)
class History:
    """A reviewed survey: who is who, by id and email."""

    survey_id: int
    pcf_id: int
    youth_id: int
    pcf_editor: str
    youth_editor: str
    member_id: int


def reviewed_survey(app: Flask, *, signed: bool = True) -> History:
    """Issue 6's path: the Parent Carer Forum drafts, the Youth Forum reviews, Sam (a youth forum
    member) comments three times, two are accepted and one declined, and both groups sign off."""
    pcf_id = make_group(app, *PCF)
    youth_id = make_group(app, *YOUTH)
    survey_id = make_survey(app, status=SurveyStatus.DRAFT, group_ids=[pcf_id])
    officer = make_staff(app, Role.OFFICER)
    pcf_editor = make_staff(app, Role.FORUM_EDITOR, "pcf.editor@example.org", [pcf_id])
    youth_editor = make_staff(app, Role.FORUM_EDITOR, "youth.editor@example.org", [youth_id])
    member_id = make_member(app, [youth_id])
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        youth = db.session.get(Group, youth_id)
        pcf = db.session.get(Group, pcf_id)
        survey.group_links.append(SurveyGroup(group=youth, role=GroupRole.REVIEWER))
        author = db.session.scalar(select(User).where(User.email == officer))
        sam = db.session.get(User, member_id)
        review = reviews.start_round(survey, [pcf, youth], author, "Please check the wording")
        question = survey.questions[4]
        first = reviews.add_comment(
            review, sam, "Too many long words", "Do people listen to you?", question
        )
        second = reviews.add_comment(review, sam, "Add a question about school transport")
        third = reviews.add_comment(review, sam, "Make it shorter")
        reviews.resolve(first, Resolution.ACCEPTED, "Young people found it easier", author)
        reviews.resolve(second, Resolution.ACCEPTED, "Transport matters to many families", author)
        reviews.resolve(third, Resolution.DECLINED, "Every question is needed for the KPIs", author)
        if signed:
            for email, group, objection in (
                (pcf_editor, pcf, ""),
                (youth_editor, youth, "We wanted a shorter survey"),
            ):
                editor = db.session.scalar(select(User).where(User.email == email))
                reviews.sign_off(review, group, editor, objection)
        db.session.commit()
    return History(survey_id, pcf_id, youth_id, pcf_editor, youth_editor, member_id)
