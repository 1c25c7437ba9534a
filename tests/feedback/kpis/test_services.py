"""KPI values worked out exactly: survey answers, response rates and entered values."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from feedback.extensions import db
from feedback.kpis.services import kpi_record, kpi_status, kpi_statuses
from feedback.models import Kpi, KpiDirection, KpiPeriod, KpiSource, KpiUnit, SurveyStatus
from stats.kpis import Rag
from stats.proportions import two_proportion_test
from tests.factories import every_type_definition, make_survey
from tests.feedback.kpis.helpers import (
    PARENTS,
    Q2,
    SETTINGS,
    answered_survey,
    make_kpi,
    set_dates,
    set_target,
)
from tests.feedback.reports.helpers import add_responses

Q1_START, Q2_START = date(2026, 4, 1), date(2026, 7, 1)


def status_of(app, kpi_id: int, **kwargs):
    with app.app_context():
        return kpi_status(db.session.get(Kpi, kpi_id), **kwargs)


def points(status) -> list[tuple]:
    return [(p.label, p.numerator, p.denominator, p.value) for p in status.points]


def test_answers_count_positive_answers_over_a_base_without_dont_know(app):
    answered_survey(app)
    status = status_of(app, make_kpi(app))

    assert points(status) == [
        ("Q1 2026-27", 8, 9, 100 * 8 / 9),
        ("Q2 2026-27", 2, 8, 25.0),
    ]
    assert status.latest.period_start == Q2_START
    assert status.previous.period_start == Q1_START
    assert status.rag == Rag.RED
    assert status.change.summary("percent") == "down 63.9 points, worse"
    assert status.test == two_proportion_test(8, 9, 2, 8)
    assert status.test.significant


def test_every_survey_asking_the_key_counts_and_the_audience_filters(app):
    answered_survey(app)
    second_wave = make_survey(app, every_type_definition("wave-two"))
    add_responses(
        app, second_wave, 4, {"listened-to": "strongly_agree"}, audience=PARENTS, submitted_at=Q2
    )
    parents = make_kpi(app, "parents")
    everyone = make_kpi(app, "everyone", audience=None)

    assert points(status_of(app, parents))[1] == ("Q2 2026-27", 6, 12, 50.0)
    assert points(status_of(app, everyone))[1] == ("Q2 2026-27", 16, 22, 100 * 16 / 22)


def test_months_and_years_group_the_same_answers_differently(app):
    survey = answered_survey(app)
    add_responses(
        app,
        survey,
        1,
        {"listened-to": "agree"},
        audience=PARENTS,
        submitted_at=datetime(2027, 3, 31, 23, 59),
    )
    monthly = status_of(app, make_kpi(app, "monthly", period=KpiPeriod.MONTH))
    yearly = status_of(app, make_kpi(app, "yearly", period=KpiPeriod.YEAR))

    assert points(monthly) == [
        ("May 2026", 8, 9, 100 * 8 / 9),
        ("August 2026", 2, 8, 25.0),
        ("March 2027", 1, 1, 100.0),
    ]
    assert points(yearly) == [("2026-27", 11, 18, 100 * 11 / 18)]


def test_a_kpi_without_a_question_or_answers_has_no_values(app):
    answered_survey(app)
    nothing = status_of(app, make_kpi(app, "no-rule", question_key=None, positive_values=[]))
    unanswered = status_of(app, make_kpi(app, "unanswered", question_key="recommend"))

    for status in (nothing, unanswered):
        assert status.points == () and status.latest is None
        assert status.rag is None and status.change is None and status.test is None


def test_until_leaves_out_later_periods(app):
    answered_survey(app)
    status = status_of(app, make_kpi(app), until=date(2026, 6, 30))
    assert [point.label for point in status.points] == ["Q1 2026-27"]
    assert status.change is None and status.test is None


# Response rates ------------------------------------------------------------------------------


def test_response_rate_is_responses_over_the_target_in_the_period_the_survey_closed(app):
    closed = answered_survey(app)  # 23 parents' responses, 10 settings'
    set_dates(app, closed, SurveyStatus.CLOSED, date(2026, 4, 20), date(2026, 9, 30))
    set_target(app, closed, 100)
    set_target(app, closed, 60, locality="north")  # the all-localities figure wins
    set_target(app, closed, 40, audience=SETTINGS)

    still_open = make_survey(app, every_type_definition("open-now"))
    set_dates(app, still_open, SurveyStatus.OPEN, date(2026, 10, 5), None)
    set_target(app, still_open, 10, locality="north")
    set_target(app, still_open, 15, locality="south")
    add_responses(app, still_open, 5, {"listened-to": "agree"}, audience=PARENTS)

    no_target = make_survey(app, every_type_definition("no-target"))
    add_responses(app, no_target, 7, {"listened-to": "agree"}, audience=PARENTS)

    status = status_of(app, make_kpi(app, source=KpiSource.RESPONSE_RATE, question_key=None))

    assert points(status) == [("Q2 2026-27", 23, 100, 23.0), ("Q3 2026-27", 5, 25, 20.0)]
    assert status.test == two_proportion_test(23, 100, 5, 25)


def test_surveys_closing_in_the_same_period_add_up(app):
    first, second = (make_survey(app, every_type_definition(slug)) for slug in ("a", "b"))
    for survey, responses, target in ((first, 3, 10), (second, 6, 20)):
        set_dates(app, survey, SurveyStatus.CLOSED, date(2026, 1, 5), date(2026, 3, 1))
        set_target(app, survey, target)
        add_responses(app, survey, responses, {"listened-to": "agree"}, audience=PARENTS)
    status = status_of(app, make_kpi(app, source=KpiSource.RESPONSE_RATE, question_key=None))
    assert points(status) == [("Q4 2025-26", 9, 30, 30.0)]


# Entered values ------------------------------------------------------------------------------


def test_entered_values_are_the_points_with_a_rating_and_change_but_no_test(app):
    kpi = make_kpi(
        app,
        "complaints",
        source=KpiSource.ENTERED,
        unit=KpiUnit.COUNT,
        direction=KpiDirection.DOWN,
        target=Decimal(30),
        amber_threshold=Decimal(40),
        question_key=None,
        values={Q2_START: 35, Q1_START: 41},
    )
    status = status_of(app, kpi)
    assert points(status) == [("Q1 2026-27", None, None, 41.0), ("Q2 2026-27", None, None, 35.0)]
    assert status.rag == Rag.AMBER
    assert status.change.summary("count") == "down 6, better"
    assert status.test is None


def test_statuses_follow_the_register_order(app):
    make_kpi(app, "second", position=2)
    make_kpi(app, "first", position=1)
    with app.app_context():
        assert [status.kpi.slug for status in kpi_statuses()] == ["first", "second"]


# Records for the API -------------------------------------------------------------------------


def test_the_staff_record_has_every_count_unrounded(app):
    answered_survey(app)
    with app.app_context():
        record = kpi_record(kpi_status(db.session.get(Kpi, make_kpi(app))), None)
    assert record["slug"] == "satisfaction"
    assert record["unit"] == "percent" and record["source"] == "answers"
    assert record["target"] == 60.0 and record["audience"] == PARENTS
    assert record["area"] == {"number": 6, "name": "Parental engagement"}
    assert record["latest"] == {
        "period_start": "2026-07-01",
        "label": "Q2 2026-27",
        "value": 25.0,
        "numerator": 2,
        "denominator": 8,
    }
    assert record["points"][0]["value"] == 100 * 8 / 9
    assert record["rag"] == "red"
    assert record["change"]["better"] is False
    assert record["test"]["p_value"] == pytest.approx(two_proportion_test(8, 9, 2, 8).p_value)


def test_a_published_record_hides_small_counts_and_what_is_built_on_them(app):
    answered_survey(app)
    with app.app_context():
        record = kpi_record(kpi_status(db.session.get(Kpi, make_kpi(app))), 5)
    # 8 of 9: the 1 not positive is small, so 8 is hidden too (9 − 8 would give it away).
    assert record["points"][0] | {"period_start": None} == {
        "period_start": None,
        "label": "Q1 2026-27",
        "value": None,
        "numerator": None,
        "denominator": 9,
    }
    # 2 of 8 is hidden the same way.
    assert record["latest"]["value"] is None and record["latest"]["numerator"] is None
    assert record["rag"] is None and record["change"] is None and record["test"] is None


def test_a_published_record_shows_counts_at_the_threshold(app):
    survey = make_survey(app, every_type_definition("big"))
    for answer, count, when in [
        ("agree", 5, datetime(2026, 5, 1)),
        ("disagree", 5, datetime(2026, 5, 1)),
        ("agree", 6, Q2),
        ("disagree", 6, Q2),
    ]:
        add_responses(
            app, survey, count, {"listened-to": answer}, audience=PARENTS, submitted_at=when
        )
    with app.app_context():
        record = kpi_record(kpi_status(db.session.get(Kpi, make_kpi(app))), 5)
    assert [(p["numerator"], p["denominator"], p["value"]) for p in record["points"]] == [
        (5, 10, 50.0),
        (6, 12, 50.0),
    ]
    assert record["rag"] == "amber"
    assert record["test"]["significant"] is False


def test_published_entered_counts_under_the_threshold_are_hidden(app):
    kpi = make_kpi(
        app,
        "appeals",
        source=KpiSource.ENTERED,
        unit=KpiUnit.COUNT,
        direction=KpiDirection.DOWN,
        question_key=None,
        values={Q1_START: 12, Q2_START: 3},
    )
    with app.app_context():
        status = kpi_status(db.session.get(Kpi, kpi))
        public, staff = kpi_record(status, 5), kpi_record(status, None)
    assert [p["value"] for p in public["points"]] == [12.0, None]
    assert public["rag"] is None and public["change"] is None
    assert [p["value"] for p in staff["points"]] == [12.0, 3.0]
