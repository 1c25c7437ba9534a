"""Actions as staff manage them: the list, saving both halves, the update log, review, publishing.

Each function that completes a user's action commits; the others only read. Example comments are
redacted before they are stored, because an action's quotes are published as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import selectinload
from wtforms import SelectChoice

from feedback.actions.rules import Problem, days_overdue, overdue_text, publish_problems
from feedback.analysis.services import redact_names
from feedback.auth.permissions import visible_surveys
from feedback.coproduction.record import group_phrase, join_words
from feedback.extensions import db
from feedback.manage.slugs import make_unique, slugify
from feedback.models import (
    Action,
    ActionQuote,
    ActionStatus,
    ActionUpdate,
    Area,
    CodebookTheme,
    Group,
    Level,
    Owner,
    Pledge,
    ReviewComment,
    ReviewRound,
    Role,
    SignOff,
    Stage,
    Survey,
    User,
)
from feedback.models.actions import action_group, action_survey
from feedback.models.columns import utcnow
from feedback.reviews import services as reviews
from theming.redaction import redact

MAX_QUOTES = 5
SLUG_LENGTH = 80


def today() -> date:
    """Today's date, which due dates and overdue actions are judged by."""
    return date.today()


# Who sees what -------------------------------------------------------------------------------


def visible_actions(user: User) -> ColumnElement[bool]:
    """A filter on `Action`: forum editors see published actions and their own groups' drafts;
    other staff see every action; group members see none here (only through their reviews)."""
    if user.role == Role.MEMBER:
        return false()
    if user.role != Role.FORUM_EDITOR:
        return true()
    own = [group.id for group in user.groups]
    theirs = select(action_group.c.action_id).where(action_group.c.group_id.in_(own))
    return or_(Action.published_at.is_not(None), Action.id.in_(theirs))


def may_see(user: User, action: Action) -> bool:
    """Whether `user` may read `action` (the rule of `visible_actions`, for one action)."""
    if user.role == Role.MEMBER:
        return False
    if user.role != Role.FORUM_EDITOR or action.published_at is not None:
        return True
    own = {group.id for group in user.groups}
    return any(group.id in own for group in action.groups)


def manages_actions(user: User) -> bool:
    """Officers and administrators create, change, review and publish actions."""
    return user.role in (Role.ADMIN, Role.OFFICER)


# The list ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionRow:
    """An action in the staff list, with whether it is overdue and how far it is signed off."""

    action: Action
    overdue: str
    days_overdue: int
    signed: int
    required: int


def _sign_off_counts(action: Action) -> tuple[int, int]:
    required = len(reviews.required_groups(action))
    return required - len(reviews.missing_sign_offs(action)), required


def action_rows(
    user: User, on: date, status: ActionStatus | None = None, survey_id: int | None = None
) -> list[ActionRow]:
    """The actions `user` may see, newest first, with a status or about a survey if given."""
    query = (
        select(Action)
        .where(visible_actions(user))
        .options(selectinload(Action.groups))
        .order_by(Action.created_at.desc(), Action.id.desc())
    )
    if status is not None:
        query = query.where(Action.status == status)
    if survey_id is not None:
        about = select(action_survey.c.action_id).where(action_survey.c.survey_id == survey_id)
        query = query.where(Action.id.in_(about))
    rows = []
    for action in db.session.scalars(query):
        signed, required = _sign_off_counts(action)
        rows.append(
            ActionRow(
                action=action,
                overdue=overdue_text(action.due_on, action.status, on),
                days_overdue=days_overdue(action.due_on, action.status, on),
                signed=signed,
                required=required,
            )
        )
    return rows


def surveys_with_actions(user: User) -> list[Survey]:
    """The surveys `user` may see that any action is about, by title (for the filter)."""
    linked = select(action_survey.c.survey_id)
    return list(
        db.session.scalars(
            select(Survey)
            .where(Survey.id.in_(linked), visible_surveys(user))
            .order_by(Survey.title, Survey.id)
        )
    )


# Choices for the form ------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkChoices:
    """What an action can be linked to, as checkbox choices."""

    themes: list[SelectChoice]
    surveys: list[SelectChoice]
    pledges: list[SelectChoice]
    areas: list[SelectChoice]
    groups: list[SelectChoice]


