"""KPIs as staff and the board read them: values with units, ratings, changes and sparklines."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from feedback.charts import Chart, Column, line_chart
from feedback.kpis.register import KeyOption
from feedback.kpis.services import KpiPoint, KpiStatus, as_float
from feedback.models import Kpi, KpiDirection, KpiSource, KpiUnit
from feedback.yousaid.loop import min_comments
from stats.kpis import Rag
from stats.proportions import format_p_value

MISSING = "–"
RAG_TAG_CLASSES = {
    Rag.GREEN: "govuk-tag--green",
    Rag.AMBER: "govuk-tag--yellow",
    Rag.RED: "govuk-tag--red",
}
SOURCE_NAMES = {
    KpiSource.ANSWERS: "Survey answers",
    KpiSource.RESPONSE_RATE: "Survey response rates",
    KpiSource.ENTERED: "Entered or imported",
    KpiSource.THEMES_ANSWERED: "Themes answered (from actions)",
    KpiSource.DAYS_TO_REPLY: "Days to reply (from actions)",
    KpiSource.ACTIONS_OVERDUE: "Actions overdue (from actions)",
}
LOOP_RULES = {
    KpiSource.THEMES_ANSWERED: (
        "Of the themes with at least {least} comments in each survey that closed in the period, "
        "the percentage with a published action linked to the theme and the survey."
    ),
    KpiSource.DAYS_TO_REPLY: (
        "The median number of days from a survey’s closing date to its first published "
        "action, over the surveys that closed in the period and have one."
    ),
    KpiSource.ACTIONS_OVERDUE: (
        "Of the actions open at the end of the period (not done and not ‘not doing’) with a "
        "due date, the percentage whose due date had passed. The current period is counted "
        "at the end of today."
    ),
}
LOOP_COLUMNS = {
    KpiSource.THEMES_ANSWERED: ("Themes with a response", "Themes"),
    KpiSource.ACTIONS_OVERDUE: ("Overdue", "Open actions with a due date"),
    KpiSource.ANSWERS: ("Positive", "Base"),
    KpiSource.RESPONSE_RATE: ("Responses", "Target population"),
}
"""What a KPI's numerator and denominator are, for the trend's table."""
SPARKLINE_WIDTH, SPARKLINE_HEIGHT, SPARKLINE_PAD = 96, 28, 3


def _rounded(value: float | Decimal, places: int) -> Decimal:
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return number.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def _plain(number: Decimal) -> str:
    """'1,234' or '1,234.5' (no trailing zeros after the point)."""
    whole = number == number.to_integral_value()
    return f"{number:,.0f}" if whole else f"{number.normalize():,f}"


def plain_number(number: Decimal) -> str:
    """A stored number as typed into a form: '60', '59.9' (no separators, no trailing zeros)."""
    return f"{Decimal(number).normalize():f}"


def format_value(value: float | Decimal | None, unit: KpiUnit) -> str:
    """A value as the board reads it: '62.3%', '1,234' or '12.5 days' ('–' for none)."""
    if value is None:
        return MISSING
    if unit == KpiUnit.PERCENT:
        return f"{_plain(_rounded(value, 1))}%"
    if unit == KpiUnit.COUNT:
        return _plain(_rounded(value, 0))
    days = _rounded(value, 1)
    return f"{_plain(days)} day{'' if days == 1 else 's'}"


def point_value(point: KpiPoint | None, unit: KpiUnit) -> str:
    """A point's value, with the counts behind it for survey KPIs: '62.3% (81 of 130)'."""
    if point is None:
        return MISSING
    text = format_value(point.value, unit)
    if point.numerator is not None and point.denominator is not None:
        text += f" ({point.numerator:,} of {point.denominator:,})"
    return text


def direction_text(kpi: Kpi) -> str:
    """'Higher is better' or 'Lower is better'."""
    return "Higher is better" if kpi.direction == KpiDirection.UP else "Lower is better"


def change_text(status: KpiStatus) -> str:
    """The change since the previous period, like 'Up 6.2 points since Q1 2026-27: better'."""
    if status.change is None or status.previous is None:
        return "No earlier period to compare with"
    change = status.change
    text = f"{change.movement(status.kpi.unit.value).capitalize()} since {status.previous.label}"
    return f"{text}: {change.verdict}" if change.verdict else text


