"""Invitation batches: who was asked to answer a survey, when and how."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from feedback.extensions import db
from feedback.models import InvitationBatch, Survey

METHODS = {
    "email": "Email",
    "letter": "Letter",
    "text-message": "Text message",
    "school": "Through a school",
    "event": "At an event",
    "other": "Other",
}
"""How invitations go out, by stored value."""


def method_label(value: str) -> str:
    """A stored method as staff read it."""
    return METHODS.get(value, value)


@dataclass(frozen=True)
class NewBatch:
    """What staff enter for a batch of invitations."""

    sent_on: date
    invited: int
    method: str
    audience_id: int | None = None
    locality_id: int | None = None
    note: str = ""


def survey_batches(survey: Survey) -> list[InvitationBatch]:
    """The survey's invitation batches, in the order they were sent."""
    return list(
        db.session.scalars(
            select(InvitationBatch)
            .where(InvitationBatch.survey_id == survey.id)
            .options(selectinload(InvitationBatch.audience), selectinload(InvitationBatch.locality))
            .order_by(InvitationBatch.sent_on, InvitationBatch.id)
        )
    )


def add_batch(survey: Survey, batch: NewBatch) -> InvitationBatch:
    """Record a batch of invitations; commits."""
    row = InvitationBatch(
        survey_id=survey.id,
        sent_on=batch.sent_on,
        invited=batch.invited,
        method=batch.method,
        audience_id=batch.audience_id,
        locality_id=batch.locality_id,
        note=batch.note,
    )
    db.session.add(row)
    db.session.commit()
    return row


def delete_batch(batch: InvitationBatch) -> None:
    """Delete a batch of invitations; commits."""
    db.session.delete(batch)
    db.session.commit()


@dataclass(frozen=True)
class MethodTotal:
    """How many invitations went out one way."""

    label: str
    batches: int
    invited: int


def method_totals(batches: list[InvitationBatch]) -> list[MethodTotal]:
    """Invitations by method, in the order of METHODS."""
    totals = []
    for value, label in METHODS.items():
        used = [batch for batch in batches if batch.method == value]
        if used:
            totals.append(MethodTotal(label, len(used), sum(batch.invited for batch in used)))
    return totals
