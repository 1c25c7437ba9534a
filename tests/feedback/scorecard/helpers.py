"""Surveys asked in waves, actions and co-production records, set up as users would find them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from flask import Flask
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import (
    Action,
    ActionStatus,
    CodebookTheme,
    Group,
    Level,
    Pledge,
    Question,
    Stage,
    Survey,
    SurveyStatus,
)
from tests.factories import every_type_definition, make_survey
from tests.feedback.reports.helpers import add_responses

FIRST = ("support-2025", "SEND support survey 2025", date(2025, 1, 6))
SECOND = ("support-2026", "SEND support survey 2026", date(2026, 1, 5))
PLEDGE = "listen-and-act"
"""The pledge `every_type_definition` links ‘I feel listened to’ (key listened-to) to."""


def make_wave(
    app: Flask,
    wave: tuple[str, str, date],
    status: SurveyStatus = SurveyStatus.CLOSED,
    published: bool = False,
    group_ids=(),
) -> int:
    """The every-type survey as one wave: (slug, title, opening date), closed by default."""
    slug, title, opens_on = wave
    definition = replace(every_type_definition(slug), title=title)
    survey_id = make_survey(app, definition, status=status, group_ids=group_ids)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        survey.opens_on = opens_on
        if published:
            survey.results_published_at = datetime(2026, 6, 1)
        db.session.commit()
    return survey_id


def answer(app: Flask, survey_id: int, counts: dict[str, int], key: str = "listened-to") -> None:
    """`count` responses giving each answer to the question with `key`."""
    for value, count in counts.items():
        add_responses(app, survey_id, count, {key: value})


def two_waves(
    app: Flask, first: dict[str, int], second: dict[str, int], published: bool = False
) -> tuple[int, int]:
    """Two closed waves answering ‘I feel listened to’ with `first` and `second`."""
    first_id = make_wave(app, FIRST, published=published)
    second_id = make_wave(app, SECOND, published=published)
    answer(app, first_id, first)
    answer(app, second_id, second)
    return first_id, second_id


def link_to_pledge(app: Flask, survey_id: int, key: str, pledge: str = PLEDGE) -> None:
    """Link the survey's question with `key` to a pledge as well."""
    with app.app_context():
        question = db.session.scalar(
            select(Question).where(Question.survey_id == survey_id, Question.key == key)
        )
        question.pledges.append(db.session.scalar(select(Pledge).where(Pledge.slug == pledge)))
        db.session.commit()


def make_action(
    app: Flask,
    title: str,
    pledge: str = PLEDGE,
    published: bool = False,
    status: ActionStatus = ActionStatus.IN_PROGRESS,
    themes: tuple[str, ...] = (),
    level: Level | None = None,
    stages: tuple[Stage, ...] = (),
    group_ids=(),
) -> int:
    """An action under `pledge`, a draft unless `published`, answering the themes (by label)."""
    with app.app_context():
        action = Action(
            slug=title.lower().replace(" ", "-"),
            title=title,
            status=status,
            coproduction_level=level,
            published_at=datetime(2026, 7, 1) if published else None,
        )
        action.stages = list(stages)
        action.pledges = [db.session.scalar(select(Pledge).where(Pledge.slug == pledge))]
        action.themes = list(
            db.session.scalars(select(CodebookTheme).where(CodebookTheme.label.in_(themes)))
        )
        action.groups = [db.session.get(Group, group_id) for group_id in group_ids]
        db.session.add(action)
        db.session.commit()
        return action.id


def record(app: Flask, survey_id: int, level: Level, stages: tuple[Stage, ...]) -> None:
    """Give a survey its co-production record."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        survey.coproduction_level = level
        survey.stages = list(stages)
        db.session.commit()
