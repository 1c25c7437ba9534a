"""Statistics for reports: proportions, confidence intervals, significance and suppression.

Pure: standard library only, never Flask or SQLAlchemy, so it can be tested and reused on its
own. Every percentage is a float from 0 to 100, unrounded (round only for display). Hidden
(suppressed) values are None, shown as "[c]".

- `percent`, `wilson_interval` and `two_proportion_test` (giving a `ProportionChange`) are in
  `stats.proportions`.
- `suppress_table`, `suppress_counts` and `publishable_percent` protect small counts before
  anything leaves the staff screens: see `stats.suppression`.
"""

from stats.proportions import (
    SIGNIFICANCE_LEVEL,
    Z_95,
    ProportionChange,
    format_p_value,
    percent,
    two_proportion_test,
    wilson_interval,
)
from stats.suppression import (
    DEFAULT_THRESHOLD,
    SUPPRESSED,
    SuppressedCounts,
    SuppressedTable,
    Suppression,
    is_small,
    publishable_percent,
    show_count,
    suppress_counts,
    suppress_table,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "SIGNIFICANCE_LEVEL",
    "SUPPRESSED",
    "Z_95",
    "ProportionChange",
    "SuppressedCounts",
    "SuppressedTable",
    "Suppression",
    "format_p_value",
    "is_small",
    "percent",
    "publishable_percent",
    "show_count",
    "suppress_counts",
    "suppress_table",
    "two_proportion_test",
    "wilson_interval",
]
