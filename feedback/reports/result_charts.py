"""Charts of results: answers to each choice question, breakdowns, periods and waves.

Each chart draws percentages of the people who answered (the base), with the data table beside
it; see `feedback.charts`. Ids are unique on the results page, so downloads find their chart.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.charts import Chart, Column, bar_chart, line_chart
from feedback.reports.display import interval, option_names, people
from feedback.reports.filters import BREAKDOWNS
from feedback.reports.periods import PERIODS
from feedback.reports.results import POSITIVE, Breakdown, Measure, QuestionResult, measures
from feedback.reports.waves import WaveComparison

PEOPLE = Column("people", "People", "count")
BASE = Column("base", "People who answered", "count")
NOT_COUNTED = "Not counted"


def _base_words(result: QuestionResult) -> str:
    words = f"the {people(result.base)} who answered"
    if result.outside_base:
        words += f" (not counting {option_names(result.outside_base)})"
    return words


def _percent(measure: Measure | None) -> Column:
    """The percent column: positive, choosing one option, or (None) the option in each row."""
    if measure is None:
        heading = "Percent who chose the answer"
    elif measure.key == POSITIVE:
        heading = "Percent positive"
    else:
        heading = f"Percent who chose ‘{measure.label}’"
    return Column("percent", heading, "percent")


def option_chart(result: QuestionResult, position: int) -> Chart:
    """A bar per option: the percent of the base who chose it, with the count and interval.

    Options outside the base ("Don't know") are listed with their count, and no bar.
    """
    rows = [
        {
            "answer": option.label,
            "percent": option.share.percent if option.in_base else None,
            "people": option.count,
            "interval": interval(option.share) if option.in_base else NOT_COUNTED,
        }
        for option in result.options
    ]
    return bar_chart(
        f"question-{result.key}",
        f"Answers to question {position}: {result.text}",
        rows,
        category=Column("answer", "Answer"),
        value=Column("percent", f"Percent of {result.base:,} who answered", "percent"),
        extra_columns=(PEOPLE, Column("interval", "95% confidence interval")),
        description=f"The percent of {_base_words(result)} who chose each answer.",
        missing=NOT_COUNTED,
    )


def _measure_rows(labelled: Sequence[tuple[str, QuestionResult]]) -> list[dict]:
    """A row per group and measure: the measure's share of the group's base."""
    return [
        {
            "group": label,
            "measure_key": measure.key,
            "measure": measure.label,
            "percent": measure.share.percent if measure.share else None,
            "people": measure.share.count if measure.share else None,
            "base": result.base,
        }
        for label, result in labelled
        for measure in measures(result)
    ]


def _trend(
    chart_id: str, title: str, heading: str, labelled: Sequence[tuple[str, QuestionResult]]
) -> Chart:
    """A line through the groups in order: percent positive, or a line per option."""
    first = measures(labelled[0][1])
    several = len(first) > 1
    return line_chart(
        chart_id,
        title,
        _measure_rows(labelled),
        x=Column("group", heading),
        y=_percent(None if several else first[0]),
        series=Column("measure", "Answer") if several else None,
        extra_columns=(PEOPLE, BASE),
        description=f"{title}, as a percent of the people who answered in each.",
    )


def breakdown_charts(result: QuestionResult, table: Breakdown) -> list[Chart]:
    """A line over time for a breakdown by period; else a bar chart of the groups per measure
    (percent positive for a scale, each option otherwise)."""
    heading = BREAKDOWNS[table.by]
    labelled = [(row.label, row.result) for row in table.rows]
    if not labelled:
        return []
    if table.by in PERIODS:
        title = f"‘{result.text}’ by {heading.lower()}"
        return [_trend(f"breakdown-{table.by}", title, heading, labelled)]
    rows = _measure_rows(labelled)
    charts = []
    for number, measure in enumerate(measures(result), 1):
        subject = "Positive" if measure.key == POSITIVE else f"‘{measure.label}’"
        charts.append(
            bar_chart(
                f"breakdown-{table.by}-{number}",
                f"{subject} by {heading.lower()}: {result.text}",
                [row for row in rows if row["measure_key"] == measure.key],
                category=Column("group", heading),
                value=_percent(measure),
                extra_columns=(PEOPLE, BASE),
                description=f"The percent of the people in each {heading.lower()} who answered.",
            )
        )
    return charts


def wave_chart(comparison: WaveComparison) -> Chart:
    """A line through the waves, oldest first."""
    current = comparison.current.result
    labelled = [(wave.survey.title, wave.result) for wave in comparison.waves]
    return _trend(f"waves-{comparison.key}", f"‘{current.text}’ in each wave", "Survey", labelled)
