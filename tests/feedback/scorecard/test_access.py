"""Who may see the staff scorecard: every staff role, not group members, not the signed out."""

from __future__ import annotations

import pytest

from feedback.models import Role
from tests.factories import login_as, make_group

STAFF_PAGES = (
    "/manage/pledges/",
    "/manage/pledges/listen-and-act",
    "/manage/pledges/scorecard.csv",
)
PUBLIC_PAGES = ("/charter/", "/charter/listen-and-act")


@pytest.mark.parametrize("role", [Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR, Role.VIEWER])
def test_every_staff_role_may_read_the_scorecard(client, app, role):
    login_as(client, app, role, group_ids=[make_group(app)] if role == Role.FORUM_EDITOR else [])
    for url in STAFF_PAGES:
        assert client.get(url).status_code == 200, url


def test_group_members_may_not(client, app):
    login_as(client, app, Role.MEMBER, group_ids=[make_group(app)])
    for url in STAFF_PAGES:
        assert client.get(url).status_code == 403, url


def test_signed_out_people_are_sent_to_sign_in_for_the_staff_pages(client, app):
    for url in STAFF_PAGES:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/sign-in" in response.headers["Location"]


def test_the_public_pages_need_no_sign_in(client, app):
    for url in PUBLIC_PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Sign out" not in response.text


def test_the_scorecard_changes_nothing(client, app):
    login_as(client, app, Role.OFFICER)
    for url in (*STAFF_PAGES, *PUBLIC_PAGES):
        assert client.post(url).status_code == 405, url
