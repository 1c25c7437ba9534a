"""Routes of the imports blueprint."""

from feedback.imports import bp  # noqa: F401
