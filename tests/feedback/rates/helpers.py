"""Helpers for the response-rate tests: ids, targets, funnel counts and invitation batches."""

from __future__ import annotations

import re
from datetime import date

from flask import Flask
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import (
    Audience,
    FunnelCount,
    FunnelStage,
    InvitationBatch,
    Locality,
    Survey,
    TargetPopulation,
)
from feedback.rates.targets import replace_targets


def locality_ids(app: Flask) -> dict[str, int]:
    """Every locality's id by slug."""
    with app.app_context():
        return {loc.slug: loc.id for loc in db.session.scalars(select(Locality))}


def audience_ids(app: Flask) -> dict[str, int]:
    """Every audience's id by slug."""
    with app.app_context():
        return {audience.slug: audience.id for audience in db.session.scalars(select(Audience))}


def set_targets(app: Flask, survey_id: int, figures: dict[tuple[str, str | None], int]) -> None:
    """Store targets given as {(audience slug, locality slug or None): size}."""
    audiences, localities = audience_ids(app), locality_ids(app)
    with app.app_context():
        replace_targets(
            db.session.get(Survey, survey_id),
            {
                (audiences[audience], localities[locality] if locality else None): size
                for (audience, locality), size in figures.items()
            },
        )


def stored_targets(app: Flask, survey_id: int) -> list[tuple[str, str | None, int]]:
    """The survey's stored target rows as (audience slug, locality slug or None, size), sorted."""
    with app.app_context():
        rows = db.session.scalars(
            select(TargetPopulation).where(TargetPopulation.survey_id == survey_id)
        )
        return sorted(
            (
                (row.audience.slug, row.locality.slug if row.locality else None, row.size)
                for row in rows
            ),
            key=lambda row: (row[0], row[1] or "", row[2]),
        )


def funnel_counts(app: Flask, survey_id: int | None = None) -> dict[str, int]:
    """The funnel's counts by stage, over every day (and every survey unless one is given)."""
    with app.app_context():
        query = select(FunnelCount)
        if survey_id is not None:
            query = query.where(FunnelCount.survey_id == survey_id)
        totals = dict.fromkeys((stage.value for stage in FunnelStage), 0)
        for row in db.session.scalars(query):
            totals[row.stage.value] += row.count
        return totals


def add_funnel(app: Flask, survey_id: int, day: date, visited: int, started: int, submitted: int):
    """Store one day's funnel counts."""
    with app.app_context():
        for stage, count in (
            (FunnelStage.VISITED, visited),
            (FunnelStage.STARTED, started),
            (FunnelStage.SUBMITTED, submitted),
        ):
            db.session.add(FunnelCount(survey_id=survey_id, day=day, stage=stage, count=count))
        db.session.commit()


def batches(app: Flask, survey_id: int) -> list[dict]:
    """The survey's invitation batches as plain values, in the order they were added."""
    with app.app_context():
        rows = db.session.scalars(
            select(InvitationBatch)
            .where(InvitationBatch.survey_id == survey_id)
            .order_by(InvitationBatch.id)
        )
        return [
            {
                "sent_on": row.sent_on,
                "invited": row.invited,
                "method": row.method,
                "audience": row.audience.slug if row.audience else None,
                "locality": row.locality.slug if row.locality else None,
                "note": row.note,
            }
            for row in rows
        ]


def table_rows(html: str, table_id: str) -> list[list[str]]:
    """The cells of the table with `table_id`, row by row (header row first), as read."""
    table = re.search(rf'<table[^>]*id="{table_id}".*?</table>', html, re.S)
    assert table is not None, f"no table {table_id}"
    return [
        [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]
        for cells in (
            re.findall(r"<t[hd][^>]*>.*?</t[hd]>", row, re.S)
            for row in re.findall(r"<tr.*?</tr>", table.group(0), re.S)
        )
    ]
