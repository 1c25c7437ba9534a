"""Throttling: five failures for an email within 15 minutes lock it for 15 minutes."""

from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Role, SignInAttempt
from tests.factories import PASSWORD, make_staff
from tests.feedback.auth.helpers import Clock, audit_events
from tests.pages import visible_text

LOCKED = "Too many attempts. Try again in 15 minutes"


def fail(client, email: str, times: int):
    for _ in range(times):
        response = client.post("/sign-in", data={"email": email, "password": "wrong guess 123"})
    return response


def test_five_failures_lock_the_account_even_with_the_right_password(client, app, monkeypatch):
    clock = Clock(monkeypatch)
    email = make_staff(app, Role.OFFICER)
    assert "Enter a correct email address and password" in visible_text(fail(client, email, 4))
    response = fail(client, email, 1)
    assert response.status_code == 200
    assert LOCKED in visible_text(response)
    right = client.post("/sign-in", data={"email": email, "password": PASSWORD})
    assert right.status_code == 200 and LOCKED in visible_text(right)
    clock.advance(minutes=14)
    right = client.post("/sign-in", data={"email": email, "password": PASSWORD})
    assert LOCKED in visible_text(right)
    clock.advance(minutes=2)
    right = client.post("/sign-in", data={"email": email, "password": PASSWORD})
    assert right.status_code == 302


def test_an_unknown_email_gets_exactly_the_same_answers(client, app, monkeypatch):
    Clock(monkeypatch)
    email = make_staff(app, Role.OFFICER)
    known = [visible_text(fail(client, email, 1)) for _ in range(6)]
    unknown = [visible_text(fail(client, "nobody@example.org", 1)) for _ in range(6)]
    assert known == unknown
    assert LOCKED in unknown[-1] and LOCKED in unknown[4] and LOCKED not in unknown[3]


def test_failures_spread_over_more_than_15_minutes_do_not_lock(client, app, monkeypatch):
    clock = Clock(monkeypatch)
    email = make_staff(app, Role.OFFICER)
    for _ in range(6):
        response = fail(client, email, 1)
        clock.advance(minutes=4)
    assert LOCKED not in visible_text(response)


def test_signing_in_clears_the_failures(client, app, monkeypatch):
    Clock(monkeypatch)
    email = make_staff(app, Role.OFFICER)
    fail(client, email, 4)
    assert client.post("/sign-in", data={"email": email, "password": PASSWORD}).status_code == 302
    client.get("/sign-out")
    assert LOCKED not in visible_text(fail(client, email, 4))
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(SignInAttempt)) == 4


def test_failures_and_the_lock_are_audited_without_the_email_or_password(client, app, monkeypatch):
    Clock(monkeypatch)
    email = make_staff(app, Role.OFFICER)
    fail(client, email, 5)
    failed = audit_events(app, "auth.sign_in_failed")
    locked = audit_events(app, "auth.locked")
    assert len(failed) == 5 and len(locked) == 1
    for event in failed + locked:
        assert "officer" not in event.subject and "example.org" not in event.subject
        assert "wrong guess" not in str(event.detail)
        assert event.subject.startswith("email ")


def test_the_limits_are_settings(client, app, monkeypatch):
    Clock(monkeypatch)
    app.config.update(SIGN_IN_MAX_ATTEMPTS=2, SIGN_IN_LOCK_MINUTES=5)
    email = make_staff(app, Role.OFFICER)
    assert "Too many attempts. Try again in 5 minutes" in visible_text(fail(client, email, 2))
