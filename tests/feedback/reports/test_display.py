"""How figures read on the results page: whole percentages, halves rounded up."""

import pytest

from feedback.reports.display import interval, whole_percent
from feedback.reports.results import share


@pytest.mark.parametrize(
    ("value", "shown"),
    [(100 * 8 / 9, "89%"), (12.5, "13%"), (0.5, "1%"), (0.49, "0%"), (100.0, "100%"), (None, "–")],
)
def test_percentages_are_whole_numbers_with_halves_rounded_up(value, shown):
    assert whole_percent(value) == shown


def test_an_interval_reads_low_to_high():
    assert interval(share(8, 9)) == "57% to 98%"
    assert interval(share(0, 0)) == "–"
