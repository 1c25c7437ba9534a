"""Which surveys' results are public, and publishing or withdrawing them.

A survey's results are public while `results_published_at` is set and the survey is closed or
archived: reopening a survey takes its results off the public pages until it closes again, so
the public never sees figures that are still changing. Everything public has small numbers
suppressed at `SUPPRESSION_THRESHOLD`.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import selectinload

from feedback.extensions import db
from feedback.manage.services import long_date
from feedback.models import Response, Survey, SurveyStatus
from feedback.models.columns import utcnow
from feedback.reports.publish import PublishRule

PUBLISHABLE_STATUSES = frozenset({SurveyStatus.CLOSED, SurveyStatus.ARCHIVED})


def suppression_threshold() -> int:
    """The smallest count that may be published (`FEEDBACK_SUPPRESSION_THRESHOLD`, 5 by default).

    Raises ValueError for a setting below 1, which would publish every count.
    """
    threshold = current_app.config["SUPPRESSION_THRESHOLD"]
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise ValueError(
            f"FEEDBACK_SUPPRESSION_THRESHOLD must be a whole number from 1 up, not {threshold!r}"
        )
    return threshold


def is_public() -> ColumnElement[bool]:
    """A filter on `Survey` matching surveys whose results the public may see."""
    return Survey.results_published_at.is_not(None) & Survey.status.in_(PUBLISHABLE_STATUSES)


def results_are_public(survey: Survey) -> bool:
    """Whether the public can see the results of `survey` now."""
    return survey.results_published_at is not None and survey.status in PUBLISHABLE_STATUSES


def published_survey(slug: str) -> Survey:
    """The survey with `slug` if its results are public, else a 404 page."""
    return db.first_or_404(select(Survey).where(Survey.slug == slug, is_public()))


def survey_by_slug(slug: str) -> Survey:
    """The survey with `slug`, published or not, or a 404 page (for staff pages)."""
    return db.first_or_404(select(Survey).where(Survey.slug == slug))


@dataclass(frozen=True)
class PublishedSurvey:
    """One line of the list of published results: the response count is None when hidden."""

    survey: Survey
    responses: int | None

    @property
    def audiences(self) -> str:
        """Who the survey asked, like "Parents and carers, Education settings"."""
        return ", ".join(audience.name for audience in self.survey.audiences)


def published_surveys() -> list[PublishedSurvey]:
    """Every survey with public results, most recently closed first, with its response count
    (hidden from 1 to threshold − 1)."""
    rule = PublishRule(suppression_threshold())
    responses = (
        select(Response.survey_id, func.count(Response.id).label("count"))
        .group_by(Response.survey_id)
        .subquery()
    )
    rows = db.session.execute(
        select(Survey, func.coalesce(responses.c.count, 0))
        .outerjoin(responses, responses.c.survey_id == Survey.id)
        .where(is_public())
        .order_by(Survey.closes_on.desc().nulls_last(), Survey.title)
        .options(selectinload(Survey.audiences))
    )
    return [PublishedSurvey(survey, rule.shown(count)) for survey, count in rows]


def publish_refusal(survey: Survey) -> str | None:
    """Why the results of `survey` cannot be published now, or None if they can."""
    if survey.status not in PUBLISHABLE_STATUSES:
        return (
            f"‘{survey.title}’ is {survey.status.label.lower()}, so its results cannot be "
            "published yet. Close the survey first: results are published only once a survey "
            "has closed."
        )
    if survey.results_published_at is not None:
        return (
            f"The results of ‘{survey.title}’ were published on "
            f"{long_date(survey.results_published_at)}."
        )
    return None


def publish(survey: Survey) -> None:
    """Make the results of `survey` public from now (check `publish_refusal` first)."""
    survey.results_published_at = utcnow()
    db.session.commit()


def withdraw(survey: Survey) -> None:
    """Take the results of `survey` off the public pages."""
    survey.results_published_at = None
    db.session.commit()
