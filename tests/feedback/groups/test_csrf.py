"""With CSRF protection on, as in production, every group form needs its token."""

from __future__ import annotations

import re

import pytest

from feedback.models import Role
from tests.factories import PASSWORD, make_group, make_staff
from tests.feedback.groups.helpers import (
    YOUTH,
    group_slugs,
    invitation_link,
    invitations_of,
    make_member,
    user_row,
)
from tests.pages import visible_text


@pytest.fixture
def app_config() -> dict:
    return {"WTF_CSRF_ENABLED": True}


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]


def _sign_in_officer(client, app) -> None:
    email = make_staff(app, Role.OFFICER)
    token = _token(client.get("/sign-in").get_data(as_text=True))
    client.post("/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token})


def test_contact_details_need_the_token(client, app):
    make_group(app, *YOUTH)
    _sign_in_officer(client, app)
    url = "/manage/groups/youth-forum/contact"
    data = {"contact_name": "Marcus Bell", "contact_email": "", "contact_phone": ""}
    response = client.post(url, data=data)
    assert response.status_code == 400
    assert "Sorry, this page has expired" in visible_text(response)
    assert "Marcus Bell" not in visible_text(client.get("/manage/groups/youth-forum"))
    token = _token(client.get(url).get_data(as_text=True))
    assert client.post(url, data={**data, "csrf_token": token}).status_code == 302
    assert "Marcus Bell" in visible_text(client.get("/manage/groups/youth-forum"))


def test_inviting_removing_and_accepting_need_the_token(client, app):
    youth_id = make_group(app, *YOUTH)
    sam = make_member(app, [youth_id])
    _sign_in_officer(client, app)
    url = "/manage/groups/youth-forum/members/new"
    data = {"name": "Kim", "email": "kim@example.org"}
    assert client.post(url, data=data).status_code == 400
    assert user_row(app, "kim@example.org") is None
    token = _token(client.get(url).get_data(as_text=True))
    sent = client.post(url, data={**data, "csrf_token": token})
    assert sent.status_code == 201

    remove = f"/manage/groups/youth-forum/members/{sam}/remove"
    assert client.post(remove).status_code == 400
    assert group_slugs(app, "sam@example.org") == ["youth-forum"]
    token = _token(client.get(remove).get_data(as_text=True))
    assert client.post(remove, data={"csrf_token": token}).status_code == 302
    assert group_slugs(app, "sam@example.org") == []

    client.get("/sign-out")
    link = invitation_link(sent)
    password = {"password": "trains and buses", "confirm": "trains and buses"}
    assert client.post(link, data=password).status_code == 400
    assert invitations_of(app, "kim@example.org")[0][1] is False
    token = _token(client.get(link).get_data(as_text=True))
    response = client.post(link, data={**password, "csrf_token": token})
    assert response.status_code == 302
    assert invitations_of(app, "kim@example.org")[0][1] is True
