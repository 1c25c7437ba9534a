"""What the results page shows: the filters offered and chosen, the results, a breakdown or a
comparison between waves, summaries by pledge or area, free-text findings, charts and files."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from feedback.analysis.services import shown_text
from feedback.charts import Chart
from feedback.extensions import db
from feedback.models import Audience, Channel, Locality, Question, Survey, User
from feedback.reports.display import quote
from feedback.reports.filters import (
    BREAKDOWNS,
    SUMMARIES,
    WAVES,
    ReadFilters,
    ResultFilters,
    read_filters,
)
from feedback.reports.free_text import FreeText, free_text
from feedback.reports.publish import results_csv, results_record
from feedback.reports.result_charts import breakdown_charts, option_chart, wave_chart
from feedback.reports.results import (
    Breakdown,
    QuestionResult,
    SurveyResults,
    breakdown,
    survey_results,
)
from feedback.reports.tagged import TagSummary, tag_summary
from feedback.reports.waves import WaveComparison, wave_comparisons


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


def read_page_filters(args: Mapping[str, str]) -> tuple[FilterChoices, ReadFilters]:
    """The filters offered, and those chosen in `args` (a query string)."""
    choices = filter_choices()
    read = read_filters(
        args,
        audiences={slug for slug, _ in choices.audiences},
        localities={slug for slug, _ in choices.localities},
    )
    return choices, read


@dataclass(frozen=True)
class ChosenBreakdown:
    """The question (by key) and what it is broken down by (a group, a period or the waves)."""

    key: str | None
    by: str
    question: QuestionResult | None = None
    table: Breakdown | None = None
    waves: WaveComparison | None = None


@dataclass(frozen=True)
class ResultsPage:
    """Everything the results page shows."""

    choices: FilterChoices
    read: ReadFilters
    results: SurveyResults
    breakdown: ChosenBreakdown
    summary: TagSummary | None
    waves: dict[str, WaveComparison]
    free_text: dict[int, FreeText]
    question_charts: dict[str, Chart]
    """A bar chart of the answers to each choice question someone answered, by key."""
    breakdown_charts: list[Chart]

    @property
    def charts(self) -> list[Chart]:
        """Every chart on the page."""
        return [*self.question_charts.values(), *self.breakdown_charts]


def _chosen_breakdown(
    results: SurveyResults, waves: dict[str, WaveComparison], args: Mapping[str, str]
) -> ChosenBreakdown:
    key = args.get("question") or None
    by = args.get("by") if args.get("by") in (*BREAKDOWNS, WAVES) else "audience"
    found = next((q for q in results.questions if q.key == key and q.is_choice), None)
    if found is None:
        return ChosenBreakdown(key=None, by=by)
    if by == WAVES:
        return ChosenBreakdown(key, by, found, waves=waves.get(key))
    question = db.session.get(Question, found.id)
    return ChosenBreakdown(key, by, found, breakdown(question, by, results.filters))


def _question_charts(results: SurveyResults) -> dict[str, Chart]:
    return {
        result.key: option_chart(result, position)
        for position, result in enumerate(results.questions, 1)
        if result.is_choice and result.n
    }


def _breakdown_charts(chosen: ChosenBreakdown) -> list[Chart]:
    if chosen.table is not None:
        return breakdown_charts(chosen.question, chosen.table)
    return [wave_chart(chosen.waves)] if chosen.waves is not None else []


def _shown_quotes(found: dict[int, FreeText], user: User) -> dict[int, FreeText]:
    """Quotes as `user` may read them (redacted unless they review comments), cut to length."""
    return {
        question_id: FreeText(
            sentiments=text.sentiments,
            quotes={
                slug: tuple(quote(shown_text(said, user)) for said in quotes)
                for slug, quotes in text.quotes.items()
            },
        )
        for question_id, text in found.items()
    }


def results_page(survey: Survey, args: Mapping[str, str], user: User) -> ResultsPage:
    """The results of `survey` as `user` sees them, with what `args` (a query string) chooses:
    filters, a breakdown or comparison between waves, and a summary by pledge or area."""
    choices, read = read_page_filters(args)
    results = survey_results(survey, read.filters)
    waves = wave_comparisons(survey, user, read.filters)
    chosen = _chosen_breakdown(results, waves, args)
    summary_by = args.get("summary")
    return ResultsPage(
        choices=choices,
        read=read,
        results=results,
        breakdown=chosen,
        summary=tag_summary(results, summary_by) if summary_by in SUMMARIES else None,
        waves=waves,
        free_text=_shown_quotes(free_text(results.questions, read.filters), user),
        question_charts=_question_charts(results),
        breakdown_charts=_breakdown_charts(chosen),
    )


FILE_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


@dataclass(frozen=True)
class ResultsFile:
    """A download of a survey's results."""

    name: str
    body: str
    mimetype: str


def results_file(
    survey: Survey, filters: ResultFilters, file_type: str, threshold: int | None
) -> ResultsFile:
    """Every figure (`threshold` None) or the figures that may be shared, with small numbers
    hidden, over the responses the filters let through, as CSV or JSON.

    The file's name says whether it is for sharing; JSON says so too, with the filters used.
    """
    record = results_record(survey_results(survey, filters), threshold)
    if file_type == "csv":
        body = results_csv(record)
    else:
        about = {"for_sharing": threshold is not None, "suppression_threshold": threshold}
        body = json.dumps(
            about | {"filters": filters.args()} | record, ensure_ascii=False, indent=2
        )
    purpose = "for-sharing" if threshold is not None else "not-for-sharing"
    filtered = "-filtered" if filters.is_filtered else ""
    name = f"{survey.slug}-results{filtered}-{purpose}.{file_type}"
    return ResultsFile(name, body, FILE_TYPES[file_type])
