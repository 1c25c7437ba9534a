"""Review rounds and sign-off, built once for every draft that co-producing groups check.

A *subject* is a draft survey or a draft action. Its co-producing groups are the groups that
must sign it off: a survey's `groups` (co-authors and reviewers), an action's `groups`. Only the
latest round counts: starting a new round closes the one before, and its sign-offs no longer
count, because the draft may have changed since.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import selectinload

from feedback.auth.permissions import EDITABLE_STATUSES, can_edit_survey, manages_surveys
from feedback.extensions import db
from feedback.models import (
    Action,
    Group,
    Question,
    Resolution,
    ReviewComment,
    ReviewGroup,
    ReviewRound,
    Role,
    SignOff,
    Survey,
    SurveyGroup,
    SurveyStatus,
    User,
)
from feedback.models.columns import utcnow

Subject = Survey | Action

BLANK_COMMENT = "Enter your comment"


def blank_reason(resolution: Resolution | None) -> str:
    """What to say when an answer to a comment gives no reason."""
    if resolution is None:
        return (
            "Enter why you accepted or declined the comment: the person who made it will see this"
        )
    verb = "accepted" if resolution is Resolution.ACCEPTED else "declined"
    return f"Say why the comment was {verb}: the person who made it will see this"


class ReviewError(ValueError):
    """A review step that cannot be taken, with a message to show as it is.

    `field` names the form field the message belongs to, when it is about one.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def _subject_filter(subject: Subject):
    if isinstance(subject, Survey):
        return ReviewRound.survey_id == subject.id
    return ReviewRound.action_id == subject.id


def rounds(subject: Subject) -> list[ReviewRound]:
    """Every review round of `subject`, newest first."""
    return list(
        db.session.scalars(
            select(ReviewRound).where(_subject_filter(subject)).order_by(ReviewRound.id.desc())
        )
    )


def latest_round(subject: Subject) -> ReviewRound | None:
    """The round that counts: the newest, open or closed."""
    return db.session.scalar(
        select(ReviewRound).where(_subject_filter(subject)).order_by(ReviewRound.id.desc()).limit(1)
    )


def required_groups(subject: Subject) -> list[Group]:
    """The groups that must sign `subject` off before it opens or is published."""
    return sorted(subject.groups, key=lambda group: group.name)


def missing_sign_offs(subject: Subject) -> list[Group]:
    """The co-producing groups that have not signed off the latest round (all when none)."""
    latest = latest_round(subject)
    signed = {sign_off.group_id for sign_off in latest.sign_offs} if latest else set()
    return [group for group in required_groups(subject) if group.id not in signed]


