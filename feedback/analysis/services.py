"""Rules shared by the theming pages: who reviews comments, what text others see, counts.

Free-text comments are answers to `long_text` and `short_text` questions ("Other, please
specify" texts are not themed). Only officers and administrators see a comment's raw text;
every other page and export shows it through `display_text`, which redacts personal details.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from flask import current_app
from flask_login import current_user
from sqlalchemy import Select, func, select

from feedback.extensions import db
from feedback.models import FREE_TEXT_TYPES, Answer, CommentAnalysis, Question, Role, Survey
from theming.redaction import redact

REVIEWERS = (Role.ADMIN, Role.OFFICER)


def may_review_comments(user) -> bool:
    """Officers and administrators review comments, edit the codebook and see raw text."""
    return bool(getattr(user, "is_authenticated", False)) and user.role in REVIEWERS


def redact_names() -> tuple[str, ...]:
    """Extra names to redact (schools, staff): the comma-separated `FEEDBACK_REDACT_NAMES`."""
    configured = current_app.config.get("REDACT_NAMES") or ""
    return tuple(name.strip() for name in configured.split(",") if name.strip())


def shown_text(text: str, user) -> str:
    """Comment text as `user` may see it: raw for reviewers, redacted for everyone else."""
    return text if may_review_comments(user) else redact(text, redact_names())


def display_text(answer: Answer, user) -> str:
    """The comment `answer` as `user` may see it (see `shown_text`)."""
    return shown_text(answer.text or "", user)


def text_hash(text: str) -> str:
    """A fingerprint of a comment's text, to notice when it has changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def free_text_comments(*columns) -> Select:
    """A query over every stored free-text comment, selecting `columns` (the answer id if none).

    `Question` is joined, so callers can filter on `Question.survey_id`.
    """
    return (
        select(*(columns or (Answer.id,)))
        .select_from(Answer)
        .join(Question, Question.id == Answer.question_id)
        .where(Question.type.in_(FREE_TEXT_TYPES), Answer.text.is_not(None), Answer.text != "")
    )


@dataclass(frozen=True)
class ReviewShare:
    """How many of a survey's comments a person has reviewed."""

    reviewed: int
    total: int

    @property
    def percent(self) -> int:
        """The share reviewed, rounded down, so 100% means every comment."""
        return self.reviewed * 100 // self.total if self.total else 0


def review_share(survey: Survey) -> ReviewShare:
    """Comments of `survey` reviewed so far, out of all its free-text comments."""
    query = (
        free_text_comments(func.count(Answer.id), func.count(CommentAnalysis.reviewed_at))
        .outerjoin(CommentAnalysis, CommentAnalysis.answer_id == Answer.id)
        .where(Question.survey_id == survey.id)
    )
    total, reviewed = db.session.execute(query).one()
    return ReviewShare(reviewed=reviewed, total=total)


def survey_page_helpers() -> dict:
    """Template helpers for the survey page's "Comments reviewed" line."""
    return {
        "comments_reviewed": review_share,
        "may_review_comments": lambda: may_review_comments(current_user),
    }
