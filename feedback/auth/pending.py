"""The half-way state between a right password and a right two-factor code.

Kept in the browser's signed session for a few minutes; no staff session exists until the code
is right, so nothing else in the service can be reached in between.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from flask import session

from feedback.auth import clock
from feedback.extensions import db
from feedback.models import User

KEY = "auth_pending"
LIFETIME = timedelta(minutes=5)


def start(user: User, step: str, next_url: str | None) -> None:
    """Remember that `user` gave the right password and must now do `step` ("code" or "setup")."""
    session.clear()
    session[KEY] = {
        "user": user.id,
        "step": step,
        "at": clock.now().timestamp(),
        "nonce": secrets.token_urlsafe(16),
        "next": next_url or "",
    }


def get(step: str) -> tuple[User, dict] | None:
    """The user half-way through `step` and the pending state, or None when there is none."""
    state = session.get(KEY)
    if not isinstance(state, dict) or state.get("step") != step:
        return None
    if clock.now().timestamp() - state.get("at", 0) > LIFETIME.total_seconds():
        session.pop(KEY, None)
        return None
    user = db.session.get(User, state.get("user"))
    if user is None or not user.active:
        session.pop(KEY, None)
        return None
    return user, state
