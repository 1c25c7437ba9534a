"""`flask reports survey SURVEY`: a survey's per-question results as JSON or CSV."""

from __future__ import annotations

import json

import click
from flask import current_app
from flask.cli import AppGroup

from feedback.cli.surveys import find_survey as find_survey
from feedback.reports.publish import results_csv, results_record
from feedback.reports.results import survey_results

reports_cli = AppGroup("reports", help="Write survey results.")


@reports_cli.command("survey")
@click.argument("survey", metavar="SURVEY")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "csv"]),
    default="json",
    show_default=True,
    help="JSON (one document) or CSV (a row per question option).",
)
@click.option(
    "--public",
    is_flag=True,
    help="Hide small numbers (below SUPPRESSION_THRESHOLD) so the output can be published.",
)
def survey_command(survey: str, output_format: str, public: bool) -> None:
    """Write the results of SURVEY (its id or slug): counts, percentages 0–100 (not rounded)
    and 95% Wilson intervals for every question."""
    threshold = current_app.config["SUPPRESSION_THRESHOLD"] if public else None
    record = results_record(survey_results(find_survey(survey)), threshold)
    if output_format == "csv":
        click.echo(results_csv(record), nl=False)
    else:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
