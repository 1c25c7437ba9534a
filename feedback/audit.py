"""The append-only audit log: record who did what. Nothing in the app edits or deletes entries."""

from __future__ import annotations

from flask import has_request_context
from flask_login import current_user

from feedback.extensions import db
from feedback.models import AuditEvent, User


def record(event: str, subject: str = "", user: User | None = None, **detail) -> AuditEvent:
    """Add an audit entry (committed with the caller's transaction).

    `event` is a short dotted name such as "auth.sign_in" or "export.responses"; `subject` says
    what it was done to ("survey 3"); `user` defaults to whoever is signed in. Never put
    respondents' personal data (comment text, email addresses) in `detail`.
    """
    if user is None and has_request_context() and current_user.is_authenticated:
        user = current_user
    entry = AuditEvent(event=event, subject=subject, user=user, detail=detail)
    db.session.add(entry)
    return entry
