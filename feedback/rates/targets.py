"""Target populations: how many people a survey could hear from, per audience and locality.

Each audience of a survey may have a figure for all localities, a figure for each locality, or
both. When both are given they must agree: if every locality has a figure, the locality figures
must add up to exactly the all-localities figure; if only some do, they must not add up to more
than it. The rate for an audience uses the all-localities figure, or, when there is none, the sum
of the locality figures if every locality has one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from feedback.extensions import db
from feedback.models import Audience, Locality, Survey, TargetPopulation

_COUNT = re.compile(r"[0-9]{1,3}(,[0-9]{3})+|[0-9]+")
_NEGATIVE = re.compile(r"-\s*(" + _COUNT.pattern + ")")

TargetKey = tuple[int, int | None]
"""(audience id, locality id), the locality None for the all-localities figure."""


def stored_targets(survey: Survey) -> dict[TargetKey, int]:
    """The survey's target figures by (audience id, locality id or None)."""
    rows = db.session.execute(
        select(TargetPopulation.audience_id, TargetPopulation.locality_id, TargetPopulation.size)
        .where(TargetPopulation.survey_id == survey.id)
        .order_by(TargetPopulation.id)
    )
    return {(audience_id, locality_id): size for audience_id, locality_id, size in rows}


def replace_targets(survey: Survey, figures: Mapping[TargetKey, int]) -> None:
    """Make `figures` the survey's only targets (none duplicated, none left over); commits."""
    db.session.execute(delete(TargetPopulation).where(TargetPopulation.survey_id == survey.id))
    if figures:
        db.session.execute(
            insert(TargetPopulation),
            [
                {
                    "survey_id": survey.id,
                    "audience_id": audience,
                    "locality_id": locality,
                    "size": size,
                }
                for (audience, locality), size in figures.items()
            ],
        )
    db.session.commit()


def all_localities() -> list[Locality]:
    """Every locality, in order (targets may be set for any of them)."""
    return list(db.session.scalars(select(Locality).order_by(Locality.position, Locality.name)))


@dataclass(frozen=True)
class Disagreement:
    """An audience whose locality figures do not agree with its all-localities figure."""

    audience: Audience
    message: str


def disagreements(
    figures: Mapping[TargetKey, int],
    audiences: Sequence[Audience],
    localities: Sequence[Locality],
) -> list[Disagreement]:
    """Each audience whose locality figures and all-localities figure contradict each other."""
    found = []
    for audience in audiences:
        whole = figures.get((audience.id, None))
        parts = [
            figures[(audience.id, loc.id)] for loc in localities if (audience.id, loc.id) in figures
        ]
        if whole is None or not parts:
            continue
        added = sum(parts)
        complete = len(parts) == len(localities)
        if complete and added != whole:
            found.append(
                Disagreement(
                    audience,
                    f"The locality figures for {audience.name} add up to {added:,}, but the "
                    f"figure for all localities is {whole:,}. Make them agree, or leave the "
                    "figure for all localities blank",
                )
            )
        elif not complete and added > whole:
            found.append(
                Disagreement(
                    audience,
                    f"The locality figures for {audience.name} add up to {added:,}, which is "
                    f"more than the figure for all localities ({whole:,})",
                )
            )
    return found


def audience_target(
    figures: Mapping[TargetKey, int], audience_id: int, localities: Sequence[Locality]
) -> int | None:
    """The audience's target: its all-localities figure, else the sum of a figure for every
    locality, else None."""
    whole = figures.get((audience_id, None))
    if whole is not None:
        return whole
    parts = [figures.get((audience_id, locality.id)) for locality in localities]
    if not localities or None in parts:
        return None
    return sum(parts)


class NegativeCount(ValueError):
    """A count typed as a negative number."""


def parse_count(text: str) -> int:
    """A whole number of people as typed, like "1450" or "1,450".

    Raises NegativeCount ("must be 0 or more") or ValueError ("is not a whole number").
    """
    cleaned = text.strip()
    if _NEGATIVE.fullmatch(cleaned):
        raise NegativeCount("must be 0 or more")
    if not _COUNT.fullmatch(cleaned):
        raise ValueError("is not a whole number")
    return int(cleaned.replace(",", ""))
