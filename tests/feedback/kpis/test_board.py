"""The board report: one printable page per quarter with KPIs, trends, themes and open actions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from feedback.kpis.board import open_actions
from feedback.models import Decision, KpiDirection, KpiSource, KpiUnit, Role
from feedback.models.columns import utcnow
from stats.kpis import long_period_label, recent_periods
from stats.proportions import format_p_value, two_proportion_test
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.kpis.helpers import PARENTS, Q1, Q2, answered_survey, make_kpi
from tests.feedback.reports.helpers import add_responses, add_theme, answer_ids
from tests.pages import page, visible_text

REPORT = "/manage/kpis/board-report"


@pytest.fixture
def register(app):
    """A survey KPI, an entered count with eight quarters, and comments with themes."""
    answered_survey(app)
    make_kpi(app, name="Parents feel listened to")
    quarters = [date(2024, 7, 1), date(2024, 10, 1), date(2025, 1, 1), date(2025, 4, 1)]
    quarters += [date(2025, 7, 1), date(2025, 10, 1), date(2026, 1, 1), date(2026, 4, 1)]
    make_kpi(
        app,
        "appeals",
        name="Appeals lodged at SENDIST",
        source=KpiSource.ENTERED,
        unit=KpiUnit.COUNT,
        direction=KpiDirection.DOWN,
        target=Decimal(10),
        amber_threshold=Decimal(14),
        question_key=None,
        values=dict(zip(quarters, [20, 19, 18, 17, 16, 15, 13, 12], strict=True)),
    )


def comments(app, survey_slug="comments", group_ids=()) -> list[int]:
    """Three comments in Q1 2026-27 and one in Q2; returns their answer ids, in that order."""
    survey = make_survey(app, every_type_definition(survey_slug), group_ids=group_ids)
    before = set(answer_ids(app))
    add_responses(app, survey, 3, {"comments": "Waited a year"}, audience=PARENTS, submitted_at=Q1)
    add_responses(app, survey, 1, {"comments": "Still waiting"}, audience=PARENTS, submitted_at=Q2)
    return [answer for answer in answer_ids(app) if answer not in before]


def test_the_report_for_a_quarter_shows_each_kpi_as_it_stood_then(client, app, register):
    login_as(client, app, Role.VIEWER)
    response = client.get(REPORT, query_string={"period": "2026-04-01"})
    text = visible_text(response)

    assert "Improvement board report Q1 2026-27 (April to June 2026)" in text
    assert "as it stood at the end of 30 June 2026" in text
    # Only Q1's answers: the Q2 responses were sent after the quarter.
    assert (
        "Parents feel listened to Head of SEND; area 6 88.9% (8 of 9) Q1 2026-27 60% Green – "
        "Q1 2026-27: 88.9%" in text
    )
    assert (
        "12 Q1 2026-27 10 Amber Down 1 since Q4 2025-26: better "
        "Q4 2024-25 to Q1 2026-27: 18, 17, 16, 15, 13, 12" in text
    )
    assert "Responses sent during the quarter: Your experience of SEND support, 11." in text
    assert "Open actions No actions are recorded yet." in text


def test_a_later_quarter_shows_the_change_and_whether_it_is_significant(client, app, register):
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get(REPORT, query_string={"period": "2026-07-01"}))
    assert "25% (2 of 8) Q2 2026-27 60% Red Down 63.9 points since Q1 2026-27: worse" in text
    p_value = format_p_value(two_proportion_test(8, 9, 2, 8).p_value)
    assert f"Down 63.9 points since Q1 2026-27: worse Significant ({p_value})" in text
    # The count KPI has no Q2 value yet: its latest is still Q1.
    assert "12 Q1 2026-27 10 Amber" in text


def test_the_default_is_the_latest_complete_quarter(client, app, register):
    login_as(client, app, Role.VIEWER)
    latest_complete = recent_periods(utcnow().date(), "quarter", 2)[1]
    html = page(client.get(REPORT))
    assert f'id="report-title">{long_period_label(latest_complete, "quarter")}</h1>' in html
    assert f'<option value="{latest_complete.isoformat()}" selected>' in html


@pytest.mark.parametrize("period", ["2026-05-01", "yesterday", "2099-04-01"])
def test_a_period_that_is_not_a_quarter_so_far_is_refused(client, app, register, period):
    login_as(client, app, Role.VIEWER)
    response = client.get(REPORT, query_string={"period": period})
    assert response.status_code == 400
    text = visible_text(response)
    assert "Error: Board report" in page(response)
    assert "There is a problem Choose a quarter from the list" in text
    assert "Open actions" not in text


def test_top_themes_count_comments_sent_in_the_quarter_accepted_or_suggested(client, app, register):
    first, second, third, later = comments(app)
    add_theme(app, "Waiting for assessment", {first: Decision.ACCEPTED, second: Decision.SUGGESTED})
    add_theme(app, "Rejected idea", {first: Decision.REJECTED, third: Decision.REJECTED})
    add_theme(app, "Later theme", {later: Decision.ACCEPTED})
    login_as(client, app, Role.VIEWER)

    text = visible_text(client.get(REPORT, query_string={"period": "2026-04-01"}))

    assert (
        "The 1 themes on most comments sent during the quarter Theme Area of weakness Comments "
        "Of which checked by a person Waiting for assessment Waiting times 2 1" in text
    )
    assert "Rejected idea" not in text and "Later theme" not in text


def test_forum_editors_see_themes_and_responses_only_from_their_groups_surveys(
    client, app, register
):
    ours, theirs = make_group(app), make_group(app, "youth-forum", "Youth Forum")
    own = comments(app, "own", group_ids=[ours])
    other = comments(app, "other", group_ids=[theirs])
    add_theme(app, "Our theme", {own[0]: Decision.ACCEPTED})
    add_theme(app, "Their theme", {other[0]: Decision.ACCEPTED, other[1]: Decision.ACCEPTED})
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[ours])

    text = visible_text(client.get(REPORT, query_string={"period": "2026-04-01"}))

    assert "Our theme" in text and "Their theme" not in text
    assert "Responses sent during the quarter: Your experience of SEND support, 3." in text


def test_the_page_links_its_print_stylesheet_which_hides_what_paper_does_not_need(
    client, app, register
):
    login_as(client, app, Role.VIEWER)
    html = page(client.get(REPORT))
    assert '<link rel="stylesheet" href="/static/css/print.css">' in html
    css = client.get("/static/css/print.css").get_data(as_text=True)
    print_rules = css[css.index("@media print") :]
    for hidden in (".govuk-service-navigation", ".govuk-footer", ".govuk-button", "form"):
        assert hidden in print_rules
    assert "text-decoration: none" in print_rules
    assert "break-inside: avoid" in print_rules


def test_open_actions_are_empty_until_you_said_we_did_records_them():
    assert open_actions(date(2026, 4, 1)) == []
