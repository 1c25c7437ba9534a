"""`flask notify ...`: send the emails owed to respondents, and list those still owed."""

from __future__ import annotations

import sys

import click
from flask.cli import AppGroup

from feedback.cli.output import echo_table
from feedback.notify.sending import send_pending
from feedback.notify.services import pending_notifications

notify_cli = AppGroup("notify", help="Email respondents what was done about their surveys.")


@notify_cli.command("send")
def send_command() -> None:
    """Send every email owed, one per person signed up, covering each action published since.

    An email that cannot be sent stays owed and is tried again next time. The exit status is 1
    when any could not be sent, or when email is not set up and some are owed.
    """
    report = send_pending()
    click.echo(report.summary)
    if report.failed or (report.not_set_up and report.pending):
        sys.exit(1)


@notify_cli.command("pending")
def pending_command() -> None:
    """List the emails still owed, per survey and action, with attempts and the last error.

    Addresses are masked, like j***@example.org.
    """
    pending = pending_notifications()
    if not pending:
        click.echo("No emails are owed.")
        return
    rows = [
        (
            item.survey,
            item.action,
            item.email,
            item.attempts,
            f"{item.last_tried_at:%Y-%m-%d %H:%M}" if item.last_tried_at else "–",
            item.last_error or "–",
        )
        for item in pending
    ]
    echo_table(("Survey", "Action", "Email", "Attempts", "Last tried (UTC)", "Last error"), rows)
    click.echo(f"{len(pending)} still pending.")
