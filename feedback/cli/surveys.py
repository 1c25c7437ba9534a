"""`flask surveys ...`: list surveys, and move their definitions in and out as JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from feedback.cli.output import echo_table
from feedback.extensions import db
from feedback.manage.services import ImportFailed, export_survey_json, import_survey_json
from feedback.models import Response, Survey

surveys_cli = AppGroup("surveys", help="List, export and import surveys.")


def find_survey(id_or_slug: str) -> Survey:
    """The survey with this id or slug; a ClickException if there is none."""
    survey = None
    if id_or_slug.isdigit():
        survey = db.session.get(Survey, int(id_or_slug))
    if survey is None:
        survey = db.session.scalar(select(Survey).where(Survey.slug == id_or_slug))
    if survey is None:
        raise click.ClickException(
            f"There is no survey with the id or slug ‘{id_or_slug}’. "
            "See them all with: flask surveys list"
        )
    return survey


@surveys_cli.command("list")
def list_command() -> None:
    """List surveys: id, slug, status and how many responses each has."""
    responses = func.count(Response.id)
    rows = db.session.execute(
        select(Survey.id, Survey.slug, Survey.status, responses)
        .outerjoin(Response, Response.survey_id == Survey.id)
        .group_by(Survey.id, Survey.slug, Survey.status)
        .order_by(Survey.id)
    ).all()
    if not rows:
        click.echo("There are no surveys yet.")
        return
    echo_table(
        ("Id", "Slug", "Status", "Responses"),
        [(str(id_), slug, status.value, f"{count:,}") for id_, slug, status, count in rows],
    )


@surveys_cli.command("export")
@click.argument("survey", metavar="SURVEY")
@click.option(
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the JSON to this file instead of printing it.",
)
def export_command(survey: str, output: Path | None) -> None:
    """Write the definition of SURVEY (its id or slug) as versioned JSON."""
    found = find_survey(survey)
    text = export_survey_json(found)
    if output is None:
        click.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    click.echo(f"Exported ‘{found.slug}’ to {output}", err=True)


@surveys_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_command(file: Path) -> None:
    """Add the survey defined in FILE (JSON, as exported) as a new draft.

    If anything in the file is wrong, every problem is listed with where it is in the JSON,
    and nothing is added.
    """
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise click.ClickException(f"{file} is not a UTF-8 text file") from None
    try:
        survey = import_survey_json(text)
    except ImportFailed as failure:
        for issue in failure.issues:
            click.echo(f"{issue.path}: {issue.message}", err=True)
        click.echo(f"Nothing was imported: {file} has {_problems(failure)}.", err=True)
        sys.exit(1)
    click.echo(f"Imported survey {survey.id}, slug {survey.slug}, status {survey.status.value}")


def _problems(failure: ImportFailed) -> str:
    count = len(failure.issues)
    return f"{count:,} problem" + ("" if count == 1 else "s")
