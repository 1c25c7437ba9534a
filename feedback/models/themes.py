"""Theming free-text comments: the codebook, what the machine found, and what people decided.

A comment is an `Answer` to a `long_text` or `short_text` question. The pure `theming` package
analyses and classifies it; these tables keep the results. Machine suggestions never overwrite a
human decision: a theme a person accepted or rejected on a comment stays that way.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.columns import str_enum, utcnow
from feedback.models.reference import Area
from feedback.models.responses import BIG_ID, Answer
from feedback.models.users import User
from theming.model import SentimentLabel

FREE_TEXT_TYPES = ("long_text", "short_text")
"""Question types whose answers are themed. "Other, please specify" texts are not."""


class ThemeSource(StrEnum):
    """Who put a theme on a comment."""

    MACHINE = "machine"
    HUMAN = "human"


class Decision(StrEnum):
    """Where a theme on a comment stands: machine rows are suggestions, human rows decisions."""

    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class CodebookTheme(db.Model):
    """A theme of the codebook, under one of the 13 areas. Shared across surveys and waves.

    `phrases` are key phrases (a JSON list of strings). A retired theme is never suggested;
    one merged into another keeps `merged_into_id` so old links still make sense.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    phrases: Mapped[list] = mapped_column(JSON, default=list)
    examples: Mapped[list] = mapped_column(JSON, default=list)
    retired: Mapped[bool] = mapped_column(default=False)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("codebook_theme.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    area: Mapped[Area] = relationship()
    merged_into: Mapped[CodebookTheme | None] = relationship(remote_side=[id])


class CommentAnalysis(db.Model):
    """What the language pipeline found in one comment, and whether a person has reviewed it.

    `text_hash` is the SHA-256 of the text analysed, so a changed comment is analysed again.
    `sentences` is a JSON list of {"text", "polarity"}; `noun_phrases` a JSON list of strings.
    """

    __table_args__ = (Index("ix_comment_analysis_reviewed_english", "reviewed_at", "is_english"),)

    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"), unique=True)
    text_hash: Mapped[str] = mapped_column(String(64))
    polarity: Mapped[float] = mapped_column(Float)
    sentiment: Mapped[SentimentLabel] = mapped_column(str_enum(SentimentLabel), index=True)
    sentences: Mapped[list] = mapped_column(JSON, default=list)
    noun_phrases: Mapped[list] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(20))
    is_english: Mapped[bool] = mapped_column(default=True)
    truncated: Mapped[bool] = mapped_column(default=False)
    analysed_at: Mapped[datetime] = mapped_column(default=utcnow)
    reviewed_at: Mapped[datetime | None]
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    answer: Mapped[Answer] = relationship()
    reviewed_by: Mapped[User | None] = relationship()


class CommentTheme(db.Model):
    """A theme on a comment: a machine suggestion with its score, or a person's decision."""

    __table_args__ = (
        UniqueConstraint("answer_id", "theme_id"),
        Index("ix_comment_theme_theme_decision", "theme_id", "decision"),
    )

    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"))
    theme_id: Mapped[int] = mapped_column(ForeignKey("codebook_theme.id", ondelete="CASCADE"))
    source: Mapped[ThemeSource] = mapped_column(str_enum(ThemeSource))
    decision: Mapped[Decision] = mapped_column(str_enum(Decision))
    score: Mapped[float | None] = mapped_column(Float)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)

    theme: Mapped[CodebookTheme] = relationship()


class ThemeAudit(db.Model):
    """One human change to a comment's themes or to the codebook. Rows are only ever added.

    `before` and `after` are JSON snapshots of what changed (a comment's themes and reviewed
    state, or a theme's fields). `answer_id` and `theme_id` are plain ids, not foreign keys, so
    the history outlives the rows it describes.
    """

    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    answer_id: Mapped[int | None] = mapped_column(BIG_ID, index=True)
    theme_id: Mapped[int | None] = mapped_column(index=True)
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)

    user: Mapped[User | None] = relationship()
