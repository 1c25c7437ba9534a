"""Published KPI values never reveal a small count, directly or by subtraction."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from feedback.kpis.services import KpiPoint, published_point
from feedback.models import KpiUnit
from stats.suppression import is_small

THRESHOLD = 5


def proportion(numerator: int, denominator: int) -> KpiPoint:
    return KpiPoint(
        date(2026, 4, 1), "Q1 2026-27", 100 * numerator / denominator, numerator, denominator
    )


@given(st.integers(1, 60).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_no_published_proportion_gives_away_a_small_count(counts):
    numerator, denominator = counts
    shown = published_point(proportion(numerator, denominator), KpiUnit.PERCENT, THRESHOLD)

    for count in (shown.numerator, shown.denominator):
        assert count is None or not is_small(count, THRESHOLD)
    if shown.numerator is not None and shown.denominator is not None:
        assert not is_small(shown.denominator - shown.numerator, THRESHOLD)
    if shown.value is not None:
        # A value is only shown with the counts it is built on, all safe to show.
        assert shown.numerator == numerator and shown.denominator == denominator
    else:
        assert shown.numerator is None


@given(st.integers(0, 40))
def test_published_entered_counts_hide_small_ones_but_not_percentages(value):
    point = KpiPoint(date(2026, 4, 1), "Q1 2026-27", float(value))
    count = published_point(point, KpiUnit.COUNT, THRESHOLD)
    share = published_point(point, KpiUnit.PERCENT, THRESHOLD)
    assert (count.value is None) == is_small(value, THRESHOLD)
    assert share.value == value


def test_staff_see_everything():
    shown = published_point(proportion(3, 4), KpiUnit.PERCENT, None)
    assert (shown.value, shown.numerator, shown.denominator) == (75.0, 3, 4)
