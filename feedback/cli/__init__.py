"""Command-line tools: `flask --app wsgi demo|users|surveys ...`."""

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the command groups."""
