"""The rules an action keeps, without a database: due dates, overdue in words, and what
publishing needs."""

from __future__ import annotations

from datetime import date

import pytest

from feedback.actions.rules import (
    DUE_DATE_RULE,
    days_overdue,
    due_date_problem,
    overdue_text,
    publish_problems,
)
from feedback.models import Action, ActionStatus, Owner

TODAY = date(2026, 11, 22)
YESTERDAY = date(2026, 11, 21)

PLANNED, IN_PROGRESS, DONE, NOT_DOING = (
    ActionStatus.PLANNED,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DONE,
    ActionStatus.NOT_DOING,
)


@pytest.mark.parametrize(
    ("due_on", "status", "problem"),
    [
        (None, PLANNED, None),
        (TODAY, PLANNED, None),
        (YESTERDAY, PLANNED, DUE_DATE_RULE),
        (YESTERDAY, IN_PROGRESS, DUE_DATE_RULE),
        (YESTERDAY, NOT_DOING, DUE_DATE_RULE),
        (YESTERDAY, None, DUE_DATE_RULE),
        (YESTERDAY, DONE, None),
    ],
)
def test_a_past_due_date_is_only_for_done(due_on, status, problem):
    assert due_date_problem(due_on, status, TODAY) == problem


@pytest.mark.parametrize(
    ("due_on", "status", "days", "words"),
    [
        (None, PLANNED, 0, "No due date"),
        (TODAY, PLANNED, 0, "Not overdue"),
        (YESTERDAY, IN_PROGRESS, 1, "Overdue by 1 day"),
        (date(2023, 11, 22), PLANNED, 1096, "Overdue by 1,096 days"),
        (YESTERDAY, DONE, 0, "Finished"),
        (YESTERDAY, NOT_DOING, 0, "Finished"),
    ],
)
def test_overdue_in_days_and_words(due_on, status, days, words):
    assert days_overdue(due_on, status, TODAY) == days
    assert overdue_text(due_on, status, TODAY) == words


def _action(**fields) -> Action:
    values = {"we_did": "We did it.", "owner": Owner.NHS, "status": DONE, "due_on": None,
              "not_doing_reason": ""}  # fmt: skip
    return Action(**(values | fields))


def test_a_complete_signed_off_action_has_no_problems():
    assert publish_problems(_action(), TODAY, None) == []


def test_every_problem_is_listed_with_the_field_that_fixes_it():
    action = _action(we_did="  ", owner=None, status=PLANNED, due_on=YESTERDAY)
    problems = publish_problems(action, TODAY, "Youth Forum has not signed it off")
    assert [(problem.field, problem.message) for problem in problems] == [
        ("we_did", "Enter what was done or will be done (‘We did’)"),
        ("owner", "Select the organisation that owns the action"),
        ("due_on", DUE_DATE_RULE),
        ("groups", "Youth Forum has not signed it off"),
    ]


def test_a_missing_status_or_reason_is_a_problem():
    assert [p.message for p in publish_problems(_action(status=None), TODAY, None)] == [
        "Select the status of the action"
    ]
    assert [p.message for p in publish_problems(_action(status=NOT_DOING), TODAY, None)] == [
        "Say why this will not be done"
    ]
