"""People's decisions on comments: accept, reject, add and remove themes, and mark reviewed.

A decision turns the comment's row for that theme into a human row, which no machine run ever
changes. Marking a comment reviewed accepts the suggestions still on it, so a reviewed comment
carries only human decisions. Every change writes an audit row with the comment's themes and
reviewed state before and after.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from feedback.analysis import audit
from feedback.extensions import db
from feedback.models import (
    CodebookTheme,
    CommentAnalysis,
    CommentTheme,
    Decision,
    ThemeSource,
    User,
)
from feedback.models.columns import utcnow

ACCEPT = "accept"
REJECT = "reject"
ADD = "add"
REMOVE = "remove"
ACCEPT_ALL = "accept-all"
REVIEW = "review"
UNREVIEW = "unreview"
DECISIONS = {
    ACCEPT: Decision.ACCEPTED,
    ADD: Decision.ACCEPTED,
    REJECT: Decision.REJECTED,
    REMOVE: Decision.REJECTED,
}
"""Each per-theme action and the decision it records."""


def load_comments(answer_ids: Iterable[int]) -> list[CommentAnalysis]:
    """The analysed comments with these answer ids, in id order (unknown ids are left out)."""
    query = (
        select(CommentAnalysis)
        .where(CommentAnalysis.answer_id.in_(list(answer_ids)))
        .order_by(CommentAnalysis.answer_id)
    )
    return list(db.session.scalars(query))


def comment_state(comment: CommentAnalysis) -> dict[str, Any]:
    """A comment's themes by decision (slugs, sorted) and whether it is reviewed."""
    query = (
        select(CodebookTheme.slug, CommentTheme.decision)
        .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
        .where(CommentTheme.answer_id == comment.answer_id)
        .order_by(CodebookTheme.slug)
    )
    state: dict[str, Any] = {decision.value: [] for decision in Decision}
    for slug, decision in db.session.execute(query):
        state[decision.value].append(slug)
    state["reviewed"] = comment.reviewed_at is not None
    return state


def _tag(comment: CommentAnalysis, theme: CodebookTheme) -> CommentTheme | None:
    return db.session.scalar(
        select(CommentTheme).where(
            CommentTheme.answer_id == comment.answer_id, CommentTheme.theme_id == theme.id
        )
    )


def _set_human(row: CommentTheme, decision: Decision, user: User) -> None:
    row.source = ThemeSource.HUMAN
    row.decision = decision
    row.decided_by_id = user.id
    row.decided_at = utcnow()


def _decide(comment: CommentAnalysis, theme: CodebookTheme, action: str, user: User) -> bool:
    decision = DECISIONS[action]
    row = _tag(comment, theme)
    if row is not None and row.source == ThemeSource.HUMAN and row.decision == decision:
        return False
    before = comment_state(comment)
    if row is None:
        row = CommentTheme(answer_id=comment.answer_id, theme_id=theme.id, score=None)
        db.session.add(row)
    _set_human(row, decision, user)
    db.session.flush()
    audit.record(
        user,
        action,
        answer_id=comment.answer_id,
        theme_id=theme.id,
        before=before,
        after=comment_state(comment),
    )
    return True


def decide(comment: CommentAnalysis, theme: CodebookTheme, action: str, user: User) -> bool:
    """Record `action` (accept, reject, add or remove) of `theme` on a comment.

    Returns False, changing nothing, when the comment already has that decision.
    """
    changed = _decide(comment, theme, action, user)
    db.session.commit()
    return changed


def add_theme_to(comments: Iterable[CommentAnalysis], theme: CodebookTheme, user: User) -> int:
    """Add `theme` to each comment; returns how many did not have it already."""
    changed = sum(_decide(comment, theme, ADD, user) for comment in comments)
    db.session.commit()
    return changed


def _suggestions(comment: CommentAnalysis) -> list[CommentTheme]:
    return list(
        db.session.scalars(
            select(CommentTheme)
            .join(CodebookTheme, CodebookTheme.id == CommentTheme.theme_id)
            .where(
                CommentTheme.answer_id == comment.answer_id,
                CommentTheme.source == ThemeSource.MACHINE,
                CodebookTheme.retired.is_(False),
            )
        )
    )


def _accept_suggestions(comment: CommentAnalysis, user: User, action: str, review: bool) -> bool:
    suggestions = _suggestions(comment)
    if not suggestions and (comment.reviewed_at is not None or not review):
        return False
    before = comment_state(comment)
    for row in suggestions:
        _set_human(row, Decision.ACCEPTED, user)
    if review and comment.reviewed_at is None:
        comment.reviewed_at = utcnow()
        comment.reviewed_by_id = user.id
    db.session.flush()
    audit.record(
        user, action, answer_id=comment.answer_id, before=before, after=comment_state(comment)
    )
    return True


def accept_suggestions(comments: Iterable[CommentAnalysis], user: User) -> int:
    """Accept every suggestion on each comment; returns how many comments changed."""
    changed = sum(_accept_suggestions(comment, user, ACCEPT_ALL, False) for comment in comments)
    db.session.commit()
    return changed


def mark_reviewed(comments: Iterable[CommentAnalysis], user: User) -> int:
    """Mark comments reviewed, accepting the suggestions left on them; returns how many changed."""
    changed = sum(_accept_suggestions(comment, user, REVIEW, True) for comment in comments)
    db.session.commit()
    return changed


def mark_unreviewed(comment: CommentAnalysis, user: User) -> bool:
    """Put a reviewed comment back in the queue (its decisions stay); False if it was not."""
    if comment.reviewed_at is None:
        return False
    before = comment_state(comment)
    comment.reviewed_at = None
    comment.reviewed_by_id = None
    audit.record(
        user, UNREVIEW, answer_id=comment.answer_id, before=before, after=comment_state(comment)
    )
    db.session.commit()
    return True
