"""Staff sessions kept on the server (ASVS 7.x).

The browser's signed cookie holds only a random token; the database keeps its SHA-256 in a
`UserSession` row. Signing out, an administrator, or a timeout ends the row, and from then on the
cookie is worthless, even if someone kept a copy. Settings: SESSION_IDLE_MINUTES (30) and
SESSION_ABSOLUTE_HOURS (12).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from enum import StrEnum

from flask import current_app, session
from flask_login import login_user
from sqlalchemy import func, select, update

from feedback import audit
from feedback.auth import clock
from feedback.extensions import db
from feedback.models import User, UserSession

TOKEN_KEY = "auth_token"
"""The key of the token in the browser's (signed) Flask session."""

TOUCH_EVERY = timedelta(minutes=1)
"""`last_seen_at` is written at most this often, not on every request."""


class EndReason(StrEnum):
    """Why a session ended; stored in `UserSession.end_reason`."""

    SIGNED_OUT = "signed out"
    IDLE = "idle"
    ABSOLUTE = "absolute"
    ADMIN = "ended by an administrator"
    DEACTIVATED = "account deactivated"
    PASSWORD_CHANGED = "password changed"
    TWO_FACTOR_REQUIRED = "two-factor required"


def hash_token(token: str) -> str:
    """The SHA-256 of a session token, as stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def idle_limit() -> timedelta:
    """How long a session lasts without use."""
    return timedelta(minutes=int(current_app.config.get("SESSION_IDLE_MINUTES", 30)))


def absolute_limit() -> timedelta:
    """How long a session lasts at most, however busy."""
    return timedelta(hours=int(current_app.config.get("SESSION_ABSOLUTE_HOURS", 12)))


def timed_out(row: UserSession, now: datetime, idle: timedelta, absolute: timedelta):
    """Which timeout has ended `row` at `now` (the absolute one first), or None. Pure."""
    if now - row.created_at > absolute:
        return EndReason.ABSOLUTE
    if now - row.last_seen_at > idle:
        return EndReason.IDLE
    return None


def begin(user: User) -> None:
    """Sign `user` in: a fresh browser session holding a new token, and its row (not committed).

    The old Flask session is cleared first, so nothing from before sign-in survives (ASVS 7.2.4).
    """
    now = clock.now()
    token = secrets.token_urlsafe(32)
    db.session.add(
        UserSession(token_hash=hash_token(token), user=user, created_at=now, last_seen_at=now)
    )
    session.clear()
    login_user(user)
    session.pop("_user_id", None)  # the token, not the user id, identifies the user
    session[TOKEN_KEY] = token
    audit.record("auth.sign_in", subject=f"user {user.id}", user=user)


def _end(row: UserSession, reason: EndReason, now: datetime) -> None:
    row.ended_at = now
    row.end_reason = reason.value


def current_row() -> UserSession | None:
    """The session row the browser's token names, ended or not."""
    token = session.get(TOKEN_KEY)
    if not isinstance(token, str) or not token:
        return None
    return db.session.scalar(select(UserSession).where(UserSession.token_hash == hash_token(token)))


def resume() -> tuple[User | None, EndReason | None]:
    """The user of this browser's live session, or (None, why it just ended) (commits changes).

    Run before the view, so committing here never commits a view's half-done work.
    """
    row = current_row()
    if row is None:
        return None, None
    now = clock.now()
    if row.ended_at is not None:
        session.pop(TOKEN_KEY, None)
        return None, None
    reason = timed_out(row, now, idle_limit(), absolute_limit())
    if reason is None and not row.user.active:
        reason = EndReason.DEACTIVATED
    if reason is not None:
        _end(row, reason, now)
        db.session.commit()
        session.pop(TOKEN_KEY, None)
        return None, reason
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
        db.session.commit()
    return row.user, None


def end_current() -> None:
    """End this browser's session on the server (not committed) and forget its token."""
    row = current_row()
    if row is not None and row.ended_at is None:
        _end(row, EndReason.SIGNED_OUT, clock.now())
        audit.record("auth.sign_out", subject=f"user {row.user_id}", user=row.user)
    session.clear()


def end_all(user: User, reason: EndReason, keep_current: bool = False) -> int:
    """End every live session of `user` (not committed); returns how many were ended."""
    live = [UserSession.user_id == user.id, UserSession.ended_at.is_(None)]
    row = current_row() if keep_current else None
    if row is not None:
        live.append(UserSession.id != row.id)
    result = db.session.execute(
        update(UserSession).where(*live).values(ended_at=clock.now(), end_reason=reason.value)
    )
    return result.rowcount or 0


def live_counts(user_ids: list[int]) -> dict[int, int]:
    """How many sessions each user has that are not ended and not timed out, by user id."""
    now = clock.now()
    rows = db.session.execute(
        select(UserSession.user_id, func.count())
        .where(
            UserSession.user_id.in_(user_ids),
            UserSession.ended_at.is_(None),
            UserSession.created_at >= now - absolute_limit(),
            UserSession.last_seen_at >= now - idle_limit(),
        )
        .group_by(UserSession.user_id)
    )
    return {user_id: count for user_id, count in rows}
