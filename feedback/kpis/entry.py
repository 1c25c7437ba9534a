"""Reading a KPI value as staff type it, on the page or in a CSV file.

Numbers may have a thousands separator ("1,234") and up to 4 decimal places. Percentages are
from 0 to 100 and may end in "%" ("12%" or "12.5"); counts are whole numbers; days may have
decimals. No value is negative. Words ("twelve") are refused, never guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from feedback.models import KpiUnit

DECIMAL_PLACES = 4
LARGEST = Decimal(10) ** 10
"""Values are stored as NUMERIC(14, 4): at most 10 digits before the point."""

_NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[-+]?\.\d+")


class ValueProblem(ValueError):
    """A typed value that cannot be a KPI value, with a message saying why."""


def parse_value(typed: str, unit: KpiUnit, name: str = "value") -> Decimal:
    """The `name` (value, target…) typed for a KPI measured in `unit`.

    ValueProblem says what is wrong, naming the `name`.
    """
    text = typed.strip()
    if not text:
        raise ValueProblem(f"Enter the {name}")
    if text.endswith("%"):
        if unit != KpiUnit.PERCENT:
            raise ValueProblem(f"Only percentages end in %: enter the {name} as a number")
        text = text[:-1].rstrip()
    if not _NUMBER.fullmatch(text):
        example = "12" if unit == KpiUnit.COUNT else "12.5"
        raise ValueProblem(f"Enter a number for the {name}, like {example}, not ‘{typed.strip()}’")
    number = Decimal(text.replace(",", ""))
    if number < 0:
        raise ValueProblem(f"The {name} must be 0 or more")
    if unit == KpiUnit.PERCENT and number > 100:
        raise ValueProblem(f"A percentage must be from 0 to 100, not {text}")
    if unit == KpiUnit.COUNT and number != number.to_integral_value():
        raise ValueProblem(f"A count must be a whole number, like 12, not {text}")
    if number >= LARGEST:
        raise ValueProblem(f"The {name} must be less than {LARGEST:,}")
    if -number.normalize().as_tuple().exponent > DECIMAL_PLACES:
        raise ValueProblem(f"The {name} can have up to {DECIMAL_PLACES} decimal places")
    return number
