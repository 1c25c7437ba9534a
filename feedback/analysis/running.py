"""Theming stored comments in bulk: `flask themes run` and the queue's "Analyse new comments".

Comments are read in batches by id, so memory stays flat however many there are. A comment is
analysed when it is new or its text has changed since it was analysed (its SHA-256 differs);
everything else is skipped, so a second run straight after the first processes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, func, insert, update

from feedback.analysis.learning import Suggester, build_suggester, store_suggestions
from feedback.analysis.services import free_text_comments, text_hash
from feedback.extensions import db
from feedback.models import Answer, CommentAnalysis, Question
from feedback.models.columns import utcnow
from theming.model import TextAnalysis

BATCH_SIZE = 500


@dataclass
class RunCounts:
    """What a run did."""

    analysed: int = 0
    unchanged: int = 0
    non_english: int = 0
    suggestions: int = 0


def _batches(survey_id: int | None) -> Iterator[Sequence[Row]]:
    """Rows of (answer id, text, analysis id, stored hash), a batch at a time, by answer id."""
    last_id = 0
    while True:
        query = (
            free_text_comments(
                Answer.id, Answer.text, CommentAnalysis.id, CommentAnalysis.text_hash
            )
            .outerjoin(CommentAnalysis, CommentAnalysis.answer_id == Answer.id)
            .where(Answer.id > last_id)
            .order_by(Answer.id)
            .limit(BATCH_SIZE)
        )
        if survey_id is not None:
            query = query.where(Question.survey_id == survey_id)
        rows = db.session.execute(query).all()
        if not rows:
            return
        yield rows
        last_id = rows[-1][0]


def _pending(rows: Sequence[Row]) -> list[Row]:
    """The rows whose comment is new or has changed since it was analysed."""
    return [row for row in rows if row[2] is None or row[3] != text_hash(row[1])]


def count_pending(survey_id: int | None = None) -> int:
    """How many comments (of one survey, or all) are new or changed."""
    return sum(len(_pending(rows)) for rows in _batches(survey_id))


def count_unanalysed(survey_id: int | None = None) -> int:
    """How many comments have never been analysed (one quick query)."""
    query = (
        free_text_comments(func.count(Answer.id))
        .outerjoin(CommentAnalysis, CommentAnalysis.answer_id == Answer.id)
        .where(CommentAnalysis.id.is_(None))
    )
    if survey_id is not None:
        query = query.where(Question.survey_id == survey_id)
    return db.session.scalar(query) or 0


def analysis_values(analysis: TextAnalysis, text: str) -> dict[str, Any]:
    """The columns of `CommentAnalysis` for one analysed comment."""
    return {
        "text_hash": text_hash(text),
        "polarity": analysis.sentiment.polarity,
        "sentiment": analysis.sentiment.label,
        "sentences": [
            {
                "text": sentence.text,
                "polarity": sentence.sentiment.polarity,
                "label": sentence.sentiment.label.value,
            }
            for sentence in analysis.sentences
        ],
        "noun_phrases": list(analysis.noun_phrases),
        "language": analysis.language,
        "is_english": analysis.is_english,
        "truncated": analysis.truncated,
        "analysed_at": utcnow(),
    }


def _store(pending: Sequence[Row], suggester: Suggester, counts: RunCounts) -> None:
    results = {}
    new, changed = [], []
    for answer_id, text, analysis_id, _stored_hash in pending:
        result = suggester.classify(text)
        results[answer_id] = result
        values = analysis_values(result.analysis, text)
        if analysis_id is None:
            new.append({"answer_id": answer_id, **values})
        else:  # the text changed, so an earlier review no longer applies
            changed.append(
                {"id": analysis_id, **values, "reviewed_at": None, "reviewed_by_id": None}
            )
        if not result.analysis.is_english:
            counts.non_english += 1
    if new:
        db.session.execute(insert(CommentAnalysis), new)
    if changed:
        db.session.execute(update(CommentAnalysis), changed)
    counts.suggestions += store_suggestions(results, suggester)
    counts.analysed += len(pending)


def theme_comments(
    survey_id: int | None = None, progress: Callable[[int], None] | None = None
) -> RunCounts:
    """Analyse and suggest themes for every new or changed comment (of one survey, or all).

    The learner is built once for the run, from the codebook and every human decision.
    `progress` is called with the number of comments processed after each batch.
    """
    suggester = build_suggester()
    counts = RunCounts()
    for rows in _batches(survey_id):
        pending = _pending(rows)
        counts.unchanged += len(rows) - len(pending)
        if pending:
            _store(pending, suggester, counts)
            db.session.commit()
            if progress is not None:
                progress(len(pending))
    return counts
