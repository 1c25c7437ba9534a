"""`flask kpis list` and `flask kpis import FILE`: the register, and values from CSV."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import KpiDirection, KpiSource, KpiUnit, KpiValue
from tests.feedback.kpis.helpers import answered_survey, make_kpi

Q1, Q2 = date(2026, 4, 1), date(2026, 7, 1)


def run(app, *args):
    return app.test_cli_runner().invoke(args=["kpis", *args])


@pytest.fixture
def complaints(app) -> int:
    return make_kpi(
        app,
        "complaints",
        name="Complaints",
        source=KpiSource.ENTERED,
        unit=KpiUnit.COUNT,
        direction=KpiDirection.DOWN,
        target=Decimal(30),
        amber_threshold=Decimal(40),
        question_key=None,
        values={Q1: 41},
    )


def values(app) -> list[tuple]:
    with app.app_context():
        rows = db.session.execute(
            select(KpiValue.period_start, KpiValue.value).order_by(KpiValue.period_start)
        )
        return [tuple(row) for row in rows]


def test_list_says_when_there_are_no_kpis(app):
    result = run(app, "list")
    assert result.exit_code == 0
    assert result.output == "There are no KPIs yet.\n"


def test_list_shows_each_kpis_latest_value_rating_and_change(app, complaints):
    answered_survey(app)
    make_kpi(app, "satisfaction", name="Parents feel listened to")
    result = run(app, "list")
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    assert result.exit_code == 0
    assert lines == [
        "Slug KPI Latest Period Target Rating Change",
        "complaints Complaints 41 Q1 2026-27 30 Red –",
        "satisfaction Parents feel listened to 25% Q2 2026-27 60% Red down 63.9 points, worse",
    ]


def test_import_adds_and_replaces_values_saying_which_it_replaced(app, complaints, tmp_path):
    file = tmp_path / "values.csv"
    file.write_text("kpi,period,value\ncomplaints,Q1 2026-27,38\nComplaints,Q2 2026-27,35\n")
    result = run(app, "import", str(file))
    assert result.exit_code == 0, result.output
    assert result.output == (
        "Row 2: replaces Complaints for Q1 2026-27: 41 becomes 38\n"
        f"Imported 1 new value, 1 replaced from {file}\n"
    )
    assert values(app) == [(Q1, Decimal(38)), (Q2, Decimal(35))]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            "kpi,period,value\ncomplaints,Q2 2026-27,twelve\n",
            "Row 2, column ‘value’: Enter a number for the value, like 12, not ‘twelve’",
        ),
        ("kpi,period,value\nappeals,Q2 2026-27,3\n", "Row 2, column ‘kpi’: There is no KPI"),
        ("kpi,period,value\ncomplaints,2026,3\n", "Row 2, column ‘period’: ‘2026’ could be"),
        ("", "The file is empty"),
    ],
)
def test_import_with_any_problem_lists_it_exits_1_and_changes_nothing(
    app, complaints, tmp_path, content, problem
):
    file = tmp_path / "values.csv"
    file.write_text(content)
    result = run(app, "import", str(file))
    assert result.exit_code == 1
    assert problem in result.stderr
    assert "so nothing was imported" in result.stderr
    assert result.stdout == ""
    assert values(app) == [(Q1, Decimal(41))]
