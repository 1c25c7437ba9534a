"""KPIs and survey data built by hand, so every KPI value can be checked exactly."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from flask import Flask
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import (
    Area,
    Audience,
    Kpi,
    KpiDirection,
    KpiPeriod,
    KpiSource,
    KpiUnit,
    KpiValue,
    Locality,
    Survey,
    SurveyStatus,
    TargetPopulation,
)
from tests.factories import every_type_definition, make_survey
from tests.feedback.reports.helpers import add_responses

PARENTS = "parents-and-carers"
SETTINGS = "education-settings"
Q1 = datetime(2026, 5, 10, 12)  # in Q1 2026-27 (April to June 2026)
Q2 = datetime(2026, 8, 10, 12)  # in Q2 2026-27 (July to September 2026)


def make_kpi(app: Flask, slug: str = "satisfaction", **fields) -> int:
    """A KPI (by default a quarterly 'listened-to' survey KPI for parents); returns its id."""
    values = fields.pop("values", {})
    audience = fields.pop("audience", PARENTS)
    area = fields.pop("area", "parental-engagement")
    with app.app_context():
        kpi = Kpi(
            slug=slug,
            name=fields.pop("name", slug.replace("-", " ").capitalize()),
            definition=fields.pop("definition", "How it is measured."),
            owner=fields.pop("owner", "Head of SEND"),
            unit=fields.pop("unit", KpiUnit.PERCENT),
            direction=fields.pop("direction", KpiDirection.UP),
            period=fields.pop("period", KpiPeriod.QUARTER),
            source=fields.pop("source", KpiSource.ANSWERS),
            target=fields.pop("target", Decimal(60)),
            amber_threshold=fields.pop("amber_threshold", Decimal(50)),
            question_key=fields.pop("question_key", "listened-to"),
            positive_values=fields.pop("positive_values", ["strongly_agree", "agree"]),
            audience=db.session.scalar(select(Audience).where(Audience.slug == audience)),
            area=db.session.scalar(select(Area).where(Area.slug == area)),
            **fields,
        )
        kpi.values = [
            KpiValue(period_start=start, value=Decimal(str(value)))
            for start, value in values.items()
        ]
        db.session.add(kpi)
        db.session.commit()
        return kpi.id


def answered_survey(app: Flask, slug: str = "wave-one") -> int:
    """Parents' answers to 'listened-to' in two quarters, and settings' in the second.

    Q1 2026-27: 8 positive of a base of 9 (2 more said "Don't know").
    Q2 2026-27: 2 positive of 8 parents (4 more said "Don't know"); 10 settings all agree.
    """
    survey = make_survey(app, every_type_definition(slug))
    for answer, count in [("strongly_agree", 3), ("agree", 5), ("disagree", 1), ("dont_know", 2)]:
        add_responses(
            app, survey, count, {"listened-to": answer}, audience=PARENTS, submitted_at=Q1
        )
    for answer, count in [("agree", 2), ("disagree", 6), ("dont_know", 4)]:
        add_responses(
            app, survey, count, {"listened-to": answer}, audience=PARENTS, submitted_at=Q2
        )
    add_responses(app, survey, 10, {"listened-to": "agree"}, audience=SETTINGS, submitted_at=Q2)
    return survey


def set_dates(
    app: Flask, survey_id: int, status: SurveyStatus, opens_on: date, closes_on: date | None
) -> None:
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        survey.status, survey.opens_on, survey.closes_on = status, opens_on, closes_on
        db.session.commit()


def set_target(app: Flask, survey_id: int, size: int, audience=PARENTS, locality=None) -> None:
    with app.app_context():
        db.session.add(
            TargetPopulation(
                survey_id=survey_id,
                audience_id=db.session.scalar(select(Audience.id).where(Audience.slug == audience)),
                locality_id=db.session.scalar(select(Locality.id).where(Locality.slug == locality)),
                size=size,
            )
        )
        db.session.commit()
