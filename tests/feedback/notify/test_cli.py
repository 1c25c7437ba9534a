"""`flask notify send` and `flask notify pending`."""

from __future__ import annotations

import pytest

from feedback.notify.cli import notify_cli
from tests.feedback.notify.helpers import (
    follow,
    free_port,
    make_action,
    make_closed_survey,
    notifications,
)


def run(app, *args):
    return app.test_cli_runner().invoke(notify_cli, args)


@pytest.fixture
def owed(app) -> None:
    survey = make_closed_survey(app)
    follow(app, survey, "jo.parent@example.org", "sam@example.org")
    make_action(app, [survey], "Shorter waits")
    make_action(app, [survey], "EHC plans on time")


def test_send_sends_and_says_how_many(app, inbox, owed):
    result = run(app, "send")
    assert result.exit_code == 0
    assert result.output == "Sent 2 emails about 2 actions; 0 still pending.\n"
    assert len(inbox.messages) == 2
    assert run(app, "send").output == "Sent 0 emails about 0 actions; 0 still pending.\n"
    assert len(inbox.messages) == 2


def test_send_fails_with_the_last_error_when_the_server_is_down(app, inbox, owed):
    app.config["MAIL_PORT"] = free_port()
    result = run(app, "send")
    assert result.exit_code == 1
    assert result.output.startswith("Sent 0 emails about 0 actions; 4 still pending (last error:")
    assert "refused the connection" in result.output
    assert "example.org" not in result.output

    app.config["MAIL_PORT"] = inbox.port
    assert run(app, "send").exit_code == 0
    assert {status for _, _, status, _ in notifications(app)} == {"sent"}


def test_send_fails_when_email_is_not_set_up(app, owed):
    app.config["MAIL_SERVER"] = ""
    result = run(app, "send")
    assert result.exit_code == 1
    assert result.output.startswith("Email is not set up: FEEDBACK_MAIL_SERVER is empty.")


def test_pending_lists_what_is_owed_with_masked_addresses(app, owed):
    app.config["MAIL_PORT"] = free_port()
    run(app, "send")
    result = run(app, "pending")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "Survey",
        "Action",
        "Email",
        "Attempts",
        "Last",
        "tried",
        "(UTC)",
        "Last",
        "error",
    ]
    assert len(lines) == 6
    assert "EHC plans on time" in lines[1] and "j***@example.org" in lines[1]
    assert "s***@example.org" in lines[2]
    assert "Shorter waits" in lines[3]
    assert all(" 1 " in line and "refused the connection" in line for line in lines[1:5])
    assert lines[-1] == "4 still pending."
    assert "jo.parent" not in result.output and "sam@" not in result.output


def test_pending_says_when_nothing_is_owed(app):
    result = run(app, "pending")
    assert (result.exit_code, result.output) == (0, "No emails are owed.\n")
