"""Helpers for driving the respondent journey through the test client, as a respondent would."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Answer, Draft, Question, Response, Survey
from feedback.models.columns import utcnow
from tests.factories import every_type_definition, make_survey

SLUG = "every-type"


def today(days: int = 0) -> date:
    """Today's date, or `days` from it, worked out when called (a run can pass midnight)."""
    return date.today() + timedelta(days=days)


YES_PATH = [
    ("_locality", {"answer": "north"}),
    ("has-ehcp", {"answer": "yes"}),
    ("ehcp-satisfaction", {"answer": "satisfied"}),
    ("school-type", {"answer": "other", "other": "Home educated"}),
    ("services", {"answer": ["salt", "camhs"]}),
    ("listened-to", {"answer": "agree"}),
    ("recommend", {"answer": "7"}),
    ("waiting-weeks", {"answer": "12"}),
    ("one-word", {"answer": "Hard work"}),
    ("comments", {"answer": "More speech therapy\r\nShorter waits"}),
]
"""Every question of `every_type_definition` answered, taking the EHC plan branch."""

YES_PATH_ROWS = [
    ("comments", None, None, "More speech therapy\nShorter waits"),
    ("ehcp-satisfaction", "satisfied", None, None),
    ("has-ehcp", "yes", None, None),
    ("listened-to", "agree", None, None),
    ("one-word", None, None, "Hard work"),
    ("recommend", "7", Decimal(7), None),
    ("school-type", "other", None, "Home educated"),
    ("services", "camhs", None, None),
    ("services", "salt", None, None),
    ("waiting-weeks", None, Decimal(12), None),
]
"""The Answer rows YES_PATH stores, as (question key, choice, number, text), in `sorted_rows`
order."""


def text(response) -> str:
    """A page's HTML with entities turned back into characters, for matching messages."""
    return html.unescape(response.get_data(as_text=True))


def location(response) -> str:
    """Where a redirect goes."""
    assert response.status_code == 302, f"expected a redirect, got {response.status_code}"
    return response.headers["Location"]


def question_url(key: str, slug: str = SLUG) -> str:
    return f"/surveys/{slug}/questions/{key}"


def start(client: FlaskClient, slug: str = SLUG) -> str:
    """Press "Start now"; returns where it leads."""
    return location(client.post(f"/surveys/{slug}/start"))


def answer(client: FlaskClient, key: str, data: dict, slug: str = SLUG, change: bool = False):
    """Post one question page."""
    return client.post(question_url(key, slug) + ("?change=1" if change else ""), data=data)


def walk(client: FlaskClient, steps, slug: str = SLUG) -> str:
    """Start, then answer each (key, data) in turn, checking each leads on; returns the last
    redirect's target."""
    target = start(client, slug)
    for key, data in steps:
        assert target == question_url(key, slug), f"expected {key}, was sent to {target}"
        target = location(answer(client, key, data, slug))
    return target


def walk_to(client: FlaskClient, key: str, steps=YES_PATH) -> None:
    """Start and answer every question before `key` on the given path."""
    keys = [k for k, _ in steps]
    walk(client, steps[: keys.index(key)])


def submit(client: FlaskClient, slug: str = SLUG):
    return client.post(f"/surveys/{slug}/check")


def make_survey_with(app: Flask, slug: str = SLUG, status=None, **changes) -> int:
    """`every_type_definition(slug)` with definition `changes` (like audiences), stored."""
    definition = replace(every_type_definition(slug), **changes)
    return make_survey(app, definition) if status is None else make_survey(app, definition, status)


def update_survey(app: Flask, survey_id: int, **fields) -> None:
    """Set stored survey fields, like opens_on or ask_locality."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        for name, value in fields.items():
            setattr(survey, name, value)
        db.session.commit()


def age_drafts(app: Flask, minutes: int) -> None:
    """Pretend every draft was last touched `minutes` ago."""
    with app.app_context():
        for draft in db.session.scalars(select(Draft)):
            draft.updated_at = utcnow() - timedelta(minutes=minutes)
        db.session.commit()


def count(app: Flask, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def sorted_rows(rows) -> list[tuple]:
    """Answer rows (key, choice, number, text) in a stable order."""
    return sorted(rows, key=lambda row: (row[0], row[1] or "", row[3] or ""))


def responses(app: Flask) -> list[dict]:
    """Every stored response with its answer rows as (key, choice, number, text), sorted."""
    with app.app_context():
        stored = []
        for response in db.session.scalars(select(Response).order_by(Response.id)):
            rows = db.session.execute(
                select(Question.key, Answer.choice, Answer.number, Answer.text)
                .join(Question, Answer.question_id == Question.id)
                .where(Answer.response_id == response.id)
            ).all()
            stored.append(
                {
                    "survey": response.survey.slug,
                    "reference": response.reference,
                    "channel": response.channel.value,
                    "audience": response.audience.slug if response.audience else None,
                    "locality": response.locality.slug if response.locality else None,
                    "rows": sorted_rows(tuple(row) for row in rows),
                }
            )
        return stored


REFERENCE = re.compile(r"[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}")
