"""Inviting people to a co-production group, and accepting an invitation.

An invitation is a one-time link. Only the SHA-256 of its token is stored, so the link is shown
once, to the person who made it, to send on. It works for `INVITATION_LIFETIME`, until it is used,
or until a newer invitation for the same person replaces it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select

from feedback.api.tokens import hash_token
from feedback.auth.passwords import password_problem
from feedback.auth.services import AccountError, create_user, find_user
from feedback.extensions import db
from feedback.groups.access import belongs_to
from feedback.models import Group, Invitation, Role, User
from feedback.models.columns import utcnow

INVITATION_LIFETIME = timedelta(days=14)
TOKEN_BYTES = 32


class InviteError(ValueError):
    """An invitation that cannot be made or accepted, with a message to show as it is."""


class InvitationState(StrEnum):
    """Whether an invitation link still works, and if not, why."""

    VALID = "valid"
    USED = "used"
    EXPIRED = "expired"
    REPLACED = "replaced"


@dataclass(frozen=True)
class Invited:
    """The result of inviting someone: a new account with its link, or an existing account added.

    `token` is None when the email already had an account, which was added to the group.
    """

    user: User
    token: str | None

    @property
    def existing_account(self) -> bool:
        """True when no account was made: the email already had one."""
        return self.token is None


def issue_invitation(
    user: User, by: User | None, now: datetime | None = None
) -> tuple[str, Invitation]:
    """A new invitation for `user` (added, not committed) and its token, which is never stored.

    Any earlier invitation for `user` stops working.
    """
    now = now or utcnow()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    invitation = Invitation(
        user=user,
        token_hash=hash_token(token),
        invited_by=by,
        created_at=now,
        expires_at=now + INVITATION_LIFETIME,
    )
    db.session.add(invitation)
    db.session.flush()
    return token, invitation


def invite(group: Group, name: str, email: str, by: User) -> Invited:
    """Invite `email` to `group`: a new group member account, or an existing account added."""
    existing = find_user(email)
    if existing is not None:
        if belongs_to(existing, group):
            raise InviteError(
                f"{existing.name} ({existing.email}) is already a member of {group.name}"
            )
        existing.groups.append(group)
        return Invited(user=existing, token=None)
    try:
        user = create_user(email, name, Role.MEMBER, secrets.token_urlsafe(TOKEN_BYTES), [group])
    except AccountError as error:
        raise InviteError(str(error)) from None
    token, _invitation = issue_invitation(user, by)
    return Invited(user=user, token=token)


def find_invitation(token: str) -> Invitation | None:
    """The invitation a link's token belongs to, if any."""
    return db.session.scalar(select(Invitation).where(Invitation.token_hash == hash_token(token)))


def latest_invitations(user_ids: list[int]) -> dict[int, Invitation]:
    """Each user's newest invitation, by user id (users never invited are left out)."""
    rows = db.session.scalars(
        select(Invitation).where(Invitation.user_id.in_(user_ids)).order_by(Invitation.id)
    )
    return {invitation.user_id: invitation for invitation in rows}


def state_of(invitation: Invitation, newest_id: int, now: datetime) -> InvitationState:
    """Whether `invitation` works at `now`, given the id of the newest invitation for its user."""
    if invitation.used_at is not None:
        return InvitationState.USED
    if invitation.id != newest_id:
        return InvitationState.REPLACED
    if invitation.expires_at <= now:
        return InvitationState.EXPIRED
    return InvitationState.VALID


def invitation_state(invitation: Invitation, now: datetime | None = None) -> InvitationState:
    """Whether `invitation` works now."""
    newest = latest_invitations([invitation.user_id])[invitation.user_id]
    return state_of(invitation, newest.id, now or utcnow())


def expire_pending(user: User, now: datetime | None = None) -> None:
    """Make every unused invitation of `user` stop working."""
    now = now or utcnow()
    for invitation in db.session.scalars(
        select(Invitation).where(Invitation.user_id == user.id, Invitation.used_at.is_(None))
    ):
        invitation.expires_at = min(invitation.expires_at, now)


def accept(invitation: Invitation, password: str) -> User:
    """Set the invited person's password and use up the link; returns their account.

    InviteError says why not: the link no longer works, or the password is too easy to guess.
    """
    state = invitation_state(invitation)
    if state is not InvitationState.VALID:
        raise InviteError(f"This invitation cannot be used: it is {state.value}")
    problem = password_problem(password, invitation.user.email)
    if problem:
        raise InviteError(problem)
    invitation.user.set_password(password)
    invitation.used_at = utcnow()
    return invitation.user
