"""Periods of time results are broken down by: the month, quarter or year a response was sent.

Each period is one whole number worked out in SQL from `Response.submitted_at` in the same way
on SQLite and PostgreSQL (2026 for a year, 20261 for January to March 2026, 202603 for March
2026), so answers are counted per period with a GROUP BY and periods sort in time order.
"""

from __future__ import annotations

from calendar import month_name

from sqlalchemy import ColumnElement, Integer, cast, extract

from feedback.models import Response

PERIODS = {"month": "Month", "quarter": "Quarter", "year": "Year"}
"""The periods offered, and the column heading for each."""


def period_number(period: str) -> ColumnElement[int]:
    """The SQL expression numbering the `period` ("month", "quarter" or "year") of a response."""
    year = cast(extract("year", Response.submitted_at), Integer)
    month = cast(extract("month", Response.submitted_at), Integer)
    if period == "year":
        return year
    if period == "quarter":
        return year * 10 + (month + 2) // 3
    if period == "month":
        return year * 100 + month
    raise ValueError(f"unknown period ‘{period}’")


def period_label(period: str, number: int) -> str:
    """A period numbered by `period_number` in words, like "March 2026", "April to June 2026"."""
    if period == "year":
        return str(number)
    if period == "quarter":
        year, quarter = divmod(number, 10)
        first = 3 * quarter - 2
        return f"{month_name[first]} to {month_name[first + 2]} {year}"
    year, month = divmod(number, 100)
    return f"{month_name[month]} {year}"
