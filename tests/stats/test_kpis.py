"""KPI arithmetic: financial periods, reading typed periods, RAG ratings and change."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stats.kpis import (
    Change,
    PeriodError,
    PeriodKind,
    Rag,
    long_period_label,
    parse_period,
    period_end,
    period_label,
    period_start,
    rag_rating,
    recent_periods,
    shift_period,
)

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
kinds = st.sampled_from(list(PeriodKind))


# Periods -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "kind", "start", "label"),
    [
        (date(2026, 7, 15), "month", date(2026, 7, 1), "July 2026"),
        (date(2026, 4, 1), "quarter", date(2026, 4, 1), "Q1 2026-27"),
        (date(2026, 6, 30), "quarter", date(2026, 4, 1), "Q1 2026-27"),
        (date(2026, 9, 30), "quarter", date(2026, 7, 1), "Q2 2026-27"),
        (date(2026, 11, 22), "quarter", date(2026, 10, 1), "Q3 2026-27"),
        (date(2027, 2, 14), "quarter", date(2027, 1, 1), "Q4 2026-27"),
        (date(2027, 3, 31), "year", date(2026, 4, 1), "2026-27"),
        (date(2026, 3, 31), "year", date(2025, 4, 1), "2025-26"),
        (date(1999, 12, 1), "year", date(1999, 4, 1), "1999-00"),
    ],
)
def test_quarters_and_years_are_financial_and_labelled_as_boards_write_them(
    day, kind, start, label
):
    assert period_start(day, kind) == start
    assert period_label(start, kind) == label


def test_long_labels_spell_out_the_months():
    assert long_period_label(date(2026, 7, 1), "quarter") == "Q2 2026-27 (July to September 2026)"
    assert long_period_label(date(2027, 1, 1), "quarter") == "Q4 2026-27 (January to March 2027)"
    assert long_period_label(date(2026, 4, 1), "year") == "2026-27 (April 2026 to March 2027)"
    assert long_period_label(date(2026, 7, 1), "month") == "July 2026"


def test_recent_periods_run_back_from_todays_period():
    assert recent_periods(date(2026, 11, 22), "quarter", 3) == [
        date(2026, 10, 1),
        date(2026, 7, 1),
        date(2026, 4, 1),
    ]


@given(days, kinds)
def test_every_day_lies_in_its_period_and_periods_tile_time(day, kind):
    start = period_start(day, kind)
    end = period_end(start, kind)
    assert start <= day <= end
    assert period_start(end, kind) == start
    assert period_start(end + timedelta(days=1), kind) == shift_period(start, kind, 1)
    assert shift_period(shift_period(start, kind, 1), kind, -1) == start
    assert start.day == 1 and (kind == "month" or start.month in (1, 4, 7, 10))


@given(days, kinds)
def test_a_periods_label_reads_back_as_the_same_period(day, kind):
    start = period_start(day, kind)
    assert parse_period(period_label(start, kind), kind) == start


# Reading typed periods -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kind", "start"),
    [
        ("2026-07", "month", date(2026, 7, 1)),
        (" july 2026 ", "month", date(2026, 7, 1)),
        ("Jul 2026", "month", date(2026, 7, 1)),
        ("Q2 2026-27", "quarter", date(2026, 7, 1)),
        ("2026/27 q2", "quarter", date(2026, 7, 1)),
        ("Q4 2026-2027", "quarter", date(2027, 1, 1)),
        ("2026–27", "year", date(2026, 4, 1)),
        ("2026/27", "year", date(2026, 4, 1)),
    ],
)
def test_periods_are_read_in_the_forms_the_docs_list(typed, kind, start):
    assert parse_period(typed, kind) == start


@pytest.mark.parametrize(
    ("typed", "kind", "message"),
    [
        ("2026-Q2", "quarter", "‘2026-Q2’ could be a calendar or a financial period"),
        ("Q2 2026", "quarter", "‘Q2 2026’ could be a calendar or a financial period"),
        ("2026", "year", "‘2026’ could be a calendar or a financial period"),
        ("2026-07", "quarter", "‘2026-07’ is a month, but this KPI is measured each quarter"),
        ("Q2 2026-27", "month", "‘Q2 2026-27’ is a quarter, but this KPI is measured each month"),
        ("2026-28", "year", "the second year must follow the first, like 2026-27"),
        ("2026-13", "month", "There is no month 13"),
        ("last spring", "month", "‘last spring’ is not a period we recognise"),
        ("", "quarter", "Enter the period as a financial quarter, like Q1 2026-27"),
        ("1066-67", "year", "The year must be from 1900 to 2100"),
    ],
)
def test_unclear_or_wrong_periods_are_refused_saying_how_to_write_them(typed, kind, message):
    with pytest.raises(PeriodError, match=message):
        parse_period(typed, kind)


# RAG ratings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(61, Rag.GREEN), (60, Rag.GREEN), (55, Rag.AMBER), (50, Rag.AMBER), (49.9, Rag.RED)],
)
def test_higher_is_better_green_meets_the_target_amber_the_threshold(value, expected):
    assert rag_rating(value, 60, 50, higher_is_better=True) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(9, Rag.GREEN), (10, Rag.GREEN), (14, Rag.AMBER), (15, Rag.RED)]
)
def test_lower_is_better_green_at_or_below_the_target(value, expected):
    assert rag_rating(value, 10, 14, higher_is_better=False) == expected


def test_no_target_means_no_rating_and_no_threshold_means_no_amber():
    assert rag_rating(40, None, 30, higher_is_better=True) is None
    assert rag_rating(None, 60, 50, higher_is_better=True) is None
    assert rag_rating(59, 60, None, higher_is_better=True) == Rag.RED
    assert Rag.AMBER.label == "Amber"


@given(
    st.floats(0, 100),
    st.floats(0, 100),
    st.floats(0, 100),
    st.booleans(),
)
def test_ratings_never_get_better_as_the_value_gets_worse(value, target, amber, up):
    target, amber = (
        (max(target, amber), min(target, amber)) if up else (min(target, amber), max(target, amber))
    )
    order = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2}
    worse = value - 1 if up else value + 1
    assert (
        order[rag_rating(worse, target, amber, up)] <= order[rag_rating(value, target, amber, up)]
    )


# Change --------------------------------------------------------------------------------------


def test_change_says_which_way_and_whether_that_is_good():
    assert Change(55.0, 61.2, True).summary("percent") == "up 6.2 points, better"
    assert Change(12, 9, False).summary("count") == "down 3, better"
    assert Change(12, 13, False).summary("count") == "up 1, worse"
    assert Change(10, 11, True).summary("days") == "up 1 day, better"
    assert Change(50.0, 49.0, True).summary("percent") == "down 1 point, worse"
    assert Change(50.0, 50.04, True).summary("percent") == "up less than 0.1 points, better"
    unchanged = Change(7, 7, True)
    assert unchanged.summary("count") == "no change"
    assert unchanged.better is None
