"""The demo youth survey comes in Polish and Urdu, complete and offered to respondents."""

import pytest
from flask import session
from sqlalchemy import select

from feedback.definitions import definition_from_survey, survey_from_definition
from feedback.demo import load_demo
from feedback.demo.content.young_people import DEFINITION
from feedback.demo.translations import TRANSLATIONS, load_translations
from feedback.extensions import db
from feedback.i18n import SESSION_KEY
from feedback.languages.services import content_definition, survey_languages
from feedback.models import Survey

YOUTH = "have-your-say-young-people"


def test_the_youth_survey_is_offered_whole_in_polish_and_urdu(app):
    with app.app_context():
        load_demo(responses=20)
    with app.test_request_context():
        session[SESSION_KEY] = "ur"
        survey = db.session.scalar(select(Survey).where(Survey.slug == YOUTH))
        assert survey_languages(survey) == ["en", "ur", "pl"]
        assert {t.language: t.offered for t in survey.translations} == {"pl": True, "ur": True}
        urdu = content_definition(survey)
        english = definition_from_survey(survey)
        assert urdu.question("adults-listen").options[1].label == "کبھی کبھی"
        assert urdu.question("feel-safe").picture_alt == "ایک نیلی ڈھال جس پر سفید ٹِک کا نشان ہے"
        assert [q.key for q in urdu.questions] == [q.key for q in english.questions]
        english_texts = {q.text for q in english.questions}
        assert not english_texts & {q.text for q in urdu.questions}


def test_a_demo_translation_missing_a_string_is_never_loaded(app, monkeypatch):
    gap = "question:age:option:11-to-15"
    polish = {key: text for key, text in TRANSLATIONS[YOUTH]["pl"].items() if key != gap}
    monkeypatch.setitem(TRANSLATIONS, YOUTH, {"pl": polish})
    with app.app_context():
        survey = survey_from_definition(DEFINITION)
        with pytest.raises(ValueError, match=gap):
            load_translations({YOUTH: survey})
        assert survey.translations == []
