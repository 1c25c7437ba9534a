"""Helpers for the administrators' account pages."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import User
from tests.factories import PASSWORD


def account(app: Flask, email: str) -> User:
    """The stored account for `email`, detached, to assert on."""
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == email))
        db.session.expunge(user)
        return user


def browser_of(app: Flask, email: str) -> FlaskClient:
    """A second browser, signed in as `email`."""
    client = app.test_client()
    assert client.post("/sign-in", data={"email": email, "password": PASSWORD}).status_code == 302
    return client
