"""Throttling sign-in (ASVS 6.3.1): after too many failures for an email, it is locked a while.

Unknown emails are counted and locked exactly like real accounts, so the answer never says
whether an account exists. Settings: SIGN_IN_MAX_ATTEMPTS failures within
SIGN_IN_WINDOW_MINUTES lock the email for SIGN_IN_LOCK_MINUTES.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import delete, select

from feedback import audit
from feedback.extensions import db
from feedback.models import SignInAttempt, User


def _setting(key: str, default: int) -> int:
    return int(current_app.config.get(key, default))


def max_attempts() -> int:
    """How many failures lock an email."""
    return _setting("SIGN_IN_MAX_ATTEMPTS", 5)


def lock_minutes() -> int:
    """How long a lock lasts."""
    return _setting("SIGN_IN_LOCK_MINUTES", 15)


def _window() -> timedelta:
    return timedelta(minutes=_setting("SIGN_IN_WINDOW_MINUTES", 15))


def lock_ends(attempt_times: list[datetime], limit: int, window: timedelta, lock: timedelta):
    """When the lock from these failures (newest first) ends, or None if they make no lock.

    Pure: `limit` failures within `window` lock until `lock` after the newest of them.
    """
    if limit < 1 or len(attempt_times) < limit:
        return None
    newest, oldest = attempt_times[0], attempt_times[limit - 1]
    if newest - oldest > window:
        return None
    return newest + lock


def _recent_failures(email: str) -> list[datetime]:
    rows = db.session.scalars(
        select(SignInAttempt.at)
        .where(SignInAttempt.email == email)
        .order_by(SignInAttempt.at.desc(), SignInAttempt.id.desc())
        .limit(max_attempts())
    )
    return list(rows)


def is_locked(email: str, user: User | None, now: datetime) -> bool:
    """True while `email` (and its account, if any) may not sign in."""
    if user is not None and user.locked_until is not None and user.locked_until > now:
        return True
    ends = lock_ends(
        _recent_failures(email), max_attempts(), _window(), timedelta(minutes=lock_minutes())
    )
    return ends is not None and ends > now


def record_failure(email: str, user: User | None, masked: str, now: datetime) -> bool:
    """Count a failed sign-in (not committed); True when it locks the email."""
    db.session.add(SignInAttempt(email=email, at=now))
    db.session.flush()
    lock = timedelta(minutes=lock_minutes())
    ends = lock_ends(_recent_failures(email), max_attempts(), _window(), lock)
    if ends is None:
        return False
    if user is not None:
        user.locked_until = ends
    audit.record("auth.locked", subject=masked, user=user, minutes=lock_minutes())
    return True


def clear(email: str, user: User | None) -> None:
    """Forget the failures of `email` and any lock on its account (not committed)."""
    db.session.execute(delete(SignInAttempt).where(SignInAttempt.email == email))
    if user is not None:
        user.locked_until = None
