"""Command-line tools: `flask --app wsgi demo|users|surveys|themes|reports ...`."""

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the command groups."""
    from feedback.cli.demo import demo_cli
    from feedback.cli.reports import reports_cli
    from feedback.cli.surveys import surveys_cli
    from feedback.cli.themes import themes_cli
    from feedback.cli.users import users_cli

    for group in (demo_cli, users_cli, surveys_cli, themes_cli, reports_cli):
        app.cli.add_command(group)
