"""Two-factor authentication with time-based one-time codes (RFC 6238, pyotp; ASVS 6.5).

A code is accepted for its 30-second step and one step either side. A code that has been
accepted cannot be used again: the accepted steps are remembered per user in this process
(there is no column for them), so with several app processes a code could, in principle, be
replayed once on another process within its 90 seconds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
from datetime import UTC, datetime

import pyotp
from flask import current_app

from feedback.models import User

VALID_WINDOW = 1
"""Steps either side of now that are accepted, for clocks a little out."""

_used: dict[str, set[int]] = {}
"""Accepted steps, by a hash of the user id and secret (a new secret starts afresh)."""
_used_lock = threading.Lock()


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


def verify(user_id: int, secret: str, code: str, now: datetime) -> bool:
    """True when `code` is right for `secret` at `now` and was not used before.

    `now` is naive UTC, as `clock.now()` gives it.
    """
    code = "".join(code.split())
    if not secret or len(code) != 6 or not code.isdigit():
        return False
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now.replace(tzinfo=UTC))
    for offset in range(-VALID_WINDOW, VALID_WINDOW + 1):
        step = current + offset
        if hmac.compare_digest(totp.generate_otp(step), code):
            key = hashlib.sha256(f"{user_id}:{secret}".encode()).hexdigest()
            with _used_lock:
                used = _used.setdefault(key, set())
                if step in used:
                    return False
                used.intersection_update({s for s in used if s >= current - VALID_WINDOW})
                used.add(step)
            return True
    return False
