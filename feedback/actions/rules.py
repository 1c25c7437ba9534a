"""The rules an action keeps, as pure functions: due dates, overdue, and what publishing needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from feedback.models import Action, ActionStatus

FINISHED = frozenset({ActionStatus.DONE, ActionStatus.NOT_DOING})
"""Statuses after which an action can no longer be overdue."""

DUE_DATE_RULE = "The due date must be today or in the future, unless the action is done"
REASON_NEEDED = "Say why this will not be done"
WE_DID_NEEDED = "Enter what was done or will be done (‘We did’)"
OWNER_NEEDED = "Select the organisation that owns the action"
STATUS_NEEDED = "Select the status of the action"


def due_date_problem(due_on: date | None, status: ActionStatus | None, today: date) -> str | None:
    """Why `due_on` cannot stand: a date in the past is allowed only for a done action."""
    if due_on is not None and due_on < today and status is not ActionStatus.DONE:
        return DUE_DATE_RULE
    return None


def days_overdue(due_on: date | None, status: ActionStatus, today: date) -> int:
    """How many days past its due date an unfinished action is (0 when it is not overdue)."""
    if due_on is None or status in FINISHED:
        return 0
    return max((today - due_on).days, 0)


def overdue_text(due_on: date | None, status: ActionStatus, today: date) -> str:
    """Whether the action is overdue, in words, like "Overdue by 12 days"."""
    days = days_overdue(due_on, status, today)
    if days:
        return f"Overdue by {days:,} day{'s' if days != 1 else ''}"
    if due_on is None:
        return "No due date"
    return "Finished" if status in FINISHED else "Not overdue"


@dataclass(frozen=True)
class Problem:
    """Something that stops an action being published, and the form field that fixes it."""

    field: str
    message: str


def publish_problems(action: Action, today: date, sign_off: str | None) -> list[Problem]:
    """Everything that stops `action` being published; `sign_off` is the review's objection
    (from `feedback.reviews.services.sign_off_problem`), if any."""
    problems = []
    if not action.we_did.strip():
        problems.append(Problem("we_did", WE_DID_NEEDED))
    if action.owner is None:
        problems.append(Problem("owner", OWNER_NEEDED))
    if action.status is None:
        problems.append(Problem("status", STATUS_NEEDED))
    elif action.status is ActionStatus.NOT_DOING and not action.not_doing_reason.strip():
        problems.append(Problem("not_doing_reason", REASON_NEEDED))
    if due := due_date_problem(action.due_on, action.status, today):
        problems.append(Problem("due_on", due))
    if sign_off:
        problems.append(Problem("groups", sign_off))
    return problems
