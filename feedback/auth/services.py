"""Creating staff accounts, and checking a password at sign-in."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from feedback import audit
from feedback.auth import clock, lockout
from feedback.auth.passwords import MIN_LENGTH, password_problem
from feedback.extensions import db
from feedback.models import Group, Role, User

MIN_PASSWORD_LENGTH = MIN_LENGTH

_DUMMY_HASH = generate_password_hash("not a real password", method="scrypt")
"""Checked for unknown emails, so a wrong email takes as long as a wrong password."""


class AccountError(ValueError):
    """A staff account could not be created; the message says why."""


def normalise_email(email: str) -> str:
    """Emails compare without case or surrounding spaces."""
    return email.strip().lower()


def email_reference(email: str) -> str:
    """A stand-in for an email in the audit log: a short hash, never the address itself."""
    return "email " + hashlib.sha256(normalise_email(email).encode()).hexdigest()[:12]


def find_user(email: str) -> User | None:
    """The account with this email, if any."""
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def authenticate(email: str, password: str) -> User | None:
    """The active account matching `email` and `password`, or None (no throttling)."""
    user = find_user(email)
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not user.check_password(password) or not user.active:
        return None
    return user


class SignIn(StrEnum):
    """The outcome of a sign-in attempt."""

    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class SignInResult:
    """What happened, and the account when the password was right."""

    outcome: SignIn
    user: User | None = None


def check_sign_in(email: str, password: str) -> SignInResult:
    """Check a password with throttling and lockout (not committed; the caller commits).

    A locked email is refused without looking at the password, whether or not it has an
    account. A wrong password is counted and audited with the email hashed. A right one does not
    clear the count: that waits for the whole sign-in (the two-factor code too), so the count of
    wrong codes cannot be reset by typing the password again.
    """
    email = normalise_email(email)
    now = clock.now()
    existing = find_user(email)
    if lockout.is_locked(email, existing, now):
        return SignInResult(SignIn.LOCKED)
    user = authenticate(email, password)
    if user is None:
        reference = email_reference(email)
        audit.record("auth.sign_in_failed", subject=reference, user=existing)
        locked = lockout.record_failure(email, existing, reference, now)
        return SignInResult(SignIn.LOCKED if locked else SignIn.WRONG)
    return SignInResult(SignIn.OK, user)


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
    problem = password_problem(password, email)
    if problem:
        raise AccountError(problem)
    if role == Role.FORUM_EDITOR and not groups:
        raise AccountError("A forum editor must belong to at least one co-production group")
    user = User(email=email, name=name.strip() or email, role=role, groups=list(groups))
    user.set_password(password)
    db.session.add(user)
    return user
