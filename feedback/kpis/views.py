"""Routes of the kpis blueprint."""

from feedback.kpis import bp  # noqa: F401
