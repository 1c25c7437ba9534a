"""Per-question results of a survey, counted in SQL.

Each figure comes from a GROUP BY over the answers, so memory does not grow with the number of
responses. For choice questions `n` is how many responses answered the question; the base is
`n` less those who chose an option outside the base ("Don't know"); each percentage is of the
base, with a 95% Wilson interval. Multiple choice percentages are of respondents, so they can
add up to more than 100%.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import selectinload

from feedback.definitions import question_definition
from feedback.extensions import db
from feedback.models import (
    FREE_TEXT_TYPES,
    Answer,
    Audience,
    Channel,
    CodebookTheme,
    CommentTheme,
    Decision,
    Locality,
    Mode,
    Question,
    Response,
    Section,
    Survey,
)
from feedback.reports.filters import ResultFilters
from feedback.reports.languages import language_label, language_order
from feedback.reports.periods import PERIODS, period_label, period_number
from stats.proportions import percent, wilson_interval
from surveys.model import Option
from surveys.types import get_type

SUMMARISED_TYPES = frozenset({"number", "rating"})
"""Question types whose answers are numbers, summarised by mean, median, minimum and maximum."""


@dataclass(frozen=True)
class Share:
    """Part of a base: its count, its percentage (0–100) and the 95% Wilson interval."""

    count: int
    percent: float | None
    ci_low: float | None
    ci_high: float | None


def share(count: int, base: int) -> Share:
    """`count` out of `base`; the percentage and interval are None when the base is 0."""
    if base <= 0:
        return Share(count, None, None, None)
    low, high = wilson_interval(count, base)
    return Share(count, percent(count, base), low, high)


@dataclass(frozen=True)
class OptionResult:
    """How many chose one option. Options outside the base have no share."""

    value: str
    label: str
    count: int
    share: Share | None

    @property
    def in_base(self) -> bool:
        """False for options, like "Don't know", that are not counted in the base."""
        return self.share is not None


@dataclass(frozen=True)
class NumberSummary:
    """The spread of the numbers given in answer to one question, exactly."""

    mean: Decimal
    median: Decimal
    minimum: Decimal
    maximum: Decimal


@dataclass(frozen=True)
class ThemeCount:
    """How many answers to a free-text question have a theme, by where it stands."""

    slug: str
    label: str
    accepted: int
    suggested: int

    @property
    def total(self) -> int:
        """Answers with the theme, accepted or suggested."""
        return self.accepted + self.suggested


@dataclass(frozen=True)
class QuestionResult:
    """One question's results. `base`, `options` and the shares apply to choice questions only."""

    id: int
    key: str
    text: str
    type: str
    n: int
    base: int | None = None
    options: tuple[OptionResult, ...] = ()
    positive: Share | None = None
    negative: Share | None = None
    summary: NumberSummary | None = None
    themes: tuple[ThemeCount, ...] = ()

    @property
    def is_choice(self) -> bool:
        return get_type(self.type).is_choice

    @property
    def multiple(self) -> bool:
        """True when respondents could choose several options."""
        return get_type(self.type).multiple

    @property
    def positive_values(self) -> frozenset[str]:
        """The option values counted as positive (the top two boxes of a scale)."""
        return get_type(self.type).positive

    @property
    def negative_values(self) -> frozenset[str]:
        """The option values counted as negative (the bottom two boxes of a scale)."""
        return get_type(self.type).negative

    def option(self, value: str) -> OptionResult | None:
        """The result for the option with `value`, if the question has it."""
        return next((option for option in self.options if option.value == value), None)

    @property
    def outside_base(self) -> tuple[OptionResult, ...]:
        """The options shown but not counted in the base, like "Don't know"."""
        return tuple(option for option in self.options if not option.in_base)


@dataclass(frozen=True)
class SurveyResults:
    """Every question's results over the responses the filters let through."""

    survey: Survey
    filters: ResultFilters
    responses: int
    questions: tuple[QuestionResult, ...]


@dataclass(frozen=True)
class BreakdownRow:
    """One group's results for the question broken down (`language`: the group's language code,
    when broken down by language)."""

    label: str
    result: QuestionResult
    language: str | None = None


