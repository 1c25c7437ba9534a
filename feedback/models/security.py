"""Security records: staff sign-in sessions, failed sign-ins, and the append-only audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.columns import utcnow
from feedback.models.users import User


class UserSession(db.Model):
    """One signed-in browser of a staff member, kept on the server so it can be ended.

    The browser's cookie holds only `token`'s value; signing out, an admin ending the
    sessions, or the idle or absolute timeout sets `ended_at`, after which the cookie is useless.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str] = mapped_column(String(40), default="")

    user: Mapped[User] = relationship()


class SignInAttempt(db.Model):
    """A failed sign-in, for throttling and lockout. Stores no password and no IP address."""

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class AuditEvent(db.Model):
    """An entry in the append-only audit log: who did what, when, to what.

    Nothing in the app updates or deletes these rows. `detail` never holds personal data about
    respondents (no comment text, no email addresses of respondents).
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    event: Mapped[str] = mapped_column(String(60), index=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)

    user: Mapped[User | None] = relationship()
