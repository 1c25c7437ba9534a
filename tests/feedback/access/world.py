"""Real data for the access walk: two groups, their drafts, and one signed-in client per role.

Every id or slug a route can take is filled from `World.values`, so each URL points at a real
row. Group A's rows are the ones walked: a forum editor of group B asking for them must be
refused, which is the data-level rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.api.tokens import issue_token
from feedback.auth.services import find_user
from feedback.extensions import db
from feedback.groups.invitations import issue_invitation
from feedback.models import (
    Action,
    ActionStatus,
    CodebookTheme,
    Group,
    InvitationBatch,
    KpiSource,
    Locality,
    Owner,
    Pledge,
    Question,
    ResponseImport,
    Role,
    Section,
    Survey,
    SurveyStatus,
)
from feedback.notify.services import add_follow_up
from feedback.reviews import services as reviews
from tests.factories import PASSWORD, every_type_definition, make_group, make_staff, make_survey
from tests.feedback.analysis.helpers import add_comments, run_theming
from tests.feedback.kpis.helpers import make_kpi
from tests.feedback.pictures.helpers import PNG
from tests.feedback.published.helpers import make_closed_survey

ROLES = ("anonymous", "member", "viewer", "editor_b", "editor_a", "officer", "admin")
"""Every kind of visitor, denied roles first (a POST by an allowed role may change data)."""


@dataclass
class World:
    """The ids and slugs routes take, the clients per role and the API tokens per role."""

    values: dict[str, object] = field(default_factory=dict)
    clients: dict[str, FlaskClient] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)


def _people(app: Flask, group_a: int, group_b: int) -> dict[str, str]:
    """One account per role (and a target member nobody signs in as); returns role → email."""
    accounts = {
        "member": (Role.MEMBER, [group_a]),
        "viewer": (Role.VIEWER, []),
        "editor_a": (Role.FORUM_EDITOR, [group_a]),
        "editor_b": (Role.FORUM_EDITOR, [group_b]),
        "officer": (Role.OFFICER, []),
        "admin": (Role.ADMIN, []),
        "target": (Role.MEMBER, [group_a]),
    }
    return {
        name: make_staff(app, role, email=f"{name.replace('_', '-')}@example.org", group_ids=ids)
        for name, (role, ids) in accounts.items()
    }


def _first(model, column, **where):
    return db.session.scalar(select(column).filter_by(**where).order_by(model.id).limit(1))


def _survey_rows(survey_id: int) -> dict[str, int]:
    section = _first(Section, Section.id, survey_id=survey_id)
    question = db.session.scalar(
        select(Question.id).where(Question.survey_id == survey_id, Question.key == "has-ehcp")
    )
    return {"section_id": section, "question_id": question}


def build_world(app: Flask) -> World:
    """Store the walk's data and sign in one client per role."""
    world = World()
    group_a = make_group(app, "group-a", "Group A")
    group_b = make_group(app, "group-b", "Group B")
    emails = _people(app, group_a, group_b)
    survey_a = make_survey(
        app, every_type_definition("survey-a"), SurveyStatus.DRAFT, group_ids=[group_a]
    )
    make_survey(app, every_type_definition("survey-b"), SurveyStatus.DRAFT, group_ids=[group_b])
    make_survey(app, every_type_definition("survey-open"), SurveyStatus.OPEN)
    published = make_closed_survey(app, group_ids=[group_a])
    (answer_id,) = add_comments(app, published, "We waited a year for speech therapy.")
    run_theming(app, published)
    make_kpi(app, "kpi-a")
    make_kpi(app, "kpi-entered", source=KpiSource.ENTERED)
    with app.app_context():
        users = {name: find_user(email) for name, email in emails.items()}
        survey = db.session.get(Survey, survey_a)
        action = Action(
            slug="action-a",
            title="Quicker EHC plans",
            you_said="Families said EHC plans take too long.",
            we_did="We hired two more EHC co-ordinators.",
            owner=Owner.COUNCIL,
            status=ActionStatus.IN_PROGRESS,
            groups=[db.session.get(Group, group_a)],
            surveys=[survey],
        )
        shown = Action(
            slug="action-shown",
            title="A shorter wait",
            you_said="Families said they waited too long.",
            we_did="We added a clinic.",
            owner=Owner.COUNCIL,
            status=ActionStatus.DONE,
            published_at=datetime(2026, 4, 1, 9),
            surveys=[db.session.get(Survey, published)],
        )
        db.session.add_all([action, shown])
        review = reviews.start_round(survey, [db.session.get(Group, group_a)], users["officer"])
        db.session.flush()
        comment = reviews.add_comment(review, users["editor_a"], "Shorter questions, please.")
        batch = InvitationBatch(
            survey_id=survey_a, sent_on=date(2026, 3, 2), invited=400, method="Letter"
        )
        imported = ResponseImport(
            survey_id=survey_a, file_sha256="0" * 64, filename="old.csv", rows=1
        )
        db.session.add_all([batch, imported])
        for pictured in db.session.scalars(select(Question).where(Question.key == "has-ehcp")):
            pictured.picture, pictured.picture_type = PNG, "image/png"
        invitation_token, _ = issue_invitation(users["target"], users["officer"])
        follow_up = add_follow_up(db.session.get(Survey, published), "parent@example.org")
        rows = {}
        for role in ROLES[1:]:
            rows[role], world.tokens[role] = issue_token(users[role], "Dashboard")
        db.session.flush()
        world.values = {
            "survey_a": survey_a,
            "survey_slug": "survey-a",
            "published_slug": "every-type",
            "published_id": published,
            "open_slug": "survey-open",
            "group_slug": "group-a",
            "action_id": action.id,
            "action_slug": "action-shown",
            "answer_id": answer_id,
            "round_id": review.id,
            "comment_id": comment.id,
            "batch_id": batch.id,
            "import_id": imported.id,
            "token_id": rows["editor_a"].id,
            "user_id": users["target"].id,
            "invitation_token": invitation_token,
            "unsubscribe_token": follow_up.unsubscribe_token,
            "kpi_slug": "kpi-a",
            "entered_kpi_slug": "kpi-entered",
            "theme_slug": _first(CodebookTheme, CodebookTheme.slug),
            "pledge_slug": _first(Pledge, Pledge.slug),
            "item_id": _first(Locality, Locality.id),
            **_survey_rows(survey_a),
        }
        db.session.commit()
    for role in ROLES:
        world.clients[role] = app.test_client()
        if role != "anonymous":
            response = world.clients[role].post(
                "/sign-in", data={"email": emails[role], "password": PASSWORD}
            )
            assert response.status_code == 302, f"signing in as {role} failed"
    return world
