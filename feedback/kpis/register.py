"""Changing the KPI register: adding and editing KPIs, their survey rules and entered values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from feedback.definitions import question_definition
from feedback.extensions import db
from feedback.manage.slugs import make_unique, slugify
from feedback.models import (
    Kpi,
    KpiDirection,
    KpiPeriod,
    KpiSource,
    KpiUnit,
    KpiValue,
    Question,
    Survey,
    User,
)
from feedback.models.columns import utcnow
from surveys.types import QUESTION_TYPES, get_type

SLUG_MAX = 80


@dataclass(frozen=True)
class KpiDetails:
    """What staff enter about a KPI."""

    name: str
    definition: str
    owner: str
    unit: KpiUnit
    direction: KpiDirection
    period: KpiPeriod
    source: KpiSource
    target: Decimal | None
    amber_threshold: Decimal | None
    comparator: Decimal | None
    comparator_label: str
    area_id: int | None
    audience_id: int | None


def _apply(kpi: Kpi, details: KpiDetails) -> None:
    for name, value in vars(details).items():
        setattr(kpi, name, value)
    if kpi.source != KpiSource.ANSWERS:
        kpi.question_key = None
        kpi.positive_values = []


def create_kpi(details: KpiDetails, reserved: frozenset[str] = frozenset()) -> Kpi:
    """Add a KPI at the end of the register, committed. Its slug comes from its name.

    The slug is never one of `reserved` (words the pages' addresses use).
    """
    taken = set(db.session.scalars(select(Kpi.slug))) | reserved
    kpi = Kpi(
        slug=make_unique(slugify(details.name, SLUG_MAX, "kpi"), taken, SLUG_MAX),
        position=(db.session.scalar(select(func.max(Kpi.position))) or 0) + 1,
        positive_values=[],
    )
    _apply(kpi, details)
    db.session.add(kpi)
    db.session.commit()
    return kpi


def update_kpi(kpi: Kpi, details: KpiDetails) -> None:
    """Change a KPI's details, committed. Its slug never changes."""
    _apply(kpi, details)
    db.session.commit()


def entered_value_count(kpi: Kpi) -> int:
    """How many values have been entered or imported for the KPI."""
    return db.session.scalar(select(func.count(KpiValue.id)).where(KpiValue.kpi_id == kpi.id))


def name_taken(name: str, exclude: Kpi | None = None) -> bool:
    """Whether another KPI already has this name (ignoring case)."""
    query = select(Kpi.id).where(func.lower(Kpi.name) == name.strip().lower())
    if exclude is not None:
        query = query.where(Kpi.id != exclude.id)
    return db.session.scalar(query.limit(1)) is not None


@dataclass(frozen=True)
class NewValue:
    """A value to store for a KPI and the period starting `start`."""

    kpi: Kpi
    start: date
    value: Decimal
    note: str = ""


def store_values(values: Sequence[NewValue], user: User | None) -> None:
    """Set each KPI's value for its period, replacing any already there (not committed)."""
    kpi_ids = {item.kpi.id for item in values}
    existing = {
        (entry.kpi_id, entry.period_start): entry
        for entry in db.session.scalars(select(KpiValue).where(KpiValue.kpi_id.in_(kpi_ids)))
    }
    for item in values:
        entry = existing.get((item.kpi.id, item.start))
        if entry is None:
            entry = KpiValue(kpi=item.kpi, period_start=item.start)
            db.session.add(entry)
        entry.value = item.value
        entry.note = item.note
        entry.entered_by = user
        entry.entered_at = utcnow()


def current_value(kpi: Kpi, start: date) -> Decimal | None:
    """The KPI's stored value for the period starting `start`, if it has one."""
    return db.session.scalar(
        select(KpiValue.value).where(KpiValue.kpi_id == kpi.id, KpiValue.period_start == start)
    )


# Survey rules ------------------------------------------------------------------------------------


CHOICE_TYPES = tuple(name for name, kind in QUESTION_TYPES.items() if kind.is_choice)


@dataclass(frozen=True)
class KeyChoice:
    """A question key in use, with its wording and how many surveys ask it."""

    key: str
    text: str
    surveys: int


def key_choices() -> list[KeyChoice]:
    """Every key of a choice question in any survey, alphabetically, latest wording."""
    rows = db.session.execute(
        select(Question.key, Question.text, Question.survey_id)
        .join(Survey, Survey.id == Question.survey_id)
        .where(Question.type.in_(CHOICE_TYPES))
        .order_by(Question.key, Survey.created_at.desc(), Question.id.desc())
    )
    wording: dict[str, str] = {}
    surveys: dict[str, set[int]] = {}
    for key, text, survey_id in rows:
        wording.setdefault(key, text)
        surveys.setdefault(key, set()).add(survey_id)
    return [KeyChoice(key, wording[key], len(surveys[key])) for key in wording]


@dataclass(frozen=True)
class KeyOption:
    """An answer to a question key: `in_base` is False for answers like "Don't know"."""

    value: str
    label: str
    in_base: bool
    positive: bool


def key_options(key: str) -> list[KeyOption]:
    """The answers offered by questions with `key`, in the order the latest survey shows them.

    `positive` marks a scale's top two boxes, as a starting suggestion.
    """
    questions = db.session.scalars(
        select(Question)
        .join(Survey, Survey.id == Question.survey_id)
        .where(Question.key == key, Question.type.in_(CHOICE_TYPES))
        .order_by(Survey.created_at.desc(), Question.id.desc())
    )
    options: dict[str, KeyOption] = {}
    for question in questions:
        kind = get_type(question.type)
        for option in kind.options_for(question_definition(question)):
            options.setdefault(
                option.value,
                KeyOption(
                    option.value,
                    option.label,
                    option.value not in kind.outside_base,
                    option.value in kind.positive,
                ),
            )
    return list(options.values())


def set_rule(kpi: Kpi, key: str, positive_values: list[str]) -> None:
    """Make `kpi` count answers to questions with `key` among `positive_values`, committed."""
    kpi.question_key = key
    kpi.positive_values = list(positive_values)
    db.session.commit()
