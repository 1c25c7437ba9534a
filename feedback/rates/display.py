"""Response rates, invitations and the funnel as staff read them, and the funnel's chart."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from feedback.charts import Chart, Column, line_chart
from feedback.rates.funnel import Funnel
from feedback.rates.services import Rate, ResponseRates

FUNNEL_CHART_ID = "funnel-by-week"


def one_decimal_percent(value: float | None) -> str:
    """A percentage to 1 decimal place, halves rounded up, like "14.6%" ("–" for none)."""
    if value is None:
        return "–"
    return f"{Decimal(repr(value)).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"


def counted(count: int, noun: str) -> str:
    """Like "1 response" or "1,234 responses" (the plural adds "s")."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def responses_text(count: int) -> str:
    """Like "1 response" or "1,234 responses"."""
    return counted(count, "response")


def short_date(day: date) -> str:
    """A date in a table, like "5 Jan 2026"."""
    return f"{day.day} {day:%b %Y}"


def _lower_first(name: str) -> str:
    """An audience name inside a sentence: "Parents and carers" → "parents and carers"."""
    if len(name) > 1 and name[1].isupper():
        return name  # an acronym, like "SENCOs"
    return name[:1].lower() + name[1:]


def population(rate: Rate) -> str:
    """Who the target is of, inside a sentence: "parents and carers", "people in North"."""
    if rate.audience is not None:
        return _lower_first(rate.name)
    if rate.locality is not None:
        return f"people in {rate.name}"
    return "people"


def rate_sentence(rate: Rate, who: str | None = None) -> str:
    """The rate with its base, like "212 responses from a target of 1,450 parents and carers:
    14.6%"; or why there is no rate. `who` overrides who the target is of."""
    responses = responses_text(rate.responses)
    if rate.target is None:
        return f"{responses}. {rate.missing}."
    base = f"{responses} from a target of {rate.target:,} {who or population(rate)}"
    if rate.target == 0:
        return f"{base}, so there is no rate."
    return f"{base}: {one_decimal_percent(rate.percent)}."


def overall_sentence(rates: ResponseRates) -> str:
    """The survey's overall rate with its base, naming the audience when there is only one."""
    only = rates.audiences[0] if len(rates.audiences) == 1 else None
    return rate_sentence(rates.overall, population(only) if only else None)


def per_invitation(value: float) -> str:
    """Responses per invitation to 2 decimal places, like "0.18"."""
    return f"{Decimal(repr(value)).quantize(Decimal('0.01'), ROUND_HALF_UP)}"


def funnel_chart(funnel: Funnel) -> Chart:
    """Visited, started and submitted online, week by week, as a line each."""
    stages = (("Visited", "visited"), ("Started", "started"), ("Submitted online", "submitted"))
    rows = [
        {"week": short_date(week.starts_on), "stage": label, "sessions": getattr(week, name)}
        for week in funnel.weeks
        for label, name in stages
    ]
    return line_chart(
        FUNNEL_CHART_ID,
        "Open-link funnel by week",
        rows,
        Column("week", "Week starting"),
        Column("sessions", "Number", "count"),
        series=Column("stage", "Stage"),
        description="How many visited the survey's start page, started it and submitted it "
        "online, each week.",
    )
