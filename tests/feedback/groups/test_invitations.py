"""Inviting a member, and the invited person accepting through the one-time link."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Invitation, Role, User
from feedback.models.columns import utcnow
from tests.factories import PASSWORD, login_as, make_group, make_staff
from tests.feedback.groups.helpers import (
    YOUTH,
    group_slugs,
    invitation_link,
    invitations_of,
    user_row,
)
from tests.pages import visible_text

INVITE = "/manage/groups/youth-forum/members/new"
NEW_PASSWORD = "trains and buses"


def invite_kim(client, app) -> str:
    """An officer invites Kim to the Youth Forum; returns the link's path."""
    make_group(app, *YOUTH)
    login_as(client, app, Role.OFFICER)
    response = client.post(INVITE, data={"name": "Kim", "email": " Kim@Example.org "})
    assert response.status_code == 201
    text = visible_text(response)
    assert "Copy this link and send it to Kim at kim@example.org" in text
    assert "It works once, for 14 days" in text
    client.get("/sign-out")
    return invitation_link(response)


def test_invite_then_accept_then_sign_in_lands_on_reviews(client, app):
    link = invite_kim(client, app)
    kim = user_row(app, "kim@example.org")
    assert kim.role == Role.MEMBER
    assert kim.name == "Kim"
    assert group_slugs(app, "kim@example.org") == ["youth-forum"]
    token = link.rsplit("/", 1)[1]
    stored = invitations_of(app, "kim@example.org")
    assert stored == [(hashlib.sha256(token.encode()).hexdigest(), False)]

    page = client.get(link)
    assert page.status_code == 200
    text = visible_text(page)
    assert "Join Youth Forum" in text
    assert "Demo" not in text and "Co-production officer has invited you" in text
    assert "kim@example.org" in text
    assert page.headers["Referrer-Policy"] == "no-referrer"

    response = client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"] == "/manage/reviews/"
    assert client.get("/manage/groups/youth-forum").status_code == 200
    assert invitations_of(app, "kim@example.org")[0][1] is True

    client.get("/sign-out")
    response = client.post("/sign-in", data={"email": "kim@example.org", "password": NEW_PASSWORD})
    assert response.headers["Location"] == "/manage/reviews/"


def test_the_two_passwords_must_match_and_be_long_enough(client, app):
    link = invite_kim(client, app)
    response = client.post(link, data={"password": "short", "confirm": "short"})
    assert response.status_code == 400
    assert "Your password must be at least 8 characters" in visible_text(response)
    response = client.post(link, data={"password": NEW_PASSWORD, "confirm": "trains and boats"})
    assert response.status_code == 400
    text = visible_text(response)
    assert "There is a problem" in text
    assert "The passwords do not match: type the same password twice" in text
    response = client.post(link, data={"password": "", "confirm": ""})
    assert "Enter a password" in visible_text(response)
    assert invitations_of(app, "kim@example.org")[0][1] is False
    assert client.get("/manage/reviews/").status_code == 302


def test_a_used_link_cannot_be_used_again(client, app):
    link = invite_kim(client, app)
    client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    client.get("/sign-out")
    response = client.get(link)
    assert response.status_code == 410
    assert "This invitation has already been used" in visible_text(response)
    response = client.post(link, data={"password": "other password", "confirm": "other password"})
    assert response.status_code == 410
    assert (
        client.post(
            "/sign-in", data={"email": "kim@example.org", "password": NEW_PASSWORD}
        ).status_code
        == 302
    )


def test_an_expired_link_gets_a_clear_page(client, app):
    link = invite_kim(client, app)
    with app.app_context():
        invitation = db.session.scalar(select(Invitation))
        invitation.expires_at = utcnow() - timedelta(minutes=1)
        db.session.commit()
    for response in (client.get(link), client.post(link, data={"password": NEW_PASSWORD})):
        assert response.status_code == 410
        text = visible_text(response)
        assert "This invitation has expired" in text
        assert "Invitation links work for 14 days" in text
        assert "Traceback" not in text
    assert invitations_of(app, "kim@example.org")[0][1] is False


