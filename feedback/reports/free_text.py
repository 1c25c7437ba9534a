"""What free-text answers say: how they feel (sentiment) and quotes that show each top theme.

Counted in SQL over the answers the filters let through, like every other result. Quotes are
returned as written: whoever shows them passes them through
`feedback.analysis.services.shown_text` for the person reading.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select

from feedback.extensions import db
from feedback.models import (
    FREE_TEXT_TYPES,
    Answer,
    CodebookTheme,
    CommentAnalysis,
    CommentTheme,
    Decision,
)
from feedback.reports.filters import ResultFilters
from feedback.reports.results import QuestionResult, answer_query
from theming.model import SentimentLabel

SENTIMENTS = (
    SentimentLabel.POSITIVE,
    SentimentLabel.MIXED,
    SentimentLabel.NEUTRAL,
    SentimentLabel.NEGATIVE,
)
"""Sentiments in the order they are shown."""
TOP_THEMES = 3
"""How many of a question's most used themes get quotes."""
QUOTES_PER_THEME = 3
CANDIDATES = 4
"""Answers read per quote wanted, so repeated answers can be passed over."""


@dataclass(frozen=True)
class FreeText:
    """One free-text question's answers by sentiment, and quotes for its top themes."""

    sentiments: dict[SentimentLabel, int]
    quotes: dict[str, tuple[str, ...]]
    """Up to `QUOTES_PER_THEME` answers for each top theme, by theme slug, as written."""

    @property
    def analysed(self) -> int:
        """How many answers have had their sentiment worked out."""
        return sum(self.sentiments.values())


def _sentiments(question_ids: Sequence[int], filters: ResultFilters) -> dict:
    query = (
        answer_query(
            question_ids, filters, Answer.question_id, CommentAnalysis.sentiment, func.count()
        )
        .join(CommentAnalysis, CommentAnalysis.answer_id == Answer.id)
        .group_by(Answer.question_id, CommentAnalysis.sentiment)
    )
    counts: dict = defaultdict(dict)
    for question_id, sentiment, count in db.session.execute(query):
        counts[question_id][SentimentLabel(sentiment)] = count
    return counts


def _quotes(results: Sequence[QuestionResult], filters: ResultFilters) -> dict:
    """{question id: {theme slug: quotes}} for each question's top themes.

    A theme a person accepted is shown first, then the machine's most confident suggestions,
    then the shortest answers, so the quotes are the clearest examples of the theme. Answers
    written the same way by several people are quoted once.
    """
    top = {(result.id, theme.slug) for result in results for theme in result.themes[:TOP_THEMES]}
    if not top:
        return {}
    order = func.row_number().over(
        partition_by=(Answer.question_id, CommentTheme.theme_id),
        order_by=(
            case((CommentTheme.decision == Decision.ACCEPTED, 0), else_=1),
            func.coalesce(CommentTheme.score, 1).desc(),
            func.length(Answer.text),
            Answer.id,
        ),
    )
    ranked = (
        answer_query(
            {question_id for question_id, _ in top},
            filters,
            Answer.question_id,
            CodebookTheme.slug.label("slug"),
            Answer.text.label("text"),
            order.label("rank"),
        )
        .join(CommentTheme, CommentTheme.answer_id == Answer.id)
        .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
        .where(CodebookTheme.slug.in_({slug for _, slug in top}))
        .where(CommentTheme.decision.in_([Decision.ACCEPTED, Decision.SUGGESTED]))
        .where(Answer.text.is_not(None), Answer.text != "")
        .subquery()
    )
    rows = db.session.execute(
        select(ranked.c.question_id, ranked.c.slug, ranked.c.text)
        .where(ranked.c.rank <= QUOTES_PER_THEME * CANDIDATES)
        .order_by(ranked.c.question_id, ranked.c.slug, ranked.c.rank)
    )
    quotes: dict = defaultdict(lambda: defaultdict(list))
    for question_id, slug, text in rows:
        if (question_id, slug) not in top:
            continue
        chosen = quotes[question_id][slug]
        if len(chosen) < QUOTES_PER_THEME and text not in chosen:
            chosen.append(text)
    return quotes


def free_text(
    results: Sequence[QuestionResult], filters: ResultFilters | None = None
) -> dict[int, FreeText]:
    """Sentiments and top-theme quotes of each free-text question in `results`, by question id."""
    filters = filters or ResultFilters()
    texts = [result for result in results if result.type in FREE_TEXT_TYPES]
    if not texts:
        return {}
    sentiments = _sentiments([result.id for result in texts], filters)
    quotes = _quotes(texts, filters)
    return {
        result.id: FreeText(
            sentiments={label: sentiments[result.id].get(label, 0) for label in SENTIMENTS},
            quotes={slug: tuple(found) for slug, found in quotes.get(result.id, {}).items()},
        )
        for result in texts
    }
