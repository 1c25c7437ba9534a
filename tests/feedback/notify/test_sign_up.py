"""Signing up at the end of a survey to hear what happened: optional, checked, kept apart."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import inspect

from feedback.extensions import db
from feedback.models import FollowUp
from tests.factories import make_survey
from tests.feedback.notify.helpers import follow_up_emails, mail_config
from tests.feedback.respond.journey import SLUG, YES_PATH, count, location, submit, walk
from tests.pages import visible_text

DONE = f"/surveys/{SLUG}/done"
SIGN_UP = f"/surveys/{SLUG}/follow-up"


@pytest.fixture
def answered(client, app):
    """A respondent who has just sent their answers."""
    make_survey(app)
    walk(client, YES_PATH)
    assert location(submit(client)) == DONE
    return client


def test_the_confirmation_page_offers_the_optional_sign_up(answered):
    text = visible_text(answered.get(DONE))
    assert "Thank you, your answers have been sent" in text
    assert "Tell me what happened" in text
    assert "You do not have to." in text
    assert "It is stored apart from your answers, and you can remove it with one click" in text


def test_signing_up_stores_only_the_address_and_the_survey(answered, app):
    response = answered.post(SIGN_UP, data={"email": " Jo.Parent@Example.org "})
    assert location(response) == DONE
    text = visible_text(answered.get(DONE))
    assert "We will email you when we publish what we did" in text
    assert "jo.parent@example.org" not in text
    assert follow_up_emails(app) == ["jo.parent@example.org"]
    columns = {column.key for column in inspect(FollowUp).columns}
    assert columns == {"id", "survey_id", "email", "unsubscribe_token", "created_at"}
    with app.app_context():
        (follow_up,) = db.session.query(FollowUp).all()
        assert follow_up.survey.slug == SLUG
        assert len(follow_up.unsubscribe_token) >= 40


def test_signing_up_twice_is_fine(answered, app):
    answered.post(SIGN_UP, data={"email": "jo.parent@example.org"})
    response = answered.post(SIGN_UP, data={"email": "JO.PARENT@example.org"})
    assert location(response) == DONE
    assert "You are already on the list" in visible_text(answered.get(DONE))
    assert count(app, FollowUp) == 1


@pytest.mark.parametrize(
    "address",
    [
        "jo.parent",
        "jo.parent@example",
        "jo@@example.org",
        "jo parent@example.org",
        "jo@example.org, sam@example.org",
        "<jo@example.org>",
        "jo.@example.org",
        "jo@-example.org",
        "jö@example.org",
        "x" * 250 + "@example.org",
    ],
)
def test_a_malformed_address_is_refused_at_entry(answered, app, address):
    response = answered.post(SIGN_UP, data={"email": address})
    assert response.status_code == 400
    text = visible_text(response)
    assert "There is a problem" in text
    assert "Enter an email address in the correct format, like name@example.com" in text
    assert re.search(r"<title>\s*Error:", response.get_data(as_text=True))
    assert count(app, FollowUp) == 0


def test_an_empty_address_asks_for_one(answered, app):
    response = answered.post(SIGN_UP, data={"email": "  "})
    assert response.status_code == 400
    assert "Enter your email address, like name@example.com" in visible_text(response)
    assert count(app, FollowUp) == 0


def test_only_someone_who_answered_can_sign_up(client, app):
    make_survey(app)
    response = client.post(SIGN_UP, data={"email": "jo.parent@example.org"})
    assert location(response) == f"/surveys/{SLUG}"
    assert count(app, FollowUp) == 0


def test_an_unknown_survey_is_not_found(client, app):
    response = client.post("/surveys/nothing-here/follow-up", data={"email": "a@b.org"})
    assert response.status_code == 404


class TestWithCsrf:
    @pytest.fixture
    def app_config(self, inbox):
        return mail_config(inbox.port, WTF_CSRF_ENABLED=True)

    @pytest.fixture
    def answered(self, client, app):
        make_survey(app)
        token = _token(client.get(f"/surveys/{SLUG}").get_data(as_text=True))
        target = location(client.post(f"/surveys/{SLUG}/start", data={"csrf_token": token}))
        for _key, data in YES_PATH:
            token = _token(client.get(target).get_data(as_text=True))
            target = location(client.post(target, data={**data, "csrf_token": token}))
        token = _token(client.get(target).get_data(as_text=True))
        assert location(client.post(target, data={"csrf_token": token})) == DONE
        return client

    def test_the_form_on_the_confirmation_page_carries_a_token(self, answered, app):
        token = _token(answered.get(DONE).get_data(as_text=True))
        response = answered.post(SIGN_UP, data={"email": "jo@example.org", "csrf_token": token})
        assert location(response) == DONE
        assert follow_up_emails(app) == ["jo@example.org"]

    def test_a_post_without_a_token_is_refused(self, answered, app):
        response = answered.post(SIGN_UP, data={"email": "jo@example.org"})
        assert response.status_code == 400
        assert "Sorry, this page has expired" in visible_text(response)
        assert count(app, FollowUp) == 0


def _token(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)[1]
