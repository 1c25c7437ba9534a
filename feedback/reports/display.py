"""Results as staff read them: whole percentages, intervals and the base in words."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from feedback.reports.results import OptionResult, QuestionResult, Share
from surveys.types import format_number


def whole_percent(value: float | None) -> str:
    """A percentage to 0 decimal places, halves rounded up, like "89%" ("–" for none)."""
    if value is None:
        return "–"
    return f"{Decimal(repr(value)).quantize(Decimal(1), ROUND_HALF_UP)}%"


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
