"""Breakdowns by month, quarter and year of sending, counted in SQL on either database."""

from __future__ import annotations

from datetime import datetime

import pytest

from feedback.extensions import db
from feedback.models import Question, Role
from feedback.reports.filters import ResultFilters
from feedback.reports.periods import period_label
from feedback.reports.results import breakdown
from tests.factories import login_as, make_survey
from tests.feedback.reports.helpers import add_responses
from tests.feedback.reports.test_views import page, table_rows


@pytest.fixture
def survey_id(app) -> int:
    survey = make_survey(app)
    sent = [
        (datetime(2025, 12, 31, 23, 59), "agree", 2),
        (datetime(2026, 1, 1, 0, 0), "disagree", 1),
        (datetime(2026, 3, 31, 18), "strongly_agree", 3),
        (datetime(2026, 4, 1, 9), "dont_know", 1),
        (datetime(2026, 4, 30, 9), "agree", 4),
    ]
    for submitted_at, answer, count in sent:
        add_responses(app, survey, count, {"listened-to": answer}, submitted_at=submitted_at)
    return survey


def periods(app, by: str, filters: ResultFilters | None = None) -> list[tuple]:
    """(period, n, base, positive count) for each period someone answered in."""
    with app.app_context():
        question = db.session.query(Question).filter_by(key="listened-to").one()
        rows = breakdown(question, by, filters).rows
        return [
            (row.label, row.result.n, row.result.base, row.result.positive.count) for row in rows
        ]


def test_each_month_has_its_own_counts_in_time_order(app, survey_id):
    assert periods(app, "month") == [
        ("December 2025", 2, 2, 2),
        ("January 2026", 1, 1, 0),
        ("March 2026", 3, 3, 3),
        ("April 2026", 5, 4, 4),
    ]


def test_quarters_and_years_add_up_their_months(app, survey_id):
    assert periods(app, "quarter") == [
        ("October to December 2025", 2, 2, 2),
        ("January to March 2026", 4, 4, 3),
        ("April to June 2026", 5, 4, 4),
    ]
    assert periods(app, "year") == [("2025", 2, 2, 2), ("2026", 9, 8, 7)]


def test_periods_respect_the_filters(app, survey_id):
    add_responses(
        app, survey_id, 2, {"listened-to": "disagree"}, audience="education-settings",
        submitted_at=datetime(2026, 3, 5),
    )  # fmt: skip
    schools = ResultFilters(audience="education-settings")
    assert periods(app, "quarter", schools) == [("January to March 2026", 2, 2, 0)]


@pytest.mark.parametrize(
    ("period", "number", "label"),
    [
        ("month", 202601, "January 2026"),
        ("month", 202612, "December 2026"),
        ("quarter", 20263, "July to September 2026"),
        ("quarter", 20264, "October to December 2026"),
        ("year", 2027, "2027"),
    ],
)
def test_periods_read_as_words(period, number, label):
    assert period_label(period, number) == label


def test_the_page_shows_a_row_per_period_and_a_line_chart(client, app, survey_id):
    login_as(client, app, Role.VIEWER)
    html = page(client, survey_id, question="listened-to", by="quarter").get_data(as_text=True)
    assert table_rows(html, "by quarter")[:4] == [
        ["Quarter", "People who answered", "Base", "Percent positive", "95% confidence interval"],
        ["October to December 2025", "2", "2", "100%", "34% to 100%"],
        ["January to March 2026", "4", "4", "75%", "30% to 95%"],
        ["April to June 2026", "5", "4", "100%", "51% to 100%"],
    ]
    assert 'id="chart-breakdown-quarter"' in html
    chart = table_rows(html, "Data for the chart: ‘I feel listened to")
    assert chart[0] == ["Quarter", "Percent positive", "People", "People who answered"]
    assert chart[2] == ["January to March 2026", "75%", "3", "4"]
