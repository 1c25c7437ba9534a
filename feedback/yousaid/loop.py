"""Reading the closing-the-loop facts from the database, for the overview and the KPI register.

The arithmetic is in `measures` (pure). Here:

- a *closed survey* is one whose status is closed or archived; its closing date is `closes_on`;
- a theme's comments in a survey are the free-text answers to that survey carrying the theme,
  counted as the results page counts them: accepted by a person, or suggested by the machine
  and not yet decided (rejected ones do not count);
- a *published response* to a theme in a survey is a published action (`published_at` set)
  linked to both that theme and that survey;
- an action is *settled* once it is done (on `done_on`, else the day its log first recorded
  it done) or marked "not doing" (the day its log recorded that); see `settled_on`.

With `until`, only actions published by the end of that day count, and only surveys that closed
by then, so a report for an earlier period shows what was known then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from flask import current_app
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import selectinload

from feedback.extensions import db
from feedback.models import (
    Action,
    ActionStatus,
    Answer,
    CommentTheme,
    Decision,
    KpiSource,
    Response,
    Survey,
    SurveyStatus,
)
from feedback.models.actions import action_survey, action_theme
from feedback.models.columns import utcnow
from feedback.yousaid import measures
from feedback.yousaid.measures import ActionFact, Measure, SurveyReply, ThemeFact

CLOSED_STATUSES = (SurveyStatus.CLOSED, SurveyStatus.ARCHIVED)
DEFAULT_MIN_COMMENTS = 10
SETTLED = (ActionStatus.DONE, ActionStatus.NOT_DOING)


def min_comments() -> int:
    """How many comments make a theme count (`FEEDBACK_LOOP_THEME_MIN_COMMENTS`, 10)."""
    return int(current_app.config.get("LOOP_THEME_MIN_COMMENTS", DEFAULT_MIN_COMMENTS))


def _published_by(until: date | None) -> list[ColumnElement[bool]]:
    published = [Action.published_at.is_not(None)]
    if until is not None:
        published.append(Action.published_at < datetime.combine(until + timedelta(days=1), time()))
    return published


def _closed_surveys(until: date | None) -> dict[int, date | None]:
    """Each closed survey's closing date (None when it has none), by id."""
    query = select(Survey.id, Survey.closes_on).where(Survey.status.in_(CLOSED_STATUSES))
    if until is not None:
        query = query.where(Survey.closes_on <= until)
    return dict(db.session.execute(query).all())


def theme_facts(least: int, until: date | None = None) -> tuple[list[ThemeFact], int]:
    """The themes with at least `least` comments in each closed survey, each marked answered
    or not, and how many closed surveys there are."""
    closed = _closed_surveys(until)
    if not closed:
        return [], 0
    comments = func.count(Answer.id.distinct())
    themed = db.session.execute(
        select(Response.survey_id, CommentTheme.theme_id)
        .select_from(CommentTheme)
        .join(Answer, Answer.id == CommentTheme.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .where(
            Response.survey_id.in_(list(closed)),
            CommentTheme.decision.in_([Decision.ACCEPTED, Decision.SUGGESTED]),
        )
        .group_by(Response.survey_id, CommentTheme.theme_id)
        .having(comments >= least)
        .order_by(Response.survey_id, CommentTheme.theme_id)
    ).all()
    answered = set(
        db.session.execute(
            select(action_survey.c.survey_id, action_theme.c.theme_id)
            .join(Action, Action.id == action_survey.c.action_id)
            .join(action_theme, action_theme.c.action_id == Action.id)
            .where(*_published_by(until))
        ).all()
    )
    facts = [
        ThemeFact(survey_id, theme_id, closed[survey_id], (survey_id, theme_id) in answered)
        for survey_id, theme_id in themed
    ]
    return facts, len(closed)


def survey_replies(until: date | None = None) -> list[SurveyReply]:
    """Every closed survey with its closing date and the day of its first published response."""
    closed = _closed_surveys(until)
    if not closed:
        return []
    first = dict(
        db.session.execute(
            select(action_survey.c.survey_id, func.min(Action.published_at))
            .join(Action, Action.id == action_survey.c.action_id)
            .where(action_survey.c.survey_id.in_(list(closed)), *_published_by(until))
            .group_by(action_survey.c.survey_id)
        ).all()
    )
    return [
        SurveyReply(survey_id, closed_on, first[survey_id].date() if survey_id in first else None)
        for survey_id, closed_on in sorted(closed.items())
    ]


def settled_on(action: Action) -> date | None:
    """The day a done or "not doing" action was settled; None while it is open.

    Done: its `done_on`, else the day its log last recorded it done. Not doing: the day its
    log last recorded that. Without such a log entry, the day it was last changed.
    """
    if action.status not in SETTLED:
        return None
    if action.status == ActionStatus.DONE and action.done_on is not None:
        return action.done_on
    recorded = [update.written_at for update in action.updates if update.status == action.status]
    return (max(recorded) if recorded else action.updated_at).date()


def action_facts(until: date | None = None) -> list[ActionFact]:
    """Every action with a due date (published or not), made by the end of `until`."""
    query = select(Action).where(Action.due_on.is_not(None)).options(selectinload(Action.updates))
    if until is not None:
        query = query.where(Action.created_at < datetime.combine(until + timedelta(days=1), time()))
    return [
        ActionFact(action.created_at.date(), action.due_on, settled_on(action))
        for action in db.session.scalars(query)
    ]


@dataclass(frozen=True)
class LoopMeasures:
    """The three closing-the-loop measures as they stand today."""

    themes_answered: Measure
    days_to_reply: Measure
    actions_overdue: Measure
    min_comments: int


def loop_measures(today: date | None = None) -> LoopMeasures:
    """The three measures now (or as known at the end of `today`)."""
    least = min_comments()
    day = today or utcnow().date()
    facts, closed = theme_facts(least, today)
    return LoopMeasures(
        themes_answered=measures.themes_answered(facts, closed, least),
        days_to_reply=measures.days_to_reply(survey_replies(today)),
        actions_overdue=measures.actions_overdue(action_facts(today), day),
        min_comments=least,
    )


LOOP_SOURCES = (KpiSource.THEMES_ANSWERED, KpiSource.DAYS_TO_REPLY, KpiSource.ACTIONS_OVERDUE)


@dataclass(frozen=True)
class LoopPoint:
    """A loop KPI's value for the period starting `start`, with the counts behind a share."""

    start: date
    value: float
    numerator: int | None = None
    denominator: int | None = None


def loop_points(source: KpiSource, kind: str, until: date | None = None) -> list[LoopPoint]:
    """A loop KPI's values per period (`kind`: month, quarter or year), oldest first.

    Themes answered and days to reply count the surveys that closed in each period; actions
    overdue is counted at the end of each period (the current one at the end of today).
    """
    if source == KpiSource.DAYS_TO_REPLY:
        medians = measures.days_to_reply_by_period(survey_replies(until), kind)
        return [LoopPoint(start, medians[start]) for start in sorted(medians)]
    if source == KpiSource.THEMES_ANSWERED:
        facts, _closed = theme_facts(min_comments(), until)
        counts = measures.themes_answered_by_period(facts, kind)
    else:
        today = utcnow().date()
        day = today if until is None else min(until, today)
        counts = measures.actions_overdue_by_period(action_facts(day), kind, day)
    return [
        LoopPoint(start, measures.share(top, bottom), top, bottom)
        for start, (top, bottom) in sorted(counts.items())
    ]
