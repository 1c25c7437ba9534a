"""Co-production: the record of how families took part, and review rounds with sign-off.

A review round is the one mechanism by which co-producing groups check a draft before it goes
out: a survey before it opens, or an action ("we did") before it is published. Members comment
(on the whole draft or on one question) and may suggest wording; the author resolves each
comment; each group signs off, with any objection it wants on record.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.columns import str_enum, utcnow
from feedback.models.reference import Group

if TYPE_CHECKING:
    from feedback.models.actions import Action
    from feedback.models.surveys import Question, Survey
    from feedback.models.users import User


class Stage(StrEnum):
    """A stage of the work at which families can be involved, in the order work happens."""

    IDEA = "idea"
    DESIGN = "design"
    QUESTIONS = "questions"
    ANALYSIS = "analysis"
    REPLY = "reply"

    @property
    def label(self) -> str:
        """The stage as people read it."""
        return self.value


class Level(StrEnum):
    """A rung of the ladder of participation, lowest first."""

    INFORM = "inform"
    CONSULT = "consult"
    ENGAGE = "engage"
    CO_PRODUCE = "co_produce"

    @property
    def label(self) -> str:
        """The level as people read it."""
        return {"co_produce": "Co-produce"}.get(self.value, self.value.capitalize())

    @property
    def rank(self) -> int:
        """0 for inform up to 3 for co-produce."""
        return list(Level).index(self)


class CoproductionRecord:
    """Columns recording how families took part in a piece of work (a survey or an action).

    `stages` holds the stages families took part in, as comma-separated `Stage` values.
    """

    coproduction_level: Mapped[Level | None] = mapped_column(str_enum(Level), nullable=True)
    coproduction_stages: Mapped[str] = mapped_column(String(100), default="")

    @property
    def stages(self) -> list[Stage]:
        """The stages families took part in, in the order work happens."""
        chosen = {value for value in self.coproduction_stages.split(",") if value}
        return [stage for stage in Stage if stage.value in chosen]

    @stages.setter
    def stages(self, stages: list[Stage]) -> None:
        self.coproduction_stages = ",".join(stage.value for stage in Stage if stage in set(stages))

    @property
    def first_involved(self) -> Stage | None:
        """The earliest stage at which families were involved, if any."""
        stages = self.stages
        return stages[0] if stages else None


class Resolution(StrEnum):
    """How the author answered a review comment."""

    ACCEPTED = "accepted"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        """The resolution as people read it."""
        return self.value.capitalize()


class ReviewRound(db.Model):
    """A review of a draft survey or action, open to named co-producing groups."""

    __table_args__ = (
        CheckConstraint("(survey_id IS NULL) <> (action_id IS NULL)", name="one_subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int | None] = mapped_column(
        ForeignKey("survey.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]

    survey: Mapped[Survey | None] = relationship()
    action: Mapped[Action | None] = relationship()
    started_by: Mapped[User | None] = relationship()
    group_links: Mapped[list[ReviewGroup]] = relationship(
        back_populates="round", cascade="all, delete-orphan"
    )
    comments: Mapped[list[ReviewComment]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="ReviewComment.id"
    )
    sign_offs: Mapped[list[SignOff]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="SignOff.signed_at"
    )

    @property
    def groups(self) -> list[Group]:
        """The groups the round is open to."""
        return [link.group for link in self.group_links]


class ReviewGroup(db.Model):
    """A group a review round is open to."""

    round_id: Mapped[int] = mapped_column(
        ForeignKey("review_round.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), primary_key=True
    )

    round: Mapped[ReviewRound] = relationship(back_populates="group_links")
    group: Mapped[Group] = relationship()


class ReviewComment(db.Model):
    """A member's comment on a draft, or on one of its questions, with any suggested wording."""

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("review_round.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("group.id", ondelete="SET NULL"))
    question_id: Mapped[int | None] = mapped_column(ForeignKey("question.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    suggested_wording: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolution: Mapped[Resolution | None] = mapped_column(str_enum(Resolution), nullable=True)
    resolution_reason: Mapped[str] = mapped_column(Text, default="")
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    resolved_at: Mapped[datetime | None]

    round: Mapped[ReviewRound] = relationship(back_populates="comments")
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    group: Mapped[Group | None] = relationship()
    question: Mapped[Question | None] = relationship()
    resolved_by: Mapped[User | None] = relationship(foreign_keys=[resolved_by_id])


class SignOff(db.Model):
    """A group's sign-off of a review round: who signed, when, and any objection on record."""

    __table_args__ = (UniqueConstraint("round_id", "group_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("review_round.id", ondelete="CASCADE"))
    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
    objection: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[ReviewRound] = relationship(back_populates="sign_offs")
    group: Mapped[Group] = relationship()
    user: Mapped[User | None] = relationship()
