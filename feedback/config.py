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

    database_url = settings.pop("DATABASE_URL") or settings.get("SQLALCHEMY_DATABASE_URI")
    if not database_url:
        database_url = "sqlite:///" + str(Path(instance_path).resolve() / "feedback.db")
    settings["SQLALCHEMY_DATABASE_URI"] = database_url
    settings["TESTING"] = env == "testing"
    settings.setdefault("SESSION_COOKIE_SECURE", env == "production")
    settings.setdefault("SESSION_COOKIE_HTTPONLY", True)
    settings.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    settings.setdefault("WTF_CSRF_TIME_LIMIT", None)
    return settings
