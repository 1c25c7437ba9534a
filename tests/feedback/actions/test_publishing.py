"""Co-producing the reply: send the draft to its groups, they sign it off, then it is published
with who agreed on record and the emails queued. Publishing is refused, with every reason
listed, until it is complete and signed off."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import ActionStatus, ReviewRound, Role
from tests.factories import login_as, make_group, make_survey
from tests.feedback.actions.helpers import (
    day,
    editor,
    follow,
    log_entries,
    make_action,
    notifications,
    sign_off,
    start_review,
    stored,
    url,
)
from tests.pages import visible_text


@pytest.fixture
def setting(app, client) -> dict:
    """An officer signed in; an action drafted for two groups about a survey with followers."""
    email = login_as(client, app, Role.OFFICER)
    pcf = make_group(app)
    youth = make_group(app, "youth-forum", "Youth Forum")
    survey = make_survey(app, group_ids=[pcf])
    follow(app, survey, "amal@example.org", "bea@example.org")
    action = make_action(app, group_ids=[pcf, youth], survey_ids=[survey])
    return {
        "officer": email,
        "pcf": pcf,
        "youth": youth,
        "action": action,
        "pcf_editor": editor(app, pcf, "pcf.editor@example.org"),
        "youth_editor": editor(app, youth, "youth.editor@example.org"),
    }


def rounds(app, action_id: int) -> list[int]:
    with app.app_context():
        return list(
            db.session.scalars(select(ReviewRound.id).where(ReviewRound.action_id == action_id))
        )


def test_send_for_review_offers_the_action_groups_and_opens_a_round(client, app, setting):
    action = setting["action"]
    form = client.get(url(action, "review"))
    html = form.get_data(as_text=True)
    assert html.count('name="groups" type="checkbox"') == 2
    assert html.count("checked") == 2
    response = client.post(
        url(action, "review"),
        data={"groups": [setting["pcf"], setting["youth"]], "note": "Please check the dates"},
    )
    (round_id,) = rounds(app, action)
    assert response.status_code == 302
    assert response.location == f"/manage/reviews/{round_id}"
    text = visible_text(client.get(url(action)))
    assert "‘Quicker EHC plans’ has been sent to Parent Carer Forum and Youth Forum" in text
    assert "0 comments" in text
    assert "Still to sign off: Parent Carer Forum, Youth Forum." in text


def test_sending_to_no_group_is_refused(client, app, setting):
    response = client.post(url(setting["action"], "review"), data={"note": "x"})
    assert response.status_code == 400
    assert "Select at least one group to review it" in visible_text(response)
    assert rounds(app, setting["action"]) == []


def test_an_action_without_groups_asks_for_them_first(client, app, setting):
    action = make_action(app, "No groups yet")
    assert "This action has no co-producing groups yet" in visible_text(
        client.get(url(action, "review"))
    )
    assert client.post(url(action, "review"), data={}).status_code == 400
    assert rounds(app, action) == []


def test_publishing_waits_for_every_group_then_records_who_agreed(client, app, setting):
    action = setting["action"]
    round_id = start_review(app, action, [setting["pcf"], setting["youth"]], setting["officer"])

    page = client.get(url(action, "publish"))
    assert "‘Quicker EHC plans’ cannot be published yet" in visible_text(page)
    assert (
        "Parent Carer Forum and Youth Forum have not signed it off, so it cannot be published yet"
        in visible_text(page)
    )
    assert client.post(url(action, "publish")).status_code == 400

    sign_off(app, round_id, setting["pcf"], setting["pcf_editor"])
    refused = client.post(url(action, "publish"))
    assert refused.status_code == 400
    assert "Youth Forum has not signed it off, so it cannot be published yet" in (
        visible_text(refused)
    )
    assert not stored(app, action)["published"]
    assert notifications(app) == []

    sign_off(app, round_id, setting["youth"], setting["youth_editor"], "Add a date for parents")
    confirm = visible_text(client.get(url(action, "publish")))
    assert "Publish ‘Quicker EHC plans’?" in confirm
    assert "agreed with the Parent Carer Forum and the Youth Forum" in confirm
    response = client.post(url(action, "publish"))
    assert response.status_code == 302
    assert stored(app, action)["published"]
    assert notifications(app) == [
        ("amal@example.org", "Quicker EHC plans"),
        ("bea@example.org", "Quicker EHC plans"),
    ]
    assert log_entries(app, action) == [
        (
            "Published. Agreed with the Parent Carer Forum and the Youth Forum.",
            ActionStatus.IN_PROGRESS,
        )
    ]
    text = visible_text(client.get(url(action)))
    assert "‘Quicker EHC plans’ is published. 2 people who asked to hear what happened are " in text
    assert "Parent Carer Forum: signed off by Forum editor on " in text
    assert "Objection on record: “Add a date for parents”" in text
    with app.app_context():
        assert db.session.get(ReviewRound, round_id).closed_at is not None


def test_publishing_twice_or_again_after_withdrawing_sends_no_second_email(client, app, setting):
    action = setting["action"]
    round_id = start_review(app, action, [setting["pcf"], setting["youth"]], setting["officer"])
    sign_off(app, round_id, setting["pcf"], setting["pcf_editor"])
    sign_off(app, round_id, setting["youth"], setting["youth_editor"])
    assert client.post(url(action, "publish")).status_code == 302
    again = client.post(url(action, "publish"))
    assert again.status_code == 400
    assert "is already published" in visible_text(again)

    assert "Withdraw ‘Quicker EHC plans’ from the public page?" in visible_text(
        client.get(url(action, "withdraw"))
    )
    assert client.post(url(action, "withdraw")).status_code == 302
    assert not stored(app, action)["published"]
    assert client.post(url(action, "withdraw")).status_code == 400
    assert client.post(url(action, "publish")).status_code == 302
    assert len(notifications(app)) == 2
    assert [body for body, _ in log_entries(app, action)] == [
        "Published. Agreed with the Parent Carer Forum and the Youth Forum.",
        "Taken off the public page.",
        "Published. Agreed with the Parent Carer Forum and the Youth Forum.",
    ]


def test_a_new_round_closes_the_old_one_and_its_sign_offs_stop_counting(client, app, setting):
    action = setting["action"]
    first = start_review(app, action, [setting["pcf"], setting["youth"]], setting["officer"])
    sign_off(app, first, setting["pcf"], setting["pcf_editor"])
    warning = visible_text(client.get(url(action, "review")))
    assert "Its sign-offs, from the Parent Carer Forum, will no longer count" in warning
    client.post(url(action, "review"), data={"groups": [setting["pcf"], setting["youth"]]})
    assert "Parent Carer Forum and Youth Forum have not signed it off" in visible_text(
        client.get(url(action, "publish"))
    )


def test_an_incomplete_action_lists_every_problem(client, app, setting):
    action = make_action(
        app, "Half done", we_did=" ", owner=None, status=ActionStatus.PLANNED, due_on=day(-3),
        group_ids=[setting["pcf"]],
    )  # fmt: skip
    response = client.post(url(action, "publish"))
    assert response.status_code == 400
    text = visible_text(response)
    assert text.startswith("Error: ‘Half done’ cannot be published yet")
    for message in (
        "Enter what was done or will be done (‘We did’)",
        "Select the organisation that owns the action",
        "The due date must be today or in the future, unless the action is done",
        "Parent Carer Forum has not signed it off, so it cannot be published yet",
    ):
        assert message in text
    html = response.get_data(as_text=True)
    assert f'href="/manage/actions/{action}/edit#we_did"' in html
    assert f'href="/manage/actions/{action}/edit#due_on-day"' in html
    assert f'href="/manage/actions/{action}#review"' in html
    assert not stored(app, action)["published"]


def test_not_doing_without_a_reason_cannot_be_published(client, app, setting):
    action = make_action(app, "Not now", status=ActionStatus.NOT_DOING)
    assert "Say why this will not be done" in visible_text(client.post(url(action, "publish")))


def test_an_action_without_groups_is_published_with_a_warning(client, app, setting):
    action = make_action(app, "Council only")
    assert "No co-producing group has reviewed it" in visible_text(
        client.get(url(action, "publish"))
    )
    assert client.post(url(action, "publish")).status_code == 302
    assert log_entries(app, action) == [("Published.", ActionStatus.IN_PROGRESS)]


def test_publishing_says_when_nobody_is_waiting_for_an_email(client, app, setting):
    action = make_action(app, "Council only")
    response = client.post(url(action, "publish"), follow_redirects=True)
    assert "Nobody new asked to hear about its surveys, so no emails are queued" in (
        visible_text(response)
    )
