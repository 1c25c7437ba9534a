"""The demo's closing-the-loop KPIs."""

from __future__ import annotations

from feedback.demo.loop_kpis import load_loop_kpis
from feedback.extensions import db
from feedback.kpis.services import kpi_statuses
from feedback.models import KpiSource, KpiUnit
from tests.feedback.kpis.helpers import make_kpi


def test_the_three_loop_kpis_join_the_end_of_the_register_once(app):
    make_kpi(app, "satisfaction", position=4)
    with app.app_context():
        load_loop_kpis()
        load_loop_kpis()
        db.session.commit()
        statuses = kpi_statuses()
        rows = [
            (s.kpi.slug, s.kpi.source, s.kpi.unit, float(s.kpi.target), s.kpi.position)
            for s in statuses
        ]
    assert rows == [
        ("satisfaction", KpiSource.ANSWERS, KpiUnit.PERCENT, 60.0, 4),
        ("themes-answered", KpiSource.THEMES_ANSWERED, KpiUnit.PERCENT, 80.0, 5),
        ("days-to-reply", KpiSource.DAYS_TO_REPLY, KpiUnit.DAYS, 60.0, 6),
        ("actions-overdue", KpiSource.ACTIONS_OVERDUE, KpiUnit.PERCENT, 10.0, 7),
    ]
    assert all(status.latest is None for status in statuses)
