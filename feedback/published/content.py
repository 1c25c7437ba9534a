"""What the public results page shows: each question's figures with small numbers suppressed.

The figures are `feedback.reports.publish.results_record` at `SUPPRESSION_THRESHOLD`, the same
record the CSV and JSON downloads contain, so the page and the downloads never disagree. On top
of it: positive and negative shares of scale questions (shown only when every count they are
built on is), breakdowns of scale questions by audience and by locality (see `tables`), and the
themes a person has checked in free-text answers, with at most two redacted quotes for each
theme whose count is shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select

from feedback.analysis.services import redact_names
from feedback.charts import Chart, Column, bar_chart
from feedback.extensions import db
from feedback.models import Answer, CodebookTheme, CommentTheme, Decision, Question, Survey
from feedback.published.services import suppression_threshold
from feedback.published.tables import PublicBreakdown, public_breakdown
from feedback.reports.display import option_names, people, whole_percent
from feedback.reports.publish import results_record
from feedback.reports.results import QuestionResult, Share, breakdown, survey_results
from stats.suppression import SUPPRESSED, suppress_counts
from theming.redaction import redact

QUOTES_PER_THEME = 2
QUOTE_MIN_LENGTH = 40
"""Quotes this long or longer are preferred: shorter answers rarely show what a theme means."""
BREAKDOWNS = {"audience": "Audience", "locality": "Locality"}
"""What scale questions are broken down by on the public page, and the column heading."""


@dataclass(frozen=True)
class PublicOption:
    """One answer option as published: None wherever a figure is hidden."""

    label: str
    in_base: bool
    count: int | None
    percent: float | None
    ci_low: float | None
    ci_high: float | None


@dataclass(frozen=True)
class ScaleLine:
    """The share of the base in a scale's top (or bottom) two boxes, shown only when every
    count it is built on is."""

    name: str
    options: str
    share: Share


@dataclass(frozen=True)
class PublicTheme:
    """A theme a person checked in a free-text question's answers, with redacted quotes."""

    label: str
    count: int | None
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class NamedBreakdown:
    """A breakdown with what it is by, like "Audience"."""

    by: str
    heading: str
    table: PublicBreakdown


@dataclass(frozen=True)
class PublicQuestion:
    """One question's published results."""

    position: int
    key: str
    text: str
    is_choice: bool
    multiple: bool
    answered: bool
    n: int | None
    base: int | None
    options: tuple[PublicOption, ...] = ()
    scale_lines: tuple[ScaleLine, ...] = ()
    mean: Decimal | None = None
    median: Decimal | None = None
    themes: tuple[PublicTheme, ...] = ()
    breakdowns: tuple[NamedBreakdown, ...] = ()
    chart: Chart | None = None

    @property
    def outside_base(self) -> tuple[PublicOption, ...]:
        """Options shown but not counted in the base, like "Don't know"."""
        return tuple(option for option in self.options if not option.in_base)

    @property
    def too_few(self) -> bool:
        """True when people answered but too few for any of the question's figures to be shown."""
        if not self.answered:
            return False
        if self.is_choice:
            return self.base is None and all(option.count is None for option in self.options)
        return self.n is None

    @property
    def percentages_hidden(self) -> bool:
        """True when some counts are shown but the base is hidden, and so every percentage:
        showing it would give away a small count outside it, like "Don't know"."""
        return self.is_choice and self.base is None and not self.too_few


@dataclass(frozen=True)
class PublicResults:
    """Everything the public results page of a survey shows."""

    survey: Survey
    threshold: int
    responses: int | None
    questions: tuple[PublicQuestion, ...]

    @property
    def charts(self) -> list[Chart]:
        return [question.chart for question in self.questions if question.chart is not None]

    @property
    def too_few(self) -> list[PublicQuestion]:
        """Questions that people answered but whose figures are all hidden."""
        return [question for question in self.questions if question.too_few]


