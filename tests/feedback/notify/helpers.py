"""Helpers for the notification tests: a local SMTP server, actions and follow-ups."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from flask import Flask
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import (
    Action,
    ActionStatus,
    FollowUp,
    Notification,
    Owner,
    Survey,
    SurveyStatus,
)
from feedback.models.columns import utcnow
from feedback.notify.services import add_follow_up, queue_for_action
from tests.factories import every_type_definition, make_survey

SENDER = "SEND partnership <feedback@example.org>"
PUBLIC_BASE_URL = "https://feedback.example.org"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (just now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def mail_config(port: int, **changes) -> dict:
    """App settings sending mail to 127.0.0.1:`port`, without TLS or a password."""
    return {
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": port,
        "MAIL_FROM": SENDER,
        "MAIL_TIMEOUT": 5,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        **changes,
    }


class Inbox:
    """An aiosmtpd handler keeping every message it accepts, parsed.

    Recipients in `refused` are answered 550, as a server refuses an unknown mailbox.
    """

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.refused: set[str] = set()
        self.port = 0

    async def handle_RCPT(self, _server, _session, envelope, address, _options):
        if address in self.refused:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, _server, _session, envelope):
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        """The messages sent to `address`."""
        return [message for message in self.messages if message["To"] == address]


@contextmanager
def running_inbox() -> Iterator[Inbox]:
    """Run an SMTP server on a free port of 127.0.0.1 for the duration."""
    inbox = Inbox()
    inbox.port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


@contextmanager
def silent_server() -> Iterator[int]:
    """A port that takes connections but never says hello, as a hung mail server does."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def body(message: EmailMessage) -> str:
    """A message's plain-text body, with plain line ends."""
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def make_closed_survey(app: Flask, slug: str = "every-type") -> int:
    """A closed survey (by default `every_type_definition`); returns its id."""
    return make_survey(app, every_type_definition(slug), SurveyStatus.CLOSED)


def follow(app: Flask, survey_id: int, *addresses: str) -> None:
    """Sign `addresses` up to hear about the survey."""
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        for address in addresses:
            add_follow_up(survey, address)
        db.session.commit()


def make_action(
    app: Flask,
    survey_ids: list[int],
    title: str,
    published: bool = True,
    queue: bool = True,
    **fields,
) -> int:
    """An action linked to the surveys, published (and queued) unless told otherwise."""
    with app.app_context():
        action = Action(
            slug=fields.pop("slug", title.lower().replace(" ", "-")),
            title=title,
            you_said=fields.pop("you_said", "Parents said they waited too long."),
            we_did=fields.pop("we_did", f"We did something about {title.lower()}."),
            owner=Owner.COUNCIL,
            status=fields.pop("status", ActionStatus.IN_PROGRESS),
            due_on=fields.pop("due_on", date(2030, 3, 31)),
            published_at=utcnow() if published else None,
            surveys=[db.session.get(Survey, survey_id) for survey_id in survey_ids],
            **fields,
        )
        db.session.add(action)
        db.session.flush()
        if queue:
            queue_for_action(action)
        db.session.commit()
        return action.id


def notifications(app: Flask) -> list[tuple[str, str, str, int]]:
    """Every notification as (address, action title, status, attempts), sorted."""
    with app.app_context():
        rows = db.session.execute(
            select(FollowUp.email, Action.title, Notification.status, Notification.attempts)
            .join(FollowUp, Notification.follow_up_id == FollowUp.id)
            .join(Action, Notification.action_id == Action.id)
        )
        return sorted((email, title, status.value, tries) for email, title, status, tries in rows)


def last_errors(app: Flask) -> list[str]:
    """Every notification's last error."""
    with app.app_context():
        return list(db.session.scalars(select(Notification.last_error)))


def follow_up_emails(app: Flask) -> list[str]:
    """Every follow-up's address, sorted."""
    with app.app_context():
        return sorted(db.session.scalars(select(FollowUp.email)))
