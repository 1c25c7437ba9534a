"""Helpers for the staff survey-builder tests: plain functions that act as staff would."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.definitions import definition_from_survey
from feedback.extensions import db
from feedback.models import Audience, Question, Section, Survey
from surveys.model import SurveyDefinition
from tests.pages import page


def audience_ids(app: Flask, *slugs: str) -> list[int]:
    with app.app_context():
        rows = db.session.scalars(select(Audience).where(Audience.slug.in_(slugs)))
        return [audience.id for audience in rows]


def details_form(app: Flask, **changes) -> dict:
    """A valid survey details form, as posted."""
    data = {
        "title": "Local offer survey",
        "purpose": "Tell us about the local offer.",
        "what_happens_next": "We will publish what we change.",
        "audiences": audience_ids(app, "parents-and-carers"),
        "opens_on": ["", "", ""],
        "closes_on": ["", "", ""],
        "ask_locality": "yes",
    }
    data.update(changes)
    return data


def create_survey(client: FlaskClient, app: Flask, **changes) -> int:
    """Create a survey through the form; returns its id."""
    response = client.post("/manage/surveys/new", data=details_form(app, **changes))
    assert response.status_code == 302, page(response)
    return int(response.headers["Location"].rsplit("/", 1)[1])


def stored(app: Flask, survey_id: int) -> SurveyDefinition:
    """The engine's view of the stored survey."""
    with app.app_context():
        return definition_from_survey(db.session.get(Survey, survey_id))


def survey_value(app: Flask, survey_id: int, attribute: str):
    with app.app_context():
        return getattr(db.session.get(Survey, survey_id), attribute)


def section_ids(app: Flask, survey_id: int) -> list[int]:
    with app.app_context():
        return [section.id for section in db.session.get(Survey, survey_id).sections]


def question_id(app: Flask, survey_id: int, key: str) -> int:
    with app.app_context():
        query = select(Question.id).where(Question.survey_id == survey_id, Question.key == key)
        return db.session.scalar(query)


def question_keys(app: Flask, survey_id: int) -> list[list[str]]:
    """The question keys of each section, in order."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        return [[question.key for question in section.questions] for section in survey.sections]


def section_titles(app: Flask, survey_id: int) -> list[str]:
    with app.app_context():
        query = select(Section.title).where(Section.survey_id == survey_id)
        return list(db.session.scalars(query.order_by(Section.position)))


def question_form(**fields) -> dict:
    """A question form as posted: required, always asked, unless `fields` say otherwise."""
    data = {
        "text": "",
        "hint": "",
        "easy_read": "",
        "required": "yes",
        "asked": "always",
        "key": "",
    }
    data.update(fields)
    return data


def add_question(client, survey_id: int, section_id: int, type_name: str, **fields):
    """Post the add-question form for `type_name` in a section; returns the response."""
    return client.post(
        f"/manage/surveys/{survey_id}/sections/{section_id}/questions/new/{type_name}",
        data=question_form(**fields),
    )


def table_row(html: str, text: str) -> str:
    """The table row (as collapsed HTML) that contains `text`."""
    rows = re.findall(r"<tr class=\"govuk-table__row\">.*?</tr>", html)
    matching = [row for row in rows if text in row]
    assert len(matching) == 1, f"expected one row with {text!r}, found {len(matching)}"
    return matching[0]


def cells(row_html: str) -> list[str]:
    """The text of each cell of a table row."""
    found = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row_html)
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in found]


def add_responses(app: Flask, survey_id: int, count: int) -> None:
    """Store `count` submitted responses to a survey."""
    from feedback.models import Response

    with app.app_context():
        existing = db.session.query(Response).count()
        for number in range(existing, existing + count):
            db.session.add(
                Response(
                    survey_id=survey_id,
                    reference=f"REF{number:05d}",
                    submission_token=f"token-{number}",
                )
            )
        db.session.commit()


def survey_count(app: Flask) -> int:
    with app.app_context():
        return db.session.query(Survey).count()
