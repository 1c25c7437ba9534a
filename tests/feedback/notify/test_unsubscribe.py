"""One-click unsubscribe: a page with one button, RFC 8058 one-click posts, and old links."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import FollowUp, Notification
from tests.feedback.notify.helpers import (
    follow,
    follow_up_emails,
    mail_config,
    make_action,
    make_closed_survey,
    notifications,
)
from tests.feedback.respond.journey import count, location
from tests.pages import visible_text


@pytest.fixture
def token(app) -> str:
    """Jo's unsubscribe token; Jo and Sam follow a survey with one action published."""
    survey = make_closed_survey(app)
    follow(app, survey, "jo@example.org", "sam@example.org")
    make_action(app, [survey], "Shorter waits")
    with app.app_context():
        return db.session.scalar(
            select(FollowUp.unsubscribe_token).where(FollowUp.email == "jo@example.org")
        )


def test_the_link_shows_one_button_naming_the_survey(client, token):
    response = client.get(f"/follow-up/unsubscribe/{token}")
    assert response.status_code == 200
    text = visible_text(response)
    assert "Stop emails about ‘Your experience of SEND support’" in text
    assert "we delete your email address straight away" in text
    assert "jo@example.org" not in text


def test_pressing_the_button_deletes_the_address_and_what_it_was_owed(client, app, token):
    response = client.post(f"/follow-up/unsubscribe/{token}")
    assert location(response) == f"/follow-up/unsubscribe/{token}"
    text = visible_text(client.get(location(response)))
    assert "You will not get any more emails about ‘Your experience of SEND support’" in text
    assert "Your email address has been removed" in text
    assert follow_up_emails(app) == ["sam@example.org"]
    assert [row[0] for row in notifications(app)] == ["sam@example.org"]
    assert count(app, Notification) == 1


def test_an_old_or_unknown_link_says_the_address_is_already_removed(client, app, token):
    client.post(f"/follow-up/unsubscribe/{token}")
    for link in (f"/follow-up/unsubscribe/{token}", "/follow-up/unsubscribe/made-up"):
        response = client.get(link)
        assert response.status_code == 200
        assert "Your email address has been removed" in visible_text(response)
    assert client.post("/follow-up/unsubscribe/made-up").status_code == 302
    assert count(app, FollowUp) == 1


class TestWithCsrf:
    @pytest.fixture
    def app_config(self, inbox):
        return mail_config(inbox.port, WTF_CSRF_ENABLED=True)

    def test_a_mail_program_can_unsubscribe_in_one_click(self, client, app, token):
        response = client.post(
            f"/follow-up/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"}
        )
        assert response.status_code == 200
        assert "Your email address has been removed" in visible_text(response)
        assert follow_up_emails(app) == ["sam@example.org"]

    def test_the_page_button_works_with_csrf_on(self, client, app, token):
        page = client.get(f"/follow-up/unsubscribe/{token}").get_data(as_text=True)
        assert 'name="csrf_token"' in page
        assert client.post(f"/follow-up/unsubscribe/{token}").status_code == 302
        assert follow_up_emails(app) == ["sam@example.org"]
