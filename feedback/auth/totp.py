"""Two-factor authentication with time-based one-time codes (RFC 6238, pyotp; ASVS 6.5).

A code is accepted for its 30-second step and one step either side. A code that has been
accepted cannot be used again, nor can any code of an earlier step (RFC 6238 section 5.2): the
step last accepted is kept on the user's row and claimed with one conditional UPDATE, so two
app servers (or two threads) given the same code at once accept it only once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime

import pyotp
from flask import current_app
from sqlalchemy import or_, update

from feedback.extensions import db
from feedback.models import User

VALID_WINDOW = 1
"""Steps either side of now that are accepted, for clocks a little out."""


def issuer() -> str:
    """The service name an authenticator app shows beside the account."""
    return str(current_app.config.get("TOTP_ISSUER", "Co-production Feedback"))


def enrolment_secret(user: User, nonce: str) -> str:
    """The secret offered to `user` while they set up two-factor.

    Derived from the app's secret key and a random `nonce` kept in their browser session, so the
    secret itself never travels in a cookie and nothing is stored until they confirm a code.
    """
    key = current_app.config["SECRET_KEY"].encode()
    digest = hmac.new(key, f"totp-enrol:{user.id}:{nonce}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[:20]).decode()


def grouped(secret: str) -> str:
    """The secret in groups of 4, as people type it into an app."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def provisioning_uri(user: User, secret: str) -> str:
    """The otpauth:// address an authenticator app can import."""
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=issuer())


def verify(user: User, secret: str, code: str, now: datetime) -> bool:
    """True when `code` is right for `secret` at `now` and no code of its step or a later one
    was accepted for `user` before. Claims the step in the caller's transaction: commit it.

    `now` is naive UTC, as `clock.now()` gives it.
    """
    code = "".join(code.split())
    if not secret or len(code) != 6 or not code.isdigit():
        return False
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now.replace(tzinfo=UTC))
    for step in range(current - VALID_WINDOW, current + VALID_WINDOW + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return _claim(user, step)
    return False


def _claim(user: User, step: int) -> bool:
    """Record `step` as the last one used by `user`, unless it or a later one was used."""
    claimed = db.session.execute(
        update(User)
        .where(User.id == user.id, or_(User.totp_last_step.is_(None), User.totp_last_step < step))
        .values(totp_last_step=step)
        .execution_options(synchronize_session=False)
    )
    return claimed.rowcount == 1
