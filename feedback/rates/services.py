"""Response rates: responses from every channel against the target population.

The rate for an audience is its responses over its target (see `feedback.rates.targets` for
which figure that is). The rate for a locality is the responses from that locality, from any
audience, over the sum of every audience's figure for that locality, so it needs a figure from
every audience of the survey. The overall rate is every response over the sum of the audience
targets, so it needs a target for every audience. Rates can be over 100% and are shown as they
are. Responses are counted in SQL, grouped by audience and locality.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Audience, InvitationBatch, Response, Survey
from feedback.rates.funnel import share
from feedback.rates.targets import all_localities, audience_target, stored_targets

NO_TARGET = "No target set"
PARTLY_SET = "No target for all localities, and not every locality has one"


@dataclass(frozen=True)
class Rate:
    """Responses against a target population, for the survey, an audience, a locality or both.

    `audience` and `locality` are slugs (None meaning all). `target` is None when there is no
    target, and `missing` then says why; `percent` is 0 to 100 or more, unrounded, and None
    when there is no target or the target is 0.
    """

    name: str
    audience: str | None
    locality: str | None
    responses: int
    target: int | None
    missing: str = ""

    @property
    def percent(self) -> float | None:
        """Responses as a percentage of the target."""
        return share(self.responses, self.target) if self.target is not None else None

    @property
    def over_target(self) -> bool:
        """A rate over 100%: more responses than a target population of 1 or more."""
        return self.percent is not None and self.percent > 100


@dataclass(frozen=True)
class ResponseRates:
    """A survey's response rates: overall, by audience, by locality, and by both.

    `other_audience` counts responses from no audience of the survey (in the overall rate only);
    `no_locality` counts responses with no locality (in the overall and audience rates only).
    """

    overall: Rate
    audiences: tuple[Rate, ...]
    localities: tuple[Rate, ...]
    audience_localities: tuple[Rate, ...]
    other_audience: int
    no_locality: int

    @property
    def any_over_target(self) -> bool:
        """True when any rate is over 100%."""
        every = (self.overall, *self.audiences, *self.localities, *self.audience_localities)
        return any(rate.over_target for rate in every)


def response_counts(survey: Survey) -> Counter[tuple[int | None, int | None]]:
    """The survey's responses (every channel) by (audience id, locality id)."""
    rows = db.session.execute(
        select(Response.audience_id, Response.locality_id, func.count())
        .where(Response.survey_id == survey.id)
        .group_by(Response.audience_id, Response.locality_id)
    )
    return Counter({(audience, locality): count for audience, locality, count in rows})


def _names(items: Sequence) -> str:
    names = [item.name for item in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _missing(audiences: Sequence[Audience], without: Sequence[Audience], where: str = "") -> str:
    """Why a total over `audiences` has no target, `without` being those with no figure."""
    if not audiences:
        return "The survey has no audiences, so it can have no targets"
    if not without:
        return ""
    if len(without) == len(audiences):
        return NO_TARGET
    return f"No target set for {_names(without)}{where}"


@dataclass(frozen=True)
class _Counts:
    """A survey's responses by (audience id, locality id), summed as each rate needs."""

    by_group: Counter[tuple[int | None, int | None]]

    def __call__(self, audience_id: int | None = None, locality_id: int | None = None) -> int:
        """Responses from the audience and locality given (None: from any)."""
        return sum(
            count
            for (audience, locality), count in self.by_group.items()
            if audience_id in (None, audience) and locality_id in (None, locality)
        )


def response_rates(survey: Survey) -> ResponseRates:
    """The survey's response rates from its stored responses and target populations."""
    counts = _Counts(response_counts(survey))
    figures = stored_targets(survey)
    audiences = list(survey.audiences)
    localities = all_localities()

    by_audience, cells = [], []
    for audience in audiences:
        target = audience_target(figures, audience.id, localities)
        missing = ""
        if target is None:
            partly = any((audience.id, locality.id) in figures for locality in localities)
            missing = PARTLY_SET if partly else NO_TARGET
        by_audience.append(
            Rate(audience.name, audience.slug, None, counts(audience.id), target, missing)
        )
        for locality in localities:
            cell = figures.get((audience.id, locality.id))
            cells.append(
                Rate(
                    f"{audience.name} in {locality.name}",
                    audience.slug,
                    locality.slug,
                    counts(audience.id, locality.id),
                    cell,
                    "" if cell is not None else NO_TARGET,
                )
            )

    by_locality = []
    for locality in localities:
        without = [a for a in audiences if (a.id, locality.id) not in figures]
        missing = _missing(audiences, without, f" in {locality.name}")
        target = None if missing else sum(figures[(a.id, locality.id)] for a in audiences)
        by_locality.append(
            Rate(locality.name, None, locality.slug, counts(None, locality.id), target, missing)
        )

    without = [a for a, rate in zip(audiences, by_audience, strict=True) if rate.target is None]
    missing = _missing(audiences, without)
    target = None if missing else sum(rate.target for rate in by_audience)
    audience_ids = {audience.id for audience in audiences}
    return ResponseRates(
        overall=Rate("All audiences", None, None, counts(), target, missing),
        audiences=tuple(by_audience),
        localities=tuple(by_locality),
        audience_localities=tuple(cells),
        other_audience=sum(
            count
            for (audience, _), count in counts.by_group.items()
            if audience not in audience_ids
        ),
        no_locality=sum(
            count for (_, locality), count in counts.by_group.items() if locality is None
        ),
    )


# Responses per invitation ----------------------------------------------------------------------


@dataclass(frozen=True)
class Yield:
    """Responses for the invitations sent to one group of people."""

    name: str
    responses: int
    invited: int

    @property
    def per_invitation(self) -> float:
        """Responses per invitation sent."""
        return self.responses / self.invited


def invitation_yields(rates: ResponseRates, batches: Sequence[InvitationBatch]) -> list[Yield]:
    """Responses per invitation: overall, then by audience and by locality where every batch
    says which one it went to (otherwise some invitations could not be placed).

    Every response counts, including those from people who found the open link themselves.
    """
    invited = sum(batch.invited for batch in batches)
    if not invited:
        return []
    found = [Yield("All invitations", rates.overall.responses, invited)]
    to_audience = Counter[str | None]()
    to_locality = Counter[str | None]()
    for batch in batches:
        to_audience[batch.audience.slug if batch.audience else None] += batch.invited
        to_locality[batch.locality.slug if batch.locality else None] += batch.invited
    if len(rates.audiences) > 1 and set(to_audience) <= {rate.audience for rate in rates.audiences}:
        found += [
            Yield(rate.name, rate.responses, to_audience[rate.audience])
            for rate in rates.audiences
            if to_audience[rate.audience]
        ]
    if None not in to_locality:
        found += [
            Yield(rate.name, rate.responses, to_locality[rate.locality])
            for rate in rates.localities
            if to_locality[rate.locality]
        ]
    return found
