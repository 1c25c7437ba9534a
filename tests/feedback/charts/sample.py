"""A bar chart and a line chart like the report pages draw, on a test-only page."""

from __future__ import annotations

from flask import Flask, render_template_string, request

from feedback.charts import Chart, Column, bar_chart, chart_download, line_chart

ANSWERS = [
    {
        "label": "Strongly agree that the local offer is easy to find and to understand",
        "count": 1234,
        "percent": 61.7,
    },
    {"label": "Agree", "count": 500, "percent": 25.0},
    {"label": "Disagree", "count": None, "percent": None},
    {"label": '=HYPERLINK("http://evil.example")', "count": 266, "percent": 13.3},
]
TREND = [
    {"quarter": "2025 Q1", "audience": "Parents and carers", "percent": 48.0},
    {"quarter": "2025 Q2", "audience": "Parents and carers", "percent": None},
    {"quarter": "2025 Q3", "audience": "Parents and carers", "percent": 62.5},
    {"quarter": "2025 Q1", "audience": "Education settings", "percent": 40.0},
    {"quarter": "2025 Q2", "audience": "Education settings", "percent": 45.5},
    {"quarter": "2025 Q3", "audience": "Education settings", "percent": 51.0},
]
PAGE = """{% extends "base.html" %}
{% from "charts/chart.html" import chart_figure %}
{% block title %}Charts{% endblock %}
{% block main_content %}
  <h1 class="govuk-heading-l">Charts</h1>
  {% for chart in charts %}{{ chart_figure(chart) }}{% endfor %}
{% endblock %}"""


def answers_chart(missing: str = "–") -> Chart:
    return bar_chart(
        "answers",
        "Answers to question 1",
        ANSWERS,
        Column("label", "Answer"),
        Column("percent", "Percent of 2,000 who answered", "percent"),
        extra_columns=[Column("count", "People", "count")],
        description="Bar chart: the percentage of people who gave each answer",
        missing=missing,
    )


def trend_chart() -> Chart:
    return line_chart(
        "satisfaction",
        "Satisfaction by quarter",
        TREND,
        Column("quarter", "Quarter"),
        Column("percent", "Satisfied", "percent"),
        series=Column("audience", "Audience"),
        target=60,
    )


def add_chart_page(app: Flask, rule: str = "/charts-test") -> None:
    """Serve both charts at `rule`, answering their download links, as a report view does."""

    def view():
        charts = [answers_chart(missing="[c]"), trend_chart()]
        if (download := chart_download(charts, request.args)) is not None:
            return download
        return render_template_string(PAGE, charts=charts)

    app.add_url_rule(rule, "charts_test", view)
