"""`flask api-tokens ...`: make, list and revoke tokens for the read-only API."""

from __future__ import annotations

import click
from flask.cli import AppGroup
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from feedback.api.tokens import TokenError, issue_token, revoke_token
from feedback.auth.services import find_user
from feedback.cli.output import echo_table
from feedback.extensions import db
from feedback.models import ApiToken

api_cli = AppGroup("api-tokens", help="Make, list and revoke API tokens.")


def _when(moment) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else "-"


@api_cli.command("create")
@click.argument("email")
@click.argument("name")
def create_command(email: str, name: str) -> None:
    """Make a token NAME for the staff member with EMAIL; it reads what they may read.

    The token is printed once, and only its hash is kept.
    """
    user = find_user(email)
    if user is None:
        raise click.ClickException(
            f"There is no staff account for {email}. See them with: flask users list"
        )
    try:
        row, token = issue_token(user, name)
    except TokenError as error:
        raise click.ClickException(str(error)) from None
    db.session.commit()
    click.echo(f"Made token {row.id} (‘{row.name}’) for {user.email}. Copy it now:", err=True)
    click.echo(token)


@api_cli.command("list")
def list_command() -> None:
    """List tokens: id, name, owner, first characters, when made and last used (UTC)."""
    tokens = db.session.scalars(
        select(ApiToken).options(selectinload(ApiToken.user)).order_by(ApiToken.id)
    ).all()
    if not tokens:
        click.echo("There are no API tokens yet. Make one with: flask api-tokens create")
        return
    rows = [
        (
            str(token.id),
            token.name,
            token.user.email,
            f"{token.prefix}…",
            _when(token.created_at),
            _when(token.last_used_at),
            f"revoked {_when(token.revoked_at)}" if token.revoked_at else "live",
        )
        for token in tokens
    ]
    echo_table(("Id", "Name", "Owner", "Starts with", "Made", "Last used", "Status"), rows)


@api_cli.command("revoke")
@click.argument("token_id", metavar="ID", type=int)
def revoke_command(token_id: int) -> None:
    """Revoke the token with ID (see `flask api-tokens list`): it stops working at once."""
    row = db.session.get(ApiToken, token_id)
    if row is None:
        raise click.ClickException(
            f"There is no API token with the id {token_id}. See them with: flask api-tokens list"
        )
    try:
        revoke_token(row)
    except TokenError as error:
        raise click.ClickException(str(error)) from None
    db.session.commit()
    click.echo(f"Revoked token {row.id} (‘{row.name}’) of {row.user.email}.")
