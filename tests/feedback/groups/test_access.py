"""Who may read and change group pages: every role, and members of other groups, at data level."""

from __future__ import annotations

import pytest

from feedback.models import Role
from tests.factories import login_as, make_group, make_staff
from tests.feedback.groups.helpers import PCF, YOUTH, group_slugs, make_member, sign_in, user_row
from tests.pages import visible_text

READ = ["/manage/groups/", "/manage/groups/youth-forum", "/manage/groups/youth-forum/activity"]
MANAGE = ["/manage/groups/youth-forum/contact", "/manage/groups/youth-forum/members/new"]


def as_role(client, app, who: str) -> tuple[int, int]:
    """Make both forums and sign in as `who`; returns (youth forum id, parent carer forum id)."""
    youth_id = make_group(app, *YOUTH)
    pcf_id = make_group(app, *PCF)
    if who == "own forum editor":
        login_as(client, app, Role.FORUM_EDITOR, group_ids=[youth_id])
    elif who == "other forum editor":
        login_as(client, app, Role.FORUM_EDITOR, group_ids=[pcf_id])
    elif who == "own member":
        make_member(app, [youth_id])
        sign_in(client, "sam@example.org")
    elif who == "other member":
        make_member(app, [pcf_id])
        sign_in(client, "sam@example.org")
    else:
        login_as(client, app, Role(who))
    return youth_id, pcf_id


@pytest.mark.parametrize(
    ("who", "reads", "manages"),
    [
        ("admin", 200, 200),
        ("officer", 200, 200),
        ("own forum editor", 200, 200),
        ("other forum editor", 200, 403),
        ("viewer", 200, 403),
        ("own member", 200, 403),
        ("other member", 403, 403),
    ],
)
def test_each_role_reads_and_manages_as_allowed(client, app, who, reads, manages):
    as_role(client, app, who)
    assert client.get(READ[0]).status_code == 200
    for url in READ[1:]:
        assert client.get(url).status_code == reads, url
    for url in MANAGE:
        assert client.get(url).status_code == manages, url
    page = visible_text(client.get(READ[1])) if reads == 200 else ""
    assert ("Invite a member" in page) is (manages == 200)
    assert ("Change the contact details" in page) is (manages == 200)


def test_signing_in_is_needed(client, app):
    make_group(app, *YOUTH)
    for url in READ + MANAGE:
        response = client.get(url)
        assert response.status_code == 302
        assert "/sign-in" in response.headers["Location"]


def test_an_unknown_group_is_not_found(client, app):
    login_as(client, app, Role.OFFICER)
    assert client.get("/manage/groups/no-such-group").status_code == 404
    assert client.get("/manage/groups/no-such-group/activity").status_code == 404


def test_a_member_lists_only_their_own_groups_and_sees_no_emails(client, app):
    youth_id, _pcf_id = as_role(client, app, "own member")
    make_staff(app, Role.FORUM_EDITOR, "youth.editor@example.org", [youth_id])
    response = client.get("/manage/groups/")
    assert 'href="/manage/groups/youth-forum"' in response.get_data(as_text=True)
    assert "parent-carer-forum" not in response.get_data(as_text=True)
    assert "Parent Carer Forum" not in visible_text(response)
    page = visible_text(client.get("/manage/groups/youth-forum"))
    assert "Sam" in page and "Forum editor" in page
    assert "youth.editor@example.org" not in page
    assert "sam@example.org" not in page


def test_staff_see_members_emails(client, app):
    youth_id, _pcf_id = as_role(client, app, "viewer")
    make_member(app, [youth_id])
    page = visible_text(client.get("/manage/groups/youth-forum"))
    assert "sam@example.org" in page
    assert "Remove" not in page


def test_a_forum_editor_of_another_group_cannot_change_it_by_posting(client, app):
    as_role(client, app, "other forum editor")
    response = client.post(
        "/manage/groups/youth-forum/contact",
        data={"contact_name": "Mallory", "contact_email": "", "contact_phone": ""},
    )
    assert response.status_code == 403
    response = client.post(
        "/manage/groups/youth-forum/members/new", data={"name": "Eve", "email": "eve@example.org"}
    )
    assert response.status_code == 403
    assert user_row(app, "eve@example.org") is None
    page = visible_text(client.get("/manage/groups/youth-forum"))
    assert "Mallory" not in page


def test_a_member_cannot_remove_or_invite_even_in_their_own_group(client, app):
    youth_id, _pcf_id = as_role(client, app, "own member")
    other = make_member(app, [youth_id], "priya@example.org", "Priya")
    url = f"/manage/groups/youth-forum/members/{other}/remove"
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    assert group_slugs(app, "priya@example.org") == ["youth-forum"]
    response = client.post(
        "/manage/groups/youth-forum/members/new", data={"name": "Eve", "email": "eve@example.org"}
    )
    assert response.status_code == 403


def test_a_viewer_cannot_invite(client, app):
    as_role(client, app, "viewer")
    response = client.post(
        "/manage/groups/youth-forum/members/new", data={"name": "Eve", "email": "eve@example.org"}
    )
    assert response.status_code == 403
    assert user_row(app, "eve@example.org") is None


def test_managing_someone_not_in_the_group_is_not_found(client, app):
    _youth_id, pcf_id = as_role(client, app, "own forum editor")
    outsider = make_member(app, [pcf_id])
    for action in ("remove", "resend"):
        url = f"/manage/groups/youth-forum/members/{outsider}/{action}"
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    assert group_slugs(app, "sam@example.org") == ["parent-carer-forum"]
