"""The open-link funnel: how many sessions visited a survey, started it and sent it online.

Counts are kept per survey, day (UTC) and stage, and nothing else: no cookie beyond the
session, no identifier. The session remembers only which surveys' visits it has counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from flask import session
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from feedback.extensions import commit_keeping_loaded, db
from feedback.models import FunnelCount, FunnelStage
from feedback.models.columns import utcnow

VISITED_SESSION_KEY = "funnel_visited"
"""The session's list of survey ids whose visit has been counted."""

_UPSERTS: dict[str, Callable] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def count_stage(survey_id: int, stage: FunnelStage, day: date | None = None) -> None:
    """Add 1 to the survey's count for `stage` on `day` (today, UTC), in the current transaction.

    A single `INSERT … ON CONFLICT DO UPDATE SET count = count + 1`, so concurrent requests
    never lose a count. The caller commits, together with whatever the count goes with.
    """
    dialect = db.session.get_bind().dialect.name
    upsert = _UPSERTS[dialect](FunnelCount).values(
        survey_id=survey_id, day=day or utcnow().date(), stage=stage, count=1
    )
    db.session.execute(
        upsert.on_conflict_do_update(
            index_elements=[FunnelCount.survey_id, FunnelCount.day, FunnelCount.stage],
            set_={"count": FunnelCount.count + 1},
        )
    )


def record_visit(survey_id: int) -> None:
    """Count a visit to the survey's start page, once per session; commits."""
    counted = list(session.get(VISITED_SESSION_KEY, []))
    if survey_id in counted:
        return
    count_stage(survey_id, FunnelStage.VISITED)
    commit_keeping_loaded()
    session[VISITED_SESSION_KEY] = [*counted, survey_id]


# Reading the funnel ----------------------------------------------------------------------------


def share(part: int, whole: int) -> float | None:
    """`part` as a percentage of `whole` (0 to 100, or more), unrounded; None when `whole` is 0."""
    return 100 * part / whole if whole else None


@dataclass(frozen=True)
class FunnelPeriod:
    """How many sessions reached each stage in one period (the whole survey, or a week)."""

    starts_on: date | None
    visited: int = 0
    started: int = 0
    submitted: int = 0

    @property
    def start_rate(self) -> float | None:
        """Started as a percentage of visited (None when no one visited)."""
        return share(self.started, self.visited)

    @property
    def completion_rate(self) -> float | None:
        """Submitted online as a percentage of started (None when no one started)."""
        return share(self.submitted, self.started)


@dataclass(frozen=True)
class Funnel:
    """A survey's funnel in total and week by week (weeks start on Monday, none left out)."""

    total: FunnelPeriod
    weeks: tuple[FunnelPeriod, ...]


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def survey_funnel(survey_id: int) -> Funnel:
    """The funnel of one survey, from its daily counts (a few rows a day, summed here by week)."""
    rows = db.session.execute(
        select(FunnelCount.day, FunnelCount.stage, FunnelCount.count).where(
            FunnelCount.survey_id == survey_id
        )
    )
    by_week: dict[date, dict[FunnelStage, int]] = defaultdict(lambda: defaultdict(int))
    for day, stage, count in rows:
        by_week[week_start(day)][stage] += count
    weeks = []
    if by_week:
        monday, last = min(by_week), max(by_week)
        while monday <= last:
            weeks.append(_period(monday, by_week.get(monday, {})))
            monday += timedelta(weeks=1)
    totals = {stage: sum(week[stage] for week in by_week.values()) for stage in FunnelStage}
    return Funnel(_period(None, totals), tuple(weeks))


def _period(starts_on: date | None, counts: dict[FunnelStage, int]) -> FunnelPeriod:
    return FunnelPeriod(
        starts_on,
        visited=counts.get(FunnelStage.VISITED, 0),
        started=counts.get(FunnelStage.STARTED, 0),
        submitted=counts.get(FunnelStage.SUBMITTED, 0),
    )
