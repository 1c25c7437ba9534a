"""Changing your own password, and the password rules wherever a password is set."""

from feedback.models import Role
from tests.factories import PASSWORD, login_as, make_group
from tests.feedback.auth.helpers import audit_events, session_rows
from tests.feedback.groups.helpers import YOUTH, invitation_link
from tests.pages import visible_text

CHANGE = "/manage/account/password"
COMMON = "Choose a password that is harder to guess: this one is in a list of common passwords"


def change(client, current=PASSWORD, new="a brand new phrase", confirm=None):
    data = {"current": current, "password": new, "confirm": confirm or new}
    return client.post(CHANGE, data=data)


def test_each_problem_is_named(client, app):
    login_as(client, app, Role.VIEWER)
    assert "Enter your current password correctly" in visible_text(change(client, current="nope"))
    response = change(client, new="Password123")
    assert response.status_code == 400 and COMMON in visible_text(response)
    assert "at least 8 characters" in visible_text(change(client, new="short"))
    mismatch = change(client, confirm="something else")
    assert "The passwords do not match" in visible_text(mismatch)
    blank = visible_text(client.post(CHANGE, data={}))
    assert "Enter your current password" in blank and "Enter a new password" in blank


def test_a_new_password_signs_out_other_browsers_but_not_this_one(client, app):
    email = login_as(client, app, Role.VIEWER)
    other = app.test_client()
    other.post("/sign-in", data={"email": email, "password": PASSWORD})
    response = change(client)
    assert response.status_code == 302
    assert client.get("/manage/surveys").status_code == 200
    assert other.get("/manage/surveys").status_code == 302
    reasons = sorted(row.end_reason for row in session_rows(app))
    assert reasons == ["", "password changed"]
    assert audit_events(app, "auth.password_changed")[0].detail == {"other_sessions_ended": 1}
    client.get("/sign-out")
    assert (
        client.post("/sign-in", data={"email": email, "password": "a brand new phrase"}).status_code
        == 302
    )


def test_accepting_an_invitation_refuses_a_common_password(client, app):
    make_group(app, *YOUTH)
    login_as(client, app, Role.OFFICER)
    response = client.post(
        "/manage/groups/youth-forum/members/new", data={"name": "Kim", "email": "kim@example.org"}
    )
    link = invitation_link(response)
    client.get("/sign-out")
    refused = client.post(link, data={"password": "iloveyou1", "confirm": "iloveyou1"})
    assert refused.status_code == 400
    assert COMMON in visible_text(refused)
    same = client.post(link, data={"password": "kim@example.org", "confirm": "kim@example.org"})
    assert "must not be your email address" in visible_text(same)
    accepted = client.post(
        link, data={"password": "trains and buses", "confirm": "trains and buses"}
    )
    assert accepted.status_code == 302
    assert client.get("/manage/reviews/").status_code == 200
    assert [row.end_reason for row in session_rows(app)] == ["signed out", ""]
