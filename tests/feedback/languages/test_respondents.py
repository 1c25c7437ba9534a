"""Respondents read a survey in their language when its translation is offered and complete,
and their answers count in the same results as everyone else's."""

from flask import render_template_string, session
from flask_babel import gettext
from sqlalchemy import select

from feedback.extensions import db
from feedback.i18n import SESSION_KEY
from feedback.languages.services import survey_languages, survey_text
from feedback.models import Response, Survey
from feedback.reports.results import survey_results
from tests.feedback.languages.helpers import POLISH, SLUG, make_school_survey, translate
from tests.feedback.respond.journey import location, question_url, submit, text, walk

QUESTION = question_url("help-to-learn", SLUG)
NOT_IN_YOUR_LANGUAGE = (
    "This survey is not available in your language yet, so its questions are in English."
)


def _choose(client, language: str) -> None:
    with client.session_transaction() as kept:
        kept[SESSION_KEY] = language


def test_a_polish_respondent_reads_the_survey_in_polish(client, app):
    translate(app, make_school_survey(app), "pl", POLISH, offered=True)
    _choose(client, "pl")
    location(client.post(f"/surveys/{SLUG}/start"))
    page = text(client.get(QUESTION))
    assert "Czy dostajesz pomoc, której potrzebujesz w nauce?" in page
    assert "Pomyśl o tym semestrze." in page
    assert "Czasami" in page
    assert "Szkoła" in page
    assert "Do you get the help you need to learn?" not in page
    assert 'value="sometimes"' in page  # the stored value is the same in every language


def test_an_incomplete_translation_is_never_shown(client, app):
    partial = {key: text for key, text in POLISH.items() if key != "question:one-thing:text"}
    translate(app, make_school_survey(app), "pl", partial, offered=True)
    _choose(client, "pl")
    location(client.post(f"/surveys/{SLUG}/start"))
    page = text(client.get(QUESTION))
    assert "Do you get the help you need to learn?" in page
    assert "Sometimes" in page
    assert "Czasami" not in page


def test_a_translation_not_offered_is_not_shown(client, app):
    translate(app, make_school_survey(app), "pl", POLISH, offered=False)
    _choose(client, "pl")
    location(client.post(f"/surveys/{SLUG}/start"))
    assert "Do you get the help you need to learn?" in text(client.get(QUESTION))


def test_survey_text_and_languages_follow_the_respondents_language(app):
    survey_id = make_school_survey(app)
    translate(app, survey_id, "pl", POLISH, offered=True)
    translate(app, survey_id, "ur", {"title": "آپ کا اسکول"}, offered=True)
    with app.test_request_context():
        assert survey_text(db.session.get(Survey, survey_id), "title") == "Your school"
    with app.test_request_context():
        session[SESSION_KEY] = "pl"
        survey = db.session.get(Survey, survey_id)
        assert survey_text(survey, "title") == "Twoja szkoła"
        assert survey_text(survey, "purpose") == "Powiedz nam, jak jest w szkole."
        assert survey_text(survey, "what_happens_next") == ""
        assert survey_languages(survey) == ["en", "pl"]


def test_the_start_page_can_say_when_the_survey_is_not_in_the_respondents_language(app):
    survey_id = make_school_survey(app)
    translate(app, survey_id, "pl", POLISH, offered=True)
    partial = '{% include "languages/_content_language.html" %}'
    with app.test_request_context():
        survey = db.session.get(Survey, survey_id)
        session[SESSION_KEY] = "ur"
        shown = render_template_string(partial, survey=survey)
        assert gettext(NOT_IN_YOUR_LANGUAGE) in shown  # in Urdu when the catalog has it
    with app.test_request_context():
        session[SESSION_KEY] = "pl"
        assert render_template_string(partial, survey=db.session.get(Survey, survey_id)) == ""


def _answer(client, language: str, choice: str) -> None:
    _choose(client, language)
    walk(client, [("help-to-learn", {"answer": choice}), ("one-thing", {"answer": ""})], SLUG)
    assert location(submit(client, SLUG)) == f"/surveys/{SLUG}/done"


def test_answers_in_polish_count_in_the_same_results_as_english_ones(app):
    survey_id = make_school_survey(app)
    translate(app, survey_id, "pl", POLISH, offered=True)
    _answer(app.test_client(), "pl", "sometimes")
    _answer(app.test_client(), "en", "sometimes")
    _answer(app.test_client(), "ur", "no")  # no Urdu translation: answered in English

    with app.app_context():
        languages = db.session.scalars(select(Response.language).order_by(Response.id)).all()
        assert languages == ["pl", "en", "en"]
        results = survey_results(db.session.get(Survey, survey_id))
        (help_to_learn,) = [q for q in results.questions if q.key == "help-to-learn"]
        counts = {option.value: option.count for option in help_to_learn.options}
        assert counts == {"yes": 0, "sometimes": 2, "no": 1}
        assert help_to_learn.text == "Do you get the help you need to learn?"
