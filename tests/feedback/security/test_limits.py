"""Rate limits: public answers and submissions, sign-in and the API, in memory and in Redis."""

from __future__ import annotations

import logging
import uuid

import pytest
import redis

from feedback.models import Response
from feedback.security.limits import LIMITS, TESTING_LIMIT, init_limits, limit_for
from tests.factories import make_staff, make_survey
from tests.feedback.respond.journey import YES_PATH, answer, count, question_url, start, walk

REDIS_URL = "redis://127.0.0.1:6379/0"
TOO_MANY = "You have sent too many requests"
LOW = {
    "RATE_LIMIT_ANSWERS": "3 per minute",
    "RATE_LIMIT_SUBMIT": "2 per minute",
    "RATE_LIMIT_FORMS": "2 per minute",
    "RATE_LIMIT_SIGN_IN": "2 per minute",
    "RATE_LIMIT_API": "2 per minute",
    "RATE_LIMIT_RESUME": "2 per minute",
}


@pytest.fixture(params=["memory", "redis"])
def app_config(request) -> dict:
    """Low limits, counted in memory or in Redis (under a key prefix of this test's own)."""
    config = dict(LOW)
    if request.param == "redis":
        config["RATELIMIT_STORAGE_URI"] = REDIS_URL
        config["RATELIMIT_KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
    return config


@pytest.fixture
def limited(app):
    init_limits(app)
    yield app
    prefix = app.config["RATELIMIT_KEY_PREFIX"]
    if app.config["RATELIMIT_STORAGE_URI"] == REDIS_URL:
        store = redis.Redis.from_url(REDIS_URL)
        for key in store.scan_iter(f"*{prefix}*"):
            store.delete(key)


def _page(response) -> str:
    return response.get_data(as_text=True)


def test_question_pages_are_limited_per_client_with_a_clear_429(limited, client):
    make_survey(limited)
    start(client)
    key, data = YES_PATH[0]
    for _ in range(3):
        assert answer(client, key, data).status_code == 302

    refused = answer(client, key, data)

    assert refused.status_code == 429
    assert TOO_MANY in _page(refused)
    assert "Wait a minute and try again." in _page(refused)
    assert 0 < int(refused.headers["Retry-After"]) <= 61
    assert client.get(question_url(key)).status_code == 200  # reading is not limited


def test_another_client_is_not_held_up(limited, client):
    make_survey(limited)
    start(client)
    key, data = YES_PATH[0]
    for _ in range(4):
        answer(client, key, data)

    other = limited.test_client()
    other.environ_base["REMOTE_ADDR"] = "192.0.2.7"
    start(other)
    assert answer(other, key, data).status_code == 302


def test_final_submission_is_limited_and_a_refused_one_stores_nothing(limited, client):
    make_survey(limited)
    limited.config["RATE_LIMIT_ANSWERS"] = "100 per minute"
    walk(client, YES_PATH)
    assert client.post("/surveys/every-type/check").status_code == 302
    assert client.post("/surveys/every-type/check").status_code == 302  # sent already
    other = limited.test_client()
    walk(other, YES_PATH)

    refused = other.post("/surveys/every-type/check")

    assert refused.status_code == 429
    assert count(limited, Response) == 1


def test_sign_in_posts_are_limited_per_ip(limited, client):
    make_staff(limited, email="officer@example.org")
    for _ in range(2):
        wrong = client.post("/sign-in", data={"email": "officer@example.org", "password": "no"})
        assert wrong.status_code != 429

    refused = client.post("/sign-in", data={"email": "officer@example.org", "password": "no"})

    assert refused.status_code == 429
    assert TOO_MANY in _page(refused)
    assert client.get("/sign-in").status_code == 200


def test_api_is_limited_per_token_with_a_json_429(limited, client):
    first = {"Authorization": "Bearer first-token"}
    second = {"Authorization": "Bearer second-token"}
    for _ in range(2):
        assert client.get("/api/v1/surveys", headers=first).status_code == 401

    refused = client.get("/api/v1/surveys", headers=first)

    assert refused.status_code == 429
    assert refused.is_json
    assert refused.json["error"]["code"] == "too_many_requests"
    assert "Retry-After" in refused.headers
    assert client.get("/api/v1/surveys", headers=second).status_code == 401


def test_the_follow_up_sign_up_is_limited(limited, client):
    make_survey(limited)
    limited.config["RATE_LIMIT_ANSWERS"] = "100 per minute"
    walk(client, YES_PATH)
    client.post("/surveys/every-type/check")
    url = "/surveys/every-type/follow-up"
    for _ in range(2):
        assert client.post(url, data={"email": "not an address"}).status_code == 400

    assert client.post(url, data={"email": "not an address"}).status_code == 429


def test_keys_and_logs_hold_no_ip_address_or_token(limited, client, caplog):
    other = limited.test_client()
    other.environ_base["REMOTE_ADDR"] = "198.51.100.23"
    caplog.set_level(logging.INFO, logger="flask-limiter")
    for _ in range(3):
        other.get("/api/v1/surveys", headers={"Authorization": "Bearer secret-token-42"})
        other.post("/sign-in", data={"email": "x@example.org", "password": "no"})

    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "exceeded" in logged
    assert "198.51.100.23" not in logged
    assert "secret-token-42" not in logged
    if limited.config["RATELIMIT_STORAGE_URI"] == REDIS_URL:
        store = redis.Redis.from_url(REDIS_URL)
        keys = " ".join(
            k.decode() for k in store.scan_iter(f"*{limited.config['RATELIMIT_KEY_PREFIX']}*")
        )
        assert keys
        assert "198.51.100.23" not in keys
        assert "secret-token-42" not in keys


def test_init_limits_twice_limits_once(limited, client):
    init_limits(limited)
    make_survey(limited)
    start(client)
    key, data = YES_PATH[0]
    for _ in range(3):
        assert answer(client, key, data).status_code == 302


@pytest.mark.parametrize("app_config", [{}], indirect=False)
def test_testing_defaults_are_on_but_high_and_production_values_documented(app):
    with app.app_context():
        assert limit_for("RATE_LIMIT_SIGN_IN") == TESTING_LIMIT
        app.testing = False
        assert limit_for("RATE_LIMIT_SIGN_IN") == "10 per minute"
        assert limit_for("RATE_LIMIT_SUBMIT") == "10 per minute"
        assert limit_for("RATE_LIMIT_ANSWERS") == "30 per minute"
        assert limit_for("RATE_LIMIT_API") == "120 per minute"
        app.config["RATE_LIMIT_API"] = "5 per second"
        assert limit_for("RATE_LIMIT_API") == "5 per second"
    assert set(LIMITS) == set(LOW)


@pytest.mark.parametrize(
    "app_config",
    [LOW | {"RATELIMIT_STORAGE_URI": REDIS_URL, "RATELIMIT_KEY_PREFIX": f"t-{uuid.uuid4().hex}"}],
)
def test_counts_are_kept_in_redis_when_configured(limited, client):
    client.post("/sign-in", data={"email": "x@example.org", "password": "no"})

    pattern = f"*{limited.config['RATELIMIT_KEY_PREFIX']}*"
    assert list(redis.Redis.from_url(REDIS_URL).scan_iter(pattern))


@pytest.mark.parametrize("app_config", [LOW | {"RATELIMIT_STORAGE_URI": "redis://127.0.0.1:9/0"}])
def test_limits_still_hold_in_memory_when_redis_is_unreachable(limited, client):
    for _ in range(2):
        assert client.post("/sign-in", data={"email": "x@example.org"}).status_code != 429

    assert client.post("/sign-in", data={"email": "x@example.org"}).status_code == 429
