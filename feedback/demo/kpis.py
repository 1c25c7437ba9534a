"""The demo KPI register: the improvement plan's KPIs, with entered values per period.

The four survey KPIs count the demo surveys' answers and response rates as they are loaded.
The four entered KPIs get a value for each of the last eight financial quarters before the demo
day, improving over time with some noise, drawn from `seed` so the same seed gives the same
values. The last value of plans issued within 20 weeks is 66%, against a national 59.9%.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from feedback.demo.plan import DEMO_DAY
from feedback.extensions import db
from feedback.models import (
    Area,
    Audience,
    Kpi,
    KpiDirection,
    KpiPeriod,
    KpiSource,
    KpiUnit,
    KpiValue,
    Survey,
)
from stats.kpis import PeriodKind, recent_periods

QUARTERS = 8
POSITIVE_AGREEMENT = ("strongly_agree", "agree")
POSITIVE_SATISFACTION = ("very_satisfied", "satisfied")


@dataclass(frozen=True)
class DemoKpi:
    """One KPI of the demo register.

    For entered KPIs, `values` is (first, last, noise): the values run from about `first` to
    about `last` over the quarters, each up to `noise` either way; `final` fixes the last one.
    """

    slug: str
    name: str
    definition: str
    owner: str
    area: str
    unit: KpiUnit
    direction: KpiDirection
    period: KpiPeriod
    source: KpiSource
    target: Decimal
    amber: Decimal
    audience: str | None = None
    survey: str | None = None
    question_key: str | None = None
    positive_values: tuple[str, ...] = ()
    comparator: Decimal | None = None
    comparator_label: str = ""
    values: tuple[float, float, float] | None = None
    final: Decimal | None = None
    note: str = ""


KPIS = (
    DemoKpi(
        slug="parental-surveys-returned",
        name="Parental surveys returned",
        definition="The percentage of parents and carers invited to the parent carer survey who "
        "returned it: responses from parents and carers divided by the target population agreed "
        "for the survey, in the year the survey closed.",
        owner="Co-production officer",
        area="co-production",
        unit=KpiUnit.PERCENT,
        direction=KpiDirection.UP,
        period=KpiPeriod.YEAR,
        source=KpiSource.RESPONSE_RATE,
        target=Decimal(25),
        amber=Decimal(15),
        audience="parents-and-carers",
    ),
    DemoKpi(
        slug="parental-satisfaction",
        name="Parental satisfaction",
        definition="The percentage of parents and carers answering the parent carer survey who "
        "are satisfied or very satisfied overall with the SEND support their child gets.",
        owner="Head of SEND",
        area="parental-satisfaction",
        unit=KpiUnit.PERCENT,
        direction=KpiDirection.UP,
        period=KpiPeriod.QUARTER,
        source=KpiSource.ANSWERS,
        target=Decimal(60),
        amber=Decimal(50),
        audience="parents-and-carers",
        survey="send-parent-carer-survey",
        question_key="overall",
        positive_values=POSITIVE_SATISFACTION,
    ),
    DemoKpi(
        slug="education-settings-responding-positively",
        name="Education settings responding positively",
        definition="The percentage of education settings answering the settings survey who agree "
        "that settings are involved early when the partnership plans SEND services. Settings "
        "that say they don't know are not counted.",
        owner="Assistant director, education",
        area="co-production",
        unit=KpiUnit.PERCENT,
        direction=KpiDirection.UP,
        period=KpiPeriod.YEAR,
        source=KpiSource.ANSWERS,
        target=Decimal(70),
        amber=Decimal(55),
        audience="education-settings",
        survey="education-settings-send-survey-2025",
        question_key="involved-early",
        positive_values=POSITIVE_AGREEMENT,
    ),
    DemoKpi(
        slug="partners-responding-positively",
        name="Partner organisations responding positively",
        definition="The percentage of voluntary and community sector partners answering the "
        "partners survey who agree that the partnership values what their sector contributes. "
        "Partners that say they don't know are not counted.",
        owner="Voluntary sector liaison lead",
        area="co-production",
        unit=KpiUnit.PERCENT,
        direction=KpiDirection.UP,
        period=KpiPeriod.YEAR,
        source=KpiSource.ANSWERS,
        target=Decimal(70),
        amber=Decimal(55),
        audience="voluntary-and-community-sector",
        survey="vcs-partners-survey-2026",
        question_key="contribution-valued",
        positive_values=POSITIVE_AGREEMENT,
    ),
    DemoKpi(
        slug="sendist-appeals",
        name="Appeals lodged at SENDIST",
        definition="The number of appeals lodged at the First-tier Tribunal (SEND) against the "
        "council's decisions in the quarter.",
        owner="SEND casework manager",
        area="ehc-plan-quality",
        unit=KpiUnit.COUNT,
        direction=KpiDirection.DOWN,
        period=KpiPeriod.QUARTER,
        source=KpiSource.ENTERED,
        target=Decimal(10),
        amber=Decimal(14),
        values=(19, 11, 2),
        note="From the tribunal tracker",
    ),
    DemoKpi(
        slug="complaints",
        name="Complaints",
        definition="The number of formal complaints about SEND services received in the "
        "quarter, at any stage of the complaints procedure.",
        owner="Complaints manager",
        area="parental-satisfaction",
        unit=KpiUnit.COUNT,
        direction=KpiDirection.DOWN,
        period=KpiPeriod.QUARTER,
        source=KpiSource.ENTERED,
        target=Decimal(30),
        amber=Decimal(40),
        values=(52, 31, 4),
        note="From the complaints log",
    ),
    DemoKpi(
        slug="complaints-satisfactorily-dealt-with",
        name="Complaints satisfactorily dealt with",
        definition="The percentage of SEND complaints closed in the quarter that were resolved "
        "within the timescale without going to the next stage.",
        owner="Complaints manager",
        area="parental-engagement",
        unit=KpiUnit.PERCENT,
        direction=KpiDirection.UP,
        period=KpiPeriod.QUARTER,
        source=KpiSource.ENTERED,
        target=Decimal(90),
        amber=Decimal(80),
        values=(71, 88, 3),
        note="From the complaints log",
    ),
    DemoKpi(
        slug="ehc-plans-within-20-weeks",
        name="EHC plans issued within 20 weeks",
        definition="The percentage of new education, health and care plans issued within 20 "
        "weeks of the request for an assessment, excluding exceptions, in the quarter.",
        owner="Head of SEND assessment",
        area="ehc-plan-quality",
        unit=KpiUnit.PERCENT,
        direction=KpiDirection.UP,
        period=KpiPeriod.QUARTER,
        source=KpiSource.ENTERED,
        target=Decimal(60),
        amber=Decimal(50),
        comparator=Decimal("59.9"),
        comparator_label="National average, 2024",
        values=(38, 64, 3),
        final=Decimal(66),
        note="From the SEN2 return workings",
    ),
)


def _values(rng: random.Random, demo: DemoKpi, quarters: list[date]) -> list[KpiValue]:
    first, last, noise = demo.values
    places = 0 if demo.unit == KpiUnit.COUNT else 1
    values = []
    for index, start in enumerate(quarters):
        trend = first + (last - first) * index / (len(quarters) - 1)
        number = round(min(100.0, max(0.0, trend + rng.uniform(-noise, noise))), places)
        values.append(KpiValue(period_start=start, value=Decimal(str(number)), note=demo.note))
    if demo.final is not None:
        values[-1].value = demo.final
    return values


def load_kpis(surveys: dict[str, Survey], seed: int) -> None:
    """Add the demo KPIs, with rules on the demo `surveys` (by slug) and entered values."""
    rng = random.Random(f"{seed}:kpis")
    areas = {area.slug: area for area in db.session.scalars(select(Area))}
    audiences = {audience.slug: audience for audience in db.session.scalars(select(Audience))}
    existing = set(db.session.scalars(select(Kpi.slug)))
    latest_complete = recent_periods(DEMO_DAY, PeriodKind.QUARTER, 2)[1]
    quarters = recent_periods(latest_complete, PeriodKind.QUARTER, QUARTERS)[::-1]
    for position, demo in enumerate(KPIS, 1):
        if demo.slug in existing:
            continue
        if demo.survey is not None:
            keys = {question.key for question in surveys[demo.survey].questions}
            if demo.question_key not in keys:
                raise ValueError(f"demo KPI ‘{demo.slug}’ counts a question the survey lacks")
        kpi = Kpi(
            slug=demo.slug,
            name=demo.name,
            definition=demo.definition,
            owner=demo.owner,
            unit=demo.unit,
            direction=demo.direction,
            period=demo.period,
            source=demo.source,
            target=demo.target,
            amber_threshold=demo.amber,
            comparator=demo.comparator,
            comparator_label=demo.comparator_label,
            area=areas.get(demo.area),
            audience=audiences.get(demo.audience) if demo.audience else None,
            question_key=demo.question_key,
            positive_values=list(demo.positive_values),
            position=position,
        )
        if demo.values is not None:
            kpi.values = _values(rng, demo, quarters)
        db.session.add(kpi)
    db.session.flush()
