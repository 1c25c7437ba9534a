"""Routes of the rates blueprint."""

from feedback.rates import bp  # noqa: F401
