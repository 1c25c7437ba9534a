"""KPI arithmetic: reporting periods, red/amber/green ratings and the change between periods.

Pure: standard library only. Quarters and years are the UK financial year's, as improvement
boards report them: the year runs from 1 April to 31 March and is written "2026-27"; Q1 is April
to June, Q2 July to September, Q3 October to December and Q4 January to March ("Q1 2026-27").
Months are calendar months ("July 2026"). A period is named by the date it starts on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

FINANCIAL_YEAR_START = 4
"""The financial year starts in April."""

EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
"""Periods outside these years are refused as typing mistakes."""

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class PeriodKind(StrEnum):
    """How often a KPI is measured (the same values as `feedback.models.KpiPeriod`)."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def months(self) -> int:
        """How many months one period lasts."""
        return {"month": 1, "quarter": 3, "year": 12}[self.value]

    @property
    def example(self) -> str:
        """How to write a period of this kind, for hints and error messages."""
        return {
            "month": "a month, like 2026-07 or July 2026",
            "quarter": "a financial quarter, like Q1 2026-27 (April to June 2026)",
            "year": "a financial year, like 2026-27 (April 2026 to March 2027)",
        }[self.value]


# Periods -----------------------------------------------------------------------------------------


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _from_month_index(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def period_start(day: date, kind: str) -> date:
    """The first day of the month, financial quarter or financial year that `day` is in."""
    months = PeriodKind(kind).months
    offset = 0 if months == 1 else FINANCIAL_YEAR_START - 1
    index = _month_index(day) - offset
    return _from_month_index(index - index % months + offset)


def shift_period(start: date, kind: str, periods: int) -> date:
    """The start of the period `periods` after (or, when negative, before) the one at `start`."""
    months = PeriodKind(kind).months
    return _from_month_index(_month_index(period_start(start, kind)) + periods * months)


def period_end(start: date, kind: str) -> date:
    """The last day of the period starting on `start`."""
    return date.fromordinal(shift_period(start, kind, 1).toordinal() - 1)


def financial_year(day: date) -> int:
    """The calendar year the financial year containing `day` starts in (2026 for 2026-27)."""
    return day.year if day.month >= FINANCIAL_YEAR_START else day.year - 1


def financial_year_label(first_year: int) -> str:
    """'2026-27' for the financial year starting in April 2026."""
    return f"{first_year}-{(first_year + 1) % 100:02d}"


def period_label(start: date, kind: str) -> str:
    """'July 2026', 'Q2 2026-27' or '2026-27'."""
    kind = PeriodKind(kind)
    if kind == PeriodKind.MONTH:
        return f"{MONTH_NAMES[start.month - 1]} {start.year}"
    year = financial_year(start)
    if kind == PeriodKind.YEAR:
        return financial_year_label(year)
    quarter = (start.month - FINANCIAL_YEAR_START) % 12 // 3 + 1
    return f"Q{quarter} {financial_year_label(year)}"


def period_span(start: date, kind: str) -> str:
    """The months a period covers: 'July to September 2026', 'April 2026 to March 2027'."""
    end = period_end(start, kind)
    if PeriodKind(kind) == PeriodKind.MONTH:
        return f"{MONTH_NAMES[start.month - 1]} {start.year}"
    first = MONTH_NAMES[start.month - 1] + ("" if start.year == end.year else f" {start.year}")
    return f"{first} to {MONTH_NAMES[end.month - 1]} {end.year}"


def long_period_label(start: date, kind: str) -> str:
    """'Q2 2026-27 (July to September 2026)'; months are just 'July 2026'."""
    if PeriodKind(kind) == PeriodKind.MONTH:
        return period_label(start, kind)
    return f"{period_label(start, kind)} ({period_span(start, kind)})"


def recent_periods(today: date, kind: str, count: int) -> list[date]:
    """The starts of the `count` periods up to and including today's, latest first."""
    current = period_start(today, kind)
    return [shift_period(current, kind, -back) for back in range(count)]


# Reading a typed period --------------------------------------------------------------------------


class PeriodError(ValueError):
    """A period that cannot be read, with a message saying how to write it."""


_DASHES = re.compile(r"\s*[-–—/]\s*")
_YEAR_RANGE = r"(\d{4})-(\d{2}|\d{4})"
_MONTH_ISO = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_NAMED = re.compile(r"([a-z]+)\.? (\d{4})")
_QUARTER = re.compile(rf"q([1-4]) (?:fy ?)?{_YEAR_RANGE}|(?:fy ?)?{_YEAR_RANGE} q([1-4])")
_FINANCIAL_YEAR = re.compile(rf"(?:fy ?)?{_YEAR_RANGE}")
_CALENDAR_QUARTER = re.compile(r"(\d{4}) ?-? ?q([1-4])|q([1-4]) (\d{4})")
_CALENDAR_YEAR = re.compile(r"\d{4}")


def _normalised(text: str) -> str:
    return _DASHES.sub("-", " ".join(text.split()).lower())


def _checked_year(year: int) -> int:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise PeriodError(f"The year must be from {EARLIEST_YEAR} to {LATEST_YEAR}, not {year}")
    return year


def _month_number(name: str) -> int | None:
    for number, month in enumerate(MONTH_NAMES, 1):
        if len(name) >= 3 and month.lower().startswith(name):
            return number
    return None


def _year_range(first: str, second: str, typed: str) -> int:
    """The first year of a financial year typed as '2026-27' or '2026-2027'."""
    year = _checked_year(int(first))
    following = year + 1
    if int(second) != (following % 100 if len(second) == 2 else following):
        raise PeriodError(
            f"‘{typed}’ is not a financial year: the second year must follow the first, "
            f"like {financial_year_label(year)}"
        )
    return year


def _month(text: str) -> date | None:
    if match := _MONTH_ISO.fullmatch(text):
        year, month = int(match[1]), int(match[2])
    elif (match := _MONTH_NAMED.fullmatch(text)) and (named := _month_number(match[1])):
        year, month = int(match[2]), named
    else:
        return None
    if not 1 <= month <= 12:
        raise PeriodError(f"There is no month {month}: months are numbered 1 to 12")
    return date(_checked_year(year), month, 1)


def _quarter(text: str, typed: str) -> date | None:
    if not (match := _QUARTER.fullmatch(text)):
        return None
    quarter, first, second = (match[1], match[2], match[3]) if match[1] else match.group(6, 4, 5)
    year = _year_range(first, second, typed)
    return shift_period(date(year, FINANCIAL_YEAR_START, 1), PeriodKind.QUARTER, int(quarter) - 1)


def _financial_year(text: str, typed: str) -> date | None:
    if not (match := _FINANCIAL_YEAR.fullmatch(text)):
        return None
    return date(_year_range(match[1], match[2], typed), FINANCIAL_YEAR_START, 1)


def parse_period(typed: str, kind: str) -> date:
    """The start of the period of `kind` written as `typed`; PeriodError says what is wrong.

    Months: '2026-07', 'July 2026' or 'Jul 2026'. Quarters: 'Q2 2026-27' or '2026-27 Q2'
    (financial quarters; '2026/27' and '2026-2027' work too). Years: '2026-27' (financial).
    '2026-Q2' and '2026' are refused: they could mean a calendar or a financial period.
    """
    kind = PeriodKind(kind)
    text = _normalised(typed)
    shown = typed.strip()
    if not text:
        raise PeriodError(f"Enter the period as {kind.example}")
    readers = {
        PeriodKind.MONTH: lambda: _month(text),
        PeriodKind.QUARTER: lambda: _quarter(text, shown),
        PeriodKind.YEAR: lambda: _financial_year(text, shown),
    }
    problem = None
    try:
        found = readers[kind]()
    except PeriodError as error:
        found, problem = None, error
    if found is not None:
        return found
    if _CALENDAR_QUARTER.fullmatch(text) or (
        kind != PeriodKind.MONTH and _CALENDAR_YEAR.fullmatch(text)
    ):
        raise PeriodError(
            f"‘{shown}’ could be a calendar or a financial period: enter {kind.example}"
        )
    other = next((other for other in PeriodKind if other != kind and _reads(readers[other])), None)
    if other is not None:
        raise PeriodError(
            f"‘{shown}’ is a {other.value}, but this KPI is measured each {kind.value}: "
            f"enter {kind.example}"
        )
    raise problem or PeriodError(f"‘{shown}’ is not a period we recognise: enter {kind.example}")


def _reads(reader) -> bool:
    """Whether `reader` finds a period in what was typed."""
    try:
        return reader() is not None
    except PeriodError:
        return False


# Ratings and change ------------------------------------------------------------------------------


class Rag(StrEnum):
    """A red, amber or green rating against a target."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def label(self) -> str:
        """The rating as a word, so it never depends on colour alone."""
        return self.value.capitalize()


def meets(value: float, level: float, higher_is_better: bool) -> bool:
    """Whether `value` is at `level` or on the better side of it."""
    return value >= level if higher_is_better else value <= level


def rag_rating(
    value: float | None,
    target: float | None,
    amber_threshold: float | None,
    higher_is_better: bool,
) -> Rag | None:
    """Green when `value` meets the target; amber when it meets the amber threshold; else red.

    'Meets' means at it or better (above when higher is better, below when lower is). Without
    an amber threshold there is no amber. None when there is no value or no target.
    """
    if value is None or target is None:
        return None
    if meets(value, target, higher_is_better):
        return Rag.GREEN
    if amber_threshold is not None and meets(value, amber_threshold, higher_is_better):
        return Rag.AMBER
    return Rag.RED


UNIT_WORDS = {"percent": ("point", "points"), "count": ("", ""), "days": ("day", "days")}
"""How a difference is measured for each unit: percentages change by points."""


@dataclass(frozen=True)
class Change:
    """The change from the previous period's value to the latest."""

    previous: float
    latest: float
    higher_is_better: bool

    @property
    def difference(self) -> float:
        """Latest minus previous."""
        return self.latest - self.previous

    @property
    def better(self) -> bool | None:
        """True when the value moved the good way, False the bad way, None when unchanged."""
        if self.difference == 0:
            return None
        return (self.difference > 0) == self.higher_is_better

    @property
    def verdict(self) -> str | None:
        """'better', 'worse', or None when unchanged."""
        return None if self.better is None else "better" if self.better else "worse"

    def movement(self, unit: str) -> str:
        """Like 'up 6.2 points', 'down 3', 'up less than 0.1 points' or 'no change'."""
        if self.difference == 0:
            return "no change"
        size = round(abs(self.difference), 1)
        if size == 0:
            amount = "less than 0.1"
        else:
            amount = f"{size:,.0f}" if size == int(size) else f"{size:,.1f}"
        singular, plural = UNIT_WORDS[unit]
        word = singular if size == 1 else plural
        moved = "up" if self.difference > 0 else "down"
        return f"{moved} {amount}{' ' + word if word else ''}"

    def summary(self, unit: str) -> str:
        """Like 'up 6.2 points, better', 'down 3, better' or 'no change'."""
        if self.verdict is None:
            return self.movement(unit)
        return f"{self.movement(unit)}, {self.verdict}"
