"""Results summarised by pledge or by area of weakness: the questions tagged with each."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Area, Pledge, Question
from feedback.models.surveys import question_area, question_pledge
from feedback.reports.results import QuestionResult, SurveyResults


@dataclass(frozen=True)
class TaggedRow:
    """A tagged question's result, with its number on the results page."""

    position: int
    result: QuestionResult


@dataclass(frozen=True)
class Tag:
    """A pledge or area of weakness, and this survey's questions that measure it."""

    name: str
    rows: tuple[TaggedRow, ...]


@dataclass(frozen=True)
class TagSummary:
    """Every pledge (or area) in order: those the survey's questions measure, and the others."""

    by: str
    tags: tuple[Tag, ...]
    unmeasured: tuple[str, ...]


def _all_tags(by: str) -> list[tuple[int, str]]:
    """Every pledge or area as (id, name), in the order the partnership lists them."""
    if by == "pledge":
        rows = db.session.execute(select(Pledge.id, Pledge.title).order_by(Pledge.position))
        return [(row.id, row.title) for row in rows]
    rows = db.session.execute(select(Area.id, Area.number, Area.name).order_by(Area.number))
    return [(row.id, f"{row.number}. {row.name}") for row in rows]


def tag_summary(results: SurveyResults, by: str) -> TagSummary:
    """The survey's results grouped by pledge (`by` "pledge") or area of weakness ("area")."""
    link, column = {
        "pledge": (question_pledge, question_pledge.c.pledge_id),
        "area": (question_area, question_area.c.area_id),
    }[by]
    tagged = db.session.execute(
        select(column, link.c.question_id)
        .join(Question, Question.id == link.c.question_id)
        .where(Question.survey_id == results.survey.id)
    )
    questions: dict[int, set[int]] = defaultdict(set)
    for tag_id, question_id in tagged:
        questions[tag_id].add(question_id)
    numbered = list(enumerate(results.questions, 1))
    tags, unmeasured = [], []
    for tag_id, name in _all_tags(by):
        rows = tuple(
            TaggedRow(position, result)
            for position, result in numbered
            if result.id in questions[tag_id]
        )
        if rows:
            tags.append(Tag(name, rows))
        else:
            unmeasured.append(name)
    return TagSummary(by, tuple(tags), tuple(unmeasured))