def test_an_unknown_link_is_not_found_in_words(client, app):
    response = client.get("/invitations/not-a-real-token")
    assert response.status_code == 404
    assert "This invitation link is not recognised" in visible_text(response)


def test_sending_a_new_link_stops_the_old_one(client, app):
    old = invite_kim(client, app)
    login_as(client, app, Role.ADMIN)
    kim = user_row(app, "kim@example.org")
    url = f"/manage/groups/youth-forum/members/{kim.id}/resend"
    confirm = client.get(url)
    assert "Send a new link to Kim?" in visible_text(confirm)
    assert "Any link sent before stops working" in visible_text(confirm)
    response = client.post(url)
    assert response.status_code == 201
    new = invitation_link(response)
    assert new != old
    client.get("/sign-out")
    replaced = client.get(old)
    assert replaced.status_code == 410
    assert "This invitation has been replaced" in visible_text(replaced)
    assert client.get(new).status_code == 200
    assert len(invitations_of(app, "kim@example.org")) == 2


def test_someone_who_joined_needs_no_new_link(client, app):
    link = invite_kim(client, app)
    client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    client.get("/sign-out")
    login_as(client, app, Role.ADMIN)
    kim = user_row(app, "kim@example.org")
    response = client.post(f"/manage/groups/youth-forum/members/{kim.id}/resend")
    assert response.status_code == 302
    assert "Kim has already joined, so needs no new link" in visible_text(
        client.get(response.headers["Location"])
    )
    assert len(invitations_of(app, "kim@example.org")) == 1


def test_an_email_with_an_account_adds_that_account_instead(client, app):
    make_group(app, *YOUTH)
    pcf_id = make_group(app)
    editor = make_staff(app, Role.FORUM_EDITOR, "jo@example.org", [pcf_id])
    login_as(client, app, Role.OFFICER)
    response = client.post(INVITE, data={"name": "Someone else", "email": "JO@example.org"})
    assert response.status_code == 302
    text = visible_text(client.get(response.headers["Location"]))
    assert "jo@example.org already had an account, so Forum editor was added to Youth Forum" in text
    assert "They keep their role as forum editor" in text
    jo = user_row(app, editor)
    assert jo.role == Role.FORUM_EDITOR
    assert jo.name == "Forum editor"
    assert sorted(group_slugs(app, editor)) == ["parent-carer-forum", "youth-forum"]
    assert invitations_of(app, editor) == []
    with app.app_context():
        assert db.session.query(User).count() == 2


def test_inviting_someone_already_in_the_group_is_refused(client, app):
    youth_id = make_group(app, *YOUTH)
    make_staff(app, Role.FORUM_EDITOR, "jo@example.org", [youth_id])
    login_as(client, app, Role.OFFICER)
    response = client.post(INVITE, data={"name": "Jo", "email": "jo@example.org"})
    assert response.status_code == 400
    text = visible_text(response)
    assert "There is a problem" in text
    assert "Forum editor (jo@example.org) is already a member of Youth Forum" in text


def test_the_invite_form_says_what_to_fix(client, app):
    make_group(app, *YOUTH)
    login_as(client, app, Role.OFFICER)
    response = client.post(INVITE, data={"name": " ", "email": ""})
    assert response.status_code == 400
    text = visible_text(response)
    assert "Enter the name of the person to invite" in text
    assert "Enter the email address of the person to invite" in text
    response = client.post(INVITE, data={"name": "Kim", "email": "kim at example"})
    assert "Enter an email address in the correct format, like name@example.org" in visible_text(
        response
    )
    assert user_row(app, "kim at example") is None


def test_a_group_member_account_has_no_usable_password_before_accepting(client, app):
    invite_kim(client, app)
    response = client.post("/sign-in", data={"email": "kim@example.org", "password": PASSWORD})
    assert response.status_code == 200
    assert "Enter a correct email address and password" in visible_text(response)
