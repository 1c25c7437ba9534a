"""Who a survey hopes to hear from, who was invited, and how far visitors got.

Nothing here identifies a person: targets and invitations are counts staff enter, and the
funnel is a count per survey, day and stage.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.columns import str_enum, utcnow
from feedback.models.reference import Audience, Locality
from feedback.models.surveys import Survey


class TargetPopulation(db.Model):
    """How many people a survey could hear from in one audience, in one locality or in all."""

    __table_args__ = (UniqueConstraint("survey_id", "audience_id", "locality_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    audience_id: Mapped[int] = mapped_column(ForeignKey("audience.id", ondelete="CASCADE"))
    locality_id: Mapped[int | None] = mapped_column(ForeignKey("locality.id", ondelete="CASCADE"))
    size: Mapped[int]

    survey: Mapped[Survey] = relationship()
    audience: Mapped[Audience] = relationship()
    locality: Mapped[Locality | None] = relationship()


class InvitationBatch(db.Model):
    """A batch of invitations sent on one day, e.g. 400 letters to parents in one locality."""

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    sent_on: Mapped[date]
    invited: Mapped[int]
    method: Mapped[str] = mapped_column(String(40))
    audience_id: Mapped[int | None] = mapped_column(ForeignKey("audience.id", ondelete="SET NULL"))
    locality_id: Mapped[int | None] = mapped_column(ForeignKey("locality.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    survey: Mapped[Survey] = relationship()
    audience: Mapped[Audience | None] = relationship()
    locality: Mapped[Locality | None] = relationship()


class FunnelStage(StrEnum):
    """How far a visitor to a survey's open link got."""

    VISITED = "visited"
    STARTED = "started"
    SUBMITTED = "submitted"


class FunnelCount(db.Model):
    """How many sessions reached one stage of one survey on one day (UTC)."""

    survey_id: Mapped[int] = mapped_column(
        ForeignKey("survey.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(primary_key=True)
    stage: Mapped[FunnelStage] = mapped_column(str_enum(FunnelStage), primary_key=True)
    count: Mapped[int] = mapped_column(default=0)
