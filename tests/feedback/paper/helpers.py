"""Filling in the paper entry form as staff do, one typed-in paper form at a time."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Response

FULL_FORM = {
    "_locality": "north",
    "has-ehcp": "yes",
    "ehcp-satisfaction": "satisfied",
    "school-type": "special",
    "services": ["salt", "camhs"],
    "listened-to": "agree",
    "recommend": "7",
    "waiting-weeks": "12",
    "one-word": "Hard work",
    "comments": "More speech therapy\r\nShorter waits",
}
"""Every question of `every_type_definition` answered, as typed from one paper form."""


def entry_url(survey_id: int) -> str:
    return f"/manage/surveys/{survey_id}/paper"


def paper_form(answers: dict, channel: str | None = "paper", **other: str) -> dict:
    """The posted fields for `answers` (question key → value or values), the channel and any
    "Other" text (question key → text)."""
    data: dict = {f"answer-{key}": value for key, value in answers.items()}
    data |= {f"other-{key}": text for key, text in other.items()}
    if channel is not None:
        data["channel"] = channel
    return data


def stored_responses(app: Flask) -> list[Response]:
    """Every stored response with its answers loaded, oldest first."""
    with app.app_context():
        responses = list(db.session.scalars(select(Response).order_by(Response.id)))
        for response in responses:
            response.answers  # noqa: B018  (load them before the session closes)
        db.session.expunge_all()
        return responses
