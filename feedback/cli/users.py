"""`flask users ...`: add and list staff accounts, and recover access when locked out."""

from __future__ import annotations

import click
from flask.cli import AppGroup
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from feedback.auth.services import MIN_PASSWORD_LENGTH, AccountError, create_user, find_user
from feedback.cli.output import echo_table
from feedback.extensions import db
from feedback.models import Group, Role, User
from feedback.users import services

users_cli = AppGroup("users", help="Add and list staff accounts, and recover access.")


def _groups(slugs: tuple[str, ...]) -> list[Group]:
    """The groups with `slugs`, in order; a ClickException names any that do not exist."""
    found = {g.slug: g for g in db.session.scalars(select(Group).where(Group.slug.in_(slugs)))}
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        known = ", ".join(db.session.scalars(select(Group.slug).order_by(Group.slug))) or "none"
        names = ", ".join(f"‘{slug}’" for slug in unknown)
        raise click.ClickException(
            f"There is no co-production group with the slug {names}. Groups: {known}"
        )
    return [found[slug] for slug in dict.fromkeys(slugs)]


@users_cli.command("create")
@click.option("--email", required=True, help="Their email address, used to sign in.")
@click.option("--name", required=True, help="Their name, as other staff see it.")
@click.option(
    "--role",
    required=True,
    type=click.Choice([role.value for role in Role]),
    help="What they may do.",
)
@click.option(
    "--group",
    "group_slugs",
    multiple=True,
    metavar="SLUG",
    help="A co-production group they belong to (repeat for more). Forum editors need one.",
)
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    confirmation_prompt=True,
    help=f"At least {MIN_PASSWORD_LENGTH} characters, not a common password. Leave this out to "
    "be asked for it, which keeps it out of your shell history.",
)
def create_command(
    email: str, name: str, role: str, group_slugs: tuple[str, ...], password: str
) -> None:
    """Add a staff account."""
    groups = _groups(group_slugs)
    try:
        user = create_user(email, name, role, password, groups)
    except AccountError as error:
        raise click.ClickException(str(error)) from None
    db.session.commit()
    member_of = f" in {', '.join(g.name for g in user.groups)}" if user.groups else ""
    click.echo(f"Added {user.email} as {user.role.label}{member_of}.")


@users_cli.command("list")
def list_command() -> None:
    """List staff accounts: email, name, role and groups."""
    users = db.session.scalars(
        select(User).options(selectinload(User.groups)).order_by(User.email)
    ).all()
    if not users:
        click.echo("There are no staff accounts yet. Add one with: flask users create")
        return
    rows = [
        (
            user.email,
            user.name,
            user.role.label + ("" if user.active else " (deactivated)"),
            ", ".join(group.name for group in user.groups) or "-",
        )
        for user in users
    ]
    echo_table(("Email", "Name", "Role", "Groups"), rows)


def _account(email: str) -> User:
    user = find_user(email)
    if user is None:
        raise click.ClickException(f"There is no account for {email}")
    return user


@users_cli.command("unlock")
@click.argument("email")
def unlock_command(email: str) -> None:
    """Lift the lock after too many failed sign-ins."""
    user = _account(email)
    services.unlock(user, None)
    db.session.commit()
    click.echo(f"Unlocked {user.email}.")


@users_cli.command("end-sessions")
@click.argument("email")
def end_sessions_command(email: str) -> None:
    """Sign an account out everywhere."""
    user = _account(email)
    ended = services.end_sessions(user, None)
    db.session.commit()
    click.echo(f"Signed {user.email} out of {ended} session{'' if ended == 1 else 's'}.")


@users_cli.command("reset-two-factor")
@click.argument("email")
def reset_two_factor_command(email: str) -> None:
    """Forget an account's authenticator app (a lost phone) and sign it out everywhere."""
    user = _account(email)
    services.reset_two_factor(user, None)
    db.session.commit()
    click.echo(f"Two-factor authentication reset for {user.email}.")
