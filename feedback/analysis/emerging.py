"""Emerging themes: frequent noun phrases in stored analyses that the codebook does not cover."""

from __future__ import annotations

from collections.abc import Iterator

from feedback.analysis.codebook import active_codebook, ensure_codebook
from feedback.analysis.services import free_text_comments
from feedback.extensions import db
from feedback.models import Answer, CommentAnalysis, Question
from theming.emerging import emerging_themes
from theming.model import (
    EmergingTheme,
    SentenceAnalysis,
    Sentiment,
    SentimentLabel,
    TextAnalysis,
)

MIN_COUNT = 3
LIMIT = 20


def stored_analyses(survey_id: int | None = None) -> Iterator[tuple[str, TextAnalysis]]:
    """(text, analysis) for every analysed English comment, streamed in answer id order."""
    query = (
        free_text_comments(
            Answer.text,
            CommentAnalysis.polarity,
            CommentAnalysis.sentiment,
            CommentAnalysis.sentences,
            CommentAnalysis.noun_phrases,
            CommentAnalysis.language,
            CommentAnalysis.truncated,
        )
        .join(CommentAnalysis, CommentAnalysis.answer_id == Answer.id)
        .where(CommentAnalysis.is_english.is_(True))
        .order_by(Answer.id)
        .execution_options(yield_per=500)
    )
    if survey_id is not None:
        query = query.where(Question.survey_id == survey_id)
    for text, polarity, label, sentences, phrases, language, truncated in db.session.execute(query):
        yield (
            text,
            TextAnalysis(
                text=text,
                truncated=truncated,
                sentences=tuple(
                    SentenceAnalysis(
                        sentence["text"],
                        Sentiment(sentence["polarity"], SentimentLabel(sentence["label"])),
                    )
                    for sentence in sentences
                ),
                noun_phrases=tuple(phrases),
                sentiment=Sentiment(polarity, SentimentLabel(label)),
                language=language,
                is_english=True,
            ),
        )


def emerging(survey_id: int | None = None) -> list[EmergingTheme]:
    """The most frequent phrases not covered by the current codebook, with examples."""
    ensure_codebook()
    return emerging_themes(
        stored_analyses(survey_id), active_codebook(), min_count=MIN_COUNT, limit=LIMIT
    )
