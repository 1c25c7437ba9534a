"""API tokens: issued once, kept only as a SHA-256 hash, revoked rather than deleted.

A token is `cpf_` and 43 URL-safe characters (32 random bytes). Its first characters are kept
as the `prefix` so people can tell their tokens apart; the whole token is shown only once.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

from feedback import audit
from feedback.extensions import db
from feedback.models import ApiToken, Role, User
from feedback.models.columns import utcnow

TOKEN_START = "cpf_"
TOKEN_BYTES = 32
PREFIX_LENGTH = 12
NAME_MAX = 120
TOUCH_INTERVAL = timedelta(minutes=1)
"""`last_used_at` is written at most this often, so busy clients do not write on every call."""


class TokenError(ValueError):
    """A token could not be issued or revoked; the message says why."""


def hash_token(token: str) -> str:
    """The SHA-256 hex digest stored in place of the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(user: User, name: str) -> tuple[ApiToken, str]:
    """A new token for `user` (added, not committed) and its text, which is never stored."""
    name = name.strip()
    if not name:
        raise TokenError("Enter a name for the token, like ‘Power BI dashboard’")
    if len(name) > NAME_MAX:
        raise TokenError(f"The name must be {NAME_MAX} characters or fewer")
    if not user.active:
        raise TokenError(f"{user.email} is deactivated, so cannot have API tokens")
    token = TOKEN_START + secrets.token_urlsafe(TOKEN_BYTES)
    row = ApiToken(name=name, token_hash=hash_token(token), prefix=token[:PREFIX_LENGTH], user=user)
    db.session.add(row)
    db.session.flush()  # gives the token its id for the audit log
    audit.record("api_token.created", subject=f"API token {row.id}", owner_id=user.id)
    return row, token


def token_user(token: str) -> User | None:
    """The active staff member a live (unrevoked) token belongs to, or None.

    Records when the token was used, at most once a minute.
    """
    row = db.session.scalar(
        select(ApiToken)
        .where(ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None))
        .options(selectinload(ApiToken.user).selectinload(User.groups))
    )
    if row is None or not row.user.active:
        return None
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at >= TOUCH_INTERVAL:
        row.last_used_at = now
        db.session.commit()
    return row.user


def visible_tokens(user: User) -> Select:
    """A query for the tokens `user` may see and revoke: their own, or every one for admins."""
    query = select(ApiToken).options(selectinload(ApiToken.user))
    if user.role != Role.ADMIN:
        query = query.where(ApiToken.user_id == user.id)
    return query.order_by(ApiToken.revoked_at.is_not(None), ApiToken.created_at.desc(), ApiToken.id)


def revoke_token(row: ApiToken) -> None:
    """Stop `row` working from now on (not committed)."""
    if row.revoked_at is not None:
        raise TokenError(f"Token {row.id} (‘{row.name}’) is already revoked")
    row.revoked_at = utcnow()
    audit.record("api_token.revoked", subject=f"API token {row.id}", owner_id=row.user_id)
