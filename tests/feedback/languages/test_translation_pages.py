"""Staff translate a survey's content, and offer a language only when nothing is missing."""

import pytest

from feedback.extensions import db
from feedback.models import Question, QuestionOption, Role, Survey, SurveyStatus
from tests.factories import login_as, make_group
from tests.feedback.languages.helpers import (
    POLISH,
    make_school_survey,
    translate,
    translation_of,
)
from tests.feedback.manage.helpers import question_id, survey_value
from tests.pages import page, visible_text


def _languages(survey_id: int) -> str:
    return f"/manage/surveys/{survey_id}/languages"


def _form(survey_id: int, language: str = "pl") -> str:
    return f"/manage/surveys/{survey_id}/languages/{language}"


@pytest.fixture
def survey_id(app):
    return make_school_survey(app, SurveyStatus.DRAFT)


def test_the_languages_page_lists_each_language_but_english_with_its_progress(
    client, app, survey_id
):
    translate(app, survey_id, "pl", {"title": "Twoja szkoła"}, offered=False)
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get(_languages(survey_id)))
    assert "Polish 1 of 10 Not offered Translate into Polish" in text
    assert "Urdu 0 of 10 Not started Translate into Urdu" in text
    assert "English 0" not in text


def test_the_survey_page_links_to_its_languages(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    response = client.get(f"/manage/surveys/{survey_id}")
    assert f'href="{_languages(survey_id)}"' in page(response)
    assert "Respondents can answer in English only." in visible_text(response)


def test_the_form_shows_every_english_string_beside_a_field_for_it(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    html = page(client.get(_form(survey_id)))
    assert '<h1 class="govuk-heading-l">Polish translation</h1>' in html
    assert "Question 1: Do you get the help you need to learn?" in html
    for english in ("Your school", "Think about this term.", "Sometimes", "School"):
        assert f'<span lang="en">English: {english}</span>' in html
    assert 'name="question:help-to-learn:option:sometimes"' in html
    assert 'lang="pl" dir="ltr"' in html

    urdu = page(client.get(_form(survey_id, "ur")))
    assert "Urdu translation" in urdu
    assert 'lang="ur" dir="rtl"' in urdu


def test_a_language_the_interface_does_not_offer_is_not_found(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    assert client.get(_form(survey_id, "fr")).status_code == 404
    assert client.get(_form(survey_id, "en")).status_code == 404


def test_offering_a_language_with_strings_missing_is_refused_and_lists_each_one(
    client, app, survey_id
):
    login_as(client, app, Role.OFFICER)
    partial = {
        key: text
        for key, text in POLISH.items()
        if key != "question:help-to-learn:option:sometimes"
    }
    del partial["question:one-thing:text"]
    response = client.post(_form(survey_id), data={**partial, "offer": "y"})

    assert response.status_code == 200
    text = visible_text(response)
    assert "There is a problem" in text
    assert "You cannot offer Polish until every string is translated: 2 are missing" in text
    assert (
        "Option ‘Sometimes’ of question ‘Do you get the help you need to learn?’ has no Polish "
        "translation" in text
    )
    assert "Question ‘What would make school better?’ has no Polish translation" in text
    assert 'value="Tak"' in page(response)  # what was typed is kept on the page
    assert translation_of(app, survey_id, "pl") is None  # nothing half-written


def test_an_unfinished_translation_can_be_saved_without_offering_it(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    response = client.post(_form(survey_id), data={"title": " Twoja szkoła ", "purpose": ""})
    assert response.status_code == 302
    assert translation_of(app, survey_id, "pl") == ({"title": "Twoja szkoła"}, False)
    follow = visible_text(client.get(response.headers["Location"]))
    assert "The Polish translation of ‘Your school’ has been saved. It is not offered" in follow
    assert 'value="Twoja szkoła"' in page(client.get(_form(survey_id)))


def test_a_complete_translation_is_saved_and_offered(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    response = client.post(_form(survey_id), data={**POLISH, "offer": "y"})
    assert response.status_code == 302
    assert translation_of(app, survey_id, "pl") == (POLISH, True)
    text = visible_text(client.get(_languages(survey_id)))
    assert "has been saved. It is offered to respondents" in text
    assert "Polish 10 of 10 Offered to respondents" in text
    survey_page = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "Respondents can answer in English and Polish." in survey_page


def test_an_overlong_translation_is_refused(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    response = client.post(_form(survey_id), data={"title": "a" * 5_001})
    assert response.status_code == 200
    assert "The survey title in Polish must be 5,000 characters or fewer" in visible_text(response)
    assert translation_of(app, survey_id, "pl") is None


def test_viewers_read_a_translation_but_cannot_change_it(client, app, survey_id):
    translate(app, survey_id, "pl", {"title": "Twoja szkoła"}, offered=False)
    login_as(client, app, Role.VIEWER)
    response = client.get(_form(survey_id))
    assert response.status_code == 200
    text = visible_text(response)
    assert "Title Your school Twoja szkoła" in text
    assert "Not translated" in text
    assert "Save translation" not in text
    assert client.post(_form(survey_id), data=POLISH).status_code == 403
    assert translation_of(app, survey_id, "pl") == ({"title": "Twoja szkoła"}, False)


def test_forum_editors_translate_their_groups_surveys_only(client, app):
    own, other = make_group(app), make_group(app, "youth-forum", "Youth Forum")
    survey_id = make_school_survey(app, SurveyStatus.DRAFT, group_ids=[own])
    other_survey = make_school_survey(app, group_ids=[other], slug="elsewhere")
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[own])
    assert client.post(_form(survey_id), data=POLISH).status_code == 302
    assert client.get(_form(other_survey)).status_code == 403
    assert client.post(_form(other_survey), data=POLISH).status_code == 403


def _add_option(app, survey_id: int) -> None:
    """Staff add an option to the question after it was translated."""
    with app.app_context():
        question = db.session.get(Question, question_id(app, survey_id, "help-to-learn"))
        question.options.append(QuestionOption(value="not-sure", label="Not sure", position=3))
        db.session.commit()


def test_a_change_to_the_questions_flags_the_translation_and_stops_the_survey_opening(
    client, app, survey_id
):
    translate(app, survey_id, "pl", POLISH, offered=True)
    _add_option(app, survey_id)
    login_as(client, app, Role.OFFICER)

    survey_page = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "The Polish translation has 1 string missing" in survey_page
    assert "Respondents who choose Polish see the survey in English" in survey_page
    assert "Respondents can answer in English only." in survey_page

    response = client.post(f"/manage/surveys/{survey_id}/status/open")
    text = visible_text(response)
    assert "‘Your school’ cannot be opened yet" in text
    assert "The Polish translation is offered to respondents but 1 string is not translated" in text
    assert survey_value(app, survey_id, "status") == SurveyStatus.DRAFT

    form_text = visible_text(client.post(_form(survey_id), data={**POLISH, "offer": "y"}))
    assert (
        "Option ‘Not sure’ of question ‘Do you get the help you need to learn?’ has no Polish"
        in form_text
    )

    complete = {**POLISH, "question:help-to-learn:option:not-sure": "Nie wiem"}
    assert client.post(_form(survey_id), data={**complete, "offer": "y"}).status_code == 302
    assert client.post(f"/manage/surveys/{survey_id}/status/open").status_code == 302
    assert survey_value(app, survey_id, "status") == SurveyStatus.OPEN


def test_a_translation_of_english_that_changed_since_must_be_checked_again(client, app, survey_id):
    translate(app, survey_id, "pl", POLISH, offered=True)
    with app.app_context():
        db.session.get(Survey, survey_id).title = "Your school this year"
        db.session.commit()
    login_as(client, app, Role.OFFICER)

    html = page(client.get(_form(survey_id)))
    assert "1 string has changed in English since it was translated" in html
    assert (
        'Polish before the English changed: <span lang="pl" dir="ltr">Twoja szkoła</span>' in html
    )
    assert 'value="Twoja szkoła"' not in html  # to be typed again, not passed over

    unchanged = {key: text for key, text in POLISH.items() if key != "title"}
    text = visible_text(client.post(_form(survey_id), data={**unchanged, "offer": "y"}))
    assert (
        "The survey title has changed in English since it was translated: update the Polish" in text
    )

    response = client.post(
        _form(survey_id), data={**unchanged, "title": "Twoja szkoła w tym roku", "offer": "y"}
    )
    assert response.status_code == 302
    assert translation_of(app, survey_id, "pl")[0]["title"] == "Twoja szkoła w tym roku"
