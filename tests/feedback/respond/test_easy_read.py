"""Easy read: chosen on the start page, switched on any question page, stored with the response
and counted with everyone else's answers."""

from __future__ import annotations

import base64
from dataclasses import replace

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Mode, Question, Response, Survey
from feedback.reports.results import survey_results
from tests.factories import every_type_definition, make_survey
from tests.feedback.respond.journey import (
    SLUG,
    YES_PATH,
    answer,
    location,
    question_url,
    start,
    submit,
    text,
)
from tests.pages import page as page_text
from tests.pages import visible_text

EASY_READ = {
    "has-ehcp": "Does your child have a plan for their learning, health and care?",
    "school-type": "What school does your child go to?",
}
STANDARD = "Does your child have an education, health and care (EHC) plan?"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAHnOcQAAAAABJRU5ErkJggg=="
)
ALT = "A child at school with a teacher and a nurse"
PICTURE = f"/surveys/{SLUG}/questions/has-ehcp/picture"


@pytest.fixture
def survey(app: Flask) -> int:
    """`every_type_definition` with easy-read wording for two questions and a picture for one."""
    definition = every_type_definition()
    first = definition.sections[0]
    worded = tuple(replace(q, easy_read=EASY_READ.get(q.key, "")) for q in first.questions)
    sections = (replace(first, questions=worded), *definition.sections[1:])
    survey_id = make_survey(app, replace(definition, sections=sections))
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.key == "has-ehcp"))
        question.picture, question.picture_type, question.picture_alt = PNG, "image/png", ALT
        db.session.commit()
    return survey_id


def start_in_easy_read(client: FlaskClient) -> str:
    """Press "Start in easy read"; returns where it leads."""
    return location(client.post(f"/surveys/{SLUG}/start", data={"mode": "easy_read"}))


def switch(client: FlaskClient, key: str, mode: str) -> str:
    """Press the question page's wording button; returns where it leads."""
    return location(client.post(f"{question_url(key)}/wording", data={"mode": mode}))


def stored_modes(app: Flask) -> list[Mode]:
    with app.app_context():
        return list(db.session.scalars(select(Response.mode).order_by(Response.id)))


def test_the_start_page_offers_easy_read_when_questions_have_it(client, survey):
    page = page_text(client.get(f"/surveys/{SLUG}"))
    assert "Start now" in page
    assert "Easy read uses simple words and pictures." in page
    assert 'value="easy_read" name="mode"' in page


def test_a_survey_without_easy_read_wording_does_not_offer_it(client, app):
    make_survey(app)
    page = page_text(client.get(f"/surveys/{SLUG}"))
    assert "Start now" in page
    assert "easy read" not in page.lower()
    start(client)
    assert "easy read" not in page_text(client.get(question_url("_locality"))).lower()


def test_easy_read_shows_the_easy_wording_and_the_picture_with_its_alt_text(client, survey):
    assert start_in_easy_read(client) == question_url("_locality")
    # A question without easy-read wording keeps its standard wording.
    locality = visible_text(client.get(question_url("_locality")))
    assert "Which part of the area do you live in?" in locality
    answer(client, "_locality", {"answer": "north"})

    page = page_text(client.get(question_url("has-ehcp")))
    assert EASY_READ["has-ehcp"] in page
    assert STANDARD not in page
    assert f'<img class="app-picture" src="{PICTURE}" alt="{ALT}">' in page
    assert "app-easy-read" in page
    assert "Use standard wording" in page

    picture = client.get(PICTURE)
    assert picture.status_code == 200
    assert picture.mimetype == "image/png"
    assert picture.data == PNG


def test_switching_wording_on_a_question_page_keeps_the_answers(client, survey):
    start(client)
    answer(client, "_locality", {"answer": "north"})
    answer(client, "has-ehcp", {"answer": "yes"})
    standard = page_text(client.get(question_url("has-ehcp")))
    assert STANDARD in standard
    assert "<img" not in standard
    assert "Use easy read: simple words and pictures" in standard

    assert switch(client, "has-ehcp", "easy_read") == question_url("has-ehcp")
    easy = page_text(client.get(question_url("has-ehcp")))
    assert EASY_READ["has-ehcp"] in easy
    assert 'value="yes" checked' in easy

    assert switch(client, "has-ehcp", "standard") == question_url("has-ehcp")
    back = page_text(client.get(question_url("has-ehcp")))
    assert STANDARD in back
    assert "<img" not in back
    assert 'value="yes" checked' in back
    assert 'value="north" checked' in page_text(client.get(question_url("_locality")))


def test_switching_while_changing_an_answer_goes_back_to_the_change(client, survey):
    start_in_easy_read(client)
    answer(client, "_locality", {"answer": "north"})
    target = location(
        client.post(f"{question_url('has-ehcp')}/wording?change=1", data={"mode": "standard"})
    )
    assert target == question_url("has-ehcp") + "?change=1"


def test_switching_wording_of_a_question_the_survey_does_not_have_is_not_found(client, survey):
    start(client)
    missing = client.post(f"{question_url('nope')}/wording", data={"mode": "easy_read"})
    assert missing.status_code == 404


def _answer_all(client: FlaskClient) -> None:
    for key, data in YES_PATH:
        answer(client, key, data)


def test_check_answers_uses_the_same_wording_as_the_questions(client, survey):
    start_in_easy_read(client)
    _answer_all(client)
    page = text(client.get(f"/surveys/{SLUG}/check"))
    assert EASY_READ["has-ehcp"] in page
    assert EASY_READ["school-type"] in page
    assert STANDARD not in page
    # Questions without easy-read wording keep theirs.
    assert "Which services have you used in the last year?" in page


def test_easy_read_answers_are_stored_as_easy_read_and_counted_with_standard_ones(
    app, client, survey
):
    start_in_easy_read(client)
    _answer_all(client)
    assert location(submit(client)) == f"/surveys/{SLUG}/done"

    standard = app.test_client()
    start(standard)
    _answer_all(standard)
    submit(standard)

    assert stored_modes(app) == [Mode.EASY_READ, Mode.STANDARD]
    with app.app_context():
        results = survey_results(db.session.get(Survey, survey))
        has_plan = next(q for q in results.questions if q.key == "has-ehcp")
        assert has_plan.n == 2
        assert has_plan.option("yes").count == 2


def test_starting_again_in_the_other_wording_switches_the_same_draft(client, survey):
    start(client)
    answer(client, "_locality", {"answer": "north"})
    assert start_in_easy_read(client) == question_url("has-ehcp")
    assert EASY_READ["has-ehcp"] in page_text(client.get(question_url("has-ehcp")))
