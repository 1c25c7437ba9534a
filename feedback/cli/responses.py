"""`flask responses ...`: import responses from earlier tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from feedback.cli.surveys import find_survey
from feedback.imports import services
from feedback.imports.problems import count_problems
from feedback.imports.reading import UnreadableFile, check_size
from feedback.models import FREE_TEXT_TYPES, Channel

responses_cli = AppGroup("responses", help="Import responses from earlier tools.")


@responses_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--survey", "survey_ref", required=True, metavar="SURVEY", help="Id or slug.")
@click.option(
    "--channel",
    type=click.Choice([channel.value for channel in Channel]),
    default=Channel.IMPORT.value,
    show_default=True,
    help="How the responses were collected.",
)
def import_command(file: Path, survey_ref: str, channel: str) -> None:
    """Import every response in FILE (plain CSV, or SurveyMonkey's individual responses export)
    into SURVEY.

    Column headings must be question keys or texts (or "audience" and "locality"). If anything
    in the file is wrong, every problem is listed with its row and column, and nothing is
    imported.
    """
    survey = find_survey(survey_ref)
    refusal = services.refusal(survey)
    if refusal:
        raise click.ClickException(refusal)
    try:
        check_size(file.stat().st_size, services.max_mb())
        content = file.read_bytes()
        digest = services.file_digest(content)
        if repeated := services.already_imported(survey, digest):
            raise click.ClickException(repeated)
        examined = services.examine_file(survey, content)
    except UnreadableFile as unreadable:
        raise click.ClickException(f"{file}: {unreadable}") from None
    if examined.problems:
        for problem in examined.problems:
            click.echo(str(problem), err=True)
        problems = count_problems(len(examined.problems))
        click.echo(f"Nothing was imported: {file} has {problems}.", err=True)
        sys.exit(1)
    rows = len(examined.rows)
    try:
        with click.progressbar(length=rows, label="Importing responses", show_pos=True) as bar:
            services.write_import(
                survey,
                examined,
                filename=file.name,
                digest=digest,
                channel=Channel(channel),
                progress=bar.update,
            )
    except services.ImportRefused as refused:
        raise click.ClickException(str(refused)) from None
    click.echo(f"Imported {rows:,} response{'' if rows == 1 else 's'} into ‘{survey.title}’.")
    if any(question.type in FREE_TEXT_TYPES for question in survey.questions):
        click.echo(
            "Their comments are not themed yet: run theming from the Comments page, or "
            f"flask --app wsgi themes run --survey {survey.id}"
        )
