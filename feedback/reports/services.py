"""What the results page shows: the filters offered and chosen, the results and a breakdown."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Audience, Channel, Locality, Question, Survey
from feedback.reports.filters import BREAKDOWNS, ReadFilters, read_filters
from feedback.reports.results import (
    Breakdown,
    QuestionResult,
    SurveyResults,
    breakdown,
    survey_results,
)


@dataclass(frozen=True)
class FilterChoices:
    """What each filter offers, as (value, label) pairs in the order staff expect."""

    audiences: list[tuple[str, str]]
    localities: list[tuple[str, str]]
    channels: list[tuple[str, str]]


def filter_choices() -> FilterChoices:
    """Every audience, locality and channel a report can be filtered by."""

    def slugs_and_names(model) -> list[tuple[str, str]]:
        rows = db.session.execute(select(model.slug, model.name).order_by(model.position))
        return [(row.slug, row.name) for row in rows]

    return FilterChoices(
        audiences=slugs_and_names(Audience),
        localities=slugs_and_names(Locality),
        channels=[(channel.value, channel.label) for channel in Channel],
    )


@dataclass(frozen=True)
class ChosenBreakdown:
    """The question (by key) and grouping chosen for a breakdown, and its results if any."""

    key: str | None
    by: str
    question: QuestionResult | None = None
    table: Breakdown | None = None


@dataclass(frozen=True)
class ResultsPage:
    """Everything the results page shows."""

    choices: FilterChoices
    read: ReadFilters
    results: SurveyResults
    breakdown: ChosenBreakdown


def _chosen_breakdown(results: SurveyResults, args: Mapping[str, str]) -> ChosenBreakdown:
    key = args.get("question") or None
    by = args.get("by") if args.get("by") in BREAKDOWNS else "audience"
    found = next((q for q in results.questions if q.key == key), None)
    if found is None:
        return ChosenBreakdown(key=None, by=by)
    question = db.session.get(Question, found.id)
    return ChosenBreakdown(key, by, found, breakdown(question, by, results.filters))


def results_page(survey: Survey, args: Mapping[str, str]) -> ResultsPage:
    """The results of `survey` with the filters and breakdown chosen in `args` (a query string)."""
    choices = filter_choices()
    read = read_filters(
        args,
        audiences={slug for slug, _ in choices.audiences},
        localities={slug for slug, _ in choices.localities},
    )
    results = survey_results(survey, read.filters)
    return ResultsPage(choices, read, results, _chosen_breakdown(results, args))
