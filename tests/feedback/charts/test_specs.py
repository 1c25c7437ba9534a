"""The Vega-Lite specs: data inline, axes that say what they measure, series told apart."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest
import vl_convert

from feedback.charts import Chart, Column, bar_chart, line_chart
from feedback.charts.downloads import export_spec
from tests.feedback.charts.sample import ANSWERS, answers_chart, trend_chart


def svg(chart: Chart) -> str:
    """The chart as vl-convert draws it for a download."""
    return vl_convert.vegalite_to_svg(export_spec(chart), allowed_base_urls=[])


def svg_texts(chart: Chart) -> list[str]:
    """The words drawn in the chart, one entry per line of text."""
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg(chart), re.S)
    return [line for text in texts for line in re.findall(r"(?:<tspan[^>]*>)?([^<]+)", text)]


def bars(chart: Chart) -> list[str]:
    """The path of each bar drawn."""
    group = re.search(r'<g class="mark-rect role-mark[^>]*>(.*?)</g>', svg(chart), re.S)
    return re.findall(r"<path[^>]*>", group[1])


def all_keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in all_keys(item)}
    if isinstance(value, list):
        return {key for item in value for key in all_keys(item)}
    return set()


def test_bar_chart_carries_every_row_inline_and_fetches_nothing():
    spec = answers_chart().spec
    assert "url" not in all_keys(spec)
    values = spec["data"]["values"]
    assert [row["label"] for row in values] == [row["label"] for row in ANSWERS]
    assert [row["count"] for row in values] == [1234, 500, None, 266]


def test_only_the_charts_columns_leave_the_server():
    rows = [{"label": "Yes", "n": 12, "unsuppressed": 3}]
    chart = bar_chart("c", "T", rows, Column("label", "Answer"), Column("n", "People", "count"))
    assert "unsuppressed" not in json.dumps(chart.spec)


def test_bar_chart_percent_axis_runs_0_to_100_and_says_percent():
    texts = svg_texts(answers_chart())
    assert "Percent of 2,000 who answered (%)" in texts
    assert "0" in texts and "100" in texts


def test_a_heading_that_already_says_percent_is_not_repeated():
    chart = bar_chart(
        "c", "T", ANSWERS, Column("label", "Answer"), Column("percent", "%", "percent")
    )
    assert "%" in svg_texts(chart)
    assert "% (%)" not in json.dumps(chart.spec)


def test_bars_are_labelled_with_their_values_as_the_table_shows_them():
    texts = svg_texts(answers_chart(missing="[c]"))
    assert {"62%", "25%", "[c]", "13%"} <= set(texts)


def test_long_labels_wrap_on_the_axis_but_stay_whole_in_the_data():
    chart = answers_chart()
    texts = svg_texts(chart)
    assert "Strongly agree that the local" in texts
    assert ANSWERS[0]["label"] not in texts
    assert chart.spec["data"]["values"][0]["label"] == ANSWERS[0]["label"]


def test_very_long_labels_are_cut_short_with_an_ellipsis():
    rows = [{"label": "word " * 60, "n": 3}]
    chart = bar_chart("c", "T", rows, Column("label", "Answer"), Column("n", "People", "count"))
    assert any(text.endswith("…") for text in svg_texts(chart))


def test_equal_labels_keep_their_own_bars():
    rows = [{"label": "Other", "n": 3}, {"label": "Other", "n": 7}]
    chart = bar_chart("c", "T", rows, Column("label", "Answer"), Column("n", "People", "count"))
    assert len(bars(chart)) == 2
    assert svg_texts(chart).count("Other") == 2


def test_a_missing_value_draws_no_bar_but_keeps_its_label():
    chart = answers_chart(missing="[c]")
    assert len(bars(chart)) == 3
    assert {"Disagree", "[c]"} <= set(svg_texts(chart))


def test_count_axis_has_whole_numbers_with_thousands_commas():
    rows = [{"label": "Yes", "n": 2}, {"label": "No", "n": 1}]
    chart = bar_chart("c", "T", rows, Column("label", "Answer"), Column("n", "People", "count"))
    ticks = [text for text in svg_texts(chart) if re.fullmatch(r"[\d.,]+", text)]
    assert "0.5" not in ticks and "1" in ticks
    big = [{"label": "Yes", "n": 12000}]
    chart = bar_chart("c", "T", big, Column("label", "Answer"), Column("n", "People", "count"))
    assert "10,000" in svg_texts(chart)


def test_line_chart_series_differ_by_colour_shape_and_dash():
    chart = trend_chart()
    encodings = [layer.get("encoding", {}) for layer in chart.spec["layer"]]
    line, points = encodings[0], encodings[1]
    assert line["color"]["field"] == line["strokeDash"]["field"] == "audience"
    assert points["shape"]["field"] == "audience"
    shapes = points["shape"]["scale"]["range"]
    dashes = line["strokeDash"]["scale"]["range"]
    assert len(set(shapes)) == 2 and len({tuple(dash) for dash in dashes}) == 2
    assert line["color"]["scale"]["range"] == ["#1d70b8", "#d4351c"]
    texts = svg_texts(chart)
    assert {"Parents and carers", "Education settings", "Audience"} <= set(texts)


def test_line_chart_draws_a_labelled_target():
    texts = svg_texts(trend_chart())
    assert "Target: 60%" in texts
    assert "Satisfied (%)" in texts


def test_target_on_a_count_chart_reads_as_a_count():
    rows = [{"month": "April", "complaints": 1500}, {"month": "May", "complaints": 900}]
    chart = line_chart(
        "c",
        "Complaints",
        rows,
        Column("month", "Month"),
        Column("complaints", "Complaints", "count"),
        target=1200,
    )
    assert "Target: 1,200" in svg_texts(chart)


def test_a_missing_value_leaves_a_gap_in_the_line():
    rows = [
        {"quarter": quarter, "percent": percent}
        for quarter, percent in [("Q1", 40), ("Q2", 50), ("Q3", None), ("Q4", 55), ("Q5", 60)]
    ]
    chart = line_chart(
        "c", "T", rows, Column("quarter", "Quarter"), Column("percent", "P", "percent")
    )
    line_paths = re.findall(r'class="mark-line role-mark[^"]*"[^>]*>(.*?)</g>', svg(chart), re.S)
    moves = sum(re.findall(r'\sd="([^"]*)"', paths)[0].count("M") for paths in line_paths)
    assert moves == 2
    assert "Q3" in svg_texts(chart)


def test_decimals_and_dates_become_json_in_the_spec():
    rows = [{"day": date(2025, 4, 1), "value": Decimal("12.5")}]
    chart = line_chart("c", "T", rows, Column("day", "Day"), Column("value", "Value", "number"))
    assert chart.spec["data"]["values"][0]["day"] == "2025-04-01"
    assert chart.spec["data"]["values"][0]["value"] == 12.5
    json.dumps(chart.spec)


def test_keys_with_dots_are_plain_fields_not_paths():
    rows = [{"a.b": "Yes", "n[0]": 4}]
    chart = bar_chart("c", "T", rows, Column("a.b", "Answer"), Column("n[0]", "People", "count"))
    assert "4" in svg_texts(chart)


def test_description_is_the_chart_label_and_title_is_the_fallback():
    assert answers_chart().label.startswith("Bar chart:")
    assert trend_chart().label == "Satisfaction by quarter"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Column("n", "People", "money"), "unknown kind"),
        (lambda: Column("_row", "Row"), "keys starting with _"),
        (
            lambda: bar_chart("c", "T", [], Column("n", "A"), Column("n", "B", "count")),
            "repeat the key 'n'",
        ),
        (
            lambda: bar_chart("has space", "T", [], Column("a", "A"), Column("n", "B", "count")),
            "Chart id 'has space'",
        ),
    ],
)
def test_mistakes_in_building_a_chart_are_named(make, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        make()