@dataclass(frozen=True)
class Breakdown:
    """A question's results for each group (audience, locality, channel, mode, language or
    period) answering."""

    by: str
    rows: tuple[BreakdownRow, ...]


POSITIVE = "positive"
"""The key of the measure of a scale question: the share in its top two boxes."""


@dataclass(frozen=True)
class Measure:
    """One figure of a result: the share positive, or the share choosing one option."""

    key: str
    label: str
    share: Share | None


def measures(result: QuestionResult) -> tuple[Measure, ...]:
    """The figures compared between groups, periods and waves: the share positive for a scale,
    else each option's share of the base."""
    if result.positive is not None:
        return (Measure(POSITIVE, "Positive", result.positive),)
    return tuple(
        Measure(option.value, option.label, option.share)
        for option in result.options
        if option.in_base
    )


def measure(result: QuestionResult, key: str) -> Measure | None:
    """The measure of `result` with `key` (an option value, or POSITIVE), if it has one."""
    return next((found for found in measures(result) if found.key == key), None)


# Building one question's result from its counts (no SQL) ---------------------------------------


def question_result(
    question: Question,
    counts: Mapping[str, int],
    n: int,
    summary: NumberSummary | None = None,
    themes: tuple[ThemeCount, ...] = (),
) -> QuestionResult:
    """A question's result from its counts per chosen value and `n`, the responses answering."""
    kind = get_type(question.type)
    common = {"id": question.id, "key": question.key, "text": question.text, "type": question.type}
    if not kind.is_choice:
        return QuestionResult(**common, n=n, summary=summary, themes=themes)
    base = n - sum(counts.get(value, 0) for value in kind.outside_base)
    options = _options_with_counts(kind.options_for(question_definition(question)), counts)
    return QuestionResult(
        **common,
        n=n,
        base=base,
        options=tuple(
            OptionResult(
                value=option.value,
                label=option.label,
                count=counts.get(option.value, 0),
                share=None
                if option.value in kind.outside_base
                else share(counts.get(option.value, 0), base),
            )
            for option in options
        ),
        positive=_scale_share(kind.positive, counts, base),
        negative=_scale_share(kind.negative, counts, base),
        summary=summary,
    )


def _options_with_counts(options: Sequence[Option], counts: Mapping[str, int]) -> list[Option]:
    """The question's options, then any stored choice no longer among them (so none is lost)."""
    known = {option.value for option in options}
    return [*options, *(Option(value, value) for value in sorted(set(counts) - known))]


def _scale_share(values: frozenset[str], counts: Mapping[str, int], base: int) -> Share | None:
    if not values:
        return None
    return share(sum(counts.get(value, 0) for value in values), base)


# SQL -------------------------------------------------------------------------------------------


