"""`flask retention run [--dry-run]`: delete written answers and contact details past their time."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from feedback.privacy.retention import run_retention
from feedback.respond.services import count_expired_drafts, delete_expired_drafts

retention_cli = AppGroup("retention", help="Delete written answers kept past their time.")


@retention_cli.command("run")
@click.option("--dry-run", is_flag=True, help="Only say what would be deleted.")
def run_command(dry_run: bool) -> None:
    """Delete the written answers (and the sentences and phrases analysed from them), drafts and
    follow-up email addresses of every survey closed for longer than its retention period;
    counts, themes and sentiment are kept.

    Unfinished drafts left idle, or whose come-back-later code has expired, are deleted too.
    Prints counts only, never what was written.
    """
    _sweep_drafts(dry_run)
    done = run_retention(dry_run=dry_run)
    if not done:
        click.echo("No survey is past its retention period: nothing to delete.")
        return
    verb = "Would delete" if dry_run else "Deleted"
    for deleted in done:
        click.echo(f"{verb} from {deleted.summary()}")
    surveys = f"{len(done)} survey{'s' if len(done) != 1 else ''}"
    if dry_run:
        click.echo(f"Dry run: nothing was deleted. {surveys} past their retention period.")
    else:
        click.echo(f"Done: {surveys} had their written answers and contact details deleted.")


def _sweep_drafts(dry_run: bool) -> None:
    count = count_expired_drafts() if dry_run else delete_expired_drafts()
    verb = "Would delete" if dry_run else "Deleted"
    drafts = f"{count} unfinished draft{'s' if count != 1 else ''}"
    click.echo(f"{verb} {drafts} left idle or past their come-back-later code.")
