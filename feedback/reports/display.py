"""Results as staff read them: whole percentages, intervals and the base in words."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from feedback.manage.services import long_date
from feedback.models import Survey
from feedback.reports.results import OptionResult, QuestionResult, Share
from feedback.reports.waves import Change
from stats.proportions import format_p_value
from surveys.types import format_number

QUOTE_LENGTH = 300
"""Quotes longer than this many characters are cut short at a word."""


def _whole(value: float) -> int:
    return int(Decimal(repr(value)).quantize(Decimal(1), ROUND_HALF_UP))


def whole_percent(value: float | None) -> str:
    """A percentage to 0 decimal places, halves rounded up, like "89%" ("–" for none)."""
    if value is None:
        return "–"
    return f"{_whole(value)}%"


def interval(share: Share | None) -> str:
    """A 95% confidence interval, like "57% to 98%" ("–" for none)."""
    if share is None or share.ci_low is None:
        return "–"
    return f"{whole_percent(share.ci_low)} to {whole_percent(share.ci_high)}"


def number(value: Decimal) -> str:
    """A number as people write it, to at most 2 decimal places, like "1,234.5"."""
    return format_number(value.quantize(Decimal("0.01"), ROUND_HALF_UP))


def people(count: int) -> str:
    """`count` people, like "1 person" or "1,234 people"."""
    return f"{count:,} {'person' if count == 1 else 'people'}"


def option_names(options: Iterable[OptionResult]) -> str:
    """Option labels joined as in a sentence, like "‘Strongly agree’ or ‘Agree’"."""
    names = [f"‘{option.label}’" for option in options]
    return " or ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " or " + names[-1]


def base_text(result: QuestionResult) -> str:
    """Who the percentages are of, in a sentence.

    Like: Base: 9 people who answered, not counting 2 who said ‘Don't know’.
    """
    text = f"Base: {people(result.base)} who answered"
    outside = [option for option in result.outside_base if option.count]
    if outside:
        left_out = sum(option.count for option in outside)
        text += f", not counting {left_out:,} who said {option_names(outside)}"
    text += "."
    if result.multiple:
        text += (
            " People could choose more than one answer, so the percentages are of people "
            "and can add up to more than 100%."
        )
    return text


def change_text(change: Change) -> str:
    """A change between waves in words, with whether it is more than chance.

    Like: up 6 points, from 52% to 58%; this change is statistically significant (p = 0.010).
    The points are the difference between the whole percentages shown.
    """
    before, after = change.previous.percent, change.current.percent
    points = _whole(after) - _whole(before)
    if points:
        unit = "point" if abs(points) == 1 else "points"
        moved = f"{'up' if points > 0 else 'down'} {abs(points)} {unit}, "
        moved += f"from {whole_percent(before)} to {whole_percent(after)}"
    else:
        moved = f"no change to the nearest point, {whole_percent(after)} both times"
    verdict = (
        "statistically significant" if change.test.significant else "not statistically significant"
    )
    p_value = format_p_value(change.test.p_value)
    return f"{moved}; this change is {verdict} ({p_value})"


def survey_dates(survey: Survey) -> str:
    """When a survey ran, like "2 December 2024 to 30 September 2026" or "from 1 October 2026"."""
    if survey.opens_on is None:
        return "No opening date"
    if survey.closes_on is None:
        return f"from {long_date(survey.opens_on)}"
    return f"{long_date(survey.opens_on)} to {long_date(survey.closes_on)}"


def quote(text: str) -> str:
    """A comment as a quote: spaces tidied, and cut short at a word if it is long."""
    tidy = " ".join(text.split())
    if len(tidy) <= QUOTE_LENGTH:
        return tidy
    return tidy[:QUOTE_LENGTH].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
