"""Wave on wave: a question asked again in another survey, such as one run every year.

Questions are the same question when they have the same `Question.key` and type and are put to
the same audience. Each survey that asked it is a wave, in the order the surveys opened. A
wave's figures are counted over the same audience, locality and channel as the results page
shows, but over the whole of each survey: date filters do not apply, as waves run at different
times.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, and_, select, true
from sqlalchemy.orm import aliased, selectinload

from feedback.auth.permissions import visible_surveys
from feedback.extensions import db
from feedback.models import Question, Survey, User
from feedback.models.surveys import survey_audience
from feedback.reports.filters import ResultFilters
from feedback.reports.results import (
    Measure,
    QuestionResult,
    Share,
    count_answers,
    measure,
    measures,
    question_result,
)
from stats.proportions import ProportionChange, two_proportion_test
from surveys.types import QUESTION_TYPES

CHOICE_TYPES = [name for name, kind in QUESTION_TYPES.items() if kind.is_choice]


@dataclass(frozen=True)
class Wave:
    """One survey's results for the question."""

    survey: Survey
    result: QuestionResult

    @property
    def opened(self) -> date:
        """When the survey opened (when it was created, if it has no opening date)."""
        return self.survey.opens_on or self.survey.created_at.date()


@dataclass(frozen=True)
class Change:
    """How one measure moved from the previous wave to this one, and whether that is chance."""

    measure: Measure
    previous: Share
    current: Share
    test: ProportionChange


@dataclass(frozen=True)
class WaveComparison:
    """A question in every wave that asked it, oldest first, and its change since the last."""

    key: str
    waves: tuple[Wave, ...]
    current: Wave
    previous: Wave | None
    changes: tuple[Change, ...]


def _has_base(share: Share | None) -> bool:
    return share is not None and share.percent is not None


def _changes(previous: Wave, current: Wave) -> tuple[Change, ...]:
    changes = []
    for now in measures(current.result):
        before = measure(previous.result, now.key)
        if before is None or not (_has_base(before.share) and _has_base(now.share)):
            continue
        test = two_proportion_test(
            before.share.count, previous.result.base, now.share.count, current.result.base
        )
        changes.append(Change(now, before.share, now.share, test))
    return tuple(changes)


def _comparison(key: str, waves: list[Wave], survey_id: int) -> WaveComparison:
    ordered = sorted(waves, key=lambda wave: (wave.opened, wave.survey.id))
    at = next(i for i, wave in enumerate(ordered) if wave.survey.id == survey_id)
    current = ordered[at]
    earlier = [wave for wave in ordered[:at] if wave.result.n]
    previous = earlier[-1] if earlier else None
    return WaveComparison(
        key=key,
        waves=tuple(ordered),
        current=current,
        previous=previous,
        changes=_changes(previous, current) if previous and current.result.n else (),
    )


def _same_audience(survey: Survey) -> ColumnElement[bool]:
    """Surveys asking one of `survey`'s audiences, or any survey if it names none: a question
    with the same key put to another audience is not another wave of it."""
    ours = select(survey_audience.c.audience_id).where(survey_audience.c.survey_id == survey.id)
    if not db.session.scalar(ours.limit(1)):
        return true()
    theirs = select(survey_audience.c.survey_id).where(survey_audience.c.audience_id.in_(ours))
    return Survey.id.in_(theirs)


def _asked_again(survey: Survey, user: User) -> list[Question]:
    """Choice questions of other surveys `user` may see with the key and type of one of ours,
    put to the same audience."""
    ours = aliased(Question)
    same_question = and_(
        ours.survey_id == survey.id, ours.key == Question.key, ours.type == Question.type
    )
    return list(
        db.session.scalars(
            select(Question)
            .join(ours, same_question)
            .join(Survey, Survey.id == Question.survey_id)
            .where(Question.survey_id != survey.id, Question.type.in_(CHOICE_TYPES))
            .where(visible_surveys(user), _same_audience(survey))
            .options(selectinload(Question.options), selectinload(Question.survey))
        )
    )


def wave_comparisons(
    survey: Survey, user: User, filters: ResultFilters | None = None
) -> dict[str, WaveComparison]:
    """Each choice question of `survey` that other surveys `user` may see asked too, by key.

    Only waves where someone answered are compared; the dates in `filters` are ignored.
    """
    others = _asked_again(survey, user)
    if not others:
        return {}
    keys = {question.key for question in others}
    ours = db.session.scalars(
        select(Question)
        .where(Question.survey_id == survey.id, Question.key.in_(keys))
        .options(selectinload(Question.options), selectinload(Question.survey))
    )
    asked = [*ours, *others]
    undated = replace(filters or ResultFilters(), date_from=None, date_to=None)
    tallies = count_answers(asked, undated)[None]
    waves: dict[str, list[Wave]] = defaultdict(list)
    for question in asked:
        tally = tallies[question.id]
        if tally.answered or question.survey_id == survey.id:
            result = question_result(question, tally.choices, tally.answered)
            waves[question.key].append(Wave(question.survey, result))
    return {
        key: _comparison(key, found, survey.id) for key, found in waves.items() if len(found) > 1
    }
