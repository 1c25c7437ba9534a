"""`flask kpis ...`: list the KPI register, and import entered values from CSV."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from feedback.cli.output import echo_table
from feedback.kpis.display import format_value
from feedback.kpis.importing import MAX_BYTES, ImportFailed, decode, read_rows, save_values
from feedback.kpis.services import kpi_statuses

kpis_cli = AppGroup("kpis", help="Manage the KPI register.")


@kpis_cli.command("list")
def list_command() -> None:
    """List every KPI with its latest value, target, rating and change."""
    statuses = kpi_statuses()
    if not statuses:
        click.echo("There are no KPIs yet.")
        return
    rows = []
    for status in statuses:
        kpi, latest = status.kpi, status.latest
        rows.append(
            (
                kpi.slug,
                kpi.name,
                format_value(latest.value, kpi.unit) if latest else "–",
                latest.label if latest else "–",
                format_value(kpi.target, kpi.unit),
                status.rag.label if status.rag else "–",
                status.change.summary(kpi.unit.value) if status.change else "–",
            )
        )
    echo_table(("Slug", "KPI", "Latest", "Period", "Target", "Rating", "Change"), rows)


@kpis_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_command(file: Path) -> None:
    """Import entered KPI values from FILE, a CSV file with the columns kpi, period, value and
    (optionally) note.

    Every row is checked first: if any has a problem, each is listed with its row and column,
    nothing is imported and the exit status is 1. A value for a period that already has one
    replaces it, and each replacement is listed.
    """
    with file.open("rb") as handle:
        content = handle.read(MAX_BYTES + 1)
    try:
        planned = read_rows(decode(content))
    except ImportFailed as failure:
        for problem in failure.problems:
            click.echo(str(problem), err=True)
        click.echo(f"{failure.summary}: {file}", err=True)
        sys.exit(1)
    for item in planned:
        if not item.is_new and not item.is_unchanged:
            unit = item.kpi.unit
            click.echo(
                f"Row {item.row}: replaces {item.kpi.name} for {item.period_label}: "
                f"{format_value(item.replaces, unit)} becomes {format_value(item.value, unit)}"
            )
    click.echo(f"{save_values(planned, None)} from {file}")
