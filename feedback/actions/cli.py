"""`flask actions list`: every action with its status, whether it is published, and when due."""

from __future__ import annotations

import click
from flask.cli import AppGroup
from sqlalchemy import select

from feedback.actions.rules import overdue_text
from feedback.actions.services import today
from feedback.cli.output import echo_table
from feedback.extensions import db
from feedback.manage.services import long_date
from feedback.models import Action

actions_cli = AppGroup("actions", help="“You said, we did” actions.")


@actions_cli.command("list")
def list_command() -> None:
    """List every action: slug, title, status, published, due date and whether it is overdue."""
    actions = db.session.scalars(select(Action).order_by(Action.created_at, Action.id)).all()
    if not actions:
        click.echo("There are no actions yet.")
        return
    on = today()
    rows = [
        (
            action.slug,
            action.title,
            action.status.label,
            long_date(action.published_at) if action.published_at else "Draft",
            long_date(action.due_on) or "–",
            overdue_text(action.due_on, action.status, on),
        )
        for action in actions
    ]
    echo_table(("Slug", "Title", "Status", "Published", "Due", "Overdue"), rows)
