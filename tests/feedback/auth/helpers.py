"""Helpers for the sign-in and session tests: a movable clock and reading stored rows."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from feedback.auth import clock
from feedback.extensions import db
from feedback.models import AuditEvent, UserSession
from feedback.models.columns import utcnow


class Clock:
    """The time the sign-in rules see; move it forward with `advance`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = utcnow()
        monkeypatch.setattr(clock, "now", lambda: self.now)

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def audit_events(app: Flask, prefix: str = "") -> list[AuditEvent]:
    """The audit log entries whose event starts with `prefix`, oldest first."""
    with app.app_context():
        rows = db.session.scalars(
            select(AuditEvent).where(AuditEvent.event.startswith(prefix)).order_by(AuditEvent.id)
        ).all()
        db.session.expunge_all()
        return list(rows)


def session_rows(app: Flask) -> list[UserSession]:
    """Every server-side session, oldest first."""
    with app.app_context():
        rows = db.session.scalars(select(UserSession).order_by(UserSession.id)).all()
        db.session.expunge_all()
        return list(rows)


def totp_key(response) -> str:
    """The two-factor setup key shown on the page, without its spaces."""
    match = re.search(r'<code id="totp-key">([A-Z2-7 ]+)</code>', response.get_data(as_text=True))
    assert match, "no setup key on the page"
    return match[1].replace(" ", "")
