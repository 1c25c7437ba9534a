"""Password rules (ASVS 6.2): length only, no composition rules, and no common passwords."""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

MIN_LENGTH = 8
MAX_LENGTH = 128
COMMON_LIST = Path(__file__).parent / "data" / "common-passwords.txt.gz"

TOO_SHORT = f"Your password must be at least {MIN_LENGTH} characters"
TOO_LONG = f"Your password must be {MAX_LENGTH} characters or fewer"
COMMON = "Choose a password that is harder to guess: this one is in a list of common passwords"
SAME_AS_EMAIL = "Choose a password that is harder to guess: it must not be your email address"


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list of common passwords, lower case (read once per process)."""
    with gzip.open(COMMON_LIST, "rt", encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip())


def password_problem(password: str, email: str = "") -> str | None:
    """Why `password` may not be used for the account `email`, or None when it may."""
    if len(password) < MIN_LENGTH:
        return TOO_SHORT
    if len(password) > MAX_LENGTH:
        return TOO_LONG
    folded = password.strip().casefold()
    if folded in common_passwords():
        return COMMON
    if email and folded == email.strip().casefold():
        return SAME_AS_EMAIL
    return None
