"""Respondents always read a survey as it is now, though each process keeps what it built of it:
any change staff make to its questions, options, sections or translations shows on the next
page, and a change rolled back never shows."""

from __future__ import annotations

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Question, QuestionOption, Section, Survey
from feedback.survey_cache import survey_cached
from tests.feedback.languages.helpers import POLISH, SLUG, make_school_survey, translate
from tests.feedback.respond.journey import location, question_url, text

QUESTION = question_url("help-to-learn", SLUG)


def _started(client) -> None:
    location(client.post(f"/surveys/{SLUG}/start"))


def _edit(app, change) -> None:
    """Change the stored survey as staff would, in a session of its own, and commit."""
    with app.app_context():
        change(db.session.get(Survey, db.session.scalar(select(Survey.id))))
        db.session.commit()


def _question(survey: Survey, key: str) -> Question:
    return next(question for question in survey.questions if question.key == key)


def test_a_changed_question_shows_on_the_next_page(client, app):
    make_school_survey(app)
    _started(client)
    assert "Do you get the help you need to learn?" in text(client.get(QUESTION))

    _edit(app, lambda s: setattr(_question(s, "help-to-learn"), "text", "Does school help you?"))

    page = text(client.get(QUESTION))
    assert "Does school help you?" in page
    assert "Do you get the help you need to learn?" not in page


def test_a_changed_option_and_section_show_on_the_next_page(client, app):
    make_school_survey(app)
    _started(client)
    client.get(QUESTION)

    def change(survey: Survey) -> None:
        _question(survey, "help-to-learn").options[1].label = "Now and then"
        survey.sections[0].title = "Your school days"

    _edit(app, change)

    page = text(client.get(QUESTION))
    assert "Now and then" in page
    assert "Your school days" in page
    assert "Sometimes" not in page


def test_an_added_option_shows_and_can_be_chosen(client, app):
    make_school_survey(app)
    _started(client)
    client.get(QUESTION)

    def add(survey: Survey) -> None:
        question = _question(survey, "help-to-learn")
        question.options.append(QuestionOption(value="not-sure", label="Not sure", position=9))

    _edit(app, add)

    assert "Not sure" in text(client.get(QUESTION))
    assert location(client.post(QUESTION, data={"answer": "not-sure"})).endswith("/one-thing")


def test_withdrawing_a_translation_shows_english_on_the_next_page(client, app):
    survey_id = make_school_survey(app)
    translate(app, survey_id, "pl", POLISH, offered=True)
    client.get("/language/pl")
    _started(client)
    assert "Czasami" in text(client.get(QUESTION))

    _edit(app, lambda survey: setattr(survey.translations[0], "offered", False))

    page = text(client.get(QUESTION))
    assert "Sometimes" in page
    assert "Czasami" not in page


def test_a_changed_translation_shows_on_the_next_page(client, app):
    survey_id = make_school_survey(app)
    translate(app, survey_id, "pl", POLISH, offered=True)
    client.get("/language/pl")
    _started(client)
    client.get(QUESTION)

    translate(app, survey_id, "pl", {**POLISH, "question:help-to-learn:option:no": "Nigdy"}, True)

    assert "Nigdy" in text(client.get(QUESTION))


def test_an_edit_rolled_back_never_shows(client, app):
    make_school_survey(app)
    _started(client)
    client.get(QUESTION)
    with app.app_context():
        survey = db.session.scalar(select(Survey))
        _question(survey, "help-to-learn").text = "Never saved"
        db.session.flush()
        db.session.rollback()

    page = text(client.get(QUESTION))
    assert "Never saved" not in page
    assert "Do you get the help you need to learn?" in page


def test_an_unflushed_edit_is_seen_in_the_same_session(app):
    """Staff pages that change a survey and then show it (a preview) see the change."""
    make_school_survey(app)
    with app.app_context():
        survey = db.session.scalar(select(Survey))
        title = survey_cached(survey, "test", lambda: survey.sections[0].title)
        assert title == "School"
        db.session.get(Section, survey.sections[0].id).title = "Lessons"
        assert survey_cached(survey, "test", lambda: survey.sections[0].title) == "Lessons"
