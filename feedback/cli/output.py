"""Printing tables for the commands."""

from __future__ import annotations

from collections.abc import Sequence

import click


def echo_table(headings: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print `rows` under `headings` in columns padded to line up."""
    widths = [
        max(len(str(cell)) for cell in column) for column in zip(headings, *rows, strict=True)
    ]
    for line in (headings, *rows):
        cells = [str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)]
        click.echo("  ".join(cells).rstrip())