def test_text(status: KpiStatus) -> str | None:
    """Whether the change between the latest two proportions is more than chance, in words."""
    test, latest, previous = status.test, status.latest, status.previous
    if test is None or latest is None or previous is None:
        return None
    verdict = "significant" if test.significant else "not significant"
    meaning = "unlikely to be chance" if test.significant else "could be chance"
    return (
        f"The change from {previous.label} to {latest.label} is {verdict}: a two-proportion "
        f"test gives {format_p_value(test.p_value)}, so it {meaning}."
    )


def sparkline_points(values: Sequence[float]) -> str:
    """SVG polyline points drawing `values` left to right in a small box (highest at the top)."""
    if not values:
        return ""
    low, high = min(values), max(values)
    spread = (high - low) or 1
    inner_width = SPARKLINE_WIDTH - 2 * SPARKLINE_PAD
    inner_height = SPARKLINE_HEIGHT - 2 * SPARKLINE_PAD
    step = inner_width / max(len(values) - 1, 1)
    points = []
    for index, value in enumerate(values):
        x = SPARKLINE_PAD + index * step
        y = SPARKLINE_PAD + inner_height * (1 - (value - low) / spread if high > low else 0.5)
        points.append(f"{x:.1f},{y:.1f}")
    return " ".join(points)


def rag_rules(kpi: Kpi) -> list[str]:
    """What each rating means for this KPI, like 'Green: 60% or more'."""
    if kpi.target is None:
        return []
    better = "or more" if kpi.direction == KpiDirection.UP else "or less"
    worse = "below" if kpi.direction == KpiDirection.UP else "above"
    target = format_value(kpi.target, kpi.unit)
    if kpi.amber_threshold is None:
        return [f"Green: {target} {better}", f"Red: {worse} {target}"]
    amber = format_value(kpi.amber_threshold, kpi.unit)
    return [
        f"Green: {target} {better}",
        f"Amber: {amber} {better}, short of the target",
        f"Red: {worse} {amber}",
    ]


def rule_text(kpi: Kpi, options: Sequence[KeyOption]) -> str:
    """How a KPI is worked out, in a sentence or two (`options`: its key's answers)."""
    if kpi.source in LOOP_RULES:
        return LOOP_RULES[kpi.source].format(least=f"{min_comments():,}")
    audience = f" from {kpi.audience.name.lower()}" if kpi.audience else ""
    only = f" (only {kpi.audience.name.lower()})" if kpi.audience else ""
    if kpi.source == KpiSource.RESPONSE_RATE:
        return (
            f"Responses{audience} to each survey with a target population, as a percentage of "
            "that target, in the period the survey closed (or opened, while it is open)."
        )
    if kpi.source == KpiSource.ENTERED:
        return "Entered on this site or imported from a CSV file, a value for each period."
    if not kpi.question_key:
        return "No question has been chosen yet."
    labels = {option.value: option.label for option in options}
    text = (
        f"Of the people answering questions with the key ‘{kpi.question_key}’{only}, the "
        f"percentage who chose {_either(labels, kpi.positive_values)}, in the period they "
        "answered."
    )
    left_out = [option.value for option in options if not option.in_base]
    if left_out:
        text += f" People who said {_either(labels, left_out)} are not counted."
    return text


def _either(labels: dict[str, str], values: Sequence[str]) -> str:
    names = [f"‘{labels.get(value, value)}’" for value in values]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def trend_chart(status: KpiStatus) -> Chart:
    """The KPI's values over time with its target, and the counts behind survey KPIs."""
    kpi = status.kpi
    kind = {KpiUnit.PERCENT: "percent", KpiUnit.COUNT: "count"}.get(kpi.unit, "number")
    extra = ()
    if kpi.source in LOOP_COLUMNS:
        top, bottom = LOOP_COLUMNS[kpi.source]
        extra = (Column("numerator", top, "count"), Column("denominator", bottom, "count"))
    rows = [
        {
            "period": point.label,
            "value": point.value,
            "numerator": point.numerator,
            "denominator": point.denominator,
        }
        for point in status.points
    ]
    heading = {"percent": "Value (%)", "count": "Value", "number": "Days"}[kind]
    return line_chart(
        "trend",
        f"{kpi.name}: trend",
        rows,
        Column("period", "Period"),
        Column("value", heading, kind),
        target=as_float(kpi.target),
        extra_columns=extra,
        description=f"{kpi.name} in each period"
        + (
            ""
            if kpi.target is None
            else f", with the target of {format_value(kpi.target, kpi.unit)}"
        ),
    )
