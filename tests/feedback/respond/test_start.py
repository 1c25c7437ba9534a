"""The start page, and what respondents see when a survey is not taking answers."""

from dataclasses import replace

from feedback.models import Draft, SurveyStatus
from tests.factories import every_type_definition, make_survey
from tests.feedback.respond.journey import (
    SLUG,
    count,
    make_survey_with,
    question_url,
    start,
    text,
    today,
    update_survey,
)


def test_start_page_says_what_the_survey_is_how_long_it_takes_and_how_answers_are_used(client, app):
    make_survey(app)
    page = text(client.get(f"/surveys/{SLUG}"))

    assert "<title>Your experience of SEND support" in page
    assert "Tell us what it is like to get support for your child." in page
    # 9 questions of its own and 1 about where they live, at about 20 seconds each
    assert "It takes about 4 minutes to answer." in page
    assert "The Parent Carer Forum and the council will publish what we do next." in page
    assert "Your answers are anonymous" in page
    assert "do not write your name" in page
    assert 'href="/privacy"' in page
    assert f'<form method="post" action="/surveys/{SLUG}/start"' in page
    assert "govuk-button--start" in page
    assert "Start now" in page


def test_start_page_explains_what_happens_next_when_the_survey_does_not(client, app):
    make_survey_with(app, what_happens_next="")
    page = text(client.get(f"/surveys/{SLUG}"))
    assert "What happens to your answers" in page
    assert "The partnership will read every answer." in page


def test_a_short_survey_takes_about_a_minute(client, app):
    definition = every_type_definition("short")
    first = replace(definition.sections[0], questions=definition.sections[0].questions[:1])
    survey_id = make_survey(app, replace(definition, sections=(first,)))
    update_survey(app, survey_id, ask_locality=False)
    assert "It takes about 1 minute to answer." in text(client.get("/surveys/short"))


def test_starting_creates_a_draft_and_asks_the_first_question(client, app):
    make_survey(app)
    assert start(client) == question_url("_locality")
    assert count(app, Draft) == 1
    # Starting again carries on with the same answers rather than starting a second draft.
    assert start(client) == question_url("_locality")
    assert count(app, Draft) == 1


def test_a_closed_survey_says_so_on_every_page(client, app):
    survey_id = make_survey(app)
    start(client)
    update_survey(app, survey_id, status=SurveyStatus.CLOSED)

    for url in (
        f"/surveys/{SLUG}",
        question_url("_locality"),
        f"/surveys/{SLUG}/check",
    ):
        response = client.get(url)
        page = text(response)
        assert response.status_code == 200
        assert "This survey is closed" in page
        assert "Your experience of SEND support" in page
        assert "See the surveys you can answer now" in page
    assert "This survey is closed" in text(client.post(f"/surveys/{SLUG}/start"))
    assert "This survey is closed" in text(client.post(question_url("_locality"), data={}))


def test_a_survey_past_its_closing_date_is_closed(client, app):
    survey_id = make_survey(app)
    update_survey(app, survey_id, closes_on=today(-1))
    assert "This survey is closed" in text(client.get(f"/surveys/{SLUG}"))


def test_a_survey_not_yet_open_says_when_it_opens(client, app):
    survey_id = make_survey(app)
    update_survey(app, survey_id, opens_on=today(1))
    page = text(client.get(f"/surveys/{SLUG}"))
    assert "This survey is not open yet" in page
    assert f"You can answer it from {today(1).day} {today(1):%B %Y}" in page
    assert count(app, Draft) == 0


def test_unknown_and_unpublished_surveys_are_not_found(client, app):
    make_survey_with(app, "being-written", SurveyStatus.DRAFT)
    make_survey_with(app, "being-reviewed", SurveyStatus.IN_REVIEW)
    for slug in ("no-such-survey", "being-written", "being-reviewed"):
        response = client.get(f"/surveys/{slug}")
        assert response.status_code == 404
        assert "Page not found" in text(response)
