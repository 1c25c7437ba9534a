"""Files of responses imported from earlier tools, remembered so none goes in twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.columns import utcnow
from feedback.models.surveys import Survey
from feedback.models.users import User


class ResponseImport(db.Model):
    """One file of responses imported whole into one survey; `file_sha256` refuses repeats."""

    __table_args__ = (UniqueConstraint("survey_id", "file_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    file_sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    rows: Mapped[int]
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    survey: Mapped[Survey] = relationship()
    imported_by: Mapped[User | None] = relationship()
