"""`flask users ...`: the password rules, and recovering access from the command line."""

from feedback.models import Role
from tests.factories import PASSWORD, make_staff
from tests.feedback.auth.helpers import audit_events
from tests.feedback.users.helpers import account, browser_of

COMMON = "Choose a password that is harder to guess: this one is in a list of common passwords"


def run(app, *args: str):
    return app.test_cli_runner().invoke(args=["users", *args])


def test_create_refuses_a_common_password(app):
    result = run(
        app,
        "create",
        "--email",
        "kim@example.org",
        "--name",
        "Kim",
        "--role",
        "viewer",
        "--password",
        "Password1",
    )
    assert result.exit_code == 1
    assert COMMON in result.output
    ok = run(
        app,
        "create",
        "--email",
        "kim@example.org",
        "--name",
        "Kim",
        "--role",
        "viewer",
        "--password",
        "trains and buses",
    )
    assert ok.exit_code == 0, ok.output
    assert account(app, "kim@example.org").role == Role.VIEWER


def test_unlock_end_sessions_and_reset_two_factor(app):
    email = make_staff(app, Role.ADMIN)
    browser = browser_of(app, email)
    result = run(app, "end-sessions", email)
    assert result.exit_code == 0 and "Signed admin@example.org out of 1 session." in result.output
    assert browser.get("/manage/surveys").status_code == 302
    for _ in range(5):
        browser.post("/sign-in", data={"email": email, "password": "wrong guess 123"})
    assert run(app, "unlock", email).exit_code == 0
    assert browser.post("/sign-in", data={"email": email, "password": PASSWORD}).status_code == 302
    assert run(app, "reset-two-factor", email).exit_code == 0
    assert [e.event for e in audit_events(app, "user.")] == ["user.sessions_ended", "user.unlocked"]
    missing = run(app, "unlock", "nobody@example.org")
    assert missing.exit_code == 1 and "There is no account for nobody@example.org" in missing.output
