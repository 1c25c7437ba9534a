"""A chart as a file to download: PNG or SVG drawn by vl-convert, or its table as CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import vl_convert
from flask import Response, abort

from feedback.charts.table import DOWNLOAD_FORMATS, Chart

EXPORT_WIDTH = 640  # pixels: a file has no page to take its width from
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def chart_download(charts: Iterable[Chart], args: Mapping[str, str]) -> Response | None:
    """The file asked for by `?chart=<id>&format=png|svg|csv`, or None when no chart is asked for.

    Aborts with 404 for a chart id not in `charts` or an unknown format.
    """
    chart_id = args.get("chart")
    if chart_id is None:
        return None
    chart = next((chart for chart in charts if chart.id == chart_id), None)
    extension = args.get("format", "")
    if chart is None or extension not in DOWNLOAD_FORMATS:
        abort(404)
    body, mimetype = _file(chart, extension)
    return Response(
        body,
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{chart.id}.{extension}"'},
    )


def _file(chart: Chart, extension: str) -> tuple[bytes | str, str]:
    """The file's content and media type."""
    if extension == "png":
        png = vl_convert.vegalite_to_png(export_spec(chart), scale=2, allowed_base_urls=[])
        return png, "image/png"
    if extension == "svg":
        svg = vl_convert.vegalite_to_svg(export_spec(chart), allowed_base_urls=[])
        return svg, "image/svg+xml"
    return table_csv(chart), "text/csv"


def export_spec(chart: Chart) -> dict[str, Any]:
    """The chart's spec for a file: a fixed width, a white background and the title on it."""
    spec = {**chart.spec, "title": chart.title, "background": "white"}
    if spec.get("width") == "container":
        spec["width"] = EXPORT_WIDTH
    return spec


def table_csv(chart: Chart) -> bytes:
    """The chart's table as CSV for spreadsheets: UTF-8 with a byte order mark so Excel reads it.

    Numbers stay unformatted; missing values are the chart's `missing` text; text that a
    spreadsheet would run as a formula starts with a quote.
    """
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([_safe(column.heading) for column in chart.columns])
    for row in chart.rows:
        writer.writerow([_cell(row.get(column.key), chart.missing) for column in chart.columns])
    return output.getvalue().encode("utf-8-sig")


def _cell(value: Any, missing: str) -> Any:
    if value is None:
        return _safe(missing)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    return _safe(str(value))


def _safe(text: str) -> str:
    """Text a spreadsheet will show, never run: formula-like text gets a leading quote."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
