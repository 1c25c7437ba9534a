"""What respondents send: responses, their answers, and unfinished drafts.

No name or contact detail is ever stored here.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.columns import str_enum, utcnow
from feedback.models.reference import Audience, Locality
from feedback.models.surveys import Survey

BIG_ID = BigInteger().with_variant(Integer, "sqlite")


class Channel(StrEnum):
    """How a response reached us."""

    ONLINE = "online"
    PAPER = "paper"
    EVENT = "event"
    IMPORT = "import"

    @property
    def label(self) -> str:
        """The channel as staff read it."""
        return self.value.capitalize()


class Mode(StrEnum):
    """How the questions were worded for the respondent."""

    STANDARD = "standard"
    EASY_READ = "easy_read"

    @property
    def label(self) -> str:
        """The mode as staff read it."""
        return {"standard": "Standard", "easy_read": "Easy read"}[self.value]


class Response(db.Model):
    """One respondent's submitted answers to one survey, stored whole or not at all."""

    __table_args__ = (Index("ix_response_survey_submitted", "survey_id", "submitted_at"),)

    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    submission_token: Mapped[str] = mapped_column(String(64), unique=True)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    channel: Mapped[Channel] = mapped_column(str_enum(Channel), default=Channel.ONLINE)
    mode: Mapped[Mode] = mapped_column(str_enum(Mode), default=Mode.STANDARD)
    language: Mapped[str] = mapped_column(String(10), default="en")
    audience_id: Mapped[int | None] = mapped_column(
        ForeignKey("audience.id", ondelete="SET NULL"), index=True
    )
    locality_id: Mapped[int | None] = mapped_column(
        ForeignKey("locality.id", ondelete="SET NULL"), index=True
    )
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("response_import.id", ondelete="SET NULL"), index=True
    )

    survey: Mapped[Survey] = relationship()
    audience: Mapped[Audience | None] = relationship()
    locality: Mapped[Locality | None] = relationship()
    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(db.Model):
    """One stored value of an answer: multiple choice stores a row per option picked.

    `choice` holds an option value ("other" with `text` for "Other, please specify");
    `number` holds numbers and ratings (a rating also sets `choice`); `text` holds free text.
    """

    __table_args__ = (
        Index("ix_answer_question_choice_response", "question_id", "choice", "response_id"),
        Index("ix_answer_question_response", "question_id", "response_id"),
        Index("ix_answer_question_number", "question_id", "number", "response_id"),
    )

    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"))
    choice: Mapped[str | None] = mapped_column(String(60))
    number: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    text: Mapped[str | None] = mapped_column(Text)

    response: Mapped[Response] = relationship(back_populates="answers")


class Draft(db.Model):
    """Answers a respondent has given so far, kept between pages until they submit.

    `token` is random and held only in the respondent's session cookie; it becomes the
    response's `submission_token`, which is what makes submitting idempotent.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    answers: Mapped[dict] = mapped_column(JSON, default=dict)
    mode: Mapped[Mode] = mapped_column(str_enum(Mode), default=Mode.STANDARD)
    language: Mapped[str] = mapped_column(String(10), default="en")
    resume_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    """SHA-256 of the "come back later" code, while one is live (the code itself is not kept)."""
    resume_expires_at: Mapped[datetime | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)

    survey: Mapped[Survey] = relationship()
