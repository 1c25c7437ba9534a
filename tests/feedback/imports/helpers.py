"""Files of responses and ways to see what an import stored."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Answer, Question, Response, ResponseImport

DATA = Path(__file__).parent / "data"
PLAIN = DATA / "plain.csv"
SURVEYMONKEY = DATA / "surveymonkey.csv"


def csv_bytes(*lines: str, encoding: str = "utf-8") -> bytes:
    """A small CSV file from its lines."""
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def stored_counts(app: Flask) -> tuple[int, int, int]:
    """(responses, answer rows, imports) in the database."""
    with app.app_context():
        return tuple(
            db.session.scalar(select(func.count()).select_from(model))
            for model in (Response, Answer, ResponseImport)
        )


def stored_answers(app: Flask, survey_id: int) -> list[list[tuple]]:
    """Each response's answer rows as (key, choice, number, text), responses in file order."""
    with app.app_context():
        rows = db.session.execute(
            select(Response.id, Question.key, Answer.choice, Answer.number, Answer.text)
            .join(Answer, Answer.response_id == Response.id)
            .join(Question, Question.id == Answer.question_id)
            .where(Response.survey_id == survey_id)
            .order_by(Response.id, Question.section_id, Question.position, Answer.id)
        ).all()
    grouped: dict[int, list[tuple]] = {}
    for response_id, key, choice, number, text in rows:
        grouped.setdefault(response_id, []).append((key, choice, number, text))
    return list(grouped.values())
