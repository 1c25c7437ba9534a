"""Public pages in Urdu (right to left) and Polish: the page's language, direction and words."""

from __future__ import annotations

from datetime import date

from tests.feedback.respond.journey import (
    SLUG,
    YES_PATH,
    location,
    make_survey_with,
    submit,
    update_survey,
    walk,
)
from tests.pages import page, visible_text


def test_an_urdu_page_is_right_to_left_and_in_urdu(client, app):
    make_survey_with(app)
    client.get("/language/ur")
    home = page(client.get("/"))
    assert '<html lang="ur" dir="rtl" class="govuk-template">' in home
    assert '<h1 class="govuk-heading-xl">SEND مدد کے بارے میں اپنی رائے دیں</h1>' in home
    assert "مرکزی مواد پر جائیں" in home  # Skip to main content
    assert "رازداری کا نوٹس" in home  # the footer's Privacy notice


def test_a_polish_page_is_left_to_right_and_in_polish(client, app):
    client.get("/language/pl")
    home = page(client.get("/"))
    assert '<html lang="pl" class="govuk-template">' in home
    assert "Obecnie nie ma otwartych ankiet" in home


def test_english_is_the_default(client):
    home = page(client.get("/"))
    assert '<html lang="en" class="govuk-template">' in home
    assert "Have your say on SEND support" in home


def test_dates_are_written_in_the_language(client, app):
    survey_id = make_survey_with(app)
    update_survey(app, survey_id, closes_on=date(2099, 3, 5))
    client.get("/language/pl")
    assert "Zamknięcie: 5 marca 2099" in visible_text(client.get("/"))


def test_error_pages_are_translated(client):
    client.get("/language/ur")
    missing = visible_text(client.get("/no-such-page"))
    assert "صفحہ نہیں ملا" in missing  # Page not found


def test_the_about_you_question_and_the_check_answers_page_are_translated(client, app):
    make_survey_with(app)
    client.get("/language/pl")
    walk(client, YES_PATH)
    check = visible_text(client.get(f"/surveys/{SLUG}/check"))
    assert "O Tobie" in check  # the "About you" section
    assert "W której części obszaru mieszkasz?" in check
    for label in ("Tak", "Zadowolony", "Zgadzam się", "Inne: Home educated"):
        assert label in check


def test_the_confirmation_page_is_translated(client, app):
    make_survey_with(app)
    client.get("/language/ur")
    walk(client, YES_PATH)
    done = visible_text(client.get(location(submit(client))))
    assert "شکریہ، آپ کے جوابات بھیج دیے گئے ہیں" in done
    assert "آپ کا حوالہ نمبر ہے" in done