def names(groups: list[Group]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    labels = [group.name for group in groups]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def sign_off_problem(subject: Subject, doing: str) -> str | None:
    """Why `subject` cannot be `doing` ("opened", "published") yet, naming missing groups."""
    missing = missing_sign_offs(subject)
    if not missing:
        return None
    verb = "has" if len(missing) == 1 else "have"
    return f"{names(missing)} {verb} not signed it off, so it cannot be {doing} yet"


def start_round(
    subject: Subject, groups: list[Group], started_by: User, note: str = ""
) -> ReviewRound:
    """Open a new review round on `subject` for `groups`, closing any round before it.

    A survey must be a draft or in review; a draft moves to in review.
    """
    if not groups:
        raise ReviewError("Select at least one group to review it", "groups")
    if isinstance(subject, Survey):
        if subject.status not in EDITABLE_STATUSES:
            status = subject.status.label.lower()
            raise ReviewError(f"‘{subject.title}’ is {status}, so it cannot be reviewed")
        if subject.status == SurveyStatus.DRAFT:
            subject.status = SurveyStatus.IN_REVIEW
    previous = latest_round(subject)
    if previous is not None and previous.closed_at is None:
        previous.closed_at = utcnow()
    review = ReviewRound(note=note.strip(), started_by=started_by)
    if isinstance(subject, Survey):
        review.survey = subject
    else:
        review.action = subject
    review.group_links = [ReviewGroup(group=group) for group in groups]
    db.session.add(review)
    db.session.flush()
    return review


def close_round(review: ReviewRound) -> None:
    """Stop taking comments and sign-offs on `review` (its sign-offs still count)."""
    if review.closed_at is None:
        review.closed_at = utcnow()


def close_latest_round(subject: Subject) -> None:
    """Close `subject`'s latest round, if still open: it has gone out, so review is over."""
    latest = latest_round(subject)
    if latest is not None:
        close_round(latest)


def user_groups_in(review: ReviewRound, user: User) -> list[Group]:
    """The groups of `user` that `review` is open to."""
    open_to = {group.id for group in review.groups}
    return [group for group in user.groups if group.id in open_to]


def may_take_part(user: User, review: ReviewRound) -> bool:
    """Officers and admins, and members or forum editors of a group the round is open to."""
    if user.role in (Role.ADMIN, Role.OFFICER):
        return True
    return user.role in (Role.FORUM_EDITOR, Role.MEMBER) and bool(user_groups_in(review, user))


def may_resolve(user: User, review: ReviewRound) -> bool:
    """The draft's authors: whoever may edit the survey, or officers and admins for an action."""
    if review.survey is not None:
        return can_edit_survey(user, review.survey)
    return manages_surveys(user)


def may_read(user: User, review: ReviewRound) -> bool:
    """Those who may take part or resolve, and viewers (who read everything)."""
    return user.role == Role.VIEWER or may_take_part(user, review) or may_resolve(user, review)


def may_start_round(user: User, survey: Survey) -> bool:
    """Officers and admins start rounds, on a survey that is still a draft or in review."""
    return manages_surveys(user) and survey.status in EDITABLE_STATUSES


def may_sign_off_for(user: User, review: ReviewRound) -> list[Group]:
    """The groups `user` may sign `review` off for: a forum editor's own groups in the round."""
    if user.role != Role.FORUM_EDITOR:
        return []
    return user_groups_in(review, user)


def add_comment(
    review: ReviewRound,
    author: User,
    body: str,
    suggested_wording: str = "",
    question: Question | None = None,
    group: Group | None = None,
) -> ReviewComment:
    """A comment on the draft (or on one of its questions), from `author` for their group.

    `group` is the group the author speaks for (their first group in the round when None); it
    must be one of theirs.
    """
    if review.closed_at is not None:
        raise ReviewError("This review has closed, so it takes no more comments")
    if not may_take_part(author, review):
        raise ReviewError("Only members of the groups in this review can comment on it")
    if not body.strip():
        raise ReviewError(BLANK_COMMENT, "body")
    if question is not None and (
        review.survey_id is None or question.survey_id != review.survey_id
    ):
        raise ReviewError("That question is not in the survey being reviewed", "question")
    groups = user_groups_in(review, author)
    if group is not None and group not in groups:
        message = f"You are not a member of {group.name}, so you cannot comment for it"
        raise ReviewError(message, "group")
    comment = ReviewComment(
        round=review,
        author=author,
        group=group or (groups[0] if groups else None),
        question=question,
        body=body.strip(),
        suggested_wording=suggested_wording.strip(),
    )
    db.session.add(comment)
    db.session.flush()
    return comment


def resolve(comment: ReviewComment, resolution: Resolution, reason: str, by: User) -> None:
    """Record whether the author accepted `comment`, and why (a reason is always needed)."""
    if not may_resolve(by, comment.round):
        raise ReviewError("Only the authors of the draft can answer its comments")
    if comment.resolution is not None:
        raise ReviewError("This comment has already been answered")
    if not reason.strip():
        raise ReviewError(blank_reason(resolution), "reason")
    comment.resolution = resolution
    comment.resolution_reason = reason.strip()
    comment.resolved_by = by
    comment.resolved_at = utcnow()


def sign_off(review: ReviewRound, group: Group, user: User, objection: str = "") -> SignOff:
    """Record that `user` signed `review` off for `group`, with any objection on record."""
    if review.closed_at is not None:
        raise ReviewError("This review has closed: start a new round to sign off again")
    if group not in may_sign_off_for(user, review):
        raise ReviewError(f"Only a forum editor of {group.name} can sign off for it", "group")
    if any(existing.group_id == group.id for existing in review.sign_offs):
        raise ReviewError(f"{group.name} has already signed this off", "group")
    signed = SignOff(round=review, group=group, user=user, objection=objection.strip())
    db.session.add(signed)
    db.session.flush()
    return signed


def unresolved(review: ReviewRound) -> list[ReviewComment]:
    """Comments in `review` the author has not answered yet."""
    return [comment for comment in review.comments if comment.resolution is None]


def still_to_sign(review: ReviewRound) -> list[Group]:
    """The groups of `review` that have not signed it off."""
    signed = {sign_off.group_id for sign_off in review.sign_offs}
    return [
        group for group in sorted(review.groups, key=lambda g: g.name) if group.id not in signed
    ]


def left_out(review: ReviewRound) -> list[Group]:
    """Groups that must sign the subject off but that `review` is not open to."""
    subject = review.survey or review.action
    open_to = {group.id for group in review.groups}
    return [group for group in required_groups(subject) if group.id not in open_to]


def subject_title(review: ReviewRound) -> str:
    """The title of the survey or action under review."""
    return (review.survey or review.action).title


# Listing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundRow:
    """A review round as the list of reviews shows it to one user."""

    review: ReviewRound
    comments: int
    unresolved: int
    signed: int
    mine: int
    mine_answered: int

    @property
    def is_open(self) -> bool:
        """True while the round takes comments and sign-offs."""
        return self.review.closed_at is None


def _visible_rounds(user: User) -> ColumnElement[bool]:
    """A filter on `ReviewRound` matching the rounds `user` may read."""
    if user.role not in (Role.FORUM_EDITOR, Role.MEMBER):
        return true()
    own = [group.id for group in user.groups]
    open_to_own = select(ReviewGroup.round_id).where(ReviewGroup.group_id.in_(own))
    if user.role == Role.MEMBER:
        return ReviewRound.id.in_(open_to_own)
    co_produced = select(SurveyGroup.survey_id).where(SurveyGroup.group_id.in_(own))
    return or_(ReviewRound.id.in_(open_to_own), ReviewRound.survey_id.in_(co_produced))


def round_rows(user: User) -> list[RoundRow]:
    """The rounds `user` may read, open ones first and newest first, with their counts.

    Forum editors and members see rounds open to their groups (forum editors also those on
    surveys their groups co-produce, to answer comments); other staff see every round.
    """
    query = (
        select(ReviewRound)
        .where(_visible_rounds(user))
        .options(
            selectinload(ReviewRound.survey),
            selectinload(ReviewRound.action),
            selectinload(ReviewRound.group_links).selectinload(ReviewGroup.group),
            selectinload(ReviewRound.comments),
            selectinload(ReviewRound.sign_offs),
        )
        .order_by(
            ReviewRound.closed_at.is_not(None), ReviewRound.started_at.desc(), ReviewRound.id.desc()
        )
    )
    rows = []
    for review in db.session.scalars(query):
        mine = [comment for comment in review.comments if comment.author_id == user.id]
        rows.append(
            RoundRow(
                review=review,
                comments=len(review.comments),
                unresolved=len(unresolved(review)),
                signed=len(review.sign_offs),
                mine=len(mine),
                mine_answered=sum(1 for comment in mine if comment.resolution is not None),
            )
        )
    return rows


# The survey page -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyReview:
    """The review and sign-off state of a survey, for its staff page."""

    latest: ReviewRound | None
    unresolved: int
    missing: list[Group]
    required: list[Group]

    @property
    def signed(self) -> int:
        """How many of the required groups have signed off the latest round."""
        return len(self.required) - len(self.missing)


def survey_review(survey: Survey) -> SurveyReview:
    """Where `survey`'s review stands: its latest round and who still has to sign off."""
    latest = latest_round(survey)
    return SurveyReview(
        latest=latest,
        unresolved=len(unresolved(latest)) if latest else 0,
        missing=missing_sign_offs(survey),
        required=required_groups(survey),
    )
