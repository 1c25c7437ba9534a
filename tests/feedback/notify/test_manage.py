"""The staff page: who is waiting to hear (counts only), what is owed, and a send button."""

from __future__ import annotations

import re

import pytest

from feedback.models import Role
from tests.factories import PASSWORD, login_as, make_group, make_staff
from tests.feedback.notify.helpers import (
    follow,
    free_port,
    mail_config,
    make_action,
    make_closed_survey,
    notifications,
)
from tests.feedback.respond.journey import location
from tests.pages import visible_text

PAGE = "/manage/notifications/"
SEND = "/manage/notifications/send"


@pytest.fixture
def owed(app) -> int:
    survey = make_closed_survey(app)
    follow(app, survey, "jo@example.org", "sam@example.org", "kim@example.org")
    make_action(app, [survey], "Shorter waits")
    make_action(app, [survey], "EHC plans on time")
    return survey


@pytest.mark.parametrize("role", [Role.ADMIN, Role.OFFICER])
def test_officers_and_admins_see_counts_and_never_addresses(client, app, owed, role):
    login_as(client, app, role)
    response = client.get(PAGE)
    assert response.status_code == 200
    text = visible_text(response)
    assert "Your experience of SEND support 3 0 6" in text
    assert "Your experience of SEND support Shorter waits 3 0 Not yet None" in text
    assert "Send the emails now" in text
    assert "example.org" not in text


@pytest.mark.parametrize("role", [Role.FORUM_EDITOR, Role.VIEWER, Role.MEMBER])
def test_other_roles_are_refused(client, app, role):
    login_as(client, app, role, group_ids=[make_group(app)])
    assert client.get(PAGE).status_code == 403
    assert client.post(SEND).status_code == 403


def test_signed_out_people_are_sent_to_sign_in(client, app):
    assert "/sign-in" in location(client.get(PAGE))
    assert "/sign-in" in location(client.post(SEND))


def test_the_button_sends_the_emails_and_says_so(client, app, inbox, owed):
    login_as(client, app, Role.OFFICER)
    response = client.post(SEND)
    assert location(response) == PAGE
    text = visible_text(client.get(PAGE))
    assert "Sent 3 emails about 2 actions; 0 still pending." in text
    assert "Your experience of SEND support 3 6 0" in text
    assert "No updates are owed" in text
    assert len(inbox.messages) == 3


def test_a_failed_send_is_reported_and_listed(client, app, owed):
    app.config["MAIL_PORT"] = free_port()
    login_as(client, app, Role.OFFICER)
    client.post(SEND)
    text = visible_text(client.get(PAGE))
    assert "Sent 0 emails about 0 actions; 6 still pending (last error: The mail server" in text
    assert "Shorter waits 3 1" in text
    assert "refused the connection" in text
    assert {status for _, _, status, _ in notifications(app)} == {"pending"}


def test_the_page_says_when_email_is_not_set_up(client, app, owed):
    app.config["MAIL_SERVER"] = ""
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get(PAGE))
    assert "Email is not set up: FEEDBACK_MAIL_SERVER is empty" in text


def test_an_empty_page_says_nobody_has_signed_up(client, app):
    login_as(client, app, Role.ADMIN)
    text = visible_text(client.get(PAGE))
    assert "Nobody has signed up to hear about a survey yet" in text
    assert "No updates are owed" in text


class TestWithCsrf:
    @pytest.fixture
    def app_config(self, inbox):
        return mail_config(inbox.port, WTF_CSRF_ENABLED=True)

    def test_sending_without_a_token_is_refused(self, client, app, inbox, owed):
        login_as_with_csrf(client, app)
        response = client.post(SEND)
        assert response.status_code == 400
        assert inbox.messages == []


def login_as_with_csrf(client, app) -> None:
    """Sign in as an officer through the sign-in form, token and all."""
    email = make_staff(app, Role.OFFICER)
    page = client.get("/sign-in").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)[1]
    response = client.post(
        "/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 302
