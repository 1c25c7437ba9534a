"""The scorecard as charts and as a table to download."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from feedback.charts import Chart, Column, line_chart
from feedback.manage.services import long_date
from feedback.scorecard.measures import PledgeMeasure
from feedback.scorecard.services import PledgeCard

CSV_HEADINGS = (
    "Pledge",
    "Question key",
    "Question",
    "Who was asked",
    "Survey",
    "Opened",
    "People who answered",
    "Base",
    "Positive answers",
    "Positive count",
    "Percent positive",
)


def trend_chart(measure: PledgeMeasure, chart_id: str, missing: str = "–") -> Chart:
    """A line through the measure's percentage positive in each wave someone answered, with
    the survey and its base in the table; `missing` stands for a hidden figure."""
    rows = [
        {
            "opened": long_date(found.opened),
            "survey": found.survey.title,
            "percent": found.percent,
            "base": found.base,
        }
        for found in measure.answered
    ]
    return line_chart(
        chart_id,
        f"Trend: {measure.text}",
        rows,
        Column("opened", "Survey opened"),
        Column("percent", "Positive", "percent"),
        extra_columns=(Column("survey", "Survey"), Column("base", "People who answered", "count")),
        description=(
            f"The percentage who answered {measure.positive_label} in each survey that asked "
            f"‘{measure.text}’, oldest first"
        ),
        missing=missing,
    )


def trend_charts(card: PledgeCard, missing: str = "–") -> list[Chart]:
    """A trend chart for each measure asked in more than one survey, as `measure-<n>` (from 1)."""
    return [
        trend_chart(measure, f"measure-{number}", missing)
        for number, measure in enumerate(card.measures, 1)
        if len(measure.answered) > 1
    ]


def csv_rows(cards: Sequence[PledgeCard]) -> Iterator[list]:
    """A row per wave of every measure, for `CSV_HEADINGS`: dates as 2026-01-31, percentages
    to 1 decimal place."""
    for card in cards:
        for measure in card.measures:
            for found in measure.points:
                percent = None if found.percent is None else Decimal(f"{found.percent:.1f}")
                yield [
                    card.pledge.title,
                    measure.key,
                    measure.text,
                    measure.audiences,
                    found.survey.title,
                    found.opened.isoformat(),
                    found.answered,
                    found.base,
                    measure.positive_label,
                    found.positive,
                    percent,
                ]
