"""Sending: one email per person for everything owed, to a real local SMTP server."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Action, ActionStatus, FollowUp, Notification
from feedback.models.columns import utcnow
from feedback.notify.sending import _claim, emails_owed, send_pending
from feedback.notify.services import queue_for_action
from tests.feedback.notify.helpers import (
    PUBLIC_BASE_URL,
    SENDER,
    body,
    follow,
    free_port,
    last_errors,
    make_action,
    make_closed_survey,
    notifications,
    silent_server,
)

TITLES = ("Shorter waits for speech therapy", "EHC plans on time", "A clearer local offer")


def _send(app, **config):
    app.config.update(config)
    with app.app_context():
        return send_pending()


@pytest.fixture
def three_published(app) -> int:
    """A closed survey followed by two people, with three actions published about it."""
    survey = make_closed_survey(app)
    follow(app, survey, "jo@example.org", "sam@example.org")
    for title in TITLES:
        make_action(app, [survey], title)
    return survey


def test_three_actions_make_one_email_each(app, inbox, three_published):
    report = _send(app)
    assert (report.emails_sent, report.actions, report.failed, report.pending) == (2, 3, 0, 0)
    assert report.summary == "Sent 2 emails about 3 actions; 0 still pending."
    assert sorted(message["To"] for message in inbox.messages) == [
        "jo@example.org",
        "sam@example.org",
    ]
    (message,) = inbox.to("jo@example.org")
    assert message["From"] == SENDER
    assert message["Subject"] == "What we did after ‘Your experience of SEND support’"
    text = body(message)
    assert "after you answered ‘Your experience of SEND support’" in text
    for title in TITLES:
        assert title in text
        assert f"We did: We did something about {title.lower()}." in text
        slug = title.lower().replace(" ", "-")
        assert f"Read more: {PUBLIC_BASE_URL}/you-said-we-did/{slug}" in text
    assert "Status: In progress, due by 31 March 2030" in text
    assert f"{PUBLIC_BASE_URL}/you-said-we-did/\n" in text
    assert all(status == "sent" for _, _, status, _ in notifications(app))


def test_the_email_has_a_working_one_click_unsubscribe_link(app, client, inbox, three_published):
    _send(app)
    (message,) = inbox.to("jo@example.org")
    with app.app_context():
        token = db.session.scalar(
            select(FollowUp.unsubscribe_token).where(FollowUp.email == "jo@example.org")
        )
    link = f"{PUBLIC_BASE_URL}/follow-up/unsubscribe/{token}"
    assert message["List-Unsubscribe"] == f"<{link}>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"To stop these emails, open this link:\n{link}" in body(message)

    path = link.removeprefix(PUBLIC_BASE_URL)
    assert client.post(path, data={"List-Unsubscribe": "One-Click"}).status_code == 200
    make_action(app, [three_published], "Another action")
    _send(app)
    assert [message["To"] for message in inbox.messages[2:]] == ["sam@example.org"]
    assert "Another action" in body(inbox.messages[2])


def test_nothing_is_sent_twice(app, inbox, three_published):
    _send(app)
    with app.app_context():
        for action in db.session.scalars(select(Action)):
            assert queue_for_action(action) == 0
        db.session.commit()
    report = _send(app)
    assert (report.emails_sent, report.pending) == (0, 0)
    assert len(inbox.messages) == 2


def test_a_later_action_gets_its_own_email(app, inbox, three_published):
    _send(app)
    make_action(app, [three_published], "Another action")
    report = _send(app)
    assert (report.emails_sent, report.actions) == (2, 1)
    latest = body(inbox.to("jo@example.org")[-1])
    assert "Another action" in latest
    assert TITLES[0] not in latest


def test_smtp_down_keeps_everything_pending_until_a_later_send(app, inbox, three_published):
    report = _send(app, MAIL_PORT=free_port())
    assert (report.emails_sent, report.failed, report.pending) == (0, 2, 6)
    assert "refused the connection" in report.summary
    assert report.summary.startswith("Sent 0 emails about 0 actions; 6 still pending (last error:")
    assert {(status, tries) for _, _, status, tries in notifications(app)} == {("pending", 1)}
    assert all("refused the connection" in error for error in last_errors(app))
    assert inbox.messages == []

    report = _send(app, MAIL_PORT=inbox.port)
    assert (report.emails_sent, report.actions, report.pending) == (2, 3, 0)
    assert len(inbox.messages) == 2
    assert {(status, tries) for _, _, status, tries in notifications(app)} == {("sent", 2)}
    assert set(last_errors(app)) == {""}


def test_a_server_that_never_answers_times_out_and_keeps_them_pending(app, three_published):
    with silent_server() as port:
        report = _send(app, MAIL_PORT=port, MAIL_TIMEOUT=0.5)
    assert (report.emails_sent, report.failed, report.pending) == (0, 2, 6)
    assert "did not answer within 0.5s" in report.last_error


def test_a_refused_address_stays_pending_and_the_others_go(app, inbox, three_published):
    inbox.refused.add("jo@example.org")
    report = _send(app)
    assert (report.emails_sent, report.failed, report.pending) == (1, 1, 3)
    assert [message["To"] for message in inbox.messages] == ["sam@example.org"]
    assert report.last_error == "The mail server refused the address"
    assert "jo@example.org" not in " ".join(last_errors(app))


def test_when_email_is_not_set_up_nothing_is_tried(app, inbox, three_published):
    report = _send(app, MAIL_SERVER="")
    assert report.summary == (
        "Email is not set up: FEEDBACK_MAIL_SERVER is empty. "
        "Sent 0 emails about 0 actions; 6 still pending."
    )
    assert {tries for _, _, _, tries in notifications(app)} == {0}
    assert inbox.messages == []


def test_a_withdrawn_action_waits_and_the_rest_go(app, inbox, three_published):
    with app.app_context():
        action = db.session.scalar(select(Action).where(Action.title == TITLES[0]))
        action.published_at = None
        db.session.commit()
    report = _send(app)
    assert (report.emails_sent, report.actions, report.pending) == (2, 2, 0)
    assert TITLES[0] not in body(inbox.messages[0])
    assert ("jo@example.org", TITLES[0], "pending", 0) in notifications(app)


def test_status_lines_say_where_each_action_is(app, inbox):
    survey = make_closed_survey(app)
    follow(app, survey, "jo@example.org")
    make_action(app, [survey], "Done one", status=ActionStatus.DONE, done_on=date(2026, 1, 5))
    make_action(
        app,
        [survey],
        "Not this",
        status=ActionStatus.NOT_DOING,
        not_doing_reason="The NHS trust is already doing it.",
    )
    make_action(app, [survey], "Planned one", status=ActionStatus.PLANNED, due_on=None)
    _send(app)
    text = body(inbox.messages[0])
    assert "Status: Done on 5 January 2026" in text
    assert "Status: Not doing: The NHS trust is already doing it." in text
    assert "Status: Planned\n" in text


def test_an_email_another_sender_has_claimed_is_not_sent_again(app, inbox, three_published):
    with app.app_context():
        stale = emails_owed()
        send_pending()
        assert [_claim(email, utcnow()) for email in stale] == [False, False]
        assert db.session.scalar(select(Notification.attempts).limit(1)) == 1
    assert len(inbox.messages) == 2
