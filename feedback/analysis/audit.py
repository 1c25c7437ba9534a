"""The audit trail of human changes to comments' themes and to the codebook."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from feedback.extensions import db
from feedback.models import ThemeAudit, User


def record(
    user: User,
    action: str,
    *,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    answer_id: int | None = None,
    theme_id: int | None = None,
) -> None:
    """Add an audit row for a change `user` has just made (committed with the change)."""
    db.session.add(
        ThemeAudit(
            user_id=user.id,
            action=action,
            answer_id=answer_id,
            theme_id=theme_id,
            before=before,
            after=after,
        )
    )


def comment_history(answer_id: int) -> list[ThemeAudit]:
    """Every recorded change to one comment, newest first."""
    query = (
        select(ThemeAudit)
        .where(ThemeAudit.answer_id == answer_id)
        .options(selectinload(ThemeAudit.user))
        .order_by(ThemeAudit.at.desc(), ThemeAudit.id.desc())
    )
    return list(db.session.scalars(query))