def public_record(survey: Survey) -> dict:
    """The results record of `survey` with small numbers suppressed: what the downloads hold."""
    return results_record(survey_results(survey), suppression_threshold())


def public_results(survey: Survey) -> PublicResults:
    """The results of `survey` as the public may see them."""
    threshold = suppression_threshold()
    results = survey_results(survey)
    record = results_record(results, threshold)
    quotes = _quotes(results.questions)
    questions = tuple(
        _public_question(position, result, shown, threshold, quotes.get(result.id, {}))
        for position, (result, shown) in enumerate(
            zip(results.questions, record["questions"], strict=True), 1
        )
    )
    return PublicResults(survey, threshold, record["responses"], questions)


def _public_question(
    position: int,
    result: QuestionResult,
    shown: dict,
    threshold: int,
    quotes: dict[str, list[str]],
) -> PublicQuestion:
    summary = shown["summary"] or {}
    options = tuple(
        PublicOption(
            label=option["label"],
            in_base=option["in_base"],
            count=option["count"],
            percent=option["percent"],
            ci_low=option["ci_low"],
            ci_high=option["ci_high"],
        )
        for option in shown["options"]
    )
    base_shown = shown["base"] is not None
    return PublicQuestion(
        position=position,
        key=result.key,
        text=result.text,
        is_choice=result.is_choice,
        multiple=result.multiple,
        answered=result.n > 0,
        n=shown["n"],
        base=shown["base"],
        options=options,
        scale_lines=_scale_lines(result, shown) if base_shown else (),
        mean=_decimal(summary.get("mean")),
        median=_decimal(summary.get("median")),
        themes=_themes(result, threshold, quotes),
        breakdowns=_breakdowns(result, options, threshold) if base_shown else (),
        chart=_chart(position, result, shown["base"], options),
    )


