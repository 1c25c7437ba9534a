"""`flask responses ...`: import responses from earlier tools."""

from __future__ import annotations

from flask.cli import AppGroup

responses_cli = AppGroup("responses", help="Import responses from earlier tools.")
