"""Retention: after a survey has been closed for its retention period, its written answers and
contact details are deleted and its counts are kept.

What goes: the text of free-text answers and of "Other, please specify" (the answer rows stay,
so every count and base is unchanged), the language analyses made from that text (they hold its
sentences and phrases), unfinished drafts, and follow-up email addresses with the emails owed
to them. What stays: every answer row, choice and number, and the themes on comments (theme
counts), so the results and their downloads are the same except for quotes.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select, update

from feedback import audit
from feedback.extensions import db
from feedback.manage.services import long_date
from feedback.models import (
    Answer,
    CommentAnalysis,
    Draft,
    FollowUp,
    Notification,
    Question,
    Survey,
    SurveyStatus,
)
from feedback.models.columns import utcnow

ENDED = (SurveyStatus.CLOSED, SurveyStatus.ARCHIVED)


def add_months(day: date, months: int) -> date:
    """`day` moved on by `months` calendar months (the 31st becomes the month's last day)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def closed_on(survey: Survey) -> date | None:
    """The day the survey closed: its closing date, or for a survey closed or archived without
    one, the day it was closed. None while it has not closed."""
    if survey.closes_on is not None:
        return survey.closes_on
    if survey.status in ENDED and survey.closed_at is not None:
        return survey.closed_at.date()
    return None


def kept_until(survey: Survey) -> date | None:
    """The last day written answers and contact details are kept; None until the survey closes."""
    closed = closed_on(survey)
    return add_months(closed, survey.retention_months) if closed else None


def is_due(survey: Survey, today: date) -> bool:
    """True when the survey's written answers should be deleted today and have not been."""
    until = kept_until(survey)
    return survey.raw_text_deleted_at is None and until is not None and today > until


@dataclass(frozen=True)
class Deleted:
    """What retention deleted (or would delete) from one survey: counts only."""

    survey_id: int
    slug: str
    kept_until: date
    written_answers: int
    analyses: int
    drafts: int
    contact_details: int

    def summary(self) -> str:
        """One line for the command's output."""
        return (
            f"{self.slug} (kept until {self.kept_until:%Y-%m-%d}): "
            f"{self.written_answers} written answers, the sentences and phrases of "
            f"{self.analyses} comment analyses (their sentiment is kept), "
            f"{self.drafts} unfinished drafts, {self.contact_details} email addresses"
        )


def due_surveys(today: date) -> list[Survey]:
    """Every survey whose written answers are due for deletion on `today`."""
    candidates = db.session.scalars(
        select(Survey).where(Survey.raw_text_deleted_at.is_(None)).order_by(Survey.id)
    )
    return [survey for survey in candidates if is_due(survey, today)]


def _answer_ids(survey: Survey):
    return (
        select(Answer.id)
        .join(Question, Question.id == Answer.question_id)
        .where(Question.survey_id == survey.id)
    )


def _count(query) -> int:
    return db.session.scalar(select(func.count()).select_from(query.subquery())) or 0


def _purge(survey: Survey, now: datetime, dry_run: bool) -> Deleted:
    answers = _answer_ids(survey)
    written = answers.where(Answer.text.is_not(None))
    analyses = select(CommentAnalysis.id).where(CommentAnalysis.answer_id.in_(answers))
    follow_ups = select(FollowUp.id).where(FollowUp.survey_id == survey.id)
    drafts = select(Draft.id).where(Draft.survey_id == survey.id)
    found = Deleted(
        survey_id=survey.id,
        slug=survey.slug,
        kept_until=kept_until(survey),
        written_answers=_count(written),
        analyses=_count(analyses),
        drafts=_count(drafts),
        contact_details=_count(follow_ups),
    )
    if dry_run:
        return found
    db.session.execute(
        update(Answer).where(Answer.id.in_(written)).values(text=None),
        execution_options={"synchronize_session": False},
    )
    for statement in (
        update(CommentAnalysis)
        .where(CommentAnalysis.answer_id.in_(answers))
        .values(sentences=[], noun_phrases=[]),
        delete(Notification).where(Notification.follow_up_id.in_(follow_ups)),
        delete(FollowUp).where(FollowUp.survey_id == survey.id),
        delete(Draft).where(Draft.survey_id == survey.id),
    ):
        db.session.execute(statement, execution_options={"synchronize_session": False})
    survey.raw_text_deleted_at = now
    audit.record(
        "retention.run",
        subject=f"survey {survey.id}",
        written_answers=found.written_answers,
        analyses=found.analyses,
        drafts=found.drafts,
        contact_details=found.contact_details,
    )
    return found


def run_retention(today: date | None = None, dry_run: bool = False) -> list[Deleted]:
    """Delete the written answers and contact details of every survey past its retention
    period, all in one transaction; with `dry_run`, only count what would go."""
    now = utcnow()
    today = today or now.date()
    try:
        done = [_purge(survey, now, dry_run) for survey in due_surveys(today)]
    except Exception:
        db.session.rollback()
        raise
    if dry_run:
        db.session.rollback()
    else:
        db.session.commit()
    return done


def retention_sentence(survey: Survey) -> str:
    """What happens to the survey's written answers, for its staff page."""
    months = f"{survey.retention_months} month{'s' if survey.retention_months != 1 else ''}"
    if survey.raw_text_deleted_at is not None:
        return (
            f"Written answers and contact details were deleted on "
            f"{long_date(survey.raw_text_deleted_at.date())}. The counts and themes are kept."
        )
    until = kept_until(survey)
    if until is None:
        return f"Written answers and contact details are kept for {months} after the survey closes."
    return (
        f"Written answers and contact details are kept until {long_date(until)}, "
        f"{months} after the survey closed on {long_date(closed_on(survey))}."
    )