def _decimal(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _scale_lines(result: QuestionResult, shown: dict) -> tuple[ScaleLine, ...]:
    """Positive and negative shares whose counts are all shown."""
    hidden = {
        option.value
        for option, published in zip(result.options, shown["options"], strict=True)
        if published["count"] is None
    }
    lines = []
    for name, share, values in (
        ("Positive", result.positive, result.positive_values),
        ("Negative", result.negative, result.negative_values),
    ):
        if share is not None and share.percent is not None and not values & hidden:
            names = option_names(option for option in result.options if option.value in values)
            lines.append(ScaleLine(name, names, share))
    return tuple(lines)


def _breakdowns(
    result: QuestionResult, options: Sequence[PublicOption], threshold: int
) -> tuple[NamedBreakdown, ...]:
    """The scale question's answers by audience and by locality, where more than one group
    answered."""
    if result.positive is None or result.multiple:
        return ()
    stored = db.session.get(Question, result.id)
    values = [option.value for option in result.options if option.in_base]
    answers = [(option.label, option.count) for option in options if option.in_base]
    tables = []
    for by, heading in BREAKDOWNS.items():
        rows = breakdown(stored, by).rows
        if len(rows) < 2:
            continue
        groups = [(row.label, [_count(row.result, value) for value in values]) for row in rows]
        tables.append(NamedBreakdown(by, heading, public_breakdown(answers, groups, threshold)))
    return tuple(tables)


def _count(result: QuestionResult, value: str) -> int:
    option = result.option(value)
    return option.count if option else 0


def interval_text(low: float | None, high: float | None) -> str | None:
    """A 95% confidence interval in words, like "57% to 67%" (None when hidden)."""
    if low is None or high is None:
        return None
    return f"{whole_percent(low)} to {whole_percent(high)}"


def _chart(
    position: int, result: QuestionResult, base: int | None, options: Sequence[PublicOption]
) -> Chart | None:
    """The percent of the base who chose each answer counted in it or, when the base is hidden,
    the number of people who chose each answer; None when there is nothing to draw."""
    if not result.is_choice or all(option.count is None for option in options):
        return None
    if base is None:
        return _count_chart(position, result, options)
    rows = [
        {
            "answer": option.label,
            "percent": option.percent,
            "people": option.count,
            "interval": interval_text(option.ci_low, option.ci_high),
        }
        for option in options
        if option.in_base
    ]
    outside = result.outside_base
    not_counting = f", not counting {option_names(outside)}" if outside else ""
    return bar_chart(
        _chart_id(result),
        _chart_title(position, result),
        rows,
        category=Column("answer", "Answer"),
        value=Column("percent", f"Percent of {base:,} who answered", "percent"),
        extra_columns=(
            Column("people", "People", "count"),
            Column("interval", "95% confidence interval"),
        ),
        description=(
            f"The percent of the {people(base)} who answered{not_counting} who chose "
            f"each answer. {SUPPRESSED} marks a figure hidden to protect small numbers."
        ),
        missing=SUPPRESSED,
    )


def _count_chart(position: int, result: QuestionResult, options: Sequence[PublicOption]) -> Chart:
    """The number of people who chose each answer, for a question whose base is hidden."""
    return bar_chart(
        _chart_id(result),
        _chart_title(position, result),
        [{"answer": option.label, "people": option.count} for option in options],
        category=Column("answer", "Answer"),
        value=Column("people", "People", "count"),
        description=(
            f"The number of people who chose each answer. {SUPPRESSED} marks a number hidden "
            "to protect small numbers."
        ),
        missing=SUPPRESSED,
    )


def _chart_id(result: QuestionResult) -> str:
    return f"question-{result.key}"


def _chart_title(position: int, result: QuestionResult) -> str:
    return f"Answers to question {position}: {result.text}"


def _themes(
    result: QuestionResult, threshold: int, quotes: dict[str, list[str]]
) -> tuple[PublicTheme, ...]:
    """Themes a person accepted, most used first; counts from 1 to threshold − 1 hidden, and no
    quote for a theme whose count is hidden."""
    checked = sorted(
        (theme for theme in result.themes if theme.accepted),
        key=lambda theme: (-theme.accepted, theme.label),
    )
    if not checked:
        return ()
    counts = suppress_counts([theme.accepted for theme in checked], threshold, False)
    names = redact_names()
    return tuple(
        PublicTheme(
            label=theme.label,
            count=count,
            quotes=()
            if count is None
            else tuple(redact(text, names) for text in quotes.get(theme.slug, ())),
        )
        for theme, count in zip(checked, counts, strict=True)
    )


def _quotes(results: Sequence[QuestionResult]) -> dict[int, dict[str, list[str]]]:
    """{question id: {theme slug: answers}}: up to QUOTES_PER_THEME answers per theme a person
    accepted, as written: those of at least QUOTE_MIN_LENGTH characters first, shortest first."""
    question_ids = [result.id for result in results if any(t.accepted for t in result.themes)]
    if not question_ids:
        return {}
    rank = func.row_number().over(
        partition_by=(Answer.question_id, CommentTheme.theme_id),
        order_by=(
            case((func.length(Answer.text) < QUOTE_MIN_LENGTH, 1), else_=0),
            func.length(Answer.text),
            Answer.id,
        ),
    )
    ranked = (
        select(
            Answer.question_id,
            CodebookTheme.slug.label("slug"),
            Answer.text.label("text"),
            rank.label("rank"),
        )
        .join(CommentTheme, CommentTheme.answer_id == Answer.id)
        .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
        .where(
            Answer.question_id.in_(question_ids),
            CommentTheme.decision == Decision.ACCEPTED,
            Answer.text.is_not(None),
            Answer.text != "",
        )
        .subquery()
    )
    rows = db.session.execute(
        select(ranked.c.question_id, ranked.c.slug, ranked.c.text)
        .where(ranked.c.rank <= QUOTES_PER_THEME)
        .order_by(ranked.c.question_id, ranked.c.slug, ranked.c.rank)
    )
    quotes: dict = defaultdict(lambda: defaultdict(list))
    for question_id, slug, text in rows:
        quotes[question_id][slug].append(text)
    return quotes
