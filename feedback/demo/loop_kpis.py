"""The demo's closing-the-loop KPIs: worked out from the demo surveys and actions as they are.

Three KPIs join the register after the demo's others: themes answered (target 80%), days to
reply (target 60 days) and actions overdue (target 10%), each measured every financial quarter.
They have no entered values: their values come from the surveys and actions.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Area, Kpi, KpiDirection, KpiPeriod, KpiSource, KpiUnit

LOOP_KPIS = (
    {
        "slug": "themes-answered",
        "name": "Themes answered",
        "definition": "Of the themes raised in at least 10 comments in a survey that closed in the "
        "quarter, the percentage with a published ‘You said, we did’ action linked to the theme "
        "and the survey.",
        "owner": "Co-production officer",
        "area": "co-production",
        "unit": KpiUnit.PERCENT,
        "direction": KpiDirection.UP,
        "source": KpiSource.THEMES_ANSWERED,
        "target": Decimal(80),
        "amber_threshold": Decimal(60),
    },
    {
        "slug": "days-to-reply",
        "name": "Days from survey close to first reply",
        "definition": "The median number of days from a survey's closing date to its first "
        "published ‘You said, we did’ action, over the surveys that closed in the quarter and "
        "have one.",
        "owner": "Co-production officer",
        "area": "parental-engagement",
        "unit": KpiUnit.DAYS,
        "direction": KpiDirection.DOWN,
        "source": KpiSource.DAYS_TO_REPLY,
        "target": Decimal(60),
        "amber_threshold": Decimal(90),
    },
    {
        "slug": "actions-overdue",
        "name": "Actions overdue",
        "definition": "Of the actions open at the end of the quarter (not done and not ‘not "
        "doing’) with a due date, the percentage past their due date.",
        "owner": "Head of SEND",
        "area": "strategy",
        "unit": KpiUnit.PERCENT,
        "direction": KpiDirection.DOWN,
        "source": KpiSource.ACTIONS_OVERDUE,
        "target": Decimal(10),
        "amber_threshold": Decimal(20),
    },
)


def load_loop_kpis() -> None:
    """Add the three closing-the-loop KPIs at the end of the register (any already there by
    slug are left as they are). Not committed."""
    existing = set(db.session.scalars(select(Kpi.slug)))
    areas = {area.slug: area for area in db.session.scalars(select(Area))}
    position = db.session.scalar(select(func.max(Kpi.position))) or 0
    for demo in LOOP_KPIS:
        if demo["slug"] in existing:
            continue
        position += 1
        fields = {name: value for name, value in demo.items() if name != "area"}
        db.session.add(
            Kpi(
                **fields,
                period=KpiPeriod.QUARTER,
                area=areas.get(demo["area"]),
                positive_values=[],
                position=position,
            )
        )
    db.session.flush()
