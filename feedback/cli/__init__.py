"""Command-line tools: `flask --app wsgi GROUP COMMAND`, one module per group."""

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the command groups."""
    from feedback.actions.cli import actions_cli
    from feedback.cli.api import api_cli
    from feedback.cli.demo import demo_cli
    from feedback.cli.kpis import kpis_cli
    from feedback.cli.reports import reports_cli
    from feedback.cli.responses import responses_cli
    from feedback.cli.retention import retention_cli
    from feedback.cli.surveys import surveys_cli
    from feedback.cli.themes import themes_cli
    from feedback.cli.users import users_cli
    from feedback.notify.cli import notify_cli

    for group in (
        demo_cli,
        users_cli,
        surveys_cli,
        themes_cli,
        reports_cli,
        responses_cli,
        kpis_cli,
        api_cli,
        notify_cli,
        actions_cli,
        retention_cli,
    ):
        app.cli.add_command(group)
