"""Staff accounts and their roles. Respondents never have accounts."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from flask_login import UserMixin
from sqlalchemy import BigInteger, Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from feedback.extensions import db
from feedback.models.columns import str_enum, utcnow
from feedback.models.reference import Group


class Role(StrEnum):
    """What a staff member may do."""

    ADMIN = "admin"
    OFFICER = "officer"
    FORUM_EDITOR = "forum_editor"
    VIEWER = "viewer"
    MEMBER = "member"

    @property
    def label(self) -> str:
        """The role's name as staff read it."""
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMIN: "Administrator",
    Role.OFFICER: "Co-production officer",
    Role.FORUM_EDITOR: "Forum editor",
    Role.VIEWER: "Viewer",
    Role.MEMBER: "Group member",
}
"""A group member is invited by email to review drafts for their groups, and sees nothing else."""

user_group = Table(
    "user_group",
    db.metadata,
    Column("user_id", ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("group.id", ondelete="CASCADE"), primary_key=True),
)


class User(UserMixin, db.Model):
    """A staff member who signs in."""

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    locked_until: Mapped[datetime | None]
    totp_secret: Mapped[str] = mapped_column(String(64), default="")
    totp_required: Mapped[bool] = mapped_column(default=False)
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)
    """The 30-second step of the last code accepted: no code of that step or before is taken."""
    groups: Mapped[list[Group]] = relationship(secondary=user_group, order_by=Group.name)

    @property
    def is_active(self) -> bool:  # Flask-Login reads this
        return self.active

    def set_password(self, password: str) -> None:
        """Store a salted scrypt hash of `password`."""
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        """True when `password` matches the stored hash."""
        return check_password_hash(self.password_hash, password)


class Invitation(db.Model):
    """A one-time link inviting someone to set a password and join as a group member."""

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    invited_by: Mapped[User | None] = relationship(foreign_keys=[invited_by_id])
