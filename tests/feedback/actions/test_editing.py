"""Creating and changing actions: every error is specific, nothing half-written is stored, quotes
are redacted before they are saved, and changes are logged."""

from __future__ import annotations

import pytest

from feedback.models import ActionStatus, Level, Owner, Role, Stage
from tests.factories import login_as, make_group, make_survey
from tests.feedback.actions.helpers import (
    NEW,
    action_count,
    action_ids,
    date_parts,
    day,
    form_data,
    log_entries,
    make_action,
    stored,
    url,
)
from tests.pages import visible_text


def test_an_officer_creates_a_draft_with_redacted_quotes(client, app):
    login_as(client, app, Role.OFFICER)
    group = make_group(app)
    survey = make_survey(app)
    quotes = "Mrs Patel at Oakwood Primary School never rang back.\n\n Ring me on 07700 900461 "
    response = client.post(
        NEW,
        data=form_data(
            quotes=quotes,
            surveys=[survey],
            groups=[group],
            due_on=date_parts(day(30)),
            evidence_url="https://www.example.org/ehc-report",
            level="co_produce",
            stages=["analysis", "reply"],
        ),
    )
    assert response.status_code == 302
    action_id = int(response.location.rsplit("/", 1)[1])
    saved = stored(app, action_id)
    assert saved["quotes"] == ["[name] at [school] never rang back.", "Ring me on [phone]"]
    assert saved["slug"] == "quicker-ehc-plans"
    assert (saved["status"], saved["owner"], saved["due_on"]) == (
        ActionStatus.PLANNED,
        Owner.COUNCIL,
        day(30),
    )
    assert (saved["surveys"], saved["groups"], saved["published"]) == ([survey], [group], False)
    assert (saved["level"], saved["stages"]) == (Level.CO_PRODUCE, [Stage.ANALYSIS, Stage.REPLY])
    text = visible_text(client.get(url(action_id)))
    assert "‘Quicker EHC plans’ has been saved as a draft" in text
    assert "“[name] at [school] never rang back.”" in text
    assert "Patel" not in text and "07700" not in text
    assert "Co-produced with the Parent Carer Forum: analysis and reply" in text


def test_a_second_action_with_the_same_title_gets_its_own_slug(client, app):
    login_as(client, app, Role.OFFICER)
    make_action(app, "Quicker EHC plans")
    client.post(NEW, data=form_data())
    slugs = sorted(stored(app, action_id)["slug"] for action_id in action_ids(app))
    assert slugs == ["quicker-ehc-plans", "quicker-ehc-plans-2"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": " "}, "Enter a title for the action"),
        ({"you_said": ""}, "Enter what people said (‘You said’)"),
        ({"status": ""}, "Select the status of the action"),
        ({"status": "finished"}, "Select the status of the action"),
        ({"owner": "the mayor"}, "Select the organisation from the list"),
        ({"status": "not_doing"}, "Say why this will not be done"),
        (
            {"due_on": date_parts(day(-1))},
            "The due date must be today or in the future, unless the action is done",
        ),
        (
            {"status": "in_progress", "due_on": date_parts(day(-30))},
            "The due date must be today or in the future, unless the action is done",
        ),
        ({"due_on": ["31", "2", "2027"]}, "The due date must be a real date"),
        ({"evidence_url": "www.example.org"}, "Enter a web address starting with http:// or https://"),
        ({"evidence_url": "javascript:alert(1)"}, "Enter a web address starting with http://"),
        ({"evidence_url": "ftp://example.org/file"}, "Enter a web address starting with http://"),
        ({"quotes": "a\nb\nc\nd\ne\nf"}, "Enter up to 5 example comments, each on its own line"),
        ({"quotes": "ok\n" + "x" * 1001}, "Example comment 2 must be 1,000 characters or fewer"),
        ({"level": "co_produce"}, "Select the stages families took part in"),
        ({"stages": ["idea"]}, "Select the level families reached"),
    ],
)  # fmt: skip
def test_each_mistake_is_named_and_nothing_is_stored(client, app, overrides, message):
    login_as(client, app, Role.OFFICER)
    response = client.post(NEW, data=form_data(**overrides))
    assert response.status_code == 200
    text = visible_text(response)
    assert text.startswith("Error: Create an action")
    assert "There is a problem" in text
    assert message in text
    assert action_count(app) == 0


def test_a_draft_may_leave_we_did_and_owner_for_later(client, app):
    login_as(client, app, Role.OFFICER)
    response = client.post(NEW, data=form_data(we_did="", owner=""))
    assert response.status_code == 302
    assert stored(app, action_ids(app)[0])["owner"] is None


def test_a_done_action_may_have_a_past_due_date_and_records_when_it_was_done(client, app):
    login_as(client, app, Role.OFFICER)
    client.post(NEW, data=form_data(status="done", due_on=date_parts(day(-10))))
    saved = stored(app, action_ids(app)[0])
    assert (saved["status"], saved["due_on"], saved["done_on"]) == (
        ActionStatus.DONE,
        day(-10),
        day(0),
    )


def test_not_doing_keeps_its_reason(client, app):
    login_as(client, app, Role.OFFICER)
    reason = "The NHS trust is already opening a new clinic, so a second one is not needed."
    client.post(NEW, data=form_data(status="not_doing", not_doing_reason=reason))
    assert stored(app, action_ids(app)[0])["not_doing_reason"] == reason
    assert reason in visible_text(client.get(url(action_ids(app)[0])))


def test_the_form_shows_what_is_stored(client, app):
    login_as(client, app, Role.OFFICER)
    action = make_action(app, due_on=day(3), evidence_url="https://example.org/plan")
    html = client.get(url(action, "edit")).get_data(as_text=True)
    assert 'value="Quicker EHC plans"' in html
    assert 'value="https://example.org/plan"' in html
    assert f'value="{day(3).year}"' in html
    assert 'value="in_progress" checked' in html


def test_a_status_change_is_logged_and_an_unchanged_overdue_date_is_kept(client, app):
    login_as(client, app, Role.OFFICER)
    action = make_action(app, due_on=day(-5), status=ActionStatus.PLANNED)
    keep_date = form_data(status="planned", due_on=date_parts(day(-5)), title="Quicker plans")
    assert client.post(url(action, "edit"), data=keep_date).status_code == 302
    assert log_entries(app, action) == []

    change = form_data(status="in_progress", due_on=date_parts(day(-5)))
    response = client.post(url(action, "edit"), data=change)
    assert "The due date must be today or in the future" in visible_text(response)

    change["due_on"] = date_parts(day(20))
    assert client.post(url(action, "edit"), data=change).status_code == 302
    assert log_entries(app, action) == [
        ("Status changed from Planned to In progress.", ActionStatus.IN_PROGRESS)
    ]


def test_editing_a_published_action_keeps_it_published_and_logs_the_change(client, app):
    from feedback.models.columns import utcnow

    login_as(client, app, Role.OFFICER)
    action = make_action(app, published_at=utcnow())
    data = form_data(status="in_progress", we_did="We hired three co-ordinators.")
    response = client.post(url(action, "edit"), data=data)
    assert response.status_code == 302
    assert stored(app, action)["published"]
    assert log_entries(app, action) == [
        ("Changed after publishing: ‘We did’.", ActionStatus.IN_PROGRESS)
    ]
    assert stored(app, action)["slug"] == "quicker-ehc-plans"
