"""Follow-ups: signing up to hear what happened, unsubscribing, and queueing the emails owed.

A follow-up holds an email address and a survey, nothing else: it is never linked to a response.
Each published action linked to a survey owes each of that survey's follow-ups one notification,
at most once (the database refuses a second for the same pair).
"""

from __future__ import annotations

import re
import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, delete, func, literal, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from feedback.auth.services import normalise_email
from feedback.extensions import db
from feedback.models import Action, FollowUp, Notification, NotificationStatus, Survey
from feedback.models.columns import utcnow
from feedback.notify.mail import mask_email

EMAIL_MAX = 254
EMAIL_PATTERN = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
"""An address any mail server takes: plain ASCII, a dotted local part and a domain with a dot."""


def is_email_address(text: str) -> bool:
    """True when `text` is an email address in the usual format, like name@example.com."""
    return len(text) <= EMAIL_MAX and EMAIL_PATTERN.fullmatch(text) is not None


# Signing up and unsubscribing


def sign_up(survey: Survey, email: str) -> bool:
    """Add `email` to the people to tell about `survey`, committed. False if already there."""
    if find_follow_up(survey, email) is not None:
        return False
    add_follow_up(survey, email)
    try:
        db.session.commit()
    except IntegrityError:  # the same address, added a moment ago from another tab
        db.session.rollback()
        return False
    return True


def add_follow_up(survey: Survey, email: str) -> FollowUp:
    """A new follow-up for `email` on `survey`, with its own unsubscribe token (not committed)."""
    follow_up = FollowUp(
        survey_id=survey.id,
        email=normalise_email(email),
        unsubscribe_token=secrets.token_urlsafe(32),
    )
    db.session.add(follow_up)
    return follow_up


def find_follow_up(survey: Survey, email: str) -> FollowUp | None:
    """The follow-up for `email` on `survey`, if there is one."""
    return db.session.scalar(
        select(FollowUp).where(
            FollowUp.survey_id == survey.id, FollowUp.email == normalise_email(email)
        )
    )


def follow_up_for_token(token: str) -> FollowUp | None:
    """The follow-up an unsubscribe link points at, if it is still there."""
    return db.session.scalar(select(FollowUp).where(FollowUp.unsubscribe_token == token))


def unsubscribe(follow_up: FollowUp) -> None:
    """Delete the address and every notification owed to it, committed."""
    db.session.execute(delete(Notification).where(Notification.follow_up_id == follow_up.id))
    db.session.delete(follow_up)
    db.session.commit()


# Queueing


def _insert_ignoring_duplicates():
    """An INSERT on Notification that skips rows already there, on SQLite and PostgreSQL."""
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(Notification).on_conflict_do_nothing(
        index_elements=[Notification.follow_up_id, Notification.action_id]
    )


def queue_for_action(action: Action) -> int:
    """Owe one email about the published `action` to everyone following its surveys.

    Returns how many notifications were queued. Nobody is queued twice for the same action, so
    publishing again (or calling this twice) adds only people who signed up since. Queues nothing
    for an unpublished action. Does not commit: the caller commits with the rest of publishing.
    """
    if action.published_at is None or not action.surveys:
        return 0
    db.session.flush()
    survey_ids = [survey.id for survey in action.surveys]
    followers = select(
        FollowUp.id,
        literal(action.id),
        literal(NotificationStatus.PENDING.value),
        literal(0),
        literal(""),
        literal(utcnow()),
    ).where(FollowUp.survey_id.in_(survey_ids))
    statement = _insert_ignoring_duplicates().from_select(
        ["follow_up_id", "action_id", "status", "attempts", "last_error", "created_at"], followers
    )
    return db.session.execute(statement.execution_options(preserve_rowcount=True)).rowcount


# Listing, for the staff page and the command line


@dataclass(frozen=True)
class PendingNotification:
    """An email still owed, with its address masked."""

    survey: str
    action: str
    action_slug: str
    email: str
    attempts: int
    last_error: str
    last_tried_at: datetime | None


def owed(*columns) -> Select:
    """A query for `columns` over the notifications still owed about published actions.

    Those about an action withdrawn after queueing wait, and go if it is published again.
    """
    return (
        select(*columns)
        .select_from(Notification)
        .join(FollowUp, Notification.follow_up_id == FollowUp.id)
        .join(Action, Notification.action_id == Action.id)
        .where(Notification.status == NotificationStatus.PENDING, Action.published_at.is_not(None))
    )


def pending_notifications() -> list[PendingNotification]:
    """Every notification still owed about a published action, by survey, action and address."""
    rows = db.session.execute(
        owed(
            Survey.title,
            Action.title,
            Action.slug,
            FollowUp.email,
            Notification.attempts,
            Notification.last_error,
            Notification.last_tried_at,
        )
        .join(Survey, FollowUp.survey_id == Survey.id)
        .order_by(Survey.title, Action.title, FollowUp.email)
    )
    return [
        PendingNotification(survey, action, slug, mask_email(email), attempts, error, tried)
        for survey, action, slug, email, attempts, error, tried in rows
    ]


@dataclass(frozen=True)
class PendingGroup:
    """The emails still owed about one action to the followers of one survey."""

    survey: str
    action: str
    count: int
    attempts: int
    last_error: str
    last_tried_at: datetime | None


def group_pending(pending: list[PendingNotification]) -> list[PendingGroup]:
    """`pending` counted per survey and action: most attempts, and the latest error."""
    grouped: dict[tuple[str, str], list[PendingNotification]] = defaultdict(list)
    for item in pending:
        grouped[item.survey, item.action].append(item)
    groups = []
    for (survey, action), items in grouped.items():
        latest = max(items, key=lambda item: item.last_tried_at or datetime.min)
        groups.append(
            PendingGroup(
                survey=survey,
                action=action,
                count=len(items),
                attempts=max(item.attempts for item in items),
                last_error=latest.last_error,
                last_tried_at=latest.last_tried_at,
            )
        )
    return groups


def pending_count() -> int:
    """How many notifications about published actions are still owed."""
    return db.session.scalar(owed(func.count()))


@dataclass(frozen=True)
class SurveyFollowUps:
    """How many people follow a survey, and the emails sent and owed to them."""

    survey: str
    people: int
    sent: int
    pending: int


def follow_ups_by_survey() -> list[SurveyFollowUps]:
    """Each survey with follow-ups: counts only, never an address."""
    people = dict(
        db.session.execute(
            select(FollowUp.survey_id, func.count()).group_by(FollowUp.survey_id)
        ).all()
    )
    emails: dict[tuple[int, NotificationStatus], int] = {
        (survey_id, status): count
        for survey_id, status, count in db.session.execute(
            select(FollowUp.survey_id, Notification.status, func.count())
            .join(FollowUp, Notification.follow_up_id == FollowUp.id)
            .join(Action, Notification.action_id == Action.id)
            .where(Action.published_at.is_not(None))
            .group_by(FollowUp.survey_id, Notification.status)
        )
    }
    titles = dict(
        db.session.execute(
            select(Survey.id, Survey.title)
            .where(Survey.id.in_(list(people)))
            .order_by(Survey.title)
        ).all()
    )
    return [
        SurveyFollowUps(
            survey=title,
            people=people[survey_id],
            sent=emails.get((survey_id, NotificationStatus.SENT), 0),
            pending=emails.get((survey_id, NotificationStatus.PENDING), 0),
        )
        for survey_id, title in titles.items()
    ]
