"""Demo target populations, invitation batches and open-link funnel counts.

Targets are set from the responses each locality sent, so the rates look right whatever size
of demo is loaded (parents and carers answer at 15–25%). The funnel's "submitted" is exactly
the online responses stored each day; "started" and "visited" are a little more each day.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import Date, func, insert, select

from feedback.demo.plan import DEMO_DAY
from feedback.extensions import db
from feedback.models import (
    Channel,
    FunnelCount,
    FunnelStage,
    InvitationBatch,
    Locality,
    Response,
    Survey,
    TargetPopulation,
)
from feedback.rates.services import response_counts

RESPONSE_RATES = {
    "parents-and-carers": (0.15, 0.25),
    "children-and-young-people": (0.06, 0.12),
    "education-settings": (0.35, 0.55),
    "voluntary-and-community-sector": (0.3, 0.5),
}
"""The range each audience's response rate is drawn from, per locality."""
OTHER_RATES = (0.1, 0.3)
ROUND_TO = 10
"""Targets over ROUND_TO × 20 are rounded to the nearest ROUND_TO, as estimates are."""

INVITATIONS = (
    # days after opening, method, share of the target invited, note
    (0, "email", 0.45, "Mailing list of the co-producing groups"),
    (7, "school", 0.35, "Sent through schools and settings"),
    (None, "text-message", 0.25, "Reminder halfway through"),
)
"""The demo's invitation batches: at opening, a week later, and a reminder halfway."""

STARTED_EXTRA = (0.15, 0.35)
"""Each day, this share more sessions started than submitted (the rest gave up)."""
VISITED_EXTRA = (0.5, 1.0)
"""Each day, this share more sessions visited than started."""
STRAY_START, STRAY_VISIT = 0.1, 0.4
"""The chance of one more start, and one more visit, on any day (even days with no responses)."""


def load_rates(surveys: dict[str, Survey], seed: int) -> None:
    """Add targets, invitations and funnel counts for the demo `surveys` (by slug)."""
    localities = list(db.session.scalars(select(Locality).order_by(Locality.position)))
    for slug, survey in surveys.items():
        rng = random.Random(f"{seed}:rates:{slug}")
        targets = _targets(rng, survey, localities)
        if targets:
            db.session.execute(insert(TargetPopulation), targets)
        total = sum(row["size"] for row in targets if row["locality_id"] is None)
        batches = _invitations(rng, survey, total)
        if batches:
            db.session.execute(insert(InvitationBatch), batches)
        funnel = _funnel(rng, survey)
        if funnel:
            db.session.execute(insert(FunnelCount), funnel)


def _rounded(size: float) -> int:
    whole = round(size)
    if whole > ROUND_TO * 20:
        return round(whole / ROUND_TO) * ROUND_TO
    return whole


def _targets(rng: random.Random, survey: Survey, localities: list[Locality]) -> list[dict]:
    """A figure for each audience in each locality, and the same added up for all localities."""
    counts = response_counts(survey)
    rows = []
    for audience in survey.audiences:
        low, high = RESPONSE_RATES.get(audience.slug, OTHER_RATES)
        by_locality = {
            locality.id: _rounded(
                max(counts[(audience.id, locality.id)], 1) / rng.uniform(low, high)
            )
            for locality in localities
        }
        rows += [
            {"survey_id": survey.id, "audience_id": audience.id, "locality_id": loc, "size": size}
            for loc, size in [*by_locality.items(), (None, sum(by_locality.values()))]
        ]
    return rows


def _last_day(survey: Survey) -> date:
    before_demo = DEMO_DAY - timedelta(days=1)
    return min(survey.closes_on, before_demo) if survey.closes_on else before_demo


def _invitations(rng: random.Random, survey: Survey, target: int) -> list[dict]:
    opens_on, last_day = survey.opens_on, _last_day(survey)
    if opens_on is None or not target:
        return []
    halfway = opens_on + timedelta(days=(last_day - opens_on).days // 2)
    audience_id = survey.audiences[0].id if len(survey.audiences) == 1 else None
    return [
        {
            "survey_id": survey.id,
            "sent_on": min(
                halfway if after is None else opens_on + timedelta(days=after), last_day
            ),
            "invited": max(1, round(target * share * rng.uniform(0.9, 1.1))),
            "method": method,
            "audience_id": audience_id,
            "note": note,
        }
        for after, method, share, note in INVITATIONS
    ]


def _online_by_day(survey: Survey) -> Counter[date]:
    day = func.date(Response.submitted_at, type_=Date)
    rows = db.session.execute(
        select(day, func.count())
        .where(Response.survey_id == survey.id, Response.channel == Channel.ONLINE)
        .group_by(day)
    )
    return Counter(dict(rows.all()))


def _funnel(rng: random.Random, survey: Survey) -> list[dict]:
    """Each day the survey was open: submitted = that day's online responses, exactly."""
    if survey.opens_on is None:
        return []
    online = _online_by_day(survey)
    rows = []
    day = survey.opens_on
    while day <= _last_day(survey):
        submitted = online[day]
        started = (
            submitted
            + round(submitted * rng.uniform(*STARTED_EXTRA))
            + int(rng.random() < STRAY_START)
        )
        visited = (
            started + round(started * rng.uniform(*VISITED_EXTRA)) + int(rng.random() < STRAY_VISIT)
        )
        for stage, count in (
            (FunnelStage.VISITED, visited),
            (FunnelStage.STARTED, started),
            (FunnelStage.SUBMITTED, submitted),
        ):
            if count:
                rows.append({"survey_id": survey.id, "day": day, "stage": stage, "count": count})
        day += timedelta(days=1)
    return rows
