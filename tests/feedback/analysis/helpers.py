"""Helpers for the theming tests: comments as respondents leave them, and what is stored."""

from __future__ import annotations

from itertools import count

from flask import Flask
from sqlalchemy import select

from feedback.analysis.running import RunCounts, theme_comments
from feedback.extensions import db
from feedback.models import (
    Answer,
    Audience,
    CodebookTheme,
    CommentAnalysis,
    CommentTheme,
    Locality,
    Question,
    Response,
    ThemeAudit,
)

_references = count(1)

QUEUE = "/manage/analysis/comments"


def add_comments(
    app: Flask,
    survey_id: int,
    *texts: str,
    question_key: str = "comments",
    audience: str | None = "parents-and-carers",
    locality: str | None = None,
) -> list[int]:
    """One response per text, answering `question_key` with it; returns the answer ids."""
    with app.app_context():
        question = db.session.scalar(
            select(Question).where(Question.survey_id == survey_id, Question.key == question_key)
        )
        audience_id = db.session.scalar(select(Audience.id).where(Audience.slug == audience))
        locality_id = db.session.scalar(select(Locality.id).where(Locality.slug == locality))
        answers = []
        for text in texts:
            number = next(_references)
            response = Response(
                survey_id=survey_id,
                reference=f"T-{number}",
                submission_token=f"theming-{number}",
                audience_id=audience_id,
                locality_id=locality_id,
            )
            answer = Answer(question_id=question.id, text=text)
            response.answers.append(answer)
            db.session.add(response)
            answers.append(answer)
        db.session.commit()
        return [answer.id for answer in answers]


def run_theming(app: Flask, survey_id: int | None = None) -> RunCounts:
    """`theme_comments`, as `flask themes run` does it."""
    with app.app_context():
        return theme_comments(survey_id)


def themes_of(app: Flask, answer_id: int) -> dict[str, tuple[str, str]]:
    """A comment's themes: slug → (source, decision)."""
    with app.app_context():
        rows = db.session.execute(
            select(CodebookTheme.slug, CommentTheme.source, CommentTheme.decision)
            .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
            .where(CommentTheme.answer_id == answer_id)
        )
        return {slug: (source.value, decision.value) for slug, source, decision in rows}


def suggested(app: Flask, answer_id: int) -> set[str]:
    """The slugs the machine suggests for a comment."""
    return {
        slug
        for slug, (source, _decision) in themes_of(app, answer_id).items()
        if source == "machine"
    }


def is_reviewed(app: Flask, answer_id: int) -> bool:
    with app.app_context():
        analysis = db.session.scalar(
            select(CommentAnalysis).where(CommentAnalysis.answer_id == answer_id)
        )
        return analysis.reviewed_at is not None


def audit_rows(app: Flask) -> list[dict]:
    """Every audit row, oldest first, as plain dicts."""
    with app.app_context():
        rows = db.session.scalars(select(ThemeAudit).order_by(ThemeAudit.id))
        return [
            {
                "user": row.user.email if row.user else None,
                "action": row.action,
                "answer_id": row.answer_id,
                "theme_id": row.theme_id,
                "before": row.before,
                "after": row.after,
                "at": row.at,
            }
            for row in rows
        ]


def theme_id(app: Flask, slug: str) -> int:
    with app.app_context():
        return db.session.scalar(select(CodebookTheme.id).where(CodebookTheme.slug == slug))
