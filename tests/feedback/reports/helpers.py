"""Responses built by hand, so every count in a report can be checked exactly."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal

from flask import Flask
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import (
    Answer,
    Area,
    Audience,
    Channel,
    CodebookTheme,
    CommentAnalysis,
    CommentTheme,
    Decision,
    Locality,
    Mode,
    Question,
    Response,
    ThemeSource,
)
from theming.model import SentimentLabel

_numbers = itertools.count(1)

AnswerValue = str | int | Decimal | list[str] | tuple[str, str]
"""A choice value, a list of them (multiple choice), ("other", text), a number or a text."""


def _rows(question: Question, value: AnswerValue) -> list[Answer]:
    if question.type == "number":
        return [Answer(question_id=question.id, number=Decimal(value))]
    if question.type == "rating":
        return [Answer(question_id=question.id, choice=str(value), number=Decimal(value))]
    if question.type in ("short_text", "long_text"):
        return [Answer(question_id=question.id, text=value)]
    if isinstance(value, tuple):
        return [Answer(question_id=question.id, choice=value[0], text=value[1])]
    choices = [value] if isinstance(value, str) else value
    return [Answer(question_id=question.id, choice=choice) for choice in choices]


def add_responses(
    app: Flask,
    survey_id: int,
    count: int,
    answers: Mapping[str, AnswerValue],
    *,
    audience: str | None = None,
    locality: str | None = None,
    channel: Channel = Channel.ONLINE,
    submitted_at: datetime | None = None,
    mode: Mode = Mode.STANDARD,
    language: str = "en",
) -> None:
    """`count` responses to the survey, each giving `answers` (question key → value)."""
    with app.app_context():
        questions = {
            question.key: question
            for question in db.session.scalars(
                select(Question).where(Question.survey_id == survey_id)
            )
        }
        audience_id = db.session.scalar(select(Audience.id).where(Audience.slug == audience))
        locality_id = db.session.scalar(select(Locality.id).where(Locality.slug == locality))
        for _ in range(count):
            number = next(_numbers)
            response = Response(
                survey_id=survey_id,
                reference=f"R{number:06d}",
                submission_token=f"token-{number}",
                channel=channel,
                audience_id=audience_id,
                locality_id=locality_id,
                mode=mode,
                language=language,
            )
            if submitted_at is not None:
                response.submitted_at = submitted_at
            for key, value in answers.items():
                response.answers.extend(_rows(questions[key], value))
            db.session.add(response)
        db.session.commit()


def answer_ids(app: Flask) -> list[int]:
    """Every stored answer's id, oldest first."""
    with app.app_context():
        return list(db.session.scalars(select(Answer.id).order_by(Answer.id)))


def add_theme(
    app: Flask,
    label: str,
    decisions: Mapping[int, Decision],
    scores: Mapping[int, float] | None = None,
) -> None:
    """A codebook theme under "Waiting times", put on answers (by id) as decided, with the
    machine's `scores` for its suggestions."""
    with app.app_context():
        area = db.session.scalar(select(Area.id).where(Area.slug == "waiting-times"))
        theme = CodebookTheme(slug=label.lower().replace(" ", "-"), label=label, area_id=area)
        db.session.add(theme)
        db.session.flush()
        for answer_id, decision in decisions.items():
            machine = decision == Decision.SUGGESTED
            db.session.add(
                CommentTheme(
                    answer_id=answer_id,
                    theme_id=theme.id,
                    source=ThemeSource.MACHINE if machine else ThemeSource.HUMAN,
                    decision=decision,
                    score=(scores or {}).get(answer_id),
                )
            )
        db.session.commit()


def add_sentiments(app: Flask, sentiments: Mapping[int, SentimentLabel]) -> None:
    """The language pipeline's findings for answers (by id): just their sentiment."""
    with app.app_context():
        for answer_id, sentiment in sentiments.items():
            db.session.add(
                CommentAnalysis(
                    answer_id=answer_id,
                    text_hash="0" * 64,
                    polarity=0.0,
                    sentiment=sentiment,
                    language="en",
                )
            )
        db.session.commit()
