"""Bearer-token authentication for the API: each request reads as the token's owner."""

from __future__ import annotations

from flask import g, request

from feedback.api import bp
from feedback.api.errors import AUTH_CHALLENGE, error_response
from feedback.api.tokens import token_user
from feedback.auth.permissions import STAFF_ROLES
from feedback.models import User

PUBLIC_ENDPOINTS = frozenset({"api.openapi"})
"""Endpoints anyone may read without a token: they hold no survey data."""

MISSING = "Send your API token in the Authorization header: ‘Bearer <token>’."
MALFORMED = "The Authorization header must be ‘Bearer’, a space, then your token."
INVALID = "This token is not valid: it may be mistyped or revoked, or its owner deactivated."
NOT_STAFF = "This token's owner is not staff, so it may not read the API."


def bearer_token(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header; None if it is not one."""
    scheme, _, token = (header or "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or any(c.isspace() for c in token):
        return None
    return token


def api_user() -> User:
    """The staff member whose token authenticated this request."""
    return g.api_user


def _refuse(message: str, error: str | None = "invalid_token"):
    challenge = f'{AUTH_CHALLENGE}, error="{error}"' if error else AUTH_CHALLENGE
    return error_response(401, message, {"WWW-Authenticate": challenge})


@bp.before_request
def authenticate():
    """Refuse a request without a live token, except to the public endpoints."""
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    header = request.headers.get("Authorization")
    if not header:
        return _refuse(MISSING, error=None)
    token = bearer_token(header)
    if token is None:
        return _refuse(MALFORMED)
    user = token_user(token)
    if user is None:
        return _refuse(INVALID)
    if user.role not in STAFF_ROLES:
        return error_response(403, NOT_STAFF)
    g.api_user = user
    return None
