"""What a report covers: which responses (filters) and which breakdown, read from a query string.

Filters narrow every question's results to responses from one audience, locality or channel,
submitted within a date range. Dates are whole days: "to" includes every response that day.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, fields
from datetime import date

from feedback.models import Channel
from feedback.reports.periods import PERIODS

DATE_PARTS = ("day", "month", "year")
DATE_LABELS = {"from": "the ‘from’ date", "to": "the ‘to’ date"}

BREAKDOWNS = {
    "audience": "Audience",
    "locality": "Locality",
    "channel": "Channel",
    "mode": "Mode",
    "language": "Language",
    **PERIODS,
}
"""What a question's results can be broken down by, and the column heading for it."""
WAVES = "wave"
"""Chosen instead of a breakdown: the question's results in each survey that asked it."""
SUMMARIES = {"pledge": "Pledge", "area": "Area of weakness"}
"""What the survey's results can be summarised by: the questions tagged with each."""


@dataclass(frozen=True)
class ResultFilters:
    """Which responses a report counts. None means any."""

    audience: str | None = None
    locality: str | None = None
    channel: Channel | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def is_filtered(self) -> bool:
        """True when any filter is chosen."""
        return self != ResultFilters()

    def args(self) -> dict[str, str]:
        """Query arguments that choose these filters again (unchosen ones left out)."""
        chosen: dict[str, str] = {}
        for name, day in (("from", self.date_from), ("to", self.date_to)):
            if day is not None:
                chosen |= {f"{name}-day": str(day.day), f"{name}-month": str(day.month)}
                chosen[f"{name}-year"] = str(day.year)
        for item in fields(self):
            value = getattr(self, item.name)
            if value is not None and not item.name.startswith("date_"):
                chosen[item.name] = str(value)
        return chosen


@dataclass(frozen=True)
class DateProblem:
    """Why a typed date was refused, and which of its boxes to highlight."""

    message: str
    parts: tuple[str, ...] = DATE_PARTS


@dataclass(frozen=True)
class ReadFilters:
    """Filters read from a query string, with problems with the dates by field ("from", "to")."""

    filters: ResultFilters
    typed: dict[str, dict[str, str]]
    problems: dict[str, DateProblem]


def _read_date(args: Mapping[str, str], name: str) -> tuple[date | None, DateProblem | None]:
    parts = {part: (args.get(f"{name}-{part}") or "").strip() for part in DATE_PARTS}
    label = DATE_LABELS[name]
    if not any(parts.values()):
        return None, None
    missing = tuple(part for part in DATE_PARTS if not parts[part])
    if missing:
        words = " and ".join(f"a {part}" for part in missing)
        return None, DateProblem(f"{label.capitalize()} must include {words}", missing)
    if not all(value.isascii() and value.isdigit() for value in parts.values()):
        return None, DateProblem(f"{label.capitalize()} must be a real date, like 27 3 2026")
    if len(parts["year"]) != 4:
        return None, DateProblem("The year must include 4 numbers, like 2026", ("year",))
    try:
        return date(int(parts["year"]), int(parts["month"]), int(parts["day"])), None
    except ValueError:
        return None, DateProblem(f"{label.capitalize()} must be a real date, like 27 3 2026")


def read_filters(
    args: Mapping[str, str], audiences: Collection[str], localities: Collection[str]
) -> ReadFilters:
    """Filters from request arguments. Audience and locality slugs not in the lists are ignored."""
    date_from, from_problem = _read_date(args, "from")
    date_to, to_problem = _read_date(args, "to")
    problems = {name: p for name, p in (("from", from_problem), ("to", to_problem)) if p}
    if date_from and date_to and date_from > date_to:
        problems["to"] = DateProblem("The ‘to’ date must be the same as or after the ‘from’ date")
    audience, locality, channel = args.get("audience"), args.get("locality"), args.get("channel")
    filters = ResultFilters(
        audience=audience if audience in audiences else None,
        locality=locality if locality in localities else None,
        channel=Channel(channel) if channel in set(Channel) else None,
        date_from=None if problems else date_from,
        date_to=None if problems else date_to,
    )
    typed = {
        name: {part: args.get(f"{name}-{part}", "") for part in DATE_PARTS} for name in DATE_LABELS
    }
    return ReadFilters(filters=filters, typed=typed, problems=problems)
