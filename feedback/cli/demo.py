"""`flask demo load`: fill the database with believable demo surveys and responses."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from feedback.demo import (
    ACCOUNTS,
    DEFAULT_SEED,
    DEMO_PASSWORD,
    FULL_SIZE,
    GROUPS,
    SIGN_IN_URL,
    demo_loaded,
    load_demo,
)
from feedback.demo.groups import MEMBERS
from feedback.models import Role

demo_cli = AppGroup("demo", help="Demo data for trying the service out.")


@demo_cli.command("load")
@click.option(
    "--if-empty",
    is_flag=True,
    help="Do nothing (but still print the demo sign-in) if the demo is already loaded.",
)
@click.option(
    "--seed",
    type=int,
    default=DEFAULT_SEED,
    show_default=True,
    help="Seed of the random generator: the same seed gives the same demo.",
)
@click.option(
    "--responses",
    type=click.IntRange(min=0),
    default=FULL_SIZE,
    show_default=True,
    help="How many responses to make in all, shared between the five surveys.",
)
def load_command(if_empty: bool, seed: int, responses: int) -> None:
    """Load the demo: 5 co-produced surveys (one per audience, and a second parents' wave)."""
    if current_app.config["ENV"] == "production":
        raise click.ClickException(
            "The demo cannot be loaded when FEEDBACK_ENV is production: its accounts share a "
            "published password."
        )
    if demo_loaded():
        if not if_empty:
            raise click.ClickException(
                "The demo is already loaded. Use --if-empty to skip loading it when it is "
                "there, or start from an empty database."
            )
        click.echo("The demo is already loaded, so nothing was added.")
    else:
        summary = load_demo(seed=seed, responses=responses)
        click.echo(
            f"Loaded the demo: {summary.surveys} surveys with {summary.responses:,} responses, "
            f"{summary.groups} co-production groups and {summary.accounts} staff accounts."
        )
    _echo_sign_in()


def _echo_sign_in() -> None:
    click.echo()
    click.echo(f"Sign in at {SIGN_IN_URL} with one of these demo accounts:")
    group_names = {group.slug: group.name for group in GROUPS}
    width = max(len(account.email) for account in ACCOUNTS)
    for account in ACCOUNTS:
        groups = "".join(f", {group_names[slug]}" for slug in account.groups)
        click.echo(f"  {account.email.ljust(width)}  {account.role.label}{groups}")
    for member in MEMBERS:
        if member.joined_days is not None:
            role = f"{Role.MEMBER.label}, {group_names[member.group]}"
            click.echo(f"  {member.email.ljust(width)}  {role}")
    click.echo(f"The password of every demo account is: {DEMO_PASSWORD}")
