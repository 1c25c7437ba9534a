"""The demo's group contacts and invited members."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from feedback.demo.groups import load_group_members
from feedback.demo.people import DEMO_PASSWORD
from feedback.extensions import db
from feedback.models import Group, Role
from feedback.models.columns import utcnow
from tests.factories import login_as, make_group
from tests.feedback.groups.helpers import PCF, YOUTH, group_slugs, invitations_of, sign_in
from tests.pages import visible_text


def load(app) -> None:
    make_group(app, *PCF)
    make_group(app, *YOUTH)
    with app.app_context():
        groups = {group.slug: group for group in db.session.scalars(select(Group))}
        load_group_members(groups)
        db.session.commit()


def test_demo_members_join_the_youth_forum_and_one_waits_for_the_forum(client, app):
    load(app)
    assert group_slugs(app, "sam@example.org") == ["youth-forum"]
    assert group_slugs(app, "priya@example.org") == ["youth-forum"]
    assert group_slugs(app, "alex@example.org") == ["parent-carer-forum"]
    assert [used for _hash, used in invitations_of(app, "sam@example.org")] == [True]
    assert [used for _hash, used in invitations_of(app, "alex@example.org")] == [False]
    sign_in(client, "priya@example.org", DEMO_PASSWORD)
    text = visible_text(client.get("/manage/groups/youth-forum"))
    assert "Marcus Bell, youth worker" in text and "01632 960 102" in text
    assert "Priya Group member Joined 26 September 2026" in text


def test_the_pending_invitation_shows_as_waiting(client, app):
    load(app)
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get("/manage/groups/parent-carer-forum"))
    assert "Helen Ward, forum co-ordinator" in text
    today = utcnow().date() - timedelta(days=2)
    assert f"Alex alex@example.org Group member Invited {today.day} {today:%B %Y}, not yet" in text
    assert "Send a new link to Alex" in text


def test_loading_twice_adds_nobody_twice(app):
    load(app)
    with app.app_context():
        groups = {group.slug: group for group in db.session.scalars(select(Group))}
        groups["youth-forum"].contact_name = "Kept as it is"
        load_group_members(groups)
        db.session.commit()
        assert groups["youth-forum"].contact_name == "Kept as it is"
    assert len(invitations_of(app, "sam@example.org")) == 1
