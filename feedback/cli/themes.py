"""`flask themes classify|run`: theme comments from the command line."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from feedback.analysis.running import count_pending, theme_comments
from feedback.extensions import db
from feedback.models import Survey
from theming.classify import classify_stream

themes_cli = AppGroup("themes", help="Find themes and sentiment in free-text comments.")


@themes_cli.command("classify")
@click.argument("comments", type=click.File("r", encoding="utf-8", errors="replace"), default="-")
def classify_command(comments) -> None:
    """Classify comments given as JSON lines, from standard input (or the file COMMENTS).

    Each input line is {"id": ..., "text": ...}; each output line, in the same order, has the
    comment's themes, areas, sentiment, noun phrases and redacted text. A line that cannot be
    read gives an "error" line instead. Uses the default codebook; reads nothing from the
    database. Each line is written as soon as it is ready.
    """
    for line in classify_stream(comments):
        click.echo(line.rstrip("\n"))


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count:,} {singular if count == 1 else plural}"


@themes_cli.command("run")
@click.option(
    "--survey", "survey_id", type=int, help="Only the comments of the survey with this id."
)
def run_command(survey_id: int | None) -> None:
    """Analyse and suggest themes for every new or changed comment.

    Comments already analysed whose text has not changed are skipped, so running this again
    straight away does nothing. People's decisions on themes are never changed.
    """
    if survey_id is not None and db.session.get(Survey, survey_id) is None:
        raise click.ClickException(
            f"There is no survey with the id {survey_id}. See them all with: flask surveys list"
        )
    total = count_pending(survey_id)
    with click.progressbar(length=total, label="Theming comments", show_pos=True) as bar:
        counts = theme_comments(survey_id, progress=bar.update)
    click.echo(
        f"Analysed {_plural(counts.analysed, 'new or changed comment', 'new or changed comments')}"
        f" and stored {_plural(counts.suggestions, 'suggested theme', 'suggested themes')}."
    )
    if counts.non_english:
        click.echo(
            f"{_plural(counts.non_english, 'comment is', 'comments are')} not in English, so "
            "left for a person to theme."
        )
    click.echo(f"Skipped {_plural(counts.unchanged, 'unchanged comment', 'unchanged comments')}.")
