"""Signing in and out, as staff see it."""

from feedback.models import Role
from tests.factories import PASSWORD, login_as, make_staff


def test_sign_in_page_explains_who_it_is_for(client):
    page = client.get("/sign-in").get_data(as_text=True)
    assert "You do not need to sign in to answer a survey" in page


def test_wrong_password_shows_an_error_summary(client, app):
    email = make_staff(app, Role.OFFICER)
    response = client.post("/sign-in", data={"email": email, "password": "not it at all"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Enter a correct email address and password" in page
    assert "<title>Error: " in page


def test_blank_form_names_each_missing_field(client):
    page = client.post("/sign-in", data={}).get_data(as_text=True)
    assert "Enter your email address" in page
    assert "Enter your password" in page


def test_signing_in_goes_to_the_survey_list_and_ignores_offsite_next(client, app):
    email = make_staff(app, Role.VIEWER)
    response = client.post(
        "/sign-in?next=//evil.example/steal", data={"email": email.upper(), "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/manage/surveys"


def test_staff_pages_need_sign_in_and_sign_out_ends_it(client, app):
    assert client.get("/manage/surveys").status_code == 302
    login_as(client, app, Role.OFFICER)
    assert client.get("/manage/surveys").status_code == 200
    client.get("/sign-out")
    assert client.get("/manage/surveys").status_code == 302


def test_the_sign_out_message_is_a_banner_not_raw_markup(client, app):
    login_as(client, app, Role.VIEWER)
    page = client.get("/sign-out", follow_redirects=True).get_data(as_text=True)
    assert '<p class="govuk-notification-banner__heading">You have signed out</p>' in page
    assert "&lt;p" not in page
