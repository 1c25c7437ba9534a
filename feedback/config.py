"""Configuration, read from `FEEDBACK_*` environment variables when the app is created.

Nothing is read at import time. `load_config` returns Flask config keys; tests and scripts pass
overrides to `create_app(config)` instead of touching the environment.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ENVIRONMENTS = ("production", "development", "testing")

DEFAULTS: dict[str, Any] = {
    "ENV": "production",
    "SECRET_KEY": "",
    "DATABASE_URL": "",
    "DRAFT_LIFETIME_MINUTES": 45,
    "PARTNERSHIP_NAME": "the local area SEND partnership",
    "CONTACT_EMAIL": "",
    "REDACT_NAMES": "",
    "SUPPRESSION_THRESHOLD": 5,
    "IMPORT_MAX_MB": 20,
    "IMPORT_UPLOAD_FOLDER": "",
    "PUBLIC_BASE_URL": "http://127.0.0.1:5000",
    "LOOP_THEME_MIN_COMMENTS": 10,
    "MAIL_SERVER": "",
    "MAIL_PORT": 25,
    "MAIL_USE_TLS": False,
    "MAIL_USERNAME": "",
    "MAIL_PASSWORD": "",
    "MAIL_FROM": "",
    "MAIL_TIMEOUT": 10,
    "SESSION_IDLE_MINUTES": 30,
    "SESSION_ABSOLUTE_HOURS": 12,
    "SIGN_IN_MAX_ATTEMPTS": 5,
    "SIGN_IN_WINDOW_MINUTES": 15,
    "SIGN_IN_LOCK_MINUTES": 15,
    "TOTP_ISSUER": "Co-production Feedback",
    "MAX_CONTENT_LENGTH": 25 * 1024 * 1024,
    "PROXY_FIX": False,
    "LANGUAGES": "en,ur,pl",
    "RESUME_CODE_DAYS": 28,
    "PICTURE_MAX_KB": 1024,
}


class ConfigError(RuntimeError):
    """The app was asked to start with settings it must refuse."""


BOOLEAN_SETTINGS = frozenset({"SESSION_COOKIE_SECURE"})


def _coerce(name: str, raw: str) -> Any:
    default = DEFAULTS.get(name, "")
    if isinstance(default, bool) or name in BOOLEAN_SETTINGS:
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"FEEDBACK_{name} must be a whole number, not {raw!r}") from None
    return raw


def load_config(
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    instance_path: str | os.PathLike = "instance",
) -> dict[str, Any]:
    """Merge defaults, `FEEDBACK_*` variables and overrides into Flask config keys."""
    environ = os.environ if environ is None else environ
    settings = dict(DEFAULTS)
    for key, raw in environ.items():
        if key.startswith("FEEDBACK_"):
            name = key.removeprefix("FEEDBACK_")
            settings[name] = _coerce(name, raw)
    settings.update(overrides or {})

    env = settings["ENV"]
    if env not in ENVIRONMENTS:
        raise ConfigError(f"FEEDBACK_ENV must be one of {', '.join(ENVIRONMENTS)}, not {env!r}")
    if not settings["SECRET_KEY"]:
        if env == "production":
            raise ConfigError(
                "FEEDBACK_SECRET_KEY is not set. Set it to a long random value, for example "
                "the output of: python -c 'import secrets; print(secrets.token_hex(32))'"
            )
        settings["SECRET_KEY"] = secrets.token_hex(32)

    if settings["SUPPRESSION_THRESHOLD"] < 1:
        raise ConfigError(
            "FEEDBACK_SUPPRESSION_THRESHOLD must be 1 or more (1 hides nothing), not "
            f"{settings['SUPPRESSION_THRESHOLD']}"
        )

    for name in (
        "SESSION_IDLE_MINUTES",
        "SESSION_ABSOLUTE_HOURS",
        "SIGN_IN_MAX_ATTEMPTS",
        "SIGN_IN_WINDOW_MINUTES",
        "SIGN_IN_LOCK_MINUTES",
    ):
        if settings[name] < 1:
            raise ConfigError(f"FEEDBACK_{name} must be 1 or more, not {settings[name]}")

    database_url = settings.pop("DATABASE_URL") or settings.get("SQLALCHEMY_DATABASE_URI")
    if not database_url:
        database_url = "sqlite:///" + str(Path(instance_path).resolve() / "feedback.db")
    settings["SQLALCHEMY_DATABASE_URI"] = database_url
    settings["TESTING"] = env == "testing"
    settings.setdefault("SESSION_COOKIE_SECURE", env == "production")
    settings.setdefault("SESSION_COOKIE_HTTPONLY", True)
    settings.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    settings.setdefault("WTF_CSRF_TIME_LIMIT", None)
    # A database error's message would carry the statement's values (answers, emails) into logs.
    settings.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {"hide_parameters": True})
    return settings
