"""The members list, and taking someone out of a group (always after a confirm page)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Invitation, Role
from feedback.models.columns import utcnow
from tests.factories import login_as, make_group, make_staff
from tests.feedback.groups.helpers import (
    PCF,
    YOUTH,
    group_slugs,
    invitation_link,
    make_member,
    user_row,
)
from tests.pages import visible_text


def test_the_members_list_says_who_joined_and_who_is_still_invited(client, app):
    youth_id = make_group(app, *YOUTH)
    make_staff(app, Role.FORUM_EDITOR, "youth.editor@example.org", [youth_id])
    login_as(client, app, Role.OFFICER)
    sent = client.post(
        "/manage/groups/youth-forum/members/new", data={"name": "Kim", "email": "kim@example.org"}
    )
    client.post(
        "/manage/groups/youth-forum/members/new", data={"name": "Lee", "email": "lee@example.org"}
    )
    with app.app_context():
        lee = db.session.scalars(select(Invitation).order_by(Invitation.id.desc())).first()
        lee.expires_at = utcnow() - timedelta(days=1)
        db.session.commit()
    client.get("/sign-out")
    link = invitation_link(sent)
    client.post(link, data={"password": "trains and buses", "confirm": "trains and buses"})
    client.get("/sign-out")
    login_as(client, app, Role.ADMIN)
    text = visible_text(client.get("/manage/groups/youth-forum"))
    assert "3 members" in text
    assert "Forum editor youth.editor@example.org Forum editor Staff account" in text
    today = utcnow().date()
    joined = f"{today.day} {today:%B %Y}"
    assert f"Kim kim@example.org Group member Joined {joined}" in text
    assert "Lee lee@example.org Group member Invitation expired" in text
    assert "Send a new link to Lee" in text
    assert "Send a new link to Kim" not in text
    assert "Youth Forum No contact details yet 3 0 0" in visible_text(client.get("/manage/groups/"))


def test_removing_a_member_asks_first_then_removes_them(client, app):
    youth_id = make_group(app, *YOUTH)
    pcf_id = make_group(app, *PCF)
    sam = make_member(app, [youth_id, pcf_id])
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[youth_id])
    url = f"/manage/groups/youth-forum/members/{sam}/remove"
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Remove Sam from Youth Forum?" in visible_text(confirm)
    assert group_slugs(app, "sam@example.org") == ["parent-carer-forum", "youth-forum"]
    response = client.post(url)
    assert response.status_code == 302
    assert "Removed Sam from Youth Forum" in visible_text(client.get(response.headers["Location"]))
    assert group_slugs(app, "sam@example.org") == ["parent-carer-forum"]
    assert user_row(app, "sam@example.org").active


def test_a_removed_members_unused_link_stops_working_when_they_are_in_no_group(client, app):
    make_group(app, *YOUTH)
    login_as(client, app, Role.OFFICER)
    sent = client.post(
        "/manage/groups/youth-forum/members/new", data={"name": "Kim", "email": "kim@example.org"}
    )
    kim = user_row(app, "kim@example.org")
    client.post(f"/manage/groups/youth-forum/members/{kim.id}/remove")
    client.get("/sign-out")
    response = client.get(invitation_link(sent))
    assert response.status_code == 410
    assert group_slugs(app, "kim@example.org") == []


def test_a_forum_editor_cannot_remove_a_staff_account(client, app):
    youth_id = make_group(app, *YOUTH)
    pcf_id = make_group(app, *PCF)
    other = make_staff(app, Role.FORUM_EDITOR, "jo@example.org", [youth_id, pcf_id])
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[youth_id])
    jo = user_row(app, other)
    page = visible_text(client.get("/manage/groups/youth-forum"))
    assert "Remove Forum editor" not in page
    response = client.post(f"/manage/groups/youth-forum/members/{jo.id}/remove")
    assert response.status_code == 302
    text = visible_text(client.get(response.headers["Location"]))
    assert "has a staff account: ask a co-production officer to remove them" in text
    assert group_slugs(app, other) == ["parent-carer-forum", "youth-forum"]


def test_a_forum_editor_keeps_at_least_one_group(client, app):
    youth_id = make_group(app, *YOUTH)
    editor = make_staff(app, Role.FORUM_EDITOR, "jo@example.org", [youth_id])
    login_as(client, app, Role.OFFICER)
    jo = user_row(app, editor)
    response = client.post(f"/manage/groups/youth-forum/members/{jo.id}/remove")
    assert response.status_code == 302
    text = visible_text(client.get(response.headers["Location"]))
    assert "Youth Forum is their only group: a forum editor must belong to at least one group" in (
        text
    )
    assert group_slugs(app, editor) == ["youth-forum"]


def test_an_officer_removes_a_forum_editor_with_another_group(client, app):
    youth_id = make_group(app, *YOUTH)
    pcf_id = make_group(app, *PCF)
    editor = make_staff(app, Role.FORUM_EDITOR, "jo@example.org", [youth_id, pcf_id])
    login_as(client, app, Role.OFFICER)
    jo = user_row(app, editor)
    assert client.post(f"/manage/groups/youth-forum/members/{jo.id}/remove").status_code == 302
    assert group_slugs(app, editor) == ["parent-carer-forum"]
    assert user_row(app, editor).role == Role.FORUM_EDITOR
