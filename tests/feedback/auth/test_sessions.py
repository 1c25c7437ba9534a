"""Server-side sessions: a new one at each sign-in, ended by signing out and by timeouts."""

from feedback.extensions import db
from feedback.models import Role, User
from tests.factories import PASSWORD, login_as, make_staff
from tests.feedback.auth.helpers import Clock, audit_events, session_rows
from tests.pages import visible_text

STAFF_PAGE = "/manage/surveys"
IDLE = "You were signed out because you had not used the service for 30 minutes"
ABSOLUTE = "You were signed out after 12 hours"


def signed_in(client) -> bool:
    return client.get(STAFF_PAGE).status_code == 200


def test_the_cookie_holds_a_token_not_the_user_id_and_the_server_keeps_its_hash(client, app):
    login_as(client, app, Role.OFFICER)
    with client.session_transaction() as session:
        token = session["auth_token"]
        assert "_user_id" not in session
    [row] = session_rows(app)
    assert row.token_hash != token and len(row.token_hash) == 64
    assert row.ended_at is None


def test_signing_in_starts_a_fresh_session(client, app):
    client.get("/sign-in")
    with client.session_transaction() as session:
        session["planted"] = "by someone else"
    email = login_as(client, app, Role.OFFICER)
    with client.session_transaction() as session:
        assert "planted" not in session
        first = session["auth_token"]
    client.get("/sign-out")
    client.post("/sign-in", data={"email": email, "password": PASSWORD})
    with client.session_transaction() as session:
        assert session["auth_token"] != first
    assert len(session_rows(app)) == 2


def test_a_cookie_replayed_after_sign_out_no_longer_works(client, app):
    login_as(client, app, Role.OFFICER)
    stolen = client.get_cookie("session").value
    assert signed_in(client)
    client.get("/sign-out")
    client.set_cookie("session", stolen)
    response = client.get(STAFF_PAGE)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/sign-in")
    [row] = session_rows(app)
    assert row.ended_at is not None and row.end_reason == "signed out"
    assert [e.event for e in audit_events(app, "auth.sign_")] == ["auth.sign_in", "auth.sign_out"]


def test_an_idle_session_ends_after_30_minutes(client, app, monkeypatch):
    clock = Clock(monkeypatch)
    login_as(client, app, Role.OFFICER)
    clock.advance(minutes=29)
    assert signed_in(client)
    clock.advance(minutes=29)
    assert signed_in(client)
    clock.advance(minutes=31)
    response = client.get(STAFF_PAGE, follow_redirects=True)
    text = visible_text(response)
    assert IDLE in text
    assert "Sign in to see that page" not in text
    assert session_rows(app)[0].end_reason == "idle"
    assert not signed_in(client)


def test_a_busy_session_still_ends_after_12_hours(client, app, monkeypatch):
    clock = Clock(monkeypatch)
    login_as(client, app, Role.OFFICER)
    for _ in range(24):
        clock.advance(minutes=29)
        assert signed_in(client)
    clock.advance(minutes=29)  # 12 hours 5 minutes after signing in
    response = client.get(STAFF_PAGE, follow_redirects=True)
    assert ABSOLUTE in visible_text(response)
    assert session_rows(app)[0].end_reason == "absolute"


def test_last_seen_is_written_at_most_once_a_minute(client, app, monkeypatch):
    clock = Clock(monkeypatch)
    login_as(client, app, Role.OFFICER)
    signed_in_at = session_rows(app)[0].last_seen_at
    clock.advance(seconds=30)
    assert signed_in(client)
    assert session_rows(app)[0].last_seen_at == signed_in_at
    later = clock.advance(seconds=31)
    assert signed_in(client)
    assert session_rows(app)[0].last_seen_at == later


def test_a_deactivated_account_is_signed_out_at_its_next_request(client, app):
    login_as(client, app, Role.OFFICER)
    with app.app_context():
        db.session.query(User).update({"active": False})
        db.session.commit()
    assert not signed_in(client)


def test_remember_me_is_off(client, app):
    email = make_staff(app, Role.OFFICER)
    response = client.post("/sign-in", data={"email": email, "password": PASSWORD, "remember": "y"})
    assert "remember_token" not in response.headers.get("Set-Cookie", "")
    assert client.get_cookie("remember_token") is None
