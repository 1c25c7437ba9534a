"""Suggesting themes with what people have decided so far.

How corrections reach the next suggestion: a `Suggester` is built from the database whenever
suggestions are needed — once per `themes run`, and once per web request (kept on `flask.g`).
Its learner is trained on every human decision, so a theme an officer has just added to one
comment is suggested for similar comments on the very next page they open; the review queue
re-scores the unreviewed comments it shows (see `feedback.analysis.queue`). Rejections are
respected per comment: a theme a person rejected is never suggested for that comment again.
There is no process-wide cache to go stale, and rebuilding is quick (thousands of decisions
in well under a second).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter

from flask import g
from sqlalchemy import delete, insert, or_, select

from feedback.analysis.codebook import active_codebook, ensure_codebook
from feedback.analysis.services import redact_names
from feedback.extensions import db
from feedback.models import (
    Answer,
    CodebookTheme,
    CommentAnalysis,
    CommentTheme,
    Decision,
    ThemeSource,
)
from theming.classify import classify
from theming.learner import Learner
from theming.model import Classification, Codebook


@dataclass(frozen=True)
class Suggester:
    """The codebook, a learner trained on human decisions, and the names to redact."""

    codebook: Codebook
    learner: Learner
    names: tuple[str, ...]
    theme_ids: dict[str, int]

    def classify(self, text: str) -> Classification:
        """Analyse `text` and suggest themes from the current codebook and decisions."""
        return classify(text, self.codebook, self.learner, self.names)


def human_decisions(slugs: set[str]) -> Iterator[tuple[str, list[str]]]:
    """(text, accepted theme slugs) for every comment a person has coded, for the learner.

    A comment with accepted themes teaches those themes (retired ones are left out). A
    reviewed comment with no accepted theme at all teaches "no theme", so rejecting every
    suggestion counts as evidence against them.
    """
    accepted = (
        select(CommentTheme.answer_id, CodebookTheme.slug)
        .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
        .where(
            CommentTheme.source == ThemeSource.HUMAN,
            CommentTheme.decision == Decision.ACCEPTED,
        )
        .subquery()
    )
    query = (
        select(Answer.id, Answer.text, accepted.c.slug)
        .join(CommentAnalysis, CommentAnalysis.answer_id == Answer.id)
        .outerjoin(accepted, accepted.c.answer_id == Answer.id)
        .where(or_(accepted.c.slug.is_not(None), CommentAnalysis.reviewed_at.is_not(None)))
        .order_by(Answer.id)
        .execution_options(yield_per=1_000)
    )
    for _answer_id, group in groupby(db.session.execute(query), key=itemgetter(0)):
        rows = list(group)
        found = [slug for _, _, slug in rows if slug is not None]
        chosen = [slug for slug in found if slug in slugs]
        if chosen or not found:
            yield rows[0][1] or "", chosen


def build_suggester() -> Suggester:
    """A suggester from the codebook and every human decision now in the database."""
    ensure_codebook()
    codebook = active_codebook()
    learner = Learner(codebook, human_decisions({theme.slug for theme in codebook.themes}))
    theme_ids = dict(db.session.execute(select(CodebookTheme.slug, CodebookTheme.id)).all())
    return Suggester(codebook, learner, redact_names(), theme_ids)


def request_suggester() -> Suggester:
    """The suggester for this request, built the first time it is asked for."""
    if "theme_suggester" not in g:
        g.theme_suggester = build_suggester()
    return g.theme_suggester


def store_suggestions(results: dict[int, Classification], suggester: Suggester) -> int:
    """Replace the machine suggestions of these comments (by answer id) with `results`' themes.

    Themes a person has accepted or rejected on a comment are left exactly as they are, and
    never suggested again for it; non-English comments get no suggestions. Returns how many
    suggestions were stored. The caller commits.
    """
    answer_ids = list(results)
    human = select(CommentTheme.answer_id, CommentTheme.theme_id).where(
        CommentTheme.answer_id.in_(answer_ids), CommentTheme.source == ThemeSource.HUMAN
    )
    decided = {(answer_id, theme_id) for answer_id, theme_id in db.session.execute(human)}
    db.session.execute(
        delete(CommentTheme).where(
            CommentTheme.answer_id.in_(answer_ids), CommentTheme.source == ThemeSource.MACHINE
        )
    )
    rows = [
        {
            "answer_id": answer_id,
            "theme_id": suggester.theme_ids[theme.slug],
            "source": ThemeSource.MACHINE,
            "decision": Decision.SUGGESTED,
            "score": theme.score,
        }
        for answer_id, result in results.items()
        if result.analysis.is_english
        for theme in result.themes
        if (answer_id, suggester.theme_ids[theme.slug]) not in decided
    ]
    if rows:
        db.session.execute(insert(CommentTheme), rows)
    return len(rows)
