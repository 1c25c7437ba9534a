"""Creating and authenticating staff accounts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Group, Role, User

MIN_PASSWORD_LENGTH = 8


class AccountError(ValueError):
    """A staff account could not be created; the message says why."""


def normalise_email(email: str) -> str:
    """Emails compare without case or surrounding spaces."""
    return email.strip().lower()


def find_user(email: str) -> User | None:
    """The account with this email, if any."""
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def authenticate(email: str, password: str) -> User | None:
    """The active account matching `email` and `password`, or None."""
    user = find_user(email)
    if user is None or not user.active or not user.check_password(password):
        return None
    return user


def create_user(
    email: str, name: str, role: Role | str, password: str, groups: Sequence[Group] = ()
) -> User:
    """Add a staff account (not committed); AccountError says what to fix."""
    email = normalise_email(email)
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        raise AccountError(f"{email!r} is not an email address, like name@example.org")
    if find_user(email) is not None:
        raise AccountError(f"There is already an account for {email}")
    try:
        role = Role(role)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise AccountError(f"Role {role!r} is not one of: {choices}") from None
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password must be at least {MIN_PASSWORD_LENGTH} characters")
    if role == Role.FORUM_EDITOR and not groups:
        raise AccountError("A forum editor must belong to at least one co-production group")
    user = User(email=email, name=name.strip() or email, role=role, groups=list(groups))
    user.set_password(password)
    db.session.add(user)
    return user
