"""How figures read on the results page: whole percentages, changes, dates and quotes."""

from datetime import date

import pytest

from feedback.models import Survey
from feedback.reports.display import change_text, interval, quote, survey_dates, whole_percent
from feedback.reports.results import Measure, share
from feedback.reports.waves import Change
from stats.proportions import two_proportion_test


@pytest.mark.parametrize(
    ("value", "shown"),
    [(100 * 8 / 9, "89%"), (12.5, "13%"), (0.5, "1%"), (0.49, "0%"), (100.0, "100%"), (None, "–")],
)
def test_percentages_are_whole_numbers_with_halves_rounded_up(value, shown):
    assert whole_percent(value) == shown


def test_an_interval_reads_low_to_high():
    assert interval(share(8, 9)) == "57% to 98%"
    assert interval(share(0, 0)) == "–"


def change(x1: int, n1: int, x2: int, n2: int) -> Change:
    before, after = share(x1, n1), share(x2, n2)
    measure = Measure("positive", "Positive", after)
    return Change(measure, before, after, two_proportion_test(x1, n1, x2, n2))


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        (
            (52, 100, 58, 100),
            "up 6 points, from 52% to 58%; this change is not statistically significant (p = 0.39)",
        ),
        (
            (400, 1000, 460, 1000),
            "up 6 points, from 40% to 46%; this change is statistically significant (p = 0.0067)",
        ),
        (
            (30, 100, 29, 100),
            "down 1 point, from 30% to 29%; "
            "this change is not statistically significant (p = 0.88)",
        ),
        (
            (501, 1000, 499, 1000),
            "no change to the nearest point, 50% both times; "
            "this change is not statistically significant (p = 0.93)",
        ),
    ],
)
def test_a_change_between_waves_reads_in_whole_points_with_its_significance(counts, words):
    assert change_text(change(*counts)) == words


def test_long_quotes_are_cut_at_a_word():
    assert quote("  Too   slow.\nFar too slow. ") == "Too slow. Far too slow."
    long = "word " * 100
    assert quote(long) == ("word " * 60).strip() + "…"
    assert len(quote("x" * 20 + " " + "y" * 400)) == 21


def test_survey_dates_say_when_a_survey_ran():
    survey = Survey(opens_on=date(2026, 10, 1))
    assert survey_dates(survey) == "from 1 October 2026"
    survey.closes_on = date(2027, 3, 31)
    assert survey_dates(survey) == "1 October 2026 to 31 March 2027"
    assert survey_dates(Survey()) == "No opening date"
