"""/manage/users: administrators look after accounts; nobody else gets in."""

import pytest

from feedback.models import Role
from tests.factories import PASSWORD, login_as, make_group, make_staff
from tests.feedback.auth.helpers import audit_events, session_rows
from tests.feedback.users.helpers import account, browser_of
from tests.pages import visible_text

VIEWER = "viewer@example.org"


def user_id(app, email: str) -> int:
    return account(app, email).id


def test_the_list_shows_each_account_with_its_access(client, app):
    login_as(client, app, Role.ADMIN)
    make_staff(app, Role.VIEWER)
    browser_of(app, VIEWER)
    browser_of(app, VIEWER)
    text = visible_text(client.get("/manage/users/"))
    assert "Viewer viewer@example.org Viewer Active Off 2" in text
    assert "Administrator admin@example.org Administrator Active Off 1" in text


@pytest.mark.parametrize("role", [Role.OFFICER, Role.FORUM_EDITOR, Role.VIEWER, Role.MEMBER])
def test_only_administrators_get_in(client, app, role):
    groups = [make_group(app)] if role in (Role.FORUM_EDITOR, Role.MEMBER) else []
    make_staff(app, Role.VIEWER, email="other@example.org")
    target = user_id(app, "other@example.org")
    login_as(client, app, role, group_ids=groups)
    for path in (
        "/manage/users/",
        f"/manage/users/{target}",
        f"/manage/users/{target}/role",
        f"/manage/users/{target}/end-sessions",
    ):
        assert client.get(path).status_code == 403
    assert client.post(f"/manage/users/{target}/deactivate").status_code == 403
    assert client.post(f"/manage/users/{target}/role", data={"role": "admin"}).status_code == 403
    assert account(app, "other@example.org").active


def test_signed_out_people_are_sent_to_sign_in(client, app):
    response = client.get("/manage/users/")
    assert response.status_code == 302 and response.headers["Location"].startswith("/sign-in")


def test_changing_a_role_is_audited_with_old_and_new(client, app):
    login_as(client, app, Role.ADMIN)
    target = user_id(app, make_staff(app, Role.VIEWER))
    response = client.post(
        f"/manage/users/{target}/role", data={"role": "officer"}, follow_redirects=True
    )
    assert "Viewer is now Co-production officer" in visible_text(response)
    assert account(app, VIEWER).role == Role.OFFICER
    [event] = audit_events(app, "user.role_changed")
    assert event.detail == {"old": "viewer", "new": "officer"}
    assert event.subject == f"user {target}"


def test_role_problems_are_named(client, app):
    login_as(client, app, Role.ADMIN)
    me = user_id(app, "admin@example.org")
    own = client.post(f"/manage/users/{me}/role", data={"role": "viewer"})
    assert own.status_code == 400
    assert "You cannot remove your own administrator role" in visible_text(own)
    assert account(app, "admin@example.org").role == Role.ADMIN
    target = user_id(app, make_staff(app, Role.VIEWER))
    blank = client.post(f"/manage/users/{target}/role", data={})
    assert "Select a role" in visible_text(blank)
    editor = client.post(f"/manage/users/{target}/role", data={"role": "forum_editor"})
    assert "is not in a co-production group" in visible_text(editor)
    assert not audit_events(app, "user.role_changed")


def test_ending_sessions_signs_the_user_out_everywhere(client, app):
    login_as(client, app, Role.ADMIN)
    target = user_id(app, make_staff(app, Role.VIEWER))
    phone, laptop = browser_of(app, VIEWER), browser_of(app, VIEWER)
    confirm = client.get(f"/manage/users/{target}/end-sessions")
    assert "Sign Viewer out everywhere?" in visible_text(confirm)
    response = client.post(f"/manage/users/{target}/end-sessions", follow_redirects=True)
    assert "Viewer has been signed out everywhere" in visible_text(response)
    for browser in (phone, laptop):
        assert browser.get("/manage/surveys").status_code == 302
    assert client.get("/manage/surveys").status_code == 200
    [event] = audit_events(app, "user.sessions_ended")
    assert event.detail == {"sessions": 2}
    ended = [row.end_reason for row in session_rows(app) if row.user_id == target]
    assert ended == ["ended by an administrator"] * 2


def test_deactivating_and_reactivating(client, app):
    login_as(client, app, Role.ADMIN)
    target = user_id(app, make_staff(app, Role.VIEWER))
    browser = browser_of(app, VIEWER)
    client.post(f"/manage/users/{target}/deactivate")
    assert browser.get("/manage/surveys").status_code == 302
    refused = browser.post("/sign-in", data={"email": VIEWER, "password": PASSWORD})
    assert "Enter a correct email address and password" in visible_text(refused)
    assert "Deactivated" in visible_text(client.get("/manage/users/"))
    client.post(f"/manage/users/{target}/reactivate")
    assert browser.post("/sign-in", data={"email": VIEWER, "password": PASSWORD}).status_code == 302
    events = [event.event for event in audit_events(app, "user.")]
    assert events == ["user.deactivated", "user.reactivated"]


def test_an_administrator_cannot_deactivate_themselves(client, app):
    login_as(client, app, Role.ADMIN)
    me = user_id(app, "admin@example.org")
    response = client.post(f"/manage/users/{me}/deactivate")
    assert response.status_code == 400
    assert "You cannot deactivate your own account" in visible_text(response)
    assert account(app, "admin@example.org").active


def test_unlocking_lets_a_locked_account_sign_in(client, app):
    login_as(client, app, Role.ADMIN)
    target = user_id(app, make_staff(app, Role.VIEWER))
    other = app.test_client()
    for _ in range(5):
        other.post("/sign-in", data={"email": VIEWER, "password": "wrong guess 123"})
    assert "Locked" in visible_text(client.get(f"/manage/users/{target}"))
    client.post(f"/manage/users/{target}/unlock")
    assert other.post("/sign-in", data={"email": VIEWER, "password": PASSWORD}).status_code == 302
    assert len(audit_events(app, "user.unlocked")) == 1


def test_unknown_accounts_and_actions_are_not_found(client, app):
    login_as(client, app, Role.ADMIN)
    target = user_id(app, make_staff(app, Role.VIEWER))
    assert client.get("/manage/users/99999").status_code == 404
    assert client.get(f"/manage/users/{target}/explode").status_code == 404
    assert client.post("/manage/users/99999/unlock").status_code == 404
