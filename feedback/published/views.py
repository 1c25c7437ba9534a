"""Routes of the published blueprint."""

from feedback.published import bp  # noqa: F401
