"""Surveys and actions with co-production records, set up as a user would find them."""

from __future__ import annotations

from datetime import datetime

from flask import Flask

from feedback.extensions import db
from feedback.models import Action, Group, Level, Stage, Survey, SurveyStatus
from tests.factories import every_type_definition, make_survey


def record_survey(
    app: Flask,
    status: SurveyStatus = SurveyStatus.OPEN,
    level: Level | None = None,
    stages: tuple[Stage, ...] = (),
    group_ids=(),
    slug: str = "every-type",
) -> int:
    """A survey with this record; returns its id."""
    survey_id = make_survey(app, every_type_definition(slug), status=status, group_ids=group_ids)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        survey.coproduction_level, survey.stages = level, list(stages)
        db.session.commit()
    return survey_id


def record_action(
    app: Flask,
    slug: str,
    level: Level | None = None,
    stages: tuple[Stage, ...] = (),
    published: bool = True,
    group_ids=(),
) -> int:
    """An action with this record, published unless told not to; returns its id."""
    with app.app_context():
        action = Action(
            slug=slug,
            title=f"Action {slug}",
            coproduction_level=level,
            published_at=datetime(2026, 5, 1, 9) if published else None,
            groups=[db.session.get(Group, gid) for gid in group_ids],
        )
        action.stages = list(stages)
        db.session.add(action)
        db.session.commit()
        return action.id


def survey_record(app: Flask, survey_id: int) -> tuple[Level | None, list[Stage]]:
    """The stored level and stages of a survey."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        return survey.coproduction_level, survey.stages