def link_choices(action: Action | None = None) -> LinkChoices:
    """Every theme in use (and any retired one `action` already has), survey, pledge, area and
    group."""
    kept = [theme.id for theme in action.themes] if action else []
    themes = db.session.execute(
        select(CodebookTheme, Area)
        .join(Area, Area.id == CodebookTheme.area_id)
        .where(or_(CodebookTheme.retired.is_(False), CodebookTheme.id.in_(kept)))
        .order_by(Area.number, CodebookTheme.label)
    )
    surveys = db.session.scalars(select(Survey).order_by(Survey.title, Survey.id))
    pledges = db.session.scalars(select(Pledge).order_by(Pledge.position))
    areas = db.session.scalars(select(Area).order_by(Area.number))
    groups = db.session.scalars(select(Group).order_by(Group.name))
    return LinkChoices(
        themes=[SelectChoice(theme.id, f"{theme.label} ({area.name})") for theme, area in themes],
        surveys=[
            SelectChoice(survey.id, f"{survey.title} ({survey.status.label.lower()})")
            for survey in surveys
        ],
        pledges=[SelectChoice(pledge.id, pledge.title) for pledge in pledges],
        areas=[SelectChoice(area.id, f"{area.number}. {area.name}") for area in areas],
        groups=[SelectChoice(group.id, group.name) for group in groups],
    )


# Saving --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionDetails:
    """What an officer entered for an action. Quotes are as typed: they are redacted here."""

    title: str
    you_said: str
    we_did: str
    easy_read: str
    owner: Owner | None
    status: ActionStatus
    not_doing_reason: str
    due_on: date | None
    evidence_url: str
    theme_ids: list[int]
    survey_ids: list[int]
    pledge_ids: list[int]
    area_ids: list[int]
    group_ids: list[int]
    quotes: list[str]
    level: Level | None
    stages: list[Stage]


CHANGE_NAMES = {
    "title": "the title",
    "you_said": "‘You said’",
    "we_did": "‘We did’",
    "easy_read": "the easy read summary",
    "owner": "the owner",
    "not_doing_reason": "why it will not be done",
    "due_on": "the due date",
    "evidence_url": "the link to evidence",
    "themes": "the themes",
    "surveys": "the surveys",
    "pledges": "the pledges",
    "areas": "the areas of weakness",
    "groups": "the groups",
    "quotes": "the example comments",
    "record": "the co-production record",
}
"""What each part of an action is called in its update log."""


SCALARS = ("title", "you_said", "we_did", "easy_read", "owner", "not_doing_reason", "due_on",
           "evidence_url")  # fmt: skip
LINKS = ("themes", "surveys", "pledges", "areas", "groups")


def _snapshot(action: Action) -> dict:
    """What `change_note` compares before and after an edit."""
    return {
        **{name: getattr(action, name) for name in SCALARS},
        **{name: sorted(item.id for item in getattr(action, name)) for name in LINKS},
        "quotes": [quote.text for quote in action.quotes],
        "record": (action.coproduction_level, action.coproduction_stages),
        "status": action.status,
    }


def _rows(model, ids: list[int]) -> list:
    if not ids:
        return []
    return list(db.session.scalars(select(model).where(model.id.in_(ids))))


def _set_status(action: Action, status: ActionStatus, on: date) -> None:
    """Change the status, keeping the done date and the reason for not doing it in step."""
    if status is ActionStatus.DONE and action.done_on is None:
        action.done_on = on
    elif status is not ActionStatus.DONE:
        action.done_on = None
    if status is not ActionStatus.NOT_DOING:
        action.not_doing_reason = ""
    action.status = status


def _apply(action: Action, details: ActionDetails, on: date) -> None:
    action.title = details.title
    action.you_said = details.you_said
    action.we_did = details.we_did
    action.easy_read = details.easy_read
    action.owner = details.owner
    action.due_on = details.due_on
    action.evidence_url = details.evidence_url
    _set_status(action, details.status, on)
    action.not_doing_reason = details.not_doing_reason
    action.themes = _rows(CodebookTheme, details.theme_ids)
    action.surveys = _rows(Survey, details.survey_ids)
    action.pledges = _rows(Pledge, details.pledge_ids)
    action.areas = _rows(Area, details.area_ids)
    action.groups = _rows(Group, details.group_ids)
    redacted = [redact(text, redact_names()) for text in details.quotes[:MAX_QUOTES]]
    if redacted != [quote.text for quote in action.quotes]:
        action.quotes = [ActionQuote(text=text, position=n) for n, text in enumerate(redacted)]
    action.coproduction_level = details.level
    action.stages = details.stages


