"""Each KPI's values per period, its rating, its change and, for survey KPIs, a significance test.

Survey KPIs are counted in SQL (responses per calendar month, by the UTC date they were sent),
then the months are added up into the KPI's periods:

- `answers`: of the responses that answered a question with the KPI's `question_key` (in any
  survey, only from the KPI's audience when it has one), the base is those whose answer is not
  outside the base ("Don't know"), the numerator those who chose a positive value; the value is
  numerator ÷ base × 100.
- `response_rate`: for each survey with a target population, responses (from the KPI's
  audience) ÷ the target (the audience's all-localities figure, else the sum of its locality
  figures), counted in the period the survey closed, or opened if it is still open. Surveys
  in the same period are added together.
- `entered`: the values staff entered or imported.
- `themes_answered`, `days_to_reply`, `actions_overdue`: closing-the-loop measures worked out
  from surveys and actions by `feedback.yousaid.loop.loop_points` (see docs/you-said-we-did.md).

`kpi_statuses` and `kpi_record` are what the pages, the command line and the API use.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, case, extract, func, or_, select
from sqlalchemy.orm import selectinload

from feedback.extensions import db
from feedback.models import (
    Answer,
    Kpi,
    KpiDirection,
    KpiSource,
    KpiUnit,
    Question,
    Response,
    Survey,
    SurveyStatus,
    TargetPopulation,
)
from feedback.yousaid.loop import LOOP_SOURCES, loop_points
from stats.kpis import Change, Rag, period_label, period_start, rag_rating
from stats.proportions import ProportionChange, two_proportion_test
from stats.suppression import is_small, publishable_percent, suppress_counts
from surveys.types import QUESTION_TYPES


@dataclass(frozen=True)
class KpiPoint:
    """A KPI's value for one period. Survey KPIs keep the counts the value is built from."""

    period_start: date
    label: str
    value: float
    numerator: int | None = None
    denominator: int | None = None


@dataclass(frozen=True)
class KpiStatus:
    """Where a KPI stands: its points (oldest first), the latest two, rating, change and test."""

    kpi: Kpi
    points: tuple[KpiPoint, ...]
    latest: KpiPoint | None
    previous: KpiPoint | None
    rag: Rag | None
    change: Change | None
    test: ProportionChange | None


def higher_is_better(kpi: Kpi) -> bool:
    """True when a rise in the KPI is good news."""
    return kpi.direction == KpiDirection.UP


def as_float(value: Decimal | None) -> float | None:
    """A stored number as a float, None kept."""
    return None if value is None else float(value)


# Survey answers ----------------------------------------------------------------------------------


MonthCounts = dict[date, tuple[int, int]]
"""(numerator, denominator) for each calendar month, by the month's first day."""


def _months(counts: Iterable[tuple[float, float, int, int]]) -> MonthCounts:
    return {date(int(year), int(month), 1): (top, bottom) for year, month, top, bottom in counts}


def _sent_by(until: date | None) -> list[ColumnElement[bool]]:
    """Conditions keeping responses sent on or before `until` (none when it is None)."""
    if until is None:
        return []
    return [Response.submitted_at < datetime.combine(until + timedelta(days=1), time())]


def _answer_months(kpi: Kpi, until: date | None) -> MonthCounts:
    """Positive answers and the base per month, for an `answers` KPI."""
    if not kpi.question_key:
        return {}
    types = set(db.session.scalars(select(Question.type).where(Question.key == kpi.question_key)))
    outside = {value for name in types for value in QUESTION_TYPES[name].outside_base}
    positive = set(kpi.positive_values or ()) - outside
    responder = Answer.response_id
    in_base = or_(Answer.choice.is_(None), Answer.choice.not_in(outside)) if outside else None
    sent = Response.submitted_at
    query = (
        select(
            extract("year", sent),
            extract("month", sent),
            func.count(case((Answer.choice.in_(positive), responder)).distinct()),
            func.count(
                (case((in_base, responder)) if in_base is not None else responder).distinct()
            ),
        )
        .join(Response, Response.id == Answer.response_id)
        .join(Question, Question.id == Answer.question_id)
        .where(Question.key == kpi.question_key, *_sent_by(until))
        .group_by(extract("year", sent), extract("month", sent))
    )
    if kpi.audience_id is not None:
        query = query.where(Response.audience_id == kpi.audience_id)
    return _months(db.session.execute(query))


# Response rates ----------------------------------------------------------------------------------


def _reporting_day(survey: Survey) -> date | None:
    """The day a survey's response rate counts in: when it closed, or opened if still open."""
    if survey.status == SurveyStatus.OPEN:
        return survey.opens_on or survey.created_at.date()
    if survey.status in (SurveyStatus.CLOSED, SurveyStatus.ARCHIVED):
        return survey.closes_on or survey.opens_on or survey.created_at.date()
    return None


