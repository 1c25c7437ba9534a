"""Tokens for API tests, made as staff make them."""

from __future__ import annotations

from flask import Flask

from feedback.api.tokens import issue_token
from feedback.auth.services import find_user
from feedback.extensions import db
from feedback.models import Role
from tests.factories import make_staff


def make_token(
    app: Flask, role: Role = Role.OFFICER, group_ids=(), email: str | None = None
) -> str:
    """A new staff account with an API token; returns the token."""
    email = make_staff(app, role, email=email, group_ids=group_ids)
    with app.app_context():
        _row, token = issue_token(find_user(email), "Dashboard")
        db.session.commit()
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
