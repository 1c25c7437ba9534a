"""Sending the emails owed: one per follow-up, covering every action it is owed news of.

Each email is claimed before it goes (its notifications' attempts go up by one, committed), so
two senders running at once never both send it; it is marked sent as soon as the server takes
it. When sending fails the notifications stay pending with the reason, for the next run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from urllib.parse import quote

from flask import current_app, render_template
from sqlalchemy import update

from feedback.extensions import db
from feedback.manage.services import long_date
from feedback.models import (
    Action,
    ActionStatus,
    FollowUp,
    Notification,
    NotificationStatus,
    Survey,
)
from feedback.models.columns import utcnow
from feedback.notify.mail import MailFailure, MailSettings, Postman, compose, mail_settings
from feedback.notify.services import owed, pending_count

DEFAULT_BASE_URL = "http://127.0.0.1:5000"
PUBLIC_PAGE = "/you-said-we-did/"
"""The public "You said, we did" page; each action is at PUBLIC_PAGE + its slug."""


def public_url(path: str) -> str:
    """`path` on the public site (PUBLIC_BASE_URL), for links that leave in emails."""
    base = str(current_app.config.get("PUBLIC_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    return base + path


def unsubscribe_url(token: str) -> str:
    """The one-click link that removes a follow-up."""
    path = current_app.url_map.bind("localhost").build("notify.unsubscribe", {"token": token})
    return public_url(path)


def status_line(
    status: ActionStatus, due_on: date | None, done_on: date | None, reason: str
) -> str:
    """Where an action is, in a line: "In progress, due by 5 January 2026"."""
    if status == ActionStatus.NOT_DOING:
        return f"{status.label}: {reason}" if reason else status.label
    if status == ActionStatus.DONE:
        return f"{status.label} on {long_date(done_on)}" if done_on else status.label
    return f"{status.label}, due by {long_date(due_on)}" if due_on else status.label


@dataclass(frozen=True)
class News:
    """One published action, as an email tells it."""

    title: str
    we_did: str
    status: str
    url: str


@dataclass
class Email:
    """One email to one follow-up: the notifications it settles and what it says."""

    follow_up_id: int
    address: str
    token: str
    survey: str
    claims: dict[int, int] = field(default_factory=dict)
    """Each notification's id and its attempts when read, to claim it by."""
    news: list[News] = field(default_factory=list)
    action_ids: set[int] = field(default_factory=set)

    def message(self, settings: MailSettings) -> EmailMessage:
        """The email itself."""
        link = unsubscribe_url(self.token)
        body = render_template(
            "notify/email.txt",
            survey=self.survey,
            news=self.news,
            all_url=public_url(PUBLIC_PAGE),
            unsubscribe_url=link,
            partnership=current_app.config.get("PARTNERSHIP_NAME", ""),
        )
        return compose(settings, self.address, f"What we did after ‘{self.survey}’", body, link)


def emails_owed() -> list[Email]:
    """The emails to send now: one per follow-up with news owed, oldest sign-up first."""
    rows = db.session.execute(
        owed(
            Notification.id,
            Notification.attempts,
            FollowUp.id,
            FollowUp.email,
            FollowUp.unsubscribe_token,
            Survey.title,
            Action,
        )
        .join(Survey, FollowUp.survey_id == Survey.id)
        .order_by(FollowUp.id, Action.published_at, Action.id)
    )
    emails: dict[int, Email] = {}
    for notification_id, attempts, follow_up_id, address, token, survey, action in rows:
        email = emails.get(follow_up_id)
        if email is None:
            email = emails[follow_up_id] = Email(follow_up_id, address, token, survey)
        email.claims[notification_id] = attempts
        email.action_ids.add(action.id)
        email.news.append(
            News(
                title=action.title,
                we_did=action.we_did,
                status=status_line(
                    action.status, action.due_on, action.done_on, action.not_doing_reason
                ),
                url=public_url(PUBLIC_PAGE + quote(action.slug)),
            )
        )
    return list(emails.values())


def _claim(email: Email, now: datetime) -> bool:
    """Count an attempt on each of the email's notifications, committed; False (and nothing
    changed) when another sender got to any of them first."""
    for notification_id, attempts in email.claims.items():
        claimed = db.session.execute(
            update(Notification)
            .where(
                Notification.id == notification_id,
                Notification.status == NotificationStatus.PENDING,
                Notification.attempts == attempts,
            )
            .values(attempts=attempts + 1, last_tried_at=now)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:
            db.session.rollback()
            return False
    db.session.commit()
    return True


def _settle(email: Email, **values) -> None:
    db.session.execute(
        update(Notification)
        .where(Notification.id.in_(email.claims))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


@dataclass(frozen=True)
class SendReport:
    """What one run of sending did."""

    emails_sent: int = 0
    actions: int = 0
    """How many different actions the emails sent were about."""
    failed: int = 0
    """Emails that could not be sent this time (their notifications stay pending)."""
    pending: int = 0
    """Notifications still owed after the run."""
    last_error: str = ""
    not_set_up: str = ""
    """Why nothing was tried, when email is not set up."""

    @property
    def summary(self) -> str:
        """The run in a sentence, for the command line and the staff page."""
        emails = f"{self.emails_sent} email{'' if self.emails_sent == 1 else 's'}"
        actions = f"{self.actions} action{'' if self.actions == 1 else 's'}"
        text = f"Sent {emails} about {actions}; {self.pending} still pending"
        if self.not_set_up:
            return f"{self.not_set_up}. {text}."
        return f"{text} (last error: {self.last_error})." if self.last_error else f"{text}."


def send_pending(now: datetime | None = None) -> SendReport:
    """Send every email owed, one per follow-up; failures stay pending for the next run.

    Nothing is tried when email is not set up. When the server cannot be reached, each email
    owed counts an attempt with that reason and no more connections are tried this run.
    """
    settings = mail_settings()
    if settings.problem:
        return SendReport(pending=pending_count(), not_set_up=settings.problem)
    now = now or utcnow()
    sent = failed = 0
    actions: set[int] = set()
    unreachable = last_error = ""
    with Postman(settings) as postman:
        for email in emails_owed():
            message = email.message(settings)
            if not _claim(email, now):
                continue
            try:
                if unreachable:
                    raise MailFailure(unreachable, unreachable=True)
                postman.send(message)
            except MailFailure as failure:
                _settle(email, last_error=failure.reason)
                failed += 1
                last_error = failure.reason
                unreachable = failure.reason if failure.unreachable else ""
                continue
            _settle(email, status=NotificationStatus.SENT, sent_at=now, last_error="")
            sent += 1
            actions |= email.action_ids
    if failed:
        current_app.logger.warning("%d follow-up emails not sent: %s", failed, last_error)
    return SendReport(sent, len(actions), failed, pending_count(), last_error)
