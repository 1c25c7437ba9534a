"""Demo follow-ups: a few parents who asked to hear what happened after the closed survey.

Their addresses are at example.org, which never receives mail. Actions already published about
the survey when this runs count as told (sent on the day each was published), so only actions
published from the demo onwards are owed.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select, update

from feedback.extensions import db
from feedback.models import Action, Notification, NotificationStatus, Survey
from feedback.models.actions import action_survey
from feedback.notify.services import add_follow_up, queue_for_action

SURVEY = "send-parent-carer-survey"
"""The closed parents' survey."""
ADDRESSES = (
    "jo.parent@example.org",
    "sam.carer@example.org",
    "priya.k@example.org",
    "dad.of.two@example.org",
    "m.hughes@example.org",
)


def load_follow_ups(surveys: Mapping[str, Survey]) -> None:
    """Sign the demo addresses up to the closed parents' survey in `surveys` (by slug).

    Adds to the session without committing, like the rest of the demo.
    """
    survey = surveys.get(SURVEY)
    if survey is None:
        return
    for address in ADDRESSES:
        add_follow_up(survey, address)
    published = db.session.scalars(
        select(Action)
        .join(action_survey, action_survey.c.action_id == Action.id)
        .where(action_survey.c.survey_id == survey.id, Action.published_at.is_not(None))
    )
    for action in published:
        queue_for_action(action)
        db.session.execute(
            update(Notification)
            .where(Notification.action_id == action.id)
            .values(status=NotificationStatus.SENT, attempts=1, sent_at=action.published_at)
        )
