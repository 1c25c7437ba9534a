"""The chart figure on a page: heading, picture for JavaScript, data table and download links."""

from __future__ import annotations

import json
import re

import pytest
from flask import render_template_string

from feedback.charts import Column, bar_chart
from tests.feedback.charts.sample import answers_chart, trend_chart
from tests.pages import page, visible_text

FIGURE = '{% from "charts/chart.html" import chart_figure %}{{ chart_figure(chart) }}'


def figure(app, chart, url: str = "/report"):
    """The response to `url` from a test-only page that shows `chart`."""
    app.add_url_rule("/report", "report", lambda: render_template_string(FIGURE, chart=chart))
    return app.test_client().get(url)


@pytest.mark.parametrize(
    ("kind", "value", "shown"),
    [
        ("count", 1234567, "1,234,567"),
        ("count", 0, "0"),
        ("percent", 62.5, "63%"),
        ("percent", 0.4, "0%"),
        ("percent", 100.0, "100%"),
        ("number", 1234.5, "1,234.5"),
        ("number", 2.0, "2"),
        ("text", "Agree", "Agree"),
    ],
)
def test_cells_read_as_people_write_numbers(kind, value, shown):
    assert Column("value", "Value", kind).text(value, "–") == shown


def test_missing_cells_show_the_charts_missing_text(app):
    assert "Disagree [c] [c]" in visible_text(figure(app, answers_chart(missing="[c]")))


def test_figure_has_heading_picture_and_table_that_says_the_same(app):
    response = figure(app, answers_chart())
    html, text = page(response), visible_text(response)
    assert '<h3 class="govuk-heading-s" id="chart-answers-title">Answers to question 1</h3>' in html
    assert (
        'role="img" aria-label="Bar chart: the percentage of people who gave each answer"' in html
    )
    assert "Data for the chart: Answers to question 1" in text
    assert "Answer Percent of 2,000 who answered People" in text
    assert "Strongly agree that the local offer is easy to find and to understand 62% 1,234" in text
    numeric = re.findall(r'govuk-table__cell--numeric">([^<]*)<', html)
    assert numeric == ["62%", "1,234", "25%", "500", "–", "–", "13%", "266"]


def test_the_picture_waits_for_javascript_and_its_spec_is_data_not_script(app):
    html = figure(app, trend_chart()).get_data(as_text=True)
    assert re.search(
        r'<div class="app-chart__canvas"[^>]*data-chart-spec="chart-spec-[^"]*" hidden>', html
    )
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert [attributes for attributes, _ in scripts] == [
        ' type="application/json" id="chart-spec-satisfaction"'
    ]
    assert json.loads(scripts[0][1]) == trend_chart().spec


def test_spec_cannot_break_out_of_its_script_element(app):
    rows = [{"label": "</script><script>alert(1)</script>", "n": 5}]
    chart = bar_chart("c", "T", rows, Column("label", "Answer"), Column("n", "People", "count"))
    html = figure(app, chart).get_data(as_text=True)
    assert "<script>alert" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the table cell


def test_download_links_keep_the_pages_filters(app):
    url = "/report?audience=parents&audience=schools&chart=old&format=png"
    html = figure(app, answers_chart(), url).get_data(as_text=True)
    links = re.findall(r'<a class="govuk-link" href="([^"]*)">(\w+)<', html)
    assert links == [
        ("/report?audience=parents&amp;audience=schools&amp;chart=answers&amp;format=png", "PNG"),
        ("/report?audience=parents&amp;audience=schools&amp;chart=answers&amp;format=svg", "SVG"),
        ("/report?audience=parents&amp;audience=schools&amp;chart=answers&amp;format=csv", "CSV"),
    ]
    hidden = re.findall(r'<span class="govuk-visually-hidden">([^<]*)</span></a>', html)
    assert hidden == [" of Answers to question 1"] * 3


def test_a_second_heading_level_can_be_asked_for(app):
    with app.test_request_context("/"):
        html = render_template_string(
            '{% from "charts/chart.html" import chart_figure %}{{ chart_figure(chart, 2) }}',
            chart=trend_chart(),
        )
    assert '<h2 class="govuk-heading-s" id="chart-satisfaction-title">' in html
