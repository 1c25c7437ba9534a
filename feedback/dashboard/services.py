"""What the staff overview shows: closing-the-loop measures, KPI ratings, open surveys, reviews
waiting and overdue actions, each limited to what the reader may see."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from feedback.actions.rules import FINISHED, overdue_text
from feedback.actions.services import visible_actions
from feedback.auth.permissions import visible_surveys
from feedback.extensions import db
from feedback.kpis.services import KpiStatus
from feedback.models import Action, Response, Survey, SurveyStatus, User
from feedback.reviews.services import round_rows
from stats.kpis import Rag


@dataclass(frozen=True)
class RagSummary:
    """How many KPIs are rated red, amber and green, and how many have no rating yet."""

    red: int
    amber: int
    green: int
    unrated: int

    @property
    def total(self) -> int:
        """Every KPI in the register."""
        return self.red + self.amber + self.green + self.unrated


def rag_summary(statuses: Sequence[KpiStatus]) -> RagSummary:
    """Count the KPIs by rating; a KPI with no value or no target is unrated."""
    ratings = Counter(status.rag if status.latest else None for status in statuses)
    return RagSummary(
        red=ratings[Rag.RED],
        amber=ratings[Rag.AMBER],
        green=ratings[Rag.GREEN],
        unrated=ratings[None],
    )


@dataclass(frozen=True)
class OpenSurvey:
    """An open survey and how many responses it has."""

    survey: Survey
    responses: int


def open_surveys(user: User) -> list[OpenSurvey]:
    """The open surveys `user` may see, closing soonest first, with their response counts."""
    responses = (
        select(Response.survey_id, func.count(Response.id).label("count"))
        .group_by(Response.survey_id)
        .subquery()
    )
    rows = db.session.execute(
        select(Survey, func.coalesce(responses.c.count, 0))
        .outerjoin(responses, responses.c.survey_id == Survey.id)
        .where(Survey.status == SurveyStatus.OPEN, visible_surveys(user))
        .order_by(Survey.closes_on.asc().nulls_last(), Survey.title)
    )
    return [OpenSurvey(survey, count) for survey, count in rows]


def reviews_waiting(user: User) -> int:
    """How many review rounds `user` may read are still open for comments and sign-off."""
    return sum(row.is_open for row in round_rows(user))


@dataclass(frozen=True)
class OverdueAction:
    """An open action past its due date, with how late it is in words."""

    action: Action
    overdue: str


def overdue_actions(user: User, today: date) -> list[OverdueAction]:
    """The open actions `user` may see whose due date is before `today`, most overdue first."""
    actions = db.session.scalars(
        select(Action)
        .where(
            visible_actions(user),
            Action.due_on < today,
            Action.status.not_in(list(FINISHED)),
        )
        .order_by(Action.due_on, Action.title)
        .options(selectinload(Action.surveys))
    )
    return [
        OverdueAction(action, overdue_text(action.due_on, action.status, today))
        for action in actions
    ]
