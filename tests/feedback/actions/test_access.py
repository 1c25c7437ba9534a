"""Who may do what with actions: every staff role reads (forum editors only published actions
and their own groups' drafts), officers and administrators change; group members see nothing
here. Checked at data level, by URL, not by hiding buttons. Forms refuse posts without a token."""

from __future__ import annotations

import re

import pytest

from feedback.models import Role
from feedback.models.columns import utcnow
from tests.factories import PASSWORD, login_as, make_group, make_staff
from tests.feedback.actions.helpers import (
    NEW,
    action_count,
    action_ids,
    form_data,
    log_entries,
    make_action,
    stored,
    url,
)
from tests.pages import visible_text

CHANGES = ("edit", "review", "publish", "withdraw")


@pytest.mark.parametrize("role", [Role.ADMIN, Role.OFFICER])
def test_officers_and_admins_draft_and_change(client, app, role):
    login_as(client, app, role)
    action = make_action(app)
    index = client.get("/manage/actions/")
    assert index.status_code == 200
    assert "Create an action" in visible_text(index)
    assert client.get(NEW).status_code == 200
    for page in CHANGES:
        assert client.get(url(action, page)).status_code == 200, page


@pytest.mark.parametrize("role", [Role.VIEWER, Role.FORUM_EDITOR])
def test_viewers_and_forum_editors_only_read(client, app, role):
    group = make_group(app)
    action = make_action(app, group_ids=[group])
    login_as(client, app, role, group_ids=[group])
    index = visible_text(client.get("/manage/actions/"))
    assert "Quicker EHC plans" in index
    assert "Create an action" not in index
    page = client.get(url(action))
    assert page.status_code == 200
    assert "Only administrators and co-production officers can change" in visible_text(page)
    assert f'action="/manage/actions/{action}/updates"' not in page.get_data(as_text=True)
    assert client.get(NEW).status_code == 403
    assert client.post(NEW, data=form_data()).status_code == 403
    for page_name in CHANGES:
        assert client.get(url(action, page_name)).status_code == 403, page_name
        assert client.post(url(action, page_name)).status_code == 403, page_name
    update = {"body": "Done", "status": "done"}
    assert client.post(url(action, "updates"), data=update).status_code == 403
    assert action_count(app) == 1
    assert log_entries(app, action) == []
    assert not stored(app, action)["published"]


def test_a_forum_editor_sees_published_actions_and_their_groups_drafts_only(client, app):
    own = make_group(app)
    other = make_group(app, "youth-forum", "Youth Forum")
    theirs = make_action(app, "Our draft", group_ids=[own])
    hidden = make_action(app, "Their draft", group_ids=[other])
    public = make_action(app, "Published reply", group_ids=[other], published_at=utcnow())
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[own])
    index = visible_text(client.get("/manage/actions/"))
    assert "Our draft" in index and "Published reply" in index
    assert "Their draft" not in index
    assert client.get(url(theirs)).status_code == 200
    assert client.get(url(public)).status_code == 200
    assert client.get(url(hidden)).status_code == 403
    assert client.get(url(hidden + public + 1000)).status_code == 404


def test_group_members_are_kept_out(client, app):
    group = make_group(app)
    action = make_action(app, group_ids=[group])
    login_as(client, app, Role.MEMBER, group_ids=[group])
    assert client.get("/manage/actions/").status_code == 403
    assert client.get(url(action)).status_code == 403
    assert client.get(NEW).status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client, app):
    action = make_action(app)
    for path in ("/manage/actions/", url(action), NEW):
        response = client.get(path)
        assert response.status_code == 302
        assert "/sign-in" in response.location


class TestWithCsrf:
    @pytest.fixture
    def app_config(self) -> dict:
        return {"WTF_CSRF_ENABLED": True}

    @staticmethod
    def _token(html: str) -> str:
        return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]

    def _sign_in(self, client, app) -> None:
        email = make_staff(app, Role.OFFICER)
        token = self._token(client.get("/sign-in").get_data(as_text=True))
        client.post("/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token})

    def test_forms_work_with_their_token_and_not_without(self, client, app):
        self._sign_in(client, app)
        assert client.post(NEW, data=form_data()).status_code == 400
        assert action_count(app) == 0
        token = self._token(client.get(NEW).get_data(as_text=True))
        assert client.post(NEW, data=form_data(csrf_token=token)).status_code == 302
        (action,) = action_ids(app)

        update = {"body": "Started", "status": "in_progress"}
        assert client.post(url(action, "updates"), data=update).status_code == 400
        assert client.post(url(action, "publish")).status_code == 400
        assert not stored(app, action)["published"]
        token = self._token(client.get(url(action, "publish")).get_data(as_text=True))
        assert client.post(url(action, "publish"), data={"csrf_token": token}).status_code == 302