def _targets(kpi: Kpi) -> dict[int, int]:
    """Each survey's target population for the KPI's audience (or all audiences)."""
    query = select(
        TargetPopulation.survey_id,
        TargetPopulation.audience_id,
        TargetPopulation.locality_id,
        TargetPopulation.size,
    )
    if kpi.audience_id is not None:
        query = query.where(TargetPopulation.audience_id == kpi.audience_id)
    whole: dict[tuple[int, int], int] = {}
    by_locality: dict[tuple[int, int], int] = defaultdict(int)
    for survey_id, audience_id, locality_id, size in db.session.execute(query):
        if locality_id is None:
            whole[survey_id, audience_id] = size
        else:
            by_locality[survey_id, audience_id] += size
    targets: dict[int, int] = defaultdict(int)
    for key in whole.keys() | by_locality.keys():
        targets[key[0]] += whole.get(key, by_locality[key])
    return {survey_id: size for survey_id, size in targets.items() if size > 0}


def _rate_periods(kpi: Kpi, until: date | None) -> dict[date, tuple[int, int]]:
    """Responses and target populations per period, for a `response_rate` KPI."""
    targets = _targets(kpi)
    if not targets:
        return {}
    query = (
        select(Response.survey_id, func.count(Response.id))
        .where(Response.survey_id.in_(list(targets)), *_sent_by(until))
        .group_by(Response.survey_id)
    )
    if kpi.audience_id is not None:
        query = query.where(Response.audience_id == kpi.audience_id)
    responses = dict(db.session.execute(query).all())
    periods: dict[date, tuple[int, int]] = {}
    for survey in db.session.scalars(select(Survey).where(Survey.id.in_(list(targets)))):
        day = _reporting_day(survey)
        if day is None or (until is not None and day > until):
            continue
        start = period_start(day, kpi.period)
        top, bottom = periods.get(start, (0, 0))
        periods[start] = (top + responses.get(survey.id, 0), bottom + targets[survey.id])
    return periods


# Points, statuses and records --------------------------------------------------------------------


def _by_period(kpi: Kpi, months: MonthCounts) -> dict[date, tuple[int, int]]:
    periods: dict[date, tuple[int, int]] = {}
    for month, (top, bottom) in months.items():
        start = period_start(month, kpi.period)
        old_top, old_bottom = periods.get(start, (0, 0))
        periods[start] = (old_top + top, old_bottom + bottom)
    return periods


def kpi_points(kpi: Kpi, until: date | None = None) -> tuple[KpiPoint, ...]:
    """The KPI's value for every period it has one, oldest first.

    With `until`, only periods starting by then count, and survey KPIs count only the
    responses sent by then, so a report for an earlier period shows what was known then.
    """
    if kpi.source == KpiSource.ENTERED:
        return tuple(
            KpiPoint(
                entry.period_start, period_label(entry.period_start, kpi.period), float(entry.value)
            )
            for entry in sorted(kpi.values, key=lambda value: value.period_start)
        )
    if kpi.source in LOOP_SOURCES:
        return tuple(
            KpiPoint(
                point.start,
                period_label(point.start, kpi.period),
                point.value,
                point.numerator,
                point.denominator,
            )
            for point in loop_points(kpi.source, kpi.period, until)
        )
    if kpi.source == KpiSource.ANSWERS:
        counts = _by_period(kpi, _answer_months(kpi, until))
    else:
        counts = _rate_periods(kpi, until)
    return tuple(
        KpiPoint(start, period_label(start, kpi.period), 100 * top / bottom, top, bottom)
        for start, (top, bottom) in sorted(counts.items())
        if bottom > 0
    )


def _test(latest: KpiPoint | None, previous: KpiPoint | None) -> ProportionChange | None:
    """The two-proportion test between the latest two points, when both are proportions."""
    if latest is None or previous is None:
        return None
    counts = (previous.numerator, previous.denominator, latest.numerator, latest.denominator)
    if None in counts or previous.numerator > previous.denominator:
        return None
    if latest.numerator > latest.denominator:
        return None
    return two_proportion_test(*counts)


def kpi_status(kpi: Kpi, until: date | None = None) -> KpiStatus:
    """Where `kpi` stands, as known at the end of the day `until` (now when None)."""
    points = kpi_points(kpi, until)
    latest = points[-1] if points else None
    previous = points[-2] if len(points) > 1 else None
    better_up = higher_is_better(kpi)
    return KpiStatus(
        kpi=kpi,
        points=points,
        latest=latest,
        previous=previous,
        rag=rag_rating(
            latest.value if latest else None,
            as_float(kpi.target),
            as_float(kpi.amber_threshold),
            better_up,
        ),
        change=Change(previous.value, latest.value, better_up) if latest and previous else None,
        # Overdue shares at two period ends count many of the same actions: not two samples.
        test=None if kpi.source == KpiSource.ACTIONS_OVERDUE else _test(latest, previous),
    )


