"""Co-production groups as staff see them: counts, members, surveys, contact details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from feedback.extensions import db
from feedback.groups.access import belongs_to
from feedback.groups.invitations import (
    InvitationState,
    expire_pending,
    latest_invitations,
    state_of,
)
from feedback.manage.services import long_date
from feedback.models import Group, Invitation, Role, SignOff, SurveyGroup, User
from feedback.models.columns import utcnow
from feedback.models.users import user_group


class MemberError(ValueError):
    """A change to a group's members that cannot be made, with a message to show as it is."""


@dataclass(frozen=True)
class GroupSummary:
    """A group in the list, with exact counts."""

    group: Group
    members: int
    surveys: int
    sign_offs: int


@dataclass(frozen=True)
class Member:
    """Someone in a group, with where their invitation stands (group members only)."""

    user: User
    status: str
    awaiting: bool
    """True for a group member who has not accepted an invitation yet (a new link can be sent)."""


def _counts(column, *where) -> dict[int, int]:
    query = select(column, func.count()).where(*where).group_by(column)
    return {group_id: count for group_id, count in db.session.execute(query)}


def group_summaries(user: User) -> list[GroupSummary]:
    """Every group `user` may read, by name, with its members, surveys and sign-offs counted."""
    query = select(Group).order_by(Group.name)
    if user.role == Role.MEMBER:
        query = query.where(Group.id.in_([group.id for group in user.groups]))
    groups = db.session.scalars(query).all()
    members = _counts(user_group.c.group_id)
    surveys = _counts(SurveyGroup.group_id)
    sign_offs = _counts(SignOff.group_id)
    return [
        GroupSummary(
            group, members.get(group.id, 0), surveys.get(group.id, 0), sign_offs.get(group.id, 0)
        )
        for group in groups
    ]


def group_by_slug(slug: str) -> Group | None:
    """The group with this slug, if any."""
    return db.session.scalar(select(Group).where(Group.slug == slug))


def members(group: Group) -> list[User]:
    """Everyone in `group`, by name."""
    query = (
        select(User)
        .join(user_group, user_group.c.user_id == User.id)
        .where(user_group.c.group_id == group.id)
        .order_by(func.lower(User.name), User.id)
        .options(selectinload(User.groups))
    )
    return list(db.session.scalars(query))


def member_status(user: User, latest: Invitation | None, now: datetime) -> Member:
    """Where `user` stands: a staff account, joined, or invited and not yet accepted."""
    if not user.active:
        return Member(user, "Account switched off", awaiting=False)
    if user.role != Role.MEMBER:
        return Member(user, "Staff account", awaiting=False)
    if latest is None:
        return Member(user, "Not invited yet", awaiting=True)
    state = state_of(latest, latest.id, now)
    if state is InvitationState.USED:
        return Member(user, f"Joined {long_date(latest.used_at)}", awaiting=False)
    if state is InvitationState.EXPIRED:
        return Member(
            user, f"Invitation expired {long_date(latest.expires_at)}, not accepted", awaiting=True
        )
    return Member(user, f"Invited {long_date(latest.created_at)}, not yet accepted", awaiting=True)


def standing(user: User, now: datetime | None = None) -> Member:
    """Where one person stands."""
    latest = latest_invitations([user.id]).get(user.id)
    return member_status(user, latest, now or utcnow())


def member_list(group: Group, now: datetime | None = None) -> list[Member]:
    """Everyone in `group` with where they stand."""
    people = members(group)
    latest = latest_invitations([user.id for user in people])
    now = now or utcnow()
    return [member_status(user, latest.get(user.id), now) for user in people]


def co_produced(group: Group) -> list[SurveyGroup]:
    """The surveys `group` co-produces, with its role in each, newest first."""
    query = (
        select(SurveyGroup)
        .where(SurveyGroup.group_id == group.id)
        .options(selectinload(SurveyGroup.survey))
    )
    links = db.session.scalars(query).all()
    return sorted(links, key=lambda link: (link.survey.created_at, link.survey.id), reverse=True)


def update_contact(group: Group, name: str, email: str, phone: str) -> None:
    """Change the group's contact details (not committed)."""
    group.contact_name = name
    group.contact_email = email
    group.contact_phone = phone


def removal_problem(actor: User, member: User, group: Group) -> str | None:
    """Why `actor` may not remove `member` from `group`, or None when they may."""
    if not belongs_to(member, group):
        return f"{member.name} is not a member of {group.name}"
    if member.role != Role.MEMBER and actor.role not in (Role.ADMIN, Role.OFFICER):
        return f"{member.name} has a staff account: ask a co-production officer to remove them"
    if member.role == Role.FORUM_EDITOR and len(member.groups) == 1:
        return (
            f"{member.name} is a forum editor and {group.name} is their only group: "
            "a forum editor must belong to at least one group"
        )
    return None


def remove_member(actor: User, member: User, group: Group) -> None:
    """Take `member` out of `group` (not committed); MemberError says why not.

    A group member left in no group keeps their account, but any link not yet used stops working.
    """
    problem = removal_problem(actor, member, group)
    if problem:
        raise MemberError(problem)
    member.groups = [own for own in member.groups if own.id != group.id]
    if member.role == Role.MEMBER and not member.groups:
        expire_pending(member)


def member_of(group: Group, user_id: int) -> User | None:
    """The member of `group` with this id, if there is one."""
    user = db.session.get(User, user_id)
    return user if user is not None and belongs_to(user, group) else None
