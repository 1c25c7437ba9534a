"""Helpers for saving answers with a come-back-later code and coming back with it."""

from __future__ import annotations

import re
from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Draft
from feedback.models.columns import utcnow
from tests.feedback.respond.journey import SLUG, location, question_url, text

CODE = re.compile(r"\b[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}\b")
NOT_FOUND = "We could not find saved answers for that code. Check it and try again."
EXPIRED = "This code has expired. We deleted the answers saved with it."


def save_url(key: str, slug: str = SLUG) -> str:
    return question_url(key, slug) + "/save"


def resume_url(slug: str = SLUG) -> str:
    return f"/surveys/{slug}/resume"


def save(client: FlaskClient, key: str, data: dict | None = None, slug: str = SLUG) -> str:
    """Press "Save and come back later" on question `key` with `data` posted; returns the code
    the next page shows."""
    saved = client.get(location(client.post(save_url(key, slug), data=data or {})))
    assert saved.status_code == 200
    found = CODE.findall(text(saved))
    assert len(found) == 1, "expected the page to show one code"
    return found[0]


def enter_code(client: FlaskClient, code: str, slug: str = SLUG):
    """Post a code on the "Continue with your code" page."""
    return client.post(resume_url(slug), data={"code": code})


def drafts(app: Flask) -> list[Draft]:
    """Every stored draft (detached, for reading)."""
    with app.app_context():
        rows = list(db.session.scalars(select(Draft).order_by(Draft.id)))
        db.session.expunge_all()
        return rows


def expire_codes(app: Flask) -> None:
    """Pretend every come-back-later code ran out a minute ago."""
    with app.app_context():
        for draft in db.session.scalars(select(Draft).where(Draft.resume_expires_at.is_not(None))):
            draft.resume_expires_at = utcnow() - timedelta(minutes=1)
        db.session.commit()
