"""What administrators do to accounts. Every change is audited; nothing here commits."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from feedback import audit
from feedback.auth import clock, lockout
from feedback.auth.sessions import EndReason, end_all, live_counts
from feedback.extensions import db
from feedback.models import Role, User


class UserAdminError(ValueError):
    """A change an administrator may not make; the message says why."""


@dataclass(frozen=True)
class AccountRow:
    """One account as the list shows it."""

    user: User
    live_sessions: int
    locked: bool


def _rows(users: list[User]) -> list[AccountRow]:
    counts = live_counts([user.id for user in users])
    now = clock.now()
    return [
        AccountRow(user, counts.get(user.id, 0), lockout.is_locked(user.email, user, now))
        for user in users
    ]


def accounts() -> list[AccountRow]:
    """Every account, by name, with its live sessions and whether it is locked now."""
    users = db.session.scalars(
        select(User).options(selectinload(User.groups)).order_by(User.name, User.email)
    ).all()
    return _rows(list(users))


def account_row(user: User) -> AccountRow:
    """One account with its live sessions and whether it is locked now."""
    return _rows([user])[0]


def _subject(user: User) -> str:
    return f"user {user.id}"


def change_role(user: User, role: Role, by: User | None) -> None:
    """Give `user` a new role; an administrator cannot take away their own."""
    if role == user.role:
        return
    if by is not None and user.id == by.id and user.role == Role.ADMIN:
        raise UserAdminError("You cannot remove your own administrator role")
    if role == Role.FORUM_EDITOR and not user.groups:
        raise UserAdminError(
            f"{user.name} is not in a co-production group: add them to one before making them "
            "a forum editor"
        )
    audit.record("user.role_changed", _subject(user), by, old=user.role.value, new=role.value)
    user.role = role


def end_sessions(user: User, by: User | None) -> int:
    """Sign `user` out everywhere; returns how many sessions were ended."""
    ended = end_all(user, EndReason.ADMIN)
    audit.record("user.sessions_ended", _subject(user), by, sessions=ended)
    return ended


def set_active(user: User, active: bool, by: User | None) -> None:
    """Deactivate (signing them out everywhere) or reactivate `user`."""
    if not active and by is not None and user.id == by.id:
        raise UserAdminError("You cannot deactivate your own account")
    if user.active == active:
        return
    user.active = active
    if not active:
        end_all(user, EndReason.DEACTIVATED)
    audit.record("user.reactivated" if active else "user.deactivated", _subject(user), by)


def require_two_factor(user: User, required: bool, by: User | None) -> None:
    """Require two-factor for `user` or stop requiring it.

    Someone required to use it who has not set it up is signed out everywhere, and must set it
    up straight after their password the next time they sign in.
    """
    if user.totp_required == required:
        return
    user.totp_required = required
    if required and not user.totp_secret:
        end_all(user, EndReason.TWO_FACTOR_REQUIRED)
    event = "user.two_factor_required" if required else "user.two_factor_not_required"
    audit.record(event, _subject(user), by)


def reset_two_factor(user: User, by: User | None) -> None:
    """Forget `user`'s authenticator (a lost phone) and sign them out everywhere."""
    if not user.totp_secret:
        return
    user.totp_secret = ""
    end_all(user, EndReason.TWO_FACTOR_REQUIRED)
    audit.record("auth.two_factor_off", _subject(user), by, reset_by_admin=True)


def unlock(user: User, by: User | None) -> None:
    """Lift a lock from too many failed sign-ins."""
    lockout.clear(user.email, user)
    audit.record("user.unlocked", _subject(user), by)
