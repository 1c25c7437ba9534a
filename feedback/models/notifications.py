"""Telling respondents what happened: follow-up sign-ups and the emails owed to them.

A sign-up holds only an email address and the survey: it is stored apart from the answers and
never linked to a response.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.actions import Action
from feedback.models.columns import str_enum, utcnow
from feedback.models.surveys import Survey


class FollowUp(db.Model):
    """Someone who asked to hear what happened after they answered a survey."""

    __table_args__ = (UniqueConstraint("survey_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254))
    unsubscribe_token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    survey: Mapped[Survey] = relationship()


class NotificationStatus(StrEnum):
    """Whether an email has gone."""

    PENDING = "pending"
    SENT = "sent"


class Notification(db.Model):
    """One email owed to one follow-up about one published action: never two for the same."""

    __table_args__ = (UniqueConstraint("follow_up_id", "action_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_up.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    status: Mapped[NotificationStatus] = mapped_column(
        str_enum(NotificationStatus), default=NotificationStatus.PENDING, index=True
    )
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_tried_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]

    follow_up: Mapped[FollowUp] = relationship()
    action: Mapped[Action] = relationship()
