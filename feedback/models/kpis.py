"""The KPI register: what the improvement board judges the partnership on, and its values.

A KPI is computed from survey answers (`KpiSource.ANSWERS`, `KpiSource.RESPONSE_RATE`) or has
values entered or imported per period (`KpiSource.ENTERED`), or measures how well the loop is
closed from the actions ("You said, we did"): `THEMES_ANSWERED`, `DAYS_TO_REPLY`,
`ACTIONS_OVERDUE`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.columns import str_enum, utcnow
from feedback.models.reference import Area, Audience
from feedback.models.users import User


class KpiUnit(StrEnum):
    """What a KPI's values measure."""

    PERCENT = "percent"
    COUNT = "count"
    DAYS = "days"


class KpiDirection(StrEnum):
    """Which way is better."""

    UP = "up"
    DOWN = "down"


class KpiPeriod(StrEnum):
    """How often a KPI is measured."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class KpiSource(StrEnum):
    """Where a KPI's values come from."""

    ANSWERS = "answers"
    RESPONSE_RATE = "response_rate"
    ENTERED = "entered"
    THEMES_ANSWERED = "themes_answered"
    DAYS_TO_REPLY = "days_to_reply"
    ACTIONS_OVERDUE = "actions_overdue"


class Kpi(db.Model):
    """One key performance indicator with its target and red/amber/green thresholds.

    Green meets `target`; amber falls short of it but meets `amber_threshold`; red is worse.
    For `KpiSource.ANSWERS`, the value is the share of answers to questions with
    `question_key` (in any survey, optionally only from `audience`) that are among
    `positive_values`.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    definition: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[KpiUnit] = mapped_column(str_enum(KpiUnit))
    direction: Mapped[KpiDirection] = mapped_column(str_enum(KpiDirection))
    period: Mapped[KpiPeriod] = mapped_column(str_enum(KpiPeriod))
    source: Mapped[KpiSource] = mapped_column(str_enum(KpiSource))
    target: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    amber_threshold: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    comparator: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    comparator_label: Mapped[str] = mapped_column(String(200), default="")
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    question_key: Mapped[str | None] = mapped_column(String(60))
    positive_values: Mapped[list] = mapped_column(JSON, default=list)
    audience_id: Mapped[int | None] = mapped_column(ForeignKey("audience.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    area: Mapped[Area | None] = relationship()
    audience: Mapped[Audience | None] = relationship()
    values: Mapped[list[KpiValue]] = relationship(
        back_populates="kpi", cascade="all, delete-orphan", order_by="KpiValue.period_start"
    )


class KpiValue(db.Model):
    """An entered or imported value of a KPI for the period starting on `period_start`."""

    __table_args__ = (UniqueConstraint("kpi_id", "period_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"))
    period_start: Mapped[date]
    value: Mapped[Decimal] = mapped_column(Numeric(14, 4))
    note: Mapped[str] = mapped_column(Text, default="")
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    entered_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    kpi: Mapped[Kpi] = relationship(back_populates="values")
    entered_by: Mapped[User | None] = relationship()
