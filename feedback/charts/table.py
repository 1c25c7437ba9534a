"""A chart's data as people read it: columns, formatted cells and download links."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import urlencode

from flask import request

from feedback.reports.display import number, whole_percent

ColumnKind = Literal["text", "count", "percent", "number"]
NUMERIC_KINDS = ("count", "percent", "number")
DOWNLOAD_FORMATS = {"png": "PNG", "svg": "SVG", "csv": "CSV"}
CHART_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


@dataclass(frozen=True)
class Column:
    """One field of a chart's rows: `key` in each row dict, `heading` in the table."""

    key: str
    heading: str
    kind: ColumnKind = "text"

    def __post_init__(self) -> None:
        if self.kind not in ("text", *NUMERIC_KINDS):
            raise ValueError(f"Column {self.key!r}: unknown kind {self.kind!r}")
        if not self.key or self.key.startswith("_"):
            raise ValueError(f"Column {self.key!r}: keys starting with _ are the chart's own")

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS

    def text(self, value: Any, missing: str) -> str:
        """`value` as the table shows it: "1,234", "62%", "1,234.5"; `missing` for None."""
        if value is None:
            return missing
        if self.kind == "count":
            return f"{int(value):,}"
        if self.kind == "percent":
            return whole_percent(float(value))
        if self.kind == "number":
            return number(Decimal(str(value)))
        return str(value)


@dataclass(frozen=True)
class Cell:
    """One formatted table cell."""

    text: str
    numeric: bool


@dataclass(frozen=True)
class Chart:
    """A chart ready for `chart_figure`: its Vega-Lite spec and the table that says the same.

    `id` names the chart in the page and in download file names (letters, digits, - and _),
    so it must be unique on its page.
    """

    id: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Mapping[str, Any], ...]
    spec: dict
    description: str = ""
    missing: str = "–"

    def __post_init__(self) -> None:
        if not CHART_ID.fullmatch(self.id):
            raise ValueError(
                f"Chart id {self.id!r}: use letters, digits, hyphens and underscores only"
            )

    @property
    def label(self) -> str:
        """What a screen reader announces for the picture."""
        return self.description or self.title

    def table(self) -> list[list[Cell]]:
        """The rows as formatted cells, in column order."""
        return [
            [
                Cell(column.text(row.get(column.key), self.missing), column.numeric)
                for column in self.columns
            ]
            for row in self.rows
        ]

    def download_links(self) -> list[tuple[str, str]]:
        """(format name, URL) for each download: the current page and query plus chart/format."""
        links = []
        for extension, name in DOWNLOAD_FORMATS.items():
            args = request.args.copy()
            args["chart"] = self.id
            args["format"] = extension
            query = urlencode(list(args.items(multi=True)))
            links.append((name, f"{request.script_root}{request.path}?{query}"))
        return links


def columns_of(*groups: Column | Sequence[Column] | None) -> tuple[Column, ...]:
    """Columns in order, skipping absent ones; refuses two columns with the same key."""
    columns: list[Column] = []
    for group in groups:
        if group is None:
            continue
        columns.extend([group] if isinstance(group, Column) else group)
    keys = [column.key for column in columns]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError(f"Columns repeat the key {', '.join(map(repr, duplicates))}")
    return tuple(columns)
