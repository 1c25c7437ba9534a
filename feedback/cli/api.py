"""`flask api-tokens ...`: manage API tokens."""

from __future__ import annotations

from flask.cli import AppGroup

api_cli = AppGroup("api-tokens", help="Manage API tokens.")
