"""Two-factor authentication: turning it on, signing in with a code, and no code used twice."""

import time

import pyotp

from feedback.models import Role
from tests.conftest import make_app
from tests.factories import PASSWORD, login_as, make_group, make_staff
from tests.feedback.auth.helpers import audit_events, session_rows, totp_key
from tests.feedback.groups.helpers import make_member, sign_in
from tests.pages import visible_text

SETUP = "/manage/account/two-factor"


def turn_on(client) -> pyotp.TOTP:
    """Turn on two-factor for the signed-in account; returns its authenticator."""
    page = client.get(SETUP)
    assert page.status_code == 200
    text = visible_text(page)
    assert "Set up two-factor authentication" in text
    key = totp_key(page)
    assert "otpauth://totp/" in page.get_data(as_text=True)
    app_on_phone = pyotp.TOTP(key)
    response = client.post(SETUP, data={"code": app_on_phone.now()}, follow_redirects=True)
    assert "Two-factor authentication is on" in visible_text(response)
    return app_on_phone


def next_code(phone: pyotp.TOTP) -> str:
    """The phone's code for the next 30 seconds: accepted now, and not the one used to turn on."""
    return phone.at(time.time() + 30)


def test_turning_on_needs_a_right_code(client, app):
    login_as(client, app, Role.VIEWER)
    response = client.post(SETUP, data={"code": "000000"})
    assert response.status_code == 400
    assert "Enter the code your authenticator app shows now" in visible_text(response)
    response = client.post(SETUP, data={"code": ""})
    assert "Enter the 6-digit code from your authenticator app" in visible_text(response)
    assert not audit_events(app, "auth.two_factor_on")


def test_sign_in_asks_for_the_code_and_the_session_starts_only_after_it(client, app):
    email = login_as(client, app, Role.OFFICER)
    phone = turn_on(client)
    assert len(audit_events(app, "auth.two_factor_on")) == 1
    client.get("/sign-out")

    response = client.post(
        "/sign-in?next=/manage/kpis/", data={"email": email, "password": PASSWORD}
    )
    assert response.headers["Location"] == "/sign-in/code"
    assert client.get("/manage/surveys").status_code == 302
    assert len(session_rows(app)) == 1  # only the first, ended, session
    wrong = client.post("/sign-in/code", data={"code": "123456"})
    assert "Enter the code your authenticator app shows now" in visible_text(wrong)
    response = client.post("/sign-in/code", data={"code": next_code(phone)})
    assert response.status_code == 302
    assert response.headers["Location"] == "/manage/kpis/"
    assert client.get("/manage/surveys").status_code == 200
    assert len(session_rows(app)) == 2


def test_a_code_cannot_be_used_twice(client, app):
    email = login_as(client, app, Role.OFFICER)
    phone = turn_on(client)
    client.get("/sign-out")
    code = next_code(phone)
    client.post("/sign-in", data={"email": email, "password": PASSWORD})
    assert client.post("/sign-in/code", data={"code": code}).status_code == 302
    client.get("/sign-out")
    client.post("/sign-in", data={"email": email, "password": PASSWORD})
    replay = client.post("/sign-in/code", data={"code": code})
    assert replay.status_code == 400
    assert "Enter the code your authenticator app shows now" in visible_text(replay)


def test_a_code_used_on_one_app_server_is_refused_on_another(client, app, database):
    """Behind a load balancer each sign-in step can reach a different server: the code's step
    is claimed in the database, not remembered by one process."""
    email = login_as(client, app, Role.OFFICER)
    phone = turn_on(client)
    client.get("/sign-out")
    code = next_code(phone)
    other_server = make_app(database.url).test_client()
    client.post("/sign-in", data={"email": email, "password": PASSWORD})
    other_server.post("/sign-in", data={"email": email, "password": PASSWORD})

    assert client.post("/sign-in/code", data={"code": code}).status_code == 302
    replay = other_server.post("/sign-in/code", data={"code": code})

    assert replay.status_code == 400
    assert "Enter the code your authenticator app shows now" in visible_text(replay)


def test_a_code_older_than_one_already_used_is_refused(client, app):
    email = login_as(client, app, Role.OFFICER)
    phone = turn_on(client)
    client.get("/sign-out")
    client.post("/sign-in", data={"email": email, "password": PASSWORD})
    assert client.post("/sign-in/code", data={"code": next_code(phone)}).status_code == 302
    client.get("/sign-out")
    client.post("/sign-in", data={"email": email, "password": PASSWORD})

    earlier = client.post("/sign-in/code", data={"code": phone.at(time.time() - 30)})

    assert earlier.status_code == 400


def test_wrong_codes_count_towards_the_lock(client, app):
    email = login_as(client, app, Role.OFFICER)
    turn_on(client)
    client.get("/sign-out")
    client.post("/sign-in", data={"email": email, "password": PASSWORD})
    for _ in range(5):
        response = client.post("/sign-in/code", data={"code": "999999"})
    assert "Too many attempts. Try again in 15 minutes" in visible_text(response)
    again = client.post("/sign-in", data={"email": email, "password": PASSWORD})
    assert "Too many attempts" in visible_text(again)


def test_the_code_page_without_a_password_first_sends_back_to_sign_in(client, app):
    response = client.post("/sign-in/code", data={"code": "123456"})
    assert response.status_code == 302 and response.headers["Location"] == "/sign-in"
    assert client.get("/sign-in/set-up-two-factor").status_code == 302


def test_turning_off_needs_the_password(client, app):
    login_as(client, app, Role.VIEWER)
    turn_on(client)
    page = client.get(SETUP)
    assert "Two-factor authentication is on" in visible_text(page)
    wrong = client.post(SETUP + "/turn-off", data={"current": "not my password"})
    assert "Enter your current password correctly" in visible_text(wrong)
    response = client.post(SETUP + "/turn-off", data={"current": PASSWORD}, follow_redirects=True)
    assert "Two-factor authentication is off" in visible_text(response)
    assert len(audit_events(app, "auth.two_factor_off")) == 1


def test_group_members_can_turn_it_on_too(client, app):
    make_member(app, [make_group(app)])
    sign_in(client, "sam@example.org")
    turn_on(client)


def test_account_pages_need_sign_in(client, app):
    make_staff(app, Role.OFFICER)
    for path in (SETUP, SETUP + "/turn-off", "/manage/account/password"):
        assert client.get(path).status_code == 302


def test_typing_the_password_again_does_not_reset_the_count_of_wrong_codes(client, app):
    email = login_as(client, app, Role.OFFICER)
    turn_on(client)
    client.get("/sign-out")
    client.post("/sign-in", data={"email": email, "password": PASSWORD})
    for _ in range(4):
        client.post("/sign-in/code", data={"code": "999999"})
    client.post("/sign-in", data={"email": email, "password": PASSWORD})
    response = client.post("/sign-in/code", data={"code": "999999"})
    assert "Too many attempts. Try again in 15 minutes" in visible_text(response)
