"""Percentages, Wilson intervals and the two-proportion test, checked against published values."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stats import ProportionChange, format_p_value, percent, two_proportion_test, wilson_interval

# Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in
# Medicine 17: 857-872, Table I, method 3 (score interval without continuity correction), and
# the textbook 8/10, 0/10, 10/10 and 50/100 examples.
PUBLISHED_WILSON = [
    (81, 263, 25.53, 36.62),
    (15, 148, 6.24, 16.05),
    (0, 20, 0.0, 16.11),
    (1, 29, 0.61, 17.18),
    (29, 29, 88.30, 100.0),
    (8, 10, 49.02, 94.33),
    (0, 10, 0.0, 27.75),
    (10, 10, 72.25, 100.0),
    (50, 100, 40.38, 59.62),
]


@pytest.mark.parametrize(("successes", "n", "low", "high"), PUBLISHED_WILSON)
def test_wilson_interval_matches_published_values_to_4_decimal_places(successes, n, low, high):
    assert [round(bound / 100, 4) for bound in wilson_interval(successes, n)] == [
        round(low / 100, 4),
        round(high / 100, 4),
    ]


def test_wilson_interval_is_exactly_0_or_100_at_the_extremes():
    assert wilson_interval(0, 7)[0] == 0.0
    assert wilson_interval(7, 7)[1] == 100.0


def test_a_wider_z_gives_a_wider_interval():
    low_95, high_95 = wilson_interval(8, 10)
    low_99, high_99 = wilson_interval(8, 10, z=2.5758293035489)
    assert low_99 < low_95 and high_99 > high_95


@pytest.mark.parametrize(
    ("successes", "n"), [(1, 0), (0, 0), (-1, 5), (6, 5), (2.5, 5), (2, 5.0), ("2", 5)]
)
def test_wilson_interval_refuses_impossible_counts(successes, n):
    with pytest.raises(ValueError):
        wilson_interval(successes, n)


@given(st.integers(1, 5000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_interval_holds_the_observed_percentage_and_mirrors(counts):
    successes, n = counts
    low, high = wilson_interval(successes, n)
    assert 0 <= low <= 100 * successes / n <= high <= 100
    mirror_low, mirror_high = wilson_interval(n - successes, n)
    assert math.isclose(low, 100 - mirror_high, abs_tol=1e-9)
    assert math.isclose(high, 100 - mirror_low, abs_tol=1e-9)


def test_percent_is_unrounded_and_none_for_an_empty_base():
    assert percent(1, 3) == pytest.approx(33.333333333)
    assert percent(0, 4) == 0.0
    assert percent(4, 4) == 100.0
    assert percent(0, 0) is None


@pytest.mark.parametrize(("part", "whole"), [(5, 4), (-1, 4), (1, -4), (1.0, 4)])
def test_percent_refuses_impossible_counts(part, whole):
    with pytest.raises(ValueError):
        percent(part, whole)


def test_two_proportion_test_matches_a_hand_calculation():
    # 40 of 100 last year, 55 of 100 this year. Pooled p = 95/200 = 0.475;
    # SE = sqrt(0.475 × 0.525 × (1/100 + 1/100)) = 0.070622; z = 0.15 / 0.070622 = 2.1240;
    # two-sided p = erfc(2.1240 / √2) = 0.0337.
    change = two_proportion_test(40, 100, 55, 100)
    assert (change.p1, change.p2) == (40.0, 55.0)
    assert change.difference == pytest.approx(15.0)
    assert change.z == pytest.approx(2.1240, abs=1e-4)
    assert change.p_value == pytest.approx(0.0337, abs=1e-4)
    assert change.significant
    assert change.summary == "up 15.0 points, a significant change (p = 0.034)"


def test_a_small_fall_is_not_significant():
    change = two_proportion_test(50, 100, 49, 100)
    assert change.difference == pytest.approx(-1.0)
    assert not change.significant
    assert change.summary == "down 1.0 point, not a significant change (p = 0.89)"


def test_significance_starts_where_p_drops_below_0_05():
    # From 50 of 100: a rise to 64 gives z = 2.00 (p = 0.046), a rise to 63 gives z = 1.85.
    assert two_proportion_test(50, 100, 64, 100).significant
    assert not two_proportion_test(50, 100, 63, 100).significant
    assert two_proportion_test(50, 100, 64, 100).p_value == pytest.approx(0.0455, abs=1e-4)


def test_the_comparison_is_symmetric():
    forwards, backwards = two_proportion_test(12, 80, 30, 90), two_proportion_test(30, 90, 12, 80)
    assert forwards.z == pytest.approx(-backwards.z)
    assert forwards.p_value == pytest.approx(backwards.p_value)
    assert forwards.summary.startswith("up ") and backwards.summary.startswith("down ")


@pytest.mark.parametrize("counts", [(0, 10, 0, 20), (10, 10, 20, 20)])
def test_nobody_or_everybody_in_both_groups_is_no_change(counts):
    change = two_proportion_test(*counts)
    assert (change.z, change.p_value, change.significant) == (0.0, 1.0, False)
    assert change.summary == "no change, not a significant change (p = 1.00)"


def test_a_difference_that_rounds_to_zero_still_says_which_way():
    change = two_proportion_test(500_000, 1_000_000, 500_400, 1_000_000)
    assert change.summary.startswith("up less than 0.1 points, ")


def test_summary_wording():
    change = ProportionChange(
        p1=60.0, p2=66.2, difference=6.2, z=2.5, p_value=0.0123, significant=True
    )
    assert change.summary == "up 6.2 points, a significant change (p = 0.012)"
    fall = ProportionChange(
        p1=50.0, p2=49.0, difference=-1.0, z=-0.47, p_value=0.64, significant=False
    )
    assert fall.summary == "down 1.0 point, not a significant change (p = 0.64)"


@pytest.mark.parametrize(
    ("p_value", "text"),
    [
        (0.0004, "p < 0.001"),
        (0.0012, "p = 0.0012"),
        (0.049, "p = 0.049"),
        (0.0996, "p = 0.10"),
        (0.5, "p = 0.50"),
        (1.0, "p = 1.00"),
    ],
)
def test_p_values_are_given_to_two_significant_figures(p_value, text):
    assert format_p_value(p_value) == text


@pytest.mark.parametrize("counts", [(1, 0, 1, 1), (2, 1, 1, 1), (1, 1, -1, 1), (1, 1, 1, 0)])
def test_two_proportion_test_refuses_impossible_counts(counts):
    with pytest.raises(ValueError):
        two_proportion_test(*counts)
