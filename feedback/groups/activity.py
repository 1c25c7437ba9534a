"""A group's activity log: what it reviewed, what it changed and what it signed off.

Everything is read from the review rounds (no table of its own), so the log is always complete.
Forums use it to show their members the difference they made: "what we changed" comes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from feedback.extensions import db
from feedback.manage.services import long_date
from feedback.models import Group, Resolution, ReviewComment, ReviewGroup, ReviewRound, SignOff
from feedback.reviews.services import subject_title


@dataclass(frozen=True)
class RoundActivity:
    """One review round open to a group, from the group's side."""

    review: ReviewRound
    comments: list[ReviewComment]
    sign_off: SignOff | None

    @property
    def kind(self) -> str:
        """ "survey" or "reply" (an action's "we did")."""
        return "survey" if self.review.survey_id is not None else "reply"

    @property
    def title(self) -> str:
        """The title of the survey or action reviewed."""
        return subject_title(self.review)

    @property
    def accepted(self) -> list[ReviewComment]:
        """The group's comments the author accepted: what the group changed."""
        return _resolved(self.comments, Resolution.ACCEPTED)

    @property
    def declined(self) -> list[ReviewComment]:
        """The group's comments the author declined, each with the reason."""
        return _resolved(self.comments, Resolution.DECLINED)

    @property
    def awaiting(self) -> list[ReviewComment]:
        """The group's comments the author has not answered yet."""
        return [comment for comment in self.comments if comment.resolution is None]

    @property
    def headline(self) -> str:
        """ "Reviewed ‘X’ (round started 3 May 2026)"."""
        return f"Reviewed ‘{self.title}’ (round started {long_date(self.review.started_at)})"

    @property
    def comment_summary(self) -> str:
        """ "Commented 3 times; 2 accepted (changed the survey), 1 declined"."""
        if not self.comments:
            return "Made no comments"
        parts = [
            f"{len(self.accepted)} accepted (changed the {self.kind})",
            f"{len(self.declined)} declined",
        ]
        if self.awaiting:
            parts.append(f"{len(self.awaiting)} waiting for an answer")
        return f"Commented {times(len(self.comments))}; " + ", ".join(parts)

    @property
    def sign_off_summary(self) -> str:
        """ "Signed off ‘X’ on 5 May 2026 by Sam", or why there is no sign-off."""
        if self.sign_off is not None:
            who = self.sign_off.user.name if self.sign_off.user else "a former member"
            return f"Signed off ‘{self.title}’ on {long_date(self.sign_off.signed_at)} by {who}"
        if self.review.closed_at is None:
            return "Not signed off yet"
        return "Did not sign off before the round closed"


@dataclass(frozen=True)
class GroupActivity:
    """Every review round open to a group, newest first, with totals."""

    rounds: list[RoundActivity]

    @property
    def changes(self) -> list[tuple[RoundActivity, ReviewComment]]:
        """Every accepted comment, newest first, with the round it was made in."""
        found = [(entry, comment) for entry in self.rounds for comment in entry.accepted]
        return sorted(found, key=lambda pair: (_when(pair[1]), pair[1].id), reverse=True)

    @property
    def comments(self) -> int:
        """How many comments the group made in all."""
        return sum(len(entry.comments) for entry in self.rounds)

    @property
    def declined(self) -> int:
        """How many of the group's comments were declined."""
        return sum(len(entry.declined) for entry in self.rounds)

    @property
    def awaiting(self) -> int:
        """How many of the group's comments have no answer yet."""
        return sum(len(entry.awaiting) for entry in self.rounds)

    @property
    def sign_offs(self) -> int:
        """How many rounds the group signed off."""
        return sum(1 for entry in self.rounds if entry.sign_off is not None)


def times(count: int) -> str:
    """ "once", "twice", "3 times"."""
    return {1: "once", 2: "twice"}.get(count, f"{count:,} times")


def _resolved(comments: list[ReviewComment], resolution: Resolution) -> list[ReviewComment]:
    return [comment for comment in comments if comment.resolution == resolution]


def _when(comment: ReviewComment) -> datetime:
    return comment.resolved_at or comment.created_at


def round_activity(review: ReviewRound, group: Group) -> RoundActivity:
    """What `group` did in `review`: its comments and its sign-off."""
    comments = [comment for comment in review.comments if comment.group_id == group.id]
    signed = next((each for each in review.sign_offs if each.group_id == group.id), None)
    return RoundActivity(review, comments, signed)


def group_activity(group: Group) -> GroupActivity:
    """Every review round open to `group` (or that it commented in), newest first."""
    open_to = select(ReviewGroup.round_id).where(ReviewGroup.group_id == group.id)
    commented = select(ReviewComment.round_id).where(ReviewComment.group_id == group.id)
    signed = select(SignOff.round_id).where(SignOff.group_id == group.id)
    query = (
        select(ReviewRound)
        .where(
            ReviewRound.id.in_(open_to) | ReviewRound.id.in_(commented) | ReviewRound.id.in_(signed)
        )
        .order_by(ReviewRound.started_at.desc(), ReviewRound.id.desc())
        .options(
            selectinload(ReviewRound.survey),
            selectinload(ReviewRound.action),
            selectinload(ReviewRound.comments).selectinload(ReviewComment.question),
            selectinload(ReviewRound.sign_offs).selectinload(SignOff.user),
        )
    )
    return GroupActivity([round_activity(review, group) for review in db.session.scalars(query)])
