"""The closing-the-loop KPIs in the register: values per period, ratings, and adding them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Kpi, KpiDirection, KpiSource, KpiUnit, Role
from tests.factories import login_as
from tests.feedback.kpis.helpers import make_kpi
from tests.feedback.yousaid.helpers import MIN_COMMENTS, loop_data, make_action
from tests.pages import visible_text


@pytest.fixture
def app_config() -> dict:
    return {"LOOP_THEME_MIN_COMMENTS": MIN_COMMENTS}


def _loop_kpis(app) -> None:
    common = {"audience": None, "question_key": None, "positive_values": []}
    make_kpi(
        app,
        "themes-answered",
        name="Themes answered",
        source=KpiSource.THEMES_ANSWERED,
        target=Decimal(80),
        amber_threshold=Decimal(60),
        **common,
    )
    make_kpi(
        app,
        "days-to-reply",
        name="Days to reply",
        source=KpiSource.DAYS_TO_REPLY,
        unit=KpiUnit.DAYS,
        direction=KpiDirection.DOWN,
        target=Decimal(60),
        amber_threshold=Decimal(90),
        **common,
    )
    make_kpi(
        app,
        "actions-overdue",
        name="Actions overdue",
        source=KpiSource.ACTIONS_OVERDUE,
        direction=KpiDirection.DOWN,
        target=Decimal(10),
        amber_threshold=Decimal(20),
        **common,
    )


def _row(text: str, name: str, following: str) -> str:
    return text[text.index(name) : text.index(following)]


def test_the_register_shows_the_loop_kpis_with_values_and_ratings(client, app):
    loop_data(app)
    # Made in April, due 1 October, still open: overdue at the end of today.
    make_action(app, "Late", due_on=date(2026, 10, 1), published_at=None)
    _loop_kpis(app)
    login_as(client, app, Role.VIEWER)
    text = visible_text(client.get("/manage/kpis/"))
    themes = _row(text, "Themes answered", "Days to reply")
    assert "0% (0 of 1) Q2 2026-27" in themes and "Red" in themes
    assert "Down 50 points since Q1 2026-27: worse" in themes
    days = _row(text, "Days to reply", "Actions overdue")
    assert "20 days Q2 2026-27" in days and "Green" in days
    assert "Up 10 days since Q1 2026-27: worse" in days
    overdue = text[text.index("Actions overdue") :]
    assert "100% (1 of 1)" in overdue and "Red" in overdue


def test_a_loop_kpi_page_says_how_it_is_worked_out(client, app):
    loop_data(app)
    _loop_kpis(app)
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get("/manage/kpis/themes-answered"))
    assert "0 of the 1 themes raised in surveys that closed in Q2 2026-27 have a published" in text
    assert "Themes answered (from actions). Of the themes with at least 3 comments" in text
    assert "Enter a value" not in text
    days = visible_text(client.get("/manage/kpis/days-to-reply"))
    assert "20 days in Q2 2026-27" in days
    assert "The median number of days from a survey’s closing date" in days


def test_a_loop_kpi_with_nothing_to_count_has_no_values_yet(client, app):
    _loop_kpis(app)
    login_as(client, app, Role.OFFICER)
    text = visible_text(client.get("/manage/kpis/"))
    assert text.count("No values yet") == 3


NEW_KPI = {
    "name": "Themes answered",
    "definition": "Themes in closed surveys with a published response.",
    "owner": "Co-production officer",
    "area": "",
    "unit": "percent",
    "direction": "up",
    "period": "quarter",
    "source": "themes_answered",
    "audience": "",
    "target": "80",
    "amber_threshold": "60",
    "comparator": "",
    "comparator_label": "",
}


def test_an_officer_adds_a_loop_kpi(client, app):
    login_as(client, app, Role.OFFICER)
    form = visible_text(client.get("/manage/kpis/new"))
    assert "Worked out from actions: median days from a survey closing to its first" in form
    response = client.post("/manage/kpis/new", data=NEW_KPI)
    assert response.status_code == 302
    with app.app_context():
        kpi = db.session.scalar(select(Kpi))
        assert (kpi.source, kpi.unit, kpi.target) == (
            KpiSource.THEMES_ANSWERED,
            KpiUnit.PERCENT,
            80,
        )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"unit": "days"}, "This KPI, worked out from actions, is a percentage"),
        (
            {"source": "days_to_reply", "target": "60", "amber_threshold": "90"},
            "This KPI, worked out from actions, is in days",
        ),
        (
            {"source": "actions_overdue", "target": "10", "amber_threshold": "5"},
            "Select ‘Lower is better’: that is the good direction for this KPI",
        ),
    ],
)
def test_a_loop_kpi_keeps_its_unit_and_direction(client, app, changes, message):
    login_as(client, app, Role.OFFICER)
    response = client.post("/manage/kpis/new", data=NEW_KPI | changes)
    assert response.status_code == 200
    assert visible_text(response).count(message) == 2  # the error summary and the field
    with app.app_context():
        assert db.session.scalar(select(Kpi)) is None
