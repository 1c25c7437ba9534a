"""Proportions: percentages, Wilson score intervals and the two-proportion z-test.

Every percentage is a float from 0 to 100, unrounded: rounding is for display only.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass

Z_95 = 1.959963984540054
"""The standard normal quantile for a two-sided 95% interval."""

SIGNIFICANCE_LEVEL = 0.05


def _count(value: int, name: str) -> int:
    """`value` as an int, refusing floats and negative numbers."""
    try:
        number = operator.index(value)
    except TypeError:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from None
    if number < 0:
        raise ValueError(f"{name} must not be negative, not {number}")
    return number


def _proportion(successes: int, n: int) -> tuple[int, int]:
    """Checked counts for `successes` out of `n`: n at least 1, successes from 0 to n."""
    successes, n = _count(successes, "successes"), _count(n, "n")
    if n == 0:
        raise ValueError("n must be at least 1")
    if successes > n:
        raise ValueError(f"successes ({successes}) must not be more than n ({n})")
    return successes, n


def percent(part: int, whole: int) -> float | None:
    """`part` as a percentage of `whole` (0 to 100, unrounded); None when `whole` is 0.

    Raises ValueError when either is negative or `part` is more than `whole`.
    """
    part, whole = _count(part, "part"), _count(whole, "whole")
    if part > whole:
        raise ValueError(f"part ({part}) must not be more than whole ({whole})")
    if whole == 0:
        return None
    return 100 * part / whole


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval for `successes` out of `n`, as percentages (low, high).

    The default `z` gives the 95% interval. Unlike the textbook "p ± 1.96 × standard error", it
    stays within 0 to 100 and is sound for small groups and for 0% or 100%. Raises ValueError
    when `n` is less than 1 or `successes` is not from 0 to `n`.
    """
    successes, n = _proportion(successes, n)
    p = successes / n
    z_squared = z * z
    denominator = 1 + z_squared / n
    centre = (p + z_squared / (2 * n)) / denominator
    half_width = z / denominator * math.sqrt(p * (1 - p) / n + z_squared / (4 * n * n))
    low = 0.0 if successes == 0 else max(0.0, centre - half_width)
    high = 1.0 if successes == n else min(1.0, centre + half_width)
    return 100 * low, 100 * high


@dataclass(frozen=True)
class ProportionChange:
    """The change from a first proportion (p1) to a second (p2), with its significance.

    p1 and p2 are percentages; `difference` is p2 − p1 in percentage points; `p_value` is
    two-sided; `significant` means p_value < 0.05.
    """

    p1: float
    p2: float
    difference: float
    z: float
    p_value: float
    significant: bool

    @property
    def summary(self) -> str:
        """Plain English, e.g. "up 6.2 points, a significant change (p = 0.012)"."""
        verdict = "a significant change" if self.significant else "not a significant change"
        return (
            f"{_describe_difference(self.difference)}, {verdict} ({format_p_value(self.p_value)})"
        )


def two_proportion_test(x1: int, n1: int, x2: int, n2: int) -> ProportionChange:
    """Compare x1 out of n1 (first, e.g. last year) with x2 out of n2 (second, e.g. this year).

    A two-sided z-test using the pooled standard error. When the pooled proportion is 0 or 1
    (nobody, or everybody, in both groups) there is nothing to test: z is 0 and p is 1. Raises
    ValueError when a group is empty or its count is not from 0 to its size.
    """
    x1, n1 = _proportion(x1, n1)
    x2, n2 = _proportion(x2, n2)
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)
    variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2)
    z = (p2 - p1) / math.sqrt(variance) if variance > 0 else 0.0
    p_value = math.erfc(abs(z) / math.sqrt(2))
    percent1, percent2 = 100 * x1 / n1, 100 * x2 / n2
    return ProportionChange(
        p1=percent1,
        p2=percent2,
        difference=percent2 - percent1,
        z=z,
        p_value=p_value,
        significant=p_value < SIGNIFICANCE_LEVEL,
    )


def format_p_value(p_value: float) -> str:
    """'p = 0.012' to two significant figures, or 'p < 0.001'."""
    if p_value < 0.001:
        return "p < 0.001"
    rounded = float(f"{p_value:.2g}")
    decimals = max(2, 1 - math.floor(math.log10(rounded)))
    return f"p = {rounded:.{decimals}f}"


def _describe_difference(points: float) -> str:
    """'up 6.2 points', 'down 1.0 point', 'up less than 0.1 points' or 'no change'."""
    if points == 0:
        return "no change"
    direction = "up" if points > 0 else "down"
    size = round(abs(points), 1)
    if size == 0:
        return f"{direction} less than 0.1 points"
    unit = "point" if size == 1 else "points"
    return f"{direction} {size:.1f} {unit}"
