"""With CSRF protection on (as in production), the account forms refuse a post without the token."""

import re

import pytest

from feedback.models import Role
from tests.factories import PASSWORD, make_staff
from tests.feedback.users.helpers import account


@pytest.fixture
def app_config():
    return {"WTF_CSRF_ENABLED": True}


def token_from(response) -> str:
    match = re.search(
        r'name="csrf_token" type="hidden" value="([^"]+)"', response.get_data(as_text=True)
    )
    assert match, "no CSRF token on the page"
    return match[1]


def test_sign_in_and_account_changes_need_the_token(client, app):
    email = make_staff(app, Role.ADMIN)
    make_staff(app, Role.VIEWER)
    target = account(app, "viewer@example.org").id
    assert client.post("/sign-in", data={"email": email, "password": PASSWORD}).status_code == 400
    token = token_from(client.get("/sign-in"))
    signed_in = client.post(
        "/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token}
    )
    assert signed_in.status_code == 302
    token = token_from(client.get(f"/manage/users/{target}/deactivate"))
    for path, data in (
        (f"/manage/users/{target}/deactivate", {}),
        (f"/manage/users/{target}/role", {"role": "admin"}),
        (
            "/manage/account/password",
            {"current": PASSWORD, "password": "a new long phrase", "confirm": "a new long phrase"},
        ),
        ("/manage/account/two-factor", {"code": "123456"}),
    ):
        assert client.post(path, data=data).status_code == 400
    viewer = account(app, "viewer@example.org")
    assert viewer.active and viewer.role == Role.VIEWER
    response = client.post(f"/manage/users/{target}/deactivate", data={"csrf_token": token})
    assert response.status_code == 302
    assert not account(app, "viewer@example.org").active
