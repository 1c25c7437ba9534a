"""What the API says about surveys: the ones a token's owner may see, as JSON-ready records."""

from __future__ import annotations

from datetime import date, datetime

from flask import url_for
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from feedback.auth.permissions import visible_surveys
from feedback.extensions import db
from feedback.models import Response, Survey, User
from feedback.reports.publish import PublishRule

LARGEST_ID = 2**31 - 1
"""Survey ids are 32-bit integers; a longer number in a URL can only be a slug."""


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def survey_record(survey: Survey, responses: int, rule: PublishRule) -> dict:
    """A survey's details and its response count, hidden (None) when small."""
    shown = rule.shown(responses)
    return {
        "id": survey.id,
        "slug": survey.slug,
        "title": survey.title,
        "status": survey.status.value,
        "audiences": [{"slug": a.slug, "name": a.name} for a in survey.audiences],
        "opens_on": _iso(survey.opens_on),
        "closes_on": _iso(survey.closes_on),
        "results_published_at": _iso(survey.results_published_at),
        "responses": shown,
        "responses_suppressed": shown is None,
        "links": {
            "self": url_for("api.survey", survey_ref=survey.id),
            "results": url_for("api.survey_results", survey_ref=survey.id),
        },
    }


def _response_counts(survey_ids: list[int]) -> dict[int, int]:
    if not survey_ids:
        return {}
    rows = db.session.execute(
        select(Response.survey_id, func.count(Response.id))
        .where(Response.survey_id.in_(survey_ids))
        .group_by(Response.survey_id)
    )
    return {survey_id: count for survey_id, count in rows}


def survey_records(user: User, rule: PublishRule) -> list[dict]:
    """Every survey `user` may see, newest first, as records."""
    surveys = db.session.scalars(
        select(Survey)
        .where(visible_surveys(user))
        .options(selectinload(Survey.audiences))
        .order_by(Survey.created_at.desc(), Survey.id.desc())
    ).all()
    counts = _response_counts([survey.id for survey in surveys])
    return [survey_record(survey, counts.get(survey.id, 0), rule) for survey in surveys]


def find_visible_survey(user: User, survey_ref: str) -> Survey | None:
    """The survey with this id (digits) or else slug, if `user` may see it."""
    visible = select(Survey).where(visible_surveys(user))
    if survey_ref.isascii() and survey_ref.isdigit() and int(survey_ref) <= LARGEST_ID:
        found = db.session.scalar(visible.where(Survey.id == int(survey_ref)))
        if found is not None:
            return found
    return db.session.scalar(visible.where(Survey.slug == survey_ref))
