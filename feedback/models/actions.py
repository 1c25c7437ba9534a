"""Actions: "You said, we did". What people said, what the partnership did in reply."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.columns import str_enum, utcnow
from feedback.models.coproduction import CoproductionRecord
from feedback.models.reference import Area, Group, Pledge
from feedback.models.themes import CodebookTheme

if TYPE_CHECKING:
    from feedback.models.surveys import Survey
    from feedback.models.users import User


class ActionStatus(StrEnum):
    """Where an action is."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_DOING = "not_doing"

    @property
    def label(self) -> str:
        """The status as people read it."""
        return self.value.replace("_", " ").capitalize()


class Owner(StrEnum):
    """The organisation that owns an action."""

    COUNCIL = "council"
    NHS = "nhs"
    TRUST = "trust"
    SCHOOLS = "schools"
    VOLUNTARY_SECTOR = "voluntary_sector"

    @property
    def label(self) -> str:
        """The organisation as people read it."""
        return OWNER_LABELS[self]


OWNER_LABELS = {
    Owner.COUNCIL: "The council",
    Owner.NHS: "The NHS (integrated care board)",
    Owner.TRUST: "An NHS trust",
    Owner.SCHOOLS: "Schools and settings",
    Owner.VOLUNTARY_SECTOR: "The voluntary and community sector",
}


def _link_table(name: str, other: str) -> Table:
    return Table(
        f"action_{name}",
        db.metadata,
        Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{name}_id", ForeignKey(f"{other}.id", ondelete="CASCADE"), primary_key=True),
    )


action_theme = _link_table("theme", "codebook_theme")
action_survey = _link_table("survey", "survey")
action_pledge = _link_table("pledge", "pledge")
action_area = _link_table("area", "area")
action_group = _link_table("group", "group")


class Action(CoproductionRecord, db.Model):
    """One "You said, we did": a summary of what people said and what was done in reply.

    It is a draft until `published_at` is set; only then does the public see it.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    you_said: Mapped[str] = mapped_column(Text, default="")
    we_did: Mapped[str] = mapped_column(Text, default="")
    easy_read: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[Owner | None] = mapped_column(str_enum(Owner), nullable=True)
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus), default=ActionStatus.PLANNED, index=True
    )
    not_doing_reason: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None]
    done_on: Mapped[date | None]
    evidence_url: Mapped[str] = mapped_column(String(500), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(index=True)

    created_by: Mapped[User | None] = relationship()
    themes: Mapped[list[CodebookTheme]] = relationship(
        secondary=action_theme, order_by=CodebookTheme.label
    )
    surveys: Mapped[list[Survey]] = relationship(secondary=action_survey, order_by="Survey.title")
    pledges: Mapped[list[Pledge]] = relationship(secondary=action_pledge, order_by=Pledge.position)
    areas: Mapped[list[Area]] = relationship(secondary=action_area, order_by=Area.number)
    groups: Mapped[list[Group]] = relationship(secondary=action_group, order_by=Group.name)
    quotes: Mapped[list[ActionQuote]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionQuote.position"
    )
    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionUpdate.written_at"
    )


class ActionQuote(db.Model):
    """An example comment behind an action, redacted before it is stored here."""

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    action: Mapped[Action] = relationship(back_populates="quotes")


class ActionUpdate(db.Model):
    """A dated entry in an action's log: what happened, and the status it left the action in."""

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    written_at: Mapped[datetime] = mapped_column(default=utcnow)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[ActionStatus] = mapped_column(str_enum(ActionStatus))

    action: Mapped[Action] = relationship(back_populates="updates")
    author: Mapped[User | None] = relationship()
