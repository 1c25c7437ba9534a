"""The staff overview: who may see it, and the measures, KPIs, surveys, reviews and actions on it,
each limited to what the reader may see."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from feedback.extensions import db
from feedback.models import (
    ActionStatus,
    KpiSource,
    ReviewGroup,
    ReviewRound,
    Role,
    Survey,
    SurveyStatus,
)
from tests.factories import every_type_definition, login_as, make_group, make_survey
from tests.feedback.kpis.helpers import make_kpi
from tests.feedback.reports.helpers import add_responses
from tests.feedback.yousaid.helpers import make_action
from tests.pages import visible_text

URL = "/manage/overview/"


@pytest.mark.parametrize("role", [Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR, Role.VIEWER])
def test_every_staff_role_sees_the_overview(client, app, role):
    groups = [make_group(app)] if role == Role.FORUM_EDITOR else []
    login_as(client, app, role, group_ids=groups)
    response = client.get(URL)
    assert response.status_code == 200
    text = visible_text(response)
    for heading in ("Closing the loop", "KPIs", "Open surveys", "Reviews waiting"):
        assert heading in text


def test_group_members_may_not_and_the_public_must_sign_in(client, app):
    assert client.get(URL).status_code == 302
    login_as(client, app, Role.MEMBER)
    assert client.get(URL).status_code == 403


def test_the_page_takes_no_posts(client, app):
    login_as(client, app, Role.OFFICER)
    assert client.post(URL).status_code == 405


def test_an_empty_service_says_so_without_dividing_by_zero(client, app):
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get(URL))
    assert "Themes answered No closed surveys yet" in text
    assert "Days to reply No closed surveys yet" in text
    assert "Actions overdue No open actions with a due date" in text
    assert "There are no KPIs yet." in text
    assert "No surveys are open." in text
    assert "No reviews are open." in text
    assert "No actions are overdue." in text


def test_the_measures_are_stated_with_their_bases(client, app):
    make_action(app, "Late", due_on=date(2026, 1, 31))
    make_action(app, "On time", due_on=date(2099, 1, 1))
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get(URL))
    assert "Actions overdue 1 of 2 open actions with a due date (50%) is overdue" in text


def test_kpis_are_counted_by_rating_with_words(client, app):
    common = {"source": KpiSource.ENTERED, "question_key": None, "positive_values": []}
    make_kpi(app, "green", values={date(2026, 4, 1): 70}, **common)
    make_kpi(app, "amber-one", values={date(2026, 4, 1): 55}, **common)
    make_kpi(app, "amber-two", values={date(2026, 4, 1): 52}, **common)
    make_kpi(app, "no-values", **common)
    make_kpi(app, "no-target", target=None, amber_threshold=None, values={date(2026, 4, 1): 5})
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get(URL))
    assert "Red 0 KPIs Amber 2 KPIs Green 1 KPI" in text
    assert "Not rated (no value or no target): 2 KPIs" in text
    assert "Of 5 KPIs in the register." in text


def test_forum_editors_see_only_their_groups_open_surveys_and_drafts(client, app):
    forum = make_group(app)
    youth = make_group(app, "youth-forum", "Youth Forum")
    ours = make_survey(app, every_type_definition("ours"), group_ids=[forum])
    theirs = make_survey(app, every_type_definition("theirs"), group_ids=[youth])
    make_survey(app, every_type_definition("closed"), status=SurveyStatus.CLOSED)
    add_responses(app, ours, 3, {"has-ehcp": "yes"})
    add_responses(app, theirs, 1_002, {"has-ehcp": "no"})
    with app.app_context():
        db.session.get(Survey, ours).title = "Our survey"
        db.session.get(Survey, theirs).title = "Their survey"
        db.session.commit()
    make_action(
        app, "Our late draft", due_on=date(2026, 1, 31), published_at=None, group_ids=[forum]
    )
    make_action(
        app, "Their late draft", due_on=date(2026, 2, 1), published_at=None, group_ids=[youth]
    )
    make_action(app, "A late published action", due_on=date(2026, 3, 1), group_ids=[youth])
    make_action(app, "Done late", due_on=date(2026, 1, 1), status=ActionStatus.DONE)
    with app.app_context():
        for group_id in (forum, youth):
            review = ReviewRound(survey_id=ours if group_id == forum else theirs)
            review.group_links = [ReviewGroup(group_id=group_id)]
            db.session.add(review)
        db.session.add(ReviewRound(survey_id=ours, closed_at=datetime(2026, 1, 1)))
        db.session.commit()

    login_as(client, app, Role.FORUM_EDITOR, group_ids=[forum])
    text = visible_text(client.get(URL))
    assert "Our survey No closing date 3" in text
    assert "Their survey" not in text
    assert "Our late draft" in text and "A late published action" in text
    assert "Their late draft" not in text and "Done late" not in text
    assert "1 review is open for comments and sign-off." in text

    client.get("/sign-out")
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get(URL))
    assert "Their survey No closing date 1,002" in text
    assert text.index("Our late draft") < text.index("Their late draft")
    assert "Their late draft The NHS (integrated care board)" in text
    assert "2 reviews are open for comments and sign-off." in text


def test_overdue_actions_link_to_their_pages(client, app):
    action_id = make_action(app, "Late", due_on=date(2026, 1, 31), published_at=None)
    login_as(client, app, Role.OFFICER)
    response = client.get(URL)
    html = response.get_data(as_text=True)
    assert f'href="/manage/actions/{action_id}"' in html
    assert 'href="/manage/actions/"' in html
    assert "Late The NHS (integrated care board) 31 January 2026 Overdue by" in visible_text(
        response
    )


def test_kpi_ratings_use_the_loop_kpis_too(client, app):
    make_action(app, "Late", due_on=date(2026, 1, 31), published_at=None)
    make_kpi(
        app,
        "overdue",
        source=KpiSource.ACTIONS_OVERDUE,
        question_key=None,
        positive_values=[],
        audience=None,
        target=Decimal(10),
        amber_threshold=None,
        direction="down",
    )
    login_as(client, app, Role.OFFICER)
    assert "Red 1 KPI Amber 0 KPIs Green 0 KPIs" in visible_text(client.get(URL))