def _free_slug(title: str) -> str:
    taken = set(db.session.scalars(select(Action.slug)))
    return make_unique(slugify(title, SLUG_LENGTH, "action"), taken, SLUG_LENGTH)


def create_action(details: ActionDetails, author: User, on: date) -> Action:
    """Store a new draft action. Its slug (its public address) is made from the title, once."""
    action = Action(slug=_free_slug(details.title), created_by=author)
    db.session.add(action)
    _apply(action, details, on)
    db.session.commit()
    return action


def change_note(before: dict, after: dict, published: bool) -> str:
    """The log entry for an edit: a status change, and what changed after publishing."""
    parts = []
    if before["status"] != after["status"]:
        parts.append(f"Status changed from {before['status'].label} to {after['status'].label}.")
    changed = [words for name, words in CHANGE_NAMES.items() if before[name] != after[name]]
    if published and changed:
        parts.append(f"Changed after publishing: {join_words(changed)}.")
    return " ".join(parts)


def update_action(action: Action, details: ActionDetails, author: User, on: date) -> None:
    """Save changes to `action`. A status change, or any change once published, is logged."""
    before = _snapshot(action)
    _apply(action, details, on)
    note = change_note(before, _snapshot(action), action.published_at is not None)
    if note:
        action.updates.append(ActionUpdate(body=note, status=action.status, author=author))
    db.session.commit()


def add_update(action: Action, body: str, status: ActionStatus, author: User, on: date) -> None:
    """Add a dated entry to the log, leaving the action in `status`. Moving to "not doing" makes
    the entry the reason."""
    changed = status is not action.status
    _set_status(action, status, on)
    if changed and status is ActionStatus.NOT_DOING:
        action.not_doing_reason = body
    action.updates.append(ActionUpdate(body=body, status=status, author=author))
    db.session.commit()


def log(action: Action) -> list[ActionUpdate]:
    """The action's update log, newest first."""
    return sorted(action.updates, key=lambda update: (update.written_at, update.id), reverse=True)


# Review --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewSummary:
    """Where the latest review of an action stands."""

    round: ReviewRound | None
    sign_offs: list[SignOff]
    missing: list[Group]
    comments: int
    unresolved: list[ReviewComment]


def review_summary(action: Action) -> ReviewSummary:
    """The latest round's comments and sign-offs, and the groups still to sign off."""
    latest = reviews.latest_round(action)
    return ReviewSummary(
        round=latest,
        sign_offs=list(latest.sign_offs) if latest else [],
        missing=reviews.missing_sign_offs(action),
        comments=len(latest.comments) if latest else 0,
        unresolved=reviews.unresolved(latest) if latest else [],
    )


def send_for_review(action: Action, groups: list[Group], author: User, note: str) -> ReviewRound:
    """Open a review round on the draft for `groups` (closing any before it)."""
    review = reviews.start_round(action, groups, author, note)
    db.session.commit()
    return review


# Publishing ----------------------------------------------------------------------------------


def publishing_problems(action: Action, on: date) -> list[Problem]:
    """Everything that stops `action` being published now, sign-offs included."""
    return publish_problems(action, on, reviews.sign_off_problem(action, "published"))


def publish(action: Action, author: User) -> int:
    """Publish `action`, close its review, log which groups agreed and queue the emails to the
    people who asked to hear about its surveys. Returns how many people will be emailed."""
    from feedback.notify.services import queue_for_action

    latest = reviews.latest_round(action)
    agreed = ""
    if latest is not None:
        reviews.close_round(latest)
        if latest.sign_offs:
            agreed = f" Agreed with {group_phrase([done.group.name for done in latest.sign_offs])}."
    action.published_at = utcnow()
    action.updates.append(
        ActionUpdate(body=f"Published.{agreed}", status=action.status, author=author)
    )
    db.session.flush()
    queued = queue_for_action(action)
    db.session.commit()
    return queued


def withdraw(action: Action, author: User) -> None:
    """Take `action` off the public page; it becomes a draft again."""
    action.published_at = None
    action.updates.append(
        ActionUpdate(body="Taken off the public page.", status=action.status, author=author)
    )
    db.session.commit()
