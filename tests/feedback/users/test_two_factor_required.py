"""An administrator requires two-factor: the user sets it up right after their password."""

import time

import pyotp

from feedback.models import Role
from tests.factories import PASSWORD, login_as, make_staff
from tests.feedback.auth.helpers import audit_events, totp_key
from tests.feedback.users.helpers import account, browser_of
from tests.pages import visible_text

VIEWER = "viewer@example.org"


def test_requiring_two_factor_makes_the_user_set_it_up_before_anything_else(client, app):
    login_as(client, app, Role.ADMIN)
    make_staff(app, Role.VIEWER)
    target = account(app, VIEWER).id
    browser = browser_of(app, VIEWER)
    client.post(f"/manage/users/{target}/require-two-factor")
    assert account(app, VIEWER).totp_required
    assert browser.get("/manage/surveys").status_code == 302  # signed out at once

    response = browser.post("/sign-in", data={"email": VIEWER, "password": PASSWORD})
    assert response.headers["Location"] == "/sign-in/set-up-two-factor"
    assert browser.get("/manage/surveys").status_code == 302
    page = browser.get("/sign-in/set-up-two-factor")
    assert "An administrator has asked that your account uses two-factor" in visible_text(page)
    phone = pyotp.TOTP(totp_key(page))
    done = browser.post("/sign-in/set-up-two-factor", data={"code": phone.now()})
    assert done.headers["Location"] == "/manage/surveys"
    assert browser.get("/manage/surveys").status_code == 200
    assert account(app, VIEWER).totp_secret == totp_key(page)

    page = visible_text(browser.get("/manage/account/two-factor"))
    assert "you cannot turn it off" in page
    assert (
        browser.post("/manage/account/two-factor/turn-off", data={"current": PASSWORD}).status_code
        == 302
    )
    assert account(app, VIEWER).totp_secret

    browser.get("/sign-out")
    browser.post("/sign-in", data={"email": VIEWER, "password": PASSWORD})
    assert (
        browser.post("/sign-in/code", data={"code": phone.at(time.time() + 30)}).status_code == 302
    )
    events = [event.event for event in audit_events(app, "user.two_factor")]
    assert events == ["user.two_factor_required"]
    assert "On (required)" in visible_text(client.get("/manage/users/"))


def test_resetting_two_factor_after_a_lost_phone(client, app):
    login_as(client, app, Role.ADMIN)
    make_staff(app, Role.VIEWER)
    target = account(app, VIEWER).id
    browser = browser_of(app, VIEWER)
    page = browser.get("/manage/account/two-factor")
    browser.post("/manage/account/two-factor", data={"code": pyotp.TOTP(totp_key(page)).now()})
    assert account(app, VIEWER).totp_secret
    client.post(f"/manage/users/{target}/reset-two-factor")
    assert account(app, VIEWER).totp_secret == ""
    assert browser.get("/manage/surveys").status_code == 302
    assert browser.post("/sign-in", data={"email": VIEWER, "password": PASSWORD}).status_code == 302
    assert browser.get("/manage/surveys").status_code == 200
    assert audit_events(app, "auth.two_factor_off")[0].detail == {"reset_by_admin": True}
