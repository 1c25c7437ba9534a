"""The time the sign-in rules use: one function, so tests can move the clock."""

from __future__ import annotations

from datetime import datetime

from feedback.models.columns import utcnow


def now() -> datetime:
    """The current time in UTC, without tzinfo, as the models store it."""
    return utcnow()
