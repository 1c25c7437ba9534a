"""Bar and line charts as Vega-Lite specs (built with Altair), with their data inline."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import altair as alt

from feedback.charts.table import Chart, Column, columns_of

BLUE = "#1d70b8"
GREY = "#505a5f"
TEXT = "#0b0c0c"
FONT = "Arial, Helvetica, sans-serif"
# GOV.UK colours, one per series; shapes and dashes tell series apart without colour.
SERIES_COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#f47738", "#003078", "#505a5f"]
SERIES_SHAPES = ["circle", "square", "triangle-up", "diamond", "cross", "triangle-down"]
SERIES_DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [12, 4], [4, 4]]

LABEL_WIDTH = 32  # characters per line of a bar's label on the axis
LABEL_LINES = 3  # longer labels are cut short with "…" (the table shows them whole)
LINE_HEIGHT = 16  # pixels per line of an axis label
ROW = "_row"  # position of a bar's row, so equal labels never merge into one bar
VALUE_AT = "_value_at"  # where a bar's value label sits: the bar's end, or 0 when missing


def bar_chart(
    id: str,
    title: str,
    rows: Sequence[Mapping[str, Any]],
    category: Column,
    value: Column,
    *,
    extra_columns: Sequence[Column] = (),
    description: str = "",
    missing: str = "–",
) -> Chart:
    """Horizontal bars, one per row in the order given, each labelled with its value.

    Long category labels wrap on the axis (up to three lines); missing values draw no bar
    and are labelled with `missing`.
    """
    columns = columns_of(category, value, extra_columns)
    values = [
        {**data, ROW: position, VALUE_AT: data[value.key] or 0}
        for position, data in enumerate(_data(rows, columns, missing))
    ]
    wrapped = [_wrap(str(row.get(category.key) or "")) for row in rows]
    lines = max((len(label) for label in wrapped), default=1)
    y = alt.Y(
        f"{ROW}:O",
        title=category.heading,
        sort=None,
        scale=alt.Scale(domain=list(range(len(rows)))),
        axis=alt.Axis(labelExpr=f"{json.dumps(wrapped)}[datum.value]", labelLimit=0),
    )
    base = alt.Chart(alt.Data(values=values)).encode(y=y)
    bars = base.mark_bar(color=BLUE).encode(
        x=alt.X(_field(value.key), type="quantitative", **_value_axis(value, values)),
        tooltip=_tooltip(columns),
    )
    labels = base.mark_text(align="left", dx=4, color=TEXT, fontSize=13).encode(
        x=alt.X(f"{VALUE_AT}:Q"), text=alt.Text(f"{_text_field(columns, value)}:N")
    )
    chart = alt.layer(bars, labels).properties(
        width="container",
        height=alt.Step(max(24, lines * LINE_HEIGHT + 10)),
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
    )
    return _chart(id, title, rows, columns, chart, description, missing)


def line_chart(
    id: str,
    title: str,
    rows: Sequence[Mapping[str, Any]],
    x: Column,
    y: Column,
    *,
    series: Column | None = None,
    target: float | None = None,
    extra_columns: Sequence[Column] = (),
    description: str = "",
    missing: str = "–",
) -> Chart:
    """A line through the rows in order (one line per `series` value), with a target line.

    Missing values leave a gap. Series differ by colour, point shape and dash pattern.
    """
    columns = columns_of(x, series, y, extra_columns)
    values = _data(rows, columns, missing)
    x_encoding = (
        alt.X(_field(x.key), type="quantitative", title=x.heading)
        if x.numeric
        else alt.X(
            _field(x.key),
            type="ordinal",
            title=x.heading,
            sort=None,
            axis=alt.Axis(labelAngle=0, labelOverlap="greedy"),
        )
    )
    y_encoding = alt.Y(_field(y.key), type="quantitative", **_value_axis(y, values, target))
    base = alt.Chart(alt.Data(values=values)).encode(x=x_encoding, y=y_encoding)
    if series is None:
        line = base.mark_line(color=BLUE, invalid="break-paths-show-domains")
        points = base.mark_point(color=BLUE, filled=True, opacity=1, size=60).encode(
            tooltip=_tooltip(columns)
        )
    else:
        names = list(dict.fromkeys(data[series.key] for data in values))
        field = _field(series.key)
        legend = {"title": series.heading, "sort": names}
        colour = alt.Color(field, type="nominal", scale=_cycle(names, SERIES_COLOURS), **legend)
        dash = alt.StrokeDash(field, type="nominal", scale=_cycle(names, SERIES_DASHES), **legend)
        shape = alt.Shape(field, type="nominal", scale=_cycle(names, SERIES_SHAPES), **legend)
        line = base.mark_line(invalid="break-paths-show-domains").encode(
            color=colour, strokeDash=dash
        )
        points = base.mark_point(filled=True, opacity=1, size=60).encode(
            color=colour, shape=shape, tooltip=_tooltip(columns)
        )
    layers = [line, points]
    if target is not None:
        layers.extend(_target_layers(target, y))
    chart = alt.layer(*layers).properties(width="container", height=300)
    return _chart(id, title, rows, columns, chart, description, missing)


def _chart(
    id: str,
    title: str,
    rows: Sequence[Mapping[str, Any]],
    columns: tuple[Column, ...],
    chart: alt.LayerChart,
    description: str,
    missing: str,
) -> Chart:
    spec = (
        chart.properties(description=description or title)
        .configure(font=FONT, aria=False)
        .configure_axis(labelFontSize=13, titleFontSize=14, labelColor=TEXT, titleColor=TEXT)
        .configure_legend(labelFontSize=13, titleFontSize=14, orient="bottom")
        .configure_view(stroke=None)
        .to_dict(validate=False)  # every chart shape is validated once, in the tests
    )
    return Chart(
        id=id,
        title=title,
        columns=columns,
        rows=tuple(dict(row) for row in rows),
        spec=spec,
        description=description,
        missing=missing,
    )


def _target_layers(target: float, y: Column) -> list[alt.Chart]:
    """A dashed grey rule at `target`, labelled "Target: …" at its right-hand end."""
    rule_data = alt.Data(values=[{"target": target, "label": f"Target: {y.text(target, '')}"}])
    rule = alt.Chart(rule_data).mark_rule(color=GREY, strokeDash=[6, 4], strokeWidth=2)
    text = alt.Chart(rule_data).mark_text(
        align="right", baseline="bottom", dy=-4, x="width", color=GREY, fontWeight="bold"
    )
    return [rule.encode(y="target:Q"), text.encode(y="target:Q", text="label:N")]


def _value_axis(
    column: Column, values: Sequence[Mapping[str, Any]], target: float | None = None
) -> dict[str, Any]:
    """Title, scale and ticks of a value axis.

    Percentages run from 0 to 100 (further if a value or the target does) and say "%"; counts
    have whole-number ticks with thousands commas.
    """
    if column.kind == "percent":
        title = column.heading if "%" in column.heading else f"{column.heading} (%)"
        drawn = [row[column.key] for row in values if row[column.key] is not None]
        if target is not None:
            drawn.append(target)
        domain = [min([0, *drawn]), max([100, *drawn])]
        return {"title": title, "scale": alt.Scale(domain=domain), "axis": alt.Axis(tickCount=10)}
    if column.kind == "count":
        return {"title": column.heading, "axis": alt.Axis(tickMinStep=1, format=",d")}
    return {"title": column.heading, "axis": alt.Axis(format=",")}


def _tooltip(columns: Sequence[Column]) -> list[alt.Tooltip]:
    """Every column, worded as in the table."""
    return [
        alt.Tooltip(_text_field(columns, column), type="nominal", title=column.heading)
        for column in columns
    ]


def _cycle(names: list[str], choices: list) -> alt.Scale:
    """A scale giving each series name the next of `choices`, starting again when they run out."""
    return alt.Scale(domain=names, range=[choices[i % len(choices)] for i in range(len(names))])


def _wrap(label: str) -> list[str]:
    """A label as at most LABEL_LINES lines of about LABEL_WIDTH characters."""
    return textwrap.wrap(label, LABEL_WIDTH, max_lines=LABEL_LINES, placeholder=" …") or [""]


def _field(key: str) -> str:
    """A row key as a Vega-Lite field name (dots and brackets would mean nested fields)."""
    return "".join("\\" + char if char in ".[]\\" else char for char in key)


def _data(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[Column], missing: str
) -> list[dict[str, Any]]:
    """The rows as inline JSON data: each column's value, and its text as the table shows it."""
    return [
        {
            **{column.key: _json_value(row.get(column.key)) for column in columns},
            **{
                _text_field(columns, column): column.text(row.get(column.key), missing)
                for column in columns
            },
        }
        for row in rows
    ]


def _text_field(columns: Sequence[Column], column: Column) -> str:
    """The data field holding `column`'s formatted text (named by position: keys may clash)."""
    return f"_text{columns.index(column)}"


def _json_value(value: Any) -> Any:
    """A cell as JSON for the spec: Decimals as floats, dates as ISO text."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