def all_kpis() -> list[Kpi]:
    """Every KPI in the register's order."""
    return list(
        db.session.scalars(
            select(Kpi)
            .order_by(Kpi.position, Kpi.id)
            .options(selectinload(Kpi.values), selectinload(Kpi.area), selectinload(Kpi.audience))
        )
    )


def kpi_statuses(
    kpis: Sequence[Kpi] | None = None, *, until: date | None = None
) -> list[KpiStatus]:
    """The status of each of `kpis` (every KPI, in the register's order, by default).

    With `until`, as known at the end of that day (see `kpi_points`), as a board report for an
    earlier period needs.
    """
    return [kpi_status(kpi, until) for kpi in (all_kpis() if kpis is None else kpis)]


@dataclass(frozen=True)
class PublishedPoint:
    """What of a KPI's point may be published: None wherever a figure is hidden."""

    value: float | None
    numerator: int | None
    denominator: int | None


def published_point(point: KpiPoint, unit: KpiUnit, threshold: int | None) -> PublishedPoint:
    """What of a point may be published: small counts hidden, and percentages built on them.

    A proportion publishes its numerator and base, so the rest of the base (base − numerator)
    is protected too, as in any row of counts with its total.
    """
    if threshold is None:
        return PublishedPoint(point.value, point.numerator, point.denominator)
    if point.numerator is None or point.denominator is None:
        hidden = unit == KpiUnit.COUNT and is_small(round(point.value), threshold)
        return PublishedPoint(None if hidden else point.value, None, None)
    if point.numerator > point.denominator:
        shown = [
            None if is_small(count, threshold) else count
            for count in (point.numerator, point.denominator)
        ]
        value = point.value if None not in shown else None
        return PublishedPoint(value, *shown)
    counts = suppress_counts(
        [point.numerator, point.denominator - point.numerator], threshold, total_published=True
    )
    value = publishable_percent(counts[0], counts.total) if counts[1] is not None else None
    return PublishedPoint(value, counts[0], counts.total)


def _point_record(point: KpiPoint | None, published: PublishedPoint | None) -> dict | None:
    if point is None or published is None:
        return None
    return {
        "period_start": point.period_start.isoformat(),
        "label": point.label,
        "value": published.value,
        "numerator": published.numerator,
        "denominator": published.denominator,
    }


def kpi_record(status: KpiStatus, threshold: int | None) -> dict:
    """A KPI and its values as JSON-ready data; values are unrounded (percentages 0–100).

    With a `threshold` (for publishing), counts from 1 to threshold − 1 are hidden (None), as
    is any value, rating, change or test built on a hidden count.
    """
    kpi = status.kpi
    published = {point: published_point(point, kpi.unit, threshold) for point in status.points}
    latest = published.get(status.latest) if status.latest else None
    previous = published.get(status.previous) if status.previous else None
    latest_shown = latest is not None and latest.value is not None
    both_shown = latest_shown and previous is not None and previous.value is not None
    counts_shown = both_shown and None not in (
        latest.numerator,
        latest.denominator,
        previous.numerator,
        previous.denominator,
    )
    return {
        "slug": kpi.slug,
        "name": kpi.name,
        "definition": kpi.definition,
        "owner": kpi.owner,
        "unit": kpi.unit.value,
        "direction": kpi.direction.value,
        "period": kpi.period.value,
        "source": kpi.source.value,
        "target": as_float(kpi.target),
        "amber_threshold": as_float(kpi.amber_threshold),
        "comparator": as_float(kpi.comparator),
        "comparator_label": kpi.comparator_label,
        "area": {"number": kpi.area.number, "name": kpi.area.name} if kpi.area else None,
        "audience": kpi.audience.slug if kpi.audience else None,
        "question_key": kpi.question_key,
        "points": [_point_record(point, published[point]) for point in status.points],
        "latest": _point_record(status.latest, latest),
        "previous": _point_record(status.previous, previous),
        "rag": status.rag.value if status.rag and latest_shown else None,
        "change": _change_record(status, kpi.unit) if status.change and both_shown else None,
        "test": _test_record(status.test) if status.test and counts_shown else None,
    }


def _change_record(status: KpiStatus, unit: KpiUnit) -> dict:
    change = status.change
    return {
        "difference": change.difference,
        "better": change.better,
        "summary": change.summary(unit.value),
    }


def _test_record(test: ProportionChange) -> dict:
    return {
        "difference": test.difference,
        "p_value": test.p_value,
        "significant": test.significant,
        "summary": test.summary,
    }
