"""Routes of the exports blueprint."""

from feedback.exports import bp  # noqa: F401
