"""Routes of the api blueprint."""

from feedback.api import bp  # noqa: F401
