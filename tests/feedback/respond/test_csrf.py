"""Every respondent form carries a CSRF token, and posts without one are refused politely."""

import re

import pytest

from feedback.models import Draft, Response
from tests.factories import make_survey
from tests.feedback.respond.journey import SLUG, YES_PATH, count, location, question_url, text


@pytest.fixture
def app_config():
    return {"WTF_CSRF_ENABLED": True}


def _token(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page)[1]


def test_the_whole_journey_works_with_csrf_protection_on(client, app):
    make_survey(app)
    start_page = text(client.get(f"/surveys/{SLUG}"))
    target = location(
        client.post(f"/surveys/{SLUG}/start", data={"csrf_token": _token(start_page)})
    )
    for key, data in YES_PATH:
        assert target == question_url(key)
        token = _token(text(client.get(target)))
        target = location(client.post(target, data={**data, "csrf_token": token}))
    token = _token(text(client.get(target)))
    assert location(client.post(target, data={"csrf_token": token})) == f"/surveys/{SLUG}/done"
    assert count(app, Response) == 1


def test_a_post_without_a_token_is_refused_with_a_friendly_page(client, app):
    make_survey(app)
    refused = client.post(f"/surveys/{SLUG}/start")
    assert refused.status_code == 400
    assert "Sorry, this page has expired" in text(refused)
    assert count(app, Draft) == 0
