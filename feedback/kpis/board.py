"""The improvement board's report for one financial quarter: KPIs, themes and open actions.

Each KPI shows where it stood at the end of the quarter (survey KPIs count the responses sent
by then): its latest value, its rating, its change and its last few periods. Themes count
comments sent during the quarter (in surveys the reader may see) that carry the theme,
accepted by a person or suggested and not yet decided.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, select

from feedback.extensions import db
from feedback.kpis.services import KpiStatus, kpi_statuses
from feedback.models import (
    Answer,
    Area,
    CodebookTheme,
    CommentTheme,
    Decision,
    Response,
    Survey,
)
from stats.kpis import (
    EARLIEST_YEAR,
    PeriodKind,
    long_period_label,
    period_end,
    period_label,
    period_start,
    recent_periods,
    shift_period,
)

PERIOD = PeriodKind.QUARTER
TREND_PERIODS = 6
TOP_THEMES = 5
OFFERED_PERIODS = 12


@dataclass(frozen=True)
class ThemeTotal:
    """How many comments sent in the period carry one theme."""

    label: str
    area: str
    accepted: int
    suggested: int

    @property
    def comments(self) -> int:
        return self.accepted + self.suggested


@dataclass(frozen=True)
class SurveyResponses:
    """A survey and how many responses it had in the period."""

    title: str
    responses: int


@dataclass(frozen=True)
class BoardReport:
    """Everything one board report shows."""

    start: date
    end: date
    label: str
    statuses: list[KpiStatus]
    surveys: list[SurveyResponses]
    themes: list[ThemeTotal]
    actions: list

    def trend(self, status: KpiStatus) -> Trend | None:
        """The KPI's last few periods up to its latest value, or None when it has no values."""
        return trend(status)


@dataclass(frozen=True)
class Trend:
    """A KPI's value in consecutive periods, oldest first (None for a period without one)."""

    first: str
    last: str
    values: list[float | None]


def trend(status: KpiStatus, periods: int = TREND_PERIODS) -> Trend | None:
    """Up to `periods` consecutive periods ending with the latest, from the first with a value."""
    if status.latest is None:
        return None
    kind = status.kpi.period
    by_start = {point.period_start: point.value for point in status.points}
    starts = [shift_period(status.latest.period_start, kind, -back) for back in range(periods)]
    starts = [start for start in reversed(starts) if start >= status.points[0].period_start]
    while by_start.get(starts[0]) is None:
        starts.pop(0)
    return Trend(
        first=period_label(starts[0], kind),
        last=period_label(starts[-1], kind),
        values=[by_start.get(start) for start in starts],
    )


def default_period(today: date) -> date:
    """The latest complete quarter: the one before today's."""
    return recent_periods(today, PERIOD, 2)[1]


def offered_periods(today: date, chosen: date | None = None) -> list[date]:
    """The quarters offered in the list, latest first: the last few and the one `chosen`."""
    periods = recent_periods(today, PERIOD, OFFERED_PERIODS)
    return periods if chosen is None or chosen in periods else [*periods, chosen]


def read_period(typed: str | None, today: date) -> date | None:
    """The quarter chosen in the query string by its first day; None unless that is the first
    day of a quarter that has started."""
    try:
        start = date.fromisoformat(typed or "")
    except ValueError:
        return None
    if start != period_start(start, PERIOD) or start > today or start.year < EARLIEST_YEAR:
        return None
    return start


def _sent_between(start: date, end: date) -> list[ColumnElement[bool]]:
    return [
        Response.submitted_at >= datetime.combine(start, time()),
        Response.submitted_at < datetime.combine(end + timedelta(days=1), time()),
    ]


def survey_responses(start: date, end: date, visible: ColumnElement[bool]) -> list[SurveyResponses]:
    """Each survey with responses sent in the period, most responses first."""
    count = func.count(Response.id)
    rows = db.session.execute(
        select(Survey.title, count)
        .join(Response, Response.survey_id == Survey.id)
        .where(visible, *_sent_between(start, end))
        .group_by(Survey.id, Survey.title)
        .order_by(count.desc(), Survey.title)
    )
    return [SurveyResponses(title, responses) for title, responses in rows]


def top_themes(start: date, end: date, visible: ColumnElement[bool]) -> list[ThemeTotal]:
    """The themes on most comments sent in the period, accepted or still suggested."""
    rows = db.session.execute(
        select(
            CodebookTheme.id, CodebookTheme.label, Area.name, CommentTheme.decision, func.count()
        )
        .select_from(CommentTheme)
        .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
        .join(Area, Area.id == CodebookTheme.area_id)
        .join(Answer, Answer.id == CommentTheme.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .join(Survey, Survey.id == Response.survey_id)
        .where(
            visible,
            CommentTheme.decision.in_([Decision.ACCEPTED, Decision.SUGGESTED]),
            *_sent_between(start, end),
        )
        .group_by(CodebookTheme.id, CodebookTheme.label, Area.name, CommentTheme.decision)
    )
    names: dict[int, tuple[str, str]] = {}
    counts: dict[int, dict[Decision, int]] = defaultdict(lambda: defaultdict(int))
    for theme_id, label, area, decision, count in rows:
        names[theme_id] = (label, area)
        counts[theme_id][decision] = count
    themes = [
        ThemeTotal(*names[theme_id], tally[Decision.ACCEPTED], tally[Decision.SUGGESTED])
        for theme_id, tally in counts.items()
    ]
    themes.sort(key=lambda theme: (-theme.comments, theme.label))
    return themes[:TOP_THEMES]


def open_actions(period: date) -> list:
    """The actions still open at the end of the quarter starting `period`.

    None are recorded yet: the "You said, we did" work adds actions and fills this in.
    """
    return []


def board_report(start: date, visible: ColumnElement[bool]) -> BoardReport:
    """The report for the quarter starting `start`; `visible` limits the surveys counted."""
    end = period_end(start, PERIOD)
    return BoardReport(
        start=start,
        end=end,
        label=long_period_label(start, PERIOD),
        statuses=kpi_statuses(until=end),
        surveys=survey_responses(start, end, visible),
        themes=top_themes(start, end, visible),
        actions=open_actions(start),
    )
