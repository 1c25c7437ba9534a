"""Surveys, their sections, questions and options, as staff build them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from feedback.extensions import db
from feedback.models.columns import str_enum, utcnow
from feedback.models.coproduction import CoproductionRecord
from feedback.models.reference import Area, Audience, Group, Pledge


class SurveyStatus(StrEnum):
    """Where a survey is in its life."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    OPEN = "open"
    CLOSED = "closed"
    ARCHIVED = "archived"

    @property
    def label(self) -> str:
        """The status as staff read it."""
        return self.value.replace("_", " ").capitalize()


class GroupRole(StrEnum):
    """How a co-production group takes part in a survey."""

    CO_AUTHOR = "co_author"
    REVIEWER = "reviewer"

    @property
    def label(self) -> str:
        """The role as staff read it."""
        return {"co_author": "Co-author", "reviewer": "Reviewer"}[self.value]


survey_audience = Table(
    "survey_audience",
    db.metadata,
    Column("survey_id", ForeignKey("survey.id", ondelete="CASCADE"), primary_key=True),
    Column("audience_id", ForeignKey("audience.id", ondelete="CASCADE"), primary_key=True),
)

question_pledge = Table(
    "question_pledge",
    db.metadata,
    Column("question_id", ForeignKey("question.id", ondelete="CASCADE"), primary_key=True),
    Column("pledge_id", ForeignKey("pledge.id", ondelete="CASCADE"), primary_key=True),
)

question_area = Table(
    "question_area",
    db.metadata,
    Column("question_id", ForeignKey("question.id", ondelete="CASCADE"), primary_key=True),
    Column("area_id", ForeignKey("area.id", ondelete="CASCADE"), primary_key=True),
)


class Survey(CoproductionRecord, db.Model):
    """A survey, from first draft to archive."""

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    what_happens_next: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SurveyStatus] = mapped_column(
        str_enum(SurveyStatus), default=SurveyStatus.DRAFT, index=True
    )
    opens_on: Mapped[date | None]
    closes_on: Mapped[date | None]
    ask_locality: Mapped[bool] = mapped_column(default=True)
    young_people_mode: Mapped[bool] = mapped_column(default=False)
    """Asked in young people's mode: 3-point faces, a progress indicator, skippable questions."""
    retention_months: Mapped[int] = mapped_column(default=24)
    """How long after closing raw comments and contact details are kept (aggregates stay)."""
    raw_text_deleted_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    """When the survey last closed (kept when it is archived, cleared when it reopens)."""
    results_published_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    audiences: Mapped[list[Audience]] = relationship(
        secondary=survey_audience, order_by=Audience.position
    )
    group_links: Mapped[list[SurveyGroup]] = relationship(
        back_populates="survey", cascade="all, delete-orphan"
    )
    sections: Mapped[list[Section]] = relationship(
        back_populates="survey", cascade="all, delete-orphan", order_by="Section.position"
    )
    translations: Mapped[list[SurveyTranslation]] = relationship(
        back_populates="survey", cascade="all, delete-orphan", order_by="SurveyTranslation.language"
    )

    @validates("status")
    def _note_closing(self, _key: str, status: SurveyStatus) -> SurveyStatus:
        """Record when the survey closes: retention counts from then when it has no closing
        date (not from `updated_at`, which later edits move on)."""
        ended = (SurveyStatus.CLOSED, SurveyStatus.ARCHIVED)
        if status not in ended:
            self.closed_at = None
        elif self.status not in ended:
            self.closed_at = utcnow()
        return status

    @property
    def groups(self) -> list[Group]:
        """The co-production groups taking part, in any role."""
        return [link.group for link in self.group_links]

    @property
    def questions(self) -> list[Question]:
        """Every question in the order respondents meet them."""
        return [question for section in self.sections for question in section.questions]


class SurveyGroup(db.Model):
    """A co-production group taking part in a survey, as co-author or reviewer."""

    survey_id: Mapped[int] = mapped_column(
        ForeignKey("survey.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[GroupRole] = mapped_column(str_enum(GroupRole), default=GroupRole.CO_AUTHOR)

    survey: Mapped[Survey] = relationship(back_populates="group_links")
    group: Mapped[Group] = relationship()


class Section(db.Model):
    """A titled group of questions within a survey."""

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)

    survey: Mapped[Survey] = relationship(back_populates="sections")
    questions: Mapped[list[Question]] = relationship(
        back_populates="section", cascade="all, delete-orphan", order_by="Question.position"
    )


class Question(db.Model):
    """A question; `key` is stable across waves so results compare wave on wave."""

    __table_args__ = (UniqueConstraint("survey_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("section.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(60))
    type: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    hint: Mapped[str] = mapped_column(Text, default="")
    easy_read: Mapped[str] = mapped_column(Text, default="")
    picture: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    """An optional picture or symbol shown with the question (PNG, JPEG, GIF or WebP)."""
    picture_type: Mapped[str | None] = mapped_column(String(40))
    picture_alt: Mapped[str] = mapped_column(Text, default="")
    required: Mapped[bool] = mapped_column(default=True)
    allow_other: Mapped[bool] = mapped_column(default=False)
    minimum: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    maximum: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    condition_question: Mapped[str | None] = mapped_column(String(60))
    condition_operator: Mapped[str | None] = mapped_column(String(10))
    condition_value: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(default=0)

    survey: Mapped[Survey] = relationship()
    section: Mapped[Section] = relationship(back_populates="questions")
    options: Mapped[list[QuestionOption]] = relationship(
        back_populates="question", cascade="all, delete-orphan", order_by="QuestionOption.position"
    )
    pledges: Mapped[list[Pledge]] = relationship(
        secondary=question_pledge, order_by=Pledge.position
    )
    areas: Mapped[list[Area]] = relationship(secondary=question_area, order_by=Area.number)


class QuestionOption(db.Model):
    """A staff-written answer option of a single or multiple choice question."""

    __table_args__ = (UniqueConstraint("question_id", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)

    question: Mapped[Question] = relationship(back_populates="options")


class SurveyTranslation(db.Model):
    """A survey's content in another language: every string keyed as `surveys.translation`
    names it. Respondents are offered the language only when `offered` and complete."""

    __table_args__ = (UniqueConstraint("survey_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(10))
    strings: Mapped[dict] = mapped_column(JSON, default=dict)
    offered: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    survey: Mapped[Survey] = relationship(back_populates="translations")
