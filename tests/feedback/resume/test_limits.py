"""Entering codes is rate-limited per client, so guessing one is hopeless."""

from __future__ import annotations

import pytest

from feedback.security.limits import LIMITS
from tests.factories import make_survey
from tests.feedback.respond.journey import text
from tests.feedback.resume.helpers import NOT_FOUND, enter_code, resume_url


@pytest.fixture
def app_config() -> dict:
    return {"RATE_LIMIT_RESUME": "3 per minute"}


def test_entering_codes_is_limited_per_client_with_a_429(app, client):
    make_survey(app)
    for _ in range(3):
        assert NOT_FOUND in text(enter_code(client, "2345-6789-ABCD"))

    refused = enter_code(client, "2345-6789-ABCE")

    assert refused.status_code == 429
    assert "You have sent too many requests" in text(refused)
    assert NOT_FOUND not in text(refused)
    assert int(refused.headers["Retry-After"]) > 0
    assert client.get(resume_url()).status_code == 200  # reading the page is not limited
    other = app.test_client()
    other.environ_base["REMOTE_ADDR"] = "192.0.2.7"
    assert enter_code(other, "2345-6789-ABCD").status_code == 400


@pytest.mark.parametrize("app_config", [{"RATE_LIMIT_RESUME": LIMITS["RATE_LIMIT_RESUME"]}])
def test_the_production_limit_lets_five_codes_a_minute_through(app, client):
    make_survey(app)
    assert [enter_code(client, "2345-6789-ABCD").status_code for _ in range(6)] == [400] * 5 + [429]
