"""Helpers for the privacy tests: answered surveys, themed comments, follow-ups, audit rows."""

from __future__ import annotations

import json
from datetime import date

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Answer, AuditEvent, Response, Survey
from feedback.notify.services import add_follow_up
from tests.feedback.respond.journey import YES_PATH, submit, walk

COMMENT = "More speech therapy\nShorter waits"
"""The comment YES_PATH leaves (as stored)."""
LONG_AGO = date(2020, 1, 31)
"""A closing date whose retention period has long passed."""


def answer_survey(client: FlaskClient, app: Flask) -> str:
    """Answer the every-type survey along YES_PATH and send it; returns the response reference."""
    walk(client, YES_PATH)
    assert submit(client).status_code == 302
    with app.app_context():
        return db.session.scalars(select(Response.reference).order_by(Response.id.desc())).first()


def only_survey_id(app: Flask) -> int:
    """The id of the one survey there is."""
    with app.app_context():
        return db.session.scalars(select(Survey.id)).one()


def set_survey(app: Flask, survey_id: int, **fields) -> None:
    """Set stored survey fields, like closes_on or retention_months."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        for name, value in fields.items():
            setattr(survey, name, value)
        db.session.commit()


def follow(app: Flask, survey_id: int, email: str) -> None:
    """Someone asks to hear what happened after answering."""
    with app.app_context():
        add_follow_up(db.session.get(Survey, survey_id), email)
        db.session.commit()


def count(app: Flask, model, *where) -> int:
    """How many rows of `model` there are (matching `where`)."""
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


def texts(app: Flask) -> list[str | None]:
    """Every stored answer text, NULLs included."""
    with app.app_context():
        return list(db.session.scalars(select(Answer.text).order_by(Answer.id)))


def audit_entries(app: Flask, event: str | None = None) -> list[dict]:
    """Audit entries (oldest first) as dicts of event, subject, detail and user id."""
    with app.app_context():
        query = select(AuditEvent).order_by(AuditEvent.id)
        if event:
            query = query.where(AuditEvent.event == event)
        return [
            {"event": e.event, "subject": e.subject, "detail": e.detail, "user_id": e.user_id}
            for e in db.session.scalars(query)
        ]


def results_json(client: FlaskClient, survey_id: int) -> dict:
    """The staff results download of a survey (every figure), parsed."""
    response = client.get(f"/manage/reports/surveys/{survey_id}/results.json")
    assert response.status_code == 200
    return json.loads(response.get_data(as_text=True))