def _response_conditions(filters: ResultFilters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.audience:
        audience = select(Audience.id).where(Audience.slug == filters.audience)
        conditions.append(Response.audience_id == audience.scalar_subquery())
    if filters.locality:
        locality = select(Locality.id).where(Locality.slug == filters.locality)
        conditions.append(Response.locality_id == locality.scalar_subquery())
    if filters.channel:
        conditions.append(Response.channel == filters.channel)
    if filters.date_from:
        conditions.append(Response.submitted_at >= datetime.combine(filters.date_from, time()))
    if filters.date_to:
        day_after = datetime.combine(filters.date_to + timedelta(days=1), time())
        conditions.append(Response.submitted_at < day_after)
    return conditions


def answer_query(
    question_ids: Iterable[int],
    filters: ResultFilters,
    *columns,
    group: ColumnElement | None = None,
) -> Select:
    """SELECT `columns` (and `group`, first) from the answers to `question_ids`, filtered.

    Responses are joined only when a filter or the group needs them, so unfiltered results
    are read from the answer indexes alone.
    """
    query = select(*([group] if group is not None else []), *columns).where(
        Answer.question_id.in_(list(question_ids))
    )
    conditions = _response_conditions(filters)
    if conditions or group is not None:
        query = query.join(Response, Response.id == Answer.response_id).where(*conditions)
    return query


@dataclass
class Tally:
    """What one question's answers add up to: how many chose each value, and how many answered."""

    choices: dict[str, int] = field(default_factory=dict)
    answered: int = 0


def count_answers(
    questions: Sequence[Question], filters: ResultFilters, group: ColumnElement | None = None
) -> dict:
    """{group: {question id: Tally}} (the group is None when not grouping).

    Answers are stored as one row per option chosen, or one row for any other answer (see
    `feedback.respond.services.answer_rows`), so the rows of a question each come from a
    different response, except for multiple choice, where distinct responses are counted.
    """
    tallies: dict = defaultdict(lambda: defaultdict(Tally))
    if not questions:
        return tallies
    rows = answer_query(
        [q.id for q in questions],
        filters,
        Answer.question_id,
        Answer.choice,
        func.count(),
        group=group,
    )
    for *key, question_id, choice, count in db.session.execute(
        rows.group_by(*rows.selected_columns[:-1])
    ):
        tally = tallies[key[0] if key else None][question_id]
        tally.answered += count
        if choice is not None:
            tally.choices[choice] = count
    several = [q.id for q in questions if get_type(q.type).multiple]
    if several:
        respondents = answer_query(
            several,
            filters,
            Answer.question_id,
            func.count(Answer.response_id.distinct()),
            group=group,
        )
        for *key, question_id, count in db.session.execute(
            respondents.group_by(*respondents.selected_columns[:-1])
        ):
            tallies[key[0] if key else None][question_id].answered = count
    return tallies


def _exact_sum() -> tuple[ColumnElement, Decimal]:
    """A SUM of the numbers, and what it must be multiplied by to give the exact total.

    PostgreSQL adds numerics exactly. SQLite keeps them as floats, so there each number (with
    at most 2 decimal places) is first made a whole number of hundredths, which floats add
    exactly.
    """
    if db.session.get_bind().dialect.name == "postgresql":
        return func.sum(Answer.number), Decimal(1)
    return func.sum(func.round(Answer.number * 100)), Decimal("0.01")


def _number_summaries(
    question_ids: Sequence[int], filters: ResultFilters
) -> dict[int, NumberSummary]:
    """Mean, median, minimum and maximum of each question's numbers, exactly.

    The median is read from the middle of the sorted numbers.
    """
    if not question_ids:
        return {}
    total, unit = _exact_sum()
    query = answer_query(
        question_ids,
        filters,
        Answer.question_id,
        func.count(Answer.number),
        total,
        func.min(Answer.number),
        func.max(Answer.number),
    ).where(Answer.number.is_not(None))
    summaries = {}
    for question_id, count, summed, low, high in db.session.execute(
        query.group_by(Answer.question_id)
    ):
        mean = Decimal(str(summed)) * unit / count
        summaries[question_id] = NumberSummary(
            mean, _median(question_id, count, filters), Decimal(low), Decimal(high)
        )
    return summaries


def _median(question_id: int, count: int, filters: ResultFilters) -> Decimal:
    middle = (
        answer_query([question_id], filters, Answer.number)
        .where(Answer.number.is_not(None))
        .order_by(Answer.number)
        .offset((count - 1) // 2)
        .limit(1 if count % 2 else 2)
    )
    values = [Decimal(value) for value in db.session.scalars(middle)]
    return sum(values) / len(values)


def _theme_counts(
    question_ids: Sequence[int], filters: ResultFilters
) -> dict[int, tuple[ThemeCount, ...]]:
    """Each free-text question's themes, most used first: answers where a person accepted the
    theme, and where the machine suggested it and nobody has decided yet."""
    if not question_ids:
        return {}
    theme = (CodebookTheme.slug, CodebookTheme.label)
    query = (
        answer_query(question_ids, filters, Answer.question_id, *theme, CommentTheme.decision,
                     func.count())
        .join(CommentTheme, CommentTheme.answer_id == Answer.id)
        .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
        .where(CommentTheme.decision.in_([Decision.ACCEPTED, Decision.SUGGESTED]))
        .group_by(Answer.question_id, *theme, CommentTheme.decision)
    )  # fmt: skip
    counts: dict = defaultdict(lambda: defaultdict(Counter))
    for question_id, slug, label, decision, count in db.session.execute(query):
        counts[question_id][slug, label][decision] = count
    return {
        question_id: tuple(sorted(_theme_tallies(by_theme), key=_most_used_first))
        for question_id, by_theme in counts.items()
    }


def _theme_tallies(by_theme: Mapping[tuple[str, str], Counter]) -> list[ThemeCount]:
    return [
        ThemeCount(slug, label, tally[Decision.ACCEPTED], tally[Decision.SUGGESTED])
        for (slug, label), tally in by_theme.items()
    ]


def _most_used_first(theme: ThemeCount) -> tuple[int, str]:
    return -theme.total, theme.label


def survey_questions(survey: Survey) -> list[Question]:
    """The survey's questions in the order respondents meet them, with what results need."""
    return list(
        db.session.scalars(
            select(Question)
            .join(Section, Section.id == Question.section_id)
            .where(Question.survey_id == survey.id)
            .order_by(Section.position, Section.id, Question.position, Question.id)
            .options(
                selectinload(Question.options),
                selectinload(Question.pledges),
                selectinload(Question.areas),
            )
        )
    )


def response_count(survey: Survey, filters: ResultFilters) -> int:
    """How many responses to `survey` the filters let through."""
    query = select(func.count(Response.id)).where(
        Response.survey_id == survey.id, *_response_conditions(filters)
    )
    return db.session.scalar(query) or 0


def survey_results(survey: Survey, filters: ResultFilters | None = None) -> SurveyResults:
    """Every question's results, over the responses `filters` let through (all by default)."""
    filters = filters or ResultFilters()
    questions = survey_questions(survey)
    tallies = count_answers(questions, filters)[None]
    summarised = [question.id for question in questions if question.type in SUMMARISED_TYPES]
    summaries = _number_summaries(summarised, filters)
    themed = [question.id for question in questions if question.type in FREE_TEXT_TYPES]
    themes = _theme_counts(themed, filters)
    return SurveyResults(
        survey=survey,
        filters=filters,
        responses=response_count(survey, filters),
        questions=tuple(
            question_result(
                question,
                tallies[question.id].choices,
                tallies[question.id].answered,
                summaries.get(question.id),
                themes.get(question.id, ()),
            )
            for question in questions
        ),
    )


# Breakdowns ------------------------------------------------------------------------------------


NOT_GIVEN = "Not given"


def _named_groups(by: str) -> tuple[ColumnElement, list[tuple[object, str]]]:
    """The response column to group by, and its groups in order as (value, label)."""
    if by == "channel":
        return Response.channel, [(channel, channel.label) for channel in Channel]
    if by == "mode":
        return Response.mode, [(mode, mode.label) for mode in Mode]
    model, column = {
        "audience": (Audience, Response.audience_id),
        "locality": (Locality, Response.locality_id),
    }[by]
    rows = db.session.execute(select(model.id, model.name).order_by(model.position, model.id))
    return column, [*((row.id, row.name) for row in rows), (None, NOT_GIVEN)]


def breakdown(question: Question, by: str, filters: ResultFilters | None = None) -> Breakdown:
    """`question`'s results for each group `by` that answered: each audience, locality,
    channel or mode in their usual order, each language (English first), or each month, quarter
    or year (see `periods`) in time order."""
    filters = filters or ResultFilters()
    if by in PERIODS:
        column = period_number(by)
        tallies = count_answers([question], filters, group=column)
        groups = [(number, period_label(by, number)) for number in sorted(tallies)]
    elif by == "language":
        tallies = count_answers([question], filters, group=Response.language)
        groups = [(code, language_label(code)) for code in sorted(tallies, key=language_order)]
    else:
        column, groups = _named_groups(by)
        tallies = count_answers([question], filters, group=column)
    rows = tuple(
        BreakdownRow(
            label,
            question_result(question, tally.choices, tally.answered),
            language=value if by == "language" else None,
        )
        for value, label in groups
        if (tally := tallies[value][question.id]).answered
    )
    return Breakdown(by=by, rows=rows)
