"""Helpers that set up data the way a user would find it. Plain functions, not fixtures."""

from __future__ import annotations

from decimal import Decimal

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.auth.services import create_user
from feedback.definitions import survey_from_definition
from feedback.extensions import db
from feedback.models import Audience, Group, GroupRole, Role, SurveyGroup, SurveyStatus
from surveys.model import Condition, Operator, Option, Question, Section, SurveyDefinition

PASSWORD = "correct horse battery"


def make_group(
    app: Flask, slug: str = "parent-carer-forum", name: str = "Parent Carer Forum"
) -> int:
    """A co-production group; returns its id."""
    with app.app_context():
        group = Group(slug=slug, name=name)
        db.session.add(group)
        db.session.commit()
        return group.id


def make_staff(
    app: Flask, role: Role | str = Role.OFFICER, email: str | None = None, group_ids=()
) -> str:
    """A staff account with PASSWORD; returns its email."""
    role = Role(role)
    email = email or f"{role.value}@example.org"
    with app.app_context():
        groups = [db.session.get(Group, gid) for gid in group_ids]
        create_user(email, role.label, role, PASSWORD, groups)
        db.session.commit()
    return email


def login_as(client: FlaskClient, app: Flask, role: Role | str = Role.OFFICER, group_ids=()) -> str:
    """Create a staff account and sign in through the sign-in page; returns its email."""
    email = make_staff(app, role, group_ids=group_ids)
    response = client.post("/sign-in", data={"email": email, "password": PASSWORD})
    assert response.status_code == 302, "signing in failed"
    return email


def every_type_definition(slug: str = "every-type") -> SurveyDefinition:
    """A parents' survey using every question type, with skip logic on the EHC plan question."""
    return SurveyDefinition(
        slug=slug,
        title="Your experience of SEND support",
        purpose="Tell us what it is like to get support for your child.",
        what_happens_next="The Parent Carer Forum and the council will publish what we do next.",
        audiences=("parents-and-carers",),
        sections=(
            Section(
                title="Your child's support",
                questions=(
                    Question(
                        key="has-ehcp",
                        type="yes_no",
                        text="Does your child have an education, health and care (EHC) plan?",
                    ),
                    Question(
                        key="ehcp-satisfaction",
                        type="satisfaction",
                        text="How satisfied are you with your child's EHC plan?",
                        condition=Condition("has-ehcp", Operator.IS, "yes"),
                        areas=("ehc-plan-quality",),
                    ),
                    Question(
                        key="school-type",
                        type="single_choice",
                        text="What kind of school does your child go to?",
                        options=(
                            Option("mainstream", "Mainstream school"),
                            Option("special", "Special school"),
                            Option("none", "Not in school"),
                        ),
                        allow_other=True,
                    ),
                    Question(
                        key="services",
                        type="multiple_choice",
                        text="Which services have you used in the last year?",
                        hint="Select all that apply.",
                        options=(
                            Option("salt", "Speech and language therapy"),
                            Option("ot", "Occupational therapy"),
                            Option("camhs", "CAMHS"),
                        ),
                        required=False,
                    ),
                ),
            ),
            Section(
                title="Being listened to",
                questions=(
                    Question(
                        key="listened-to",
                        type="agreement",
                        text="I feel listened to by the people who support my child.",
                        pledges=("listen-and-act",),
                        areas=("parental-engagement",),
                    ),
                    Question(
                        key="recommend",
                        type="rating",
                        text="How likely are you to recommend the local offer to another family?",
                        areas=("local-offer",),
                    ),
                    Question(
                        key="waiting-weeks",
                        type="number",
                        text="How many weeks did you wait for your first assessment?",
                        minimum=Decimal(0),
                        maximum=Decimal(520),
                        required=False,
                    ),
                    Question(
                        key="one-word",
                        type="short_text",
                        text="Describe your experience in a few words.",
                        required=False,
                    ),
                    Question(
                        key="comments",
                        type="long_text",
                        text="What one thing would make the biggest difference?",
                        required=False,
                    ),
                ),
            ),
        ),
    )


def make_survey(
    app: Flask,
    definition: SurveyDefinition | None = None,
    status: SurveyStatus = SurveyStatus.OPEN,
    group_ids=(),
) -> int:
    """Store a survey (by default `every_type_definition`, open); returns its id."""
    with app.app_context():
        survey = survey_from_definition(definition or every_type_definition(), status=status)
        for gid in group_ids:
            survey.group_links.append(SurveyGroup(group_id=gid, role=GroupRole.CO_AUTHOR))
        db.session.commit()
        return survey.id


def audience_id(app: Flask, slug: str) -> int:
    """The id of a seeded audience."""
    with app.app_context():
        return db.session.scalar(select(Audience.id).where(Audience.slug == slug))
