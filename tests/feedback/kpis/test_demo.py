"""The demo register: the improvement plan's eight KPIs, with rules and entered values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select

from feedback.demo.kpis import load_kpis
from feedback.demo.loader import load_demo
from feedback.extensions import db
from feedback.kpis.services import kpi_statuses
from feedback.models import Kpi, KpiSource, Survey


def entered_values(kpis: list[Kpi]) -> dict[str, list[tuple[date, Decimal]]]:
    return {
        kpi.slug: [(value.period_start, value.value) for value in kpi.values]
        for kpi in kpis
        if kpi.source == KpiSource.ENTERED
    }


def test_the_demo_has_the_issues_kpis_each_with_values(app):
    with app.app_context():
        load_demo(responses=200)
        statuses = kpi_statuses()
        kpis = [status.kpi for status in statuses]

        assert [kpi.name for kpi in kpis] == [
            "Parental surveys returned",
            "Parental satisfaction",
            "Education settings responding positively",
            "Partner organisations responding positively",
            "Appeals lodged at SENDIST",
            "Complaints",
            "Complaints satisfactorily dealt with",
            "EHC plans issued within 20 weeks",
            "Themes answered",
            "Days from survey close to first reply",
            "Actions overdue",
        ]
        assert all(kpi.owner and kpi.area and kpi.target is not None for kpi in kpis)
        # Themes answered needs the comments themed, which the demo leaves to the officer.
        without_values = [status.kpi.slug for status in statuses if status.latest is None]
        assert without_values == ["themes-answered"]
        values = entered_values(kpis)
        quarters = [start for start, _ in values["complaints"]]
        assert quarters[0] == date(2024, 10, 1) and quarters[-1] == date(2026, 7, 1)
        assert all(len(series) == 8 for series in values.values())
        plans = next(kpi for kpi in kpis if kpi.slug == "ehc-plans-within-20-weeks")
        assert values[plans.slug][-1][1] == 66
        assert (plans.comparator, plans.comparator_label) == (
            Decimal("59.9"),
            "National average, 2024",
        )


def test_the_entered_values_come_from_the_seed(app):
    with app.app_context():
        load_demo(responses=200, seed=7)
        first = entered_values(list(db.session.scalars(select(Kpi).order_by(Kpi.position))))
        db.session.execute(delete(Kpi))
        surveys = {survey.slug: survey for survey in db.session.scalars(select(Survey))}
        load_kpis(surveys, seed=7)
        again = entered_values(list(db.session.scalars(select(Kpi).order_by(Kpi.position))))
        assert again == first
