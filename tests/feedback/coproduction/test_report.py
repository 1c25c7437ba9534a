"""The co-production report: shares with their bases, the level and stage tables, the CSV."""

import csv
import io

import pytest

from feedback.coproduction.services import coproduction_summary
from feedback.models import Level, Role, Stage, SurveyStatus
from tests.factories import login_as, make_group
from tests.feedback.coproduction.helpers import record_action, record_survey
from tests.feedback.published.helpers import table_rows
from tests.pages import visible_text

IDEA, DESIGN, QUESTIONS, ANALYSIS, REPLY = Stage


@pytest.fixture
def recorded(app) -> None:
    """4 counted surveys (1 co-produced) and 3 published actions (2 co-produced), plus others."""
    forum = [make_group(app)]
    for slug, status, level, stages, groups in [
        ("open", SurveyStatus.OPEN, Level.CO_PRODUCE, (IDEA, QUESTIONS), forum),
        ("closed", SurveyStatus.CLOSED, Level.ENGAGE, (QUESTIONS,), forum),
        ("archived", SurveyStatus.ARCHIVED, None, (), ()),
        ("consulted", SurveyStatus.CLOSED, Level.CONSULT, (ANALYSIS,), ()),
        ("draft", SurveyStatus.DRAFT, Level.CO_PRODUCE, (IDEA,), forum),
        ("in-review", SurveyStatus.IN_REVIEW, Level.CO_PRODUCE, (DESIGN,), forum),
    ]:
        record_survey(app, status, level, stages, groups, slug=slug)
    record_action(app, "a1", Level.CO_PRODUCE, (REPLY,), group_ids=forum)
    record_action(app, "a2", Level.CO_PRODUCE, (REPLY, ANALYSIS), group_ids=forum)
    record_action(app, "a3", Level.INFORM)
    record_action(app, "draft", Level.CO_PRODUCE, (IDEA,), published=False, group_ids=forum)


def test_the_shares_count_open_closed_and_archived_surveys_and_published_actions(
    client, app, recorded
):
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/coproduction/"))
    assert "Surveys that reached co-production 1 of 4 surveys (25%)" in text
    assert "Actions that reached co-production 2 of 3 actions (67%)" in text
    assert "drafts and surveys in review are not counted" in text


def test_the_tables_give_exact_counts_with_their_bases(client, app, recorded):
    login_as(client, app)
    html = client.get("/manage/coproduction/").get_data(as_text=True)
    assert table_rows(html, "Level reached") == [
        ["Level", "Surveys (of 4)", "Actions (of 3)"],
        ["Co-produce", "1 (25%)", "2 (67%)"],
        ["Engage", "1 (25%)", "0 (0%)"],
        ["Consult", "1 (25%)", "0 (0%)"],
        ["Inform", "0 (0%)", "1 (33%)"],
        ["Not recorded", "1 (25%)", "0 (0%)"],
    ]
    assert table_rows(html, "Where families first came in") == [
        ["Stage", "Surveys (of 4)", "Actions (of 3)"],
        ["Idea", "1 (25%)", "0 (0%)"],
        ["Design", "0 (0%)", "0 (0%)"],
        ["Questions", "1 (25%)", "0 (0%)"],
        ["Analysis", "1 (25%)", "1 (33%)"],
        ["Reply", "0 (0%)", "1 (33%)"],
        ["No stages recorded", "1 (25%)", "1 (33%)"],
    ]


def test_the_csv_has_both_tables(client, app, recorded):
    login_as(client, app, Role.FORUM_EDITOR, group_ids=[make_group(app, "youth", "Youth Forum")])
    response = client.get("/manage/coproduction/report.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "coproduction-report.csv" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data().decode("utf-8-sig"))))
    assert rows[0] == [
        "Table",
        "Row",
        "Surveys (of 4 surveys that are open, closed or archived)",
        "Actions (of 3 published actions)",
    ]
    assert rows[1] == ["Level reached", "Co-produce", "1", "2"]
    assert rows[5] == ["Level reached", "Not recorded", "1", "0"]
    assert rows[6] == ["Families first came in at", "Idea", "1", "0"]
    assert rows[11] == ["Families first came in at", "No stages recorded", "1", "1"]
    assert len(rows) == 12


def test_the_summary_for_other_pages(app, recorded):
    with app.app_context():
        summary = coproduction_summary()
    assert (summary.surveys.count, summary.surveys.base) == (1, 4)
    assert (summary.actions.count, summary.actions.base) == (2, 3)
    assert summary.surveys.text == "1 of 4 surveys (25%)"


def test_an_empty_report_says_there_is_nothing_yet(client, app):
    login_as(client, app)
    html = client.get("/manage/coproduction/").get_data(as_text=True)
    text = visible_text(client.get("/manage/coproduction/"))
    assert "No surveys yet" in text and "No actions yet" in text
    assert ["Co-produce", "0", "0"] in table_rows(html, "Level reached")


@pytest.mark.parametrize("role", [Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR, Role.VIEWER])
def test_every_staff_role_may_read_the_report(client, app, role):
    login_as(client, app, role, group_ids=[make_group(app)])
    assert client.get("/manage/coproduction/").status_code == 200
    assert client.get("/manage/coproduction/report.csv").status_code == 200


def test_group_members_and_the_public_may_not(client, app):
    assert client.get("/manage/coproduction/").status_code == 302
    assert client.get("/manage/coproduction/report.csv").status_code == 302
    login_as(client, app, Role.MEMBER, group_ids=[make_group(app)])
    assert client.get("/manage/coproduction/").status_code == 403
    assert client.get("/manage/coproduction/report.csv").status_code == 403
