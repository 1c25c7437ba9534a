"""The update log: dated entries with their author and the status they leave the action in,
newest first."""

from __future__ import annotations

import re

from feedback.models import ActionStatus, Role
from tests.factories import login_as
from tests.feedback.actions.helpers import day, log_entries, make_action, stored, url
from tests.pages import visible_text


def test_updates_are_dated_signed_and_shown_newest_first(client, app):
    login_as(client, app, Role.OFFICER)
    action = make_action(app, status=ActionStatus.PLANNED)
    first = client.post(
        url(action, "updates"), data={"body": "Two co-ordinators started.", "status": "in_progress"}
    )
    assert first.status_code == 302
    assert first.location == f"{url(action)}#updates"
    client.post(url(action, "updates"), data={"body": "Plans now take 18 weeks.", "status": "done"})
    assert log_entries(app, action) == [
        ("Two co-ordinators started.", ActionStatus.IN_PROGRESS),
        ("Plans now take 18 weeks.", ActionStatus.DONE),
    ]
    saved = stored(app, action)
    assert (saved["status"], saved["done_on"]) == (ActionStatus.DONE, day(0))
    text = visible_text(client.get(url(action)))
    updates = text[text.index("Updates") :]
    assert re.search(
        r"\d+ \w+ \d{4} by Co-production officer Done Plans now take 18 weeks\. "
        r"\d+ \w+ \d{4} by Co-production officer In progress Two co-ordinators started\.",
        updates,
    )
    assert "The update has been added" in text


def test_an_update_needs_words_and_nothing_is_stored_without_them(client, app):
    login_as(client, app, Role.OFFICER)
    action = make_action(app)
    response = client.post(url(action, "updates"), data={"body": "  ", "status": "done"})
    assert response.status_code == 400
    text = visible_text(response)
    assert text.startswith("Error: Quicker EHC plans")
    assert "There is a problem Enter what has happened" in text
    assert log_entries(app, action) == []
    assert stored(app, action)["status"] is ActionStatus.IN_PROGRESS


def test_moving_to_not_doing_makes_the_update_the_reason(client, app):
    login_as(client, app, Role.OFFICER)
    action = make_action(app)
    reason = "The funding was not agreed, so the new clinic cannot open this year."
    client.post(url(action, "updates"), data={"body": reason, "status": "not_doing"})
    saved = stored(app, action)
    assert (saved["status"], saved["not_doing_reason"]) == (ActionStatus.NOT_DOING, reason)


def test_an_overdue_action_takes_progress_notes_but_only_done_as_a_new_status(client, app):
    login_as(client, app, Role.OFFICER)
    action = make_action(app, due_on=day(-7))
    note = {"body": "Still recruiting.", "status": "in_progress"}
    assert client.post(url(action, "updates"), data=note).status_code == 302
    refused = client.post(url(action, "updates"), data={"body": "Paused.", "status": "planned"})
    assert refused.status_code == 400
    assert "The due date has passed, so the status can only change to done" in (
        visible_text(refused)
    )
    done = {"body": "Finished late.", "status": "done"}
    assert client.post(url(action, "updates"), data=done).status_code == 302
    assert [status for _, status in log_entries(app, action)] == [
        ActionStatus.IN_PROGRESS,
        ActionStatus.DONE,
    ]


def test_an_unknown_status_is_refused(client, app):
    login_as(client, app, Role.OFFICER)
    action = make_action(app)
    response = client.post(url(action, "updates"), data={"body": "x", "status": "paused"})
    assert "Select the status of the action" in visible_text(response)
    assert log_entries(app, action) == []
