"""Importing KPI values from CSV on the page: a preview first, then all rows or none."""

from __future__ import annotations

import html
import io
import re
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import KpiDirection, KpiSource, KpiUnit, KpiValue, Role
from tests.factories import login_as
from tests.feedback.kpis.helpers import make_kpi
from tests.pages import visible_text

Q1, Q2 = date(2026, 4, 1), date(2026, 7, 1)


@pytest.fixture
def register(app):
    """An entered count (complaints, with Q1 2026-27 at 41), an entered percentage, and a
    survey KPI."""
    make_kpi(
        app,
        "complaints",
        name="Complaints",
        source=KpiSource.ENTERED,
        unit=KpiUnit.COUNT,
        direction=KpiDirection.DOWN,
        question_key=None,
        values={Q1: 41},
    )
    make_kpi(
        app,
        "plans-in-20-weeks",
        name="EHC plans issued within 20 weeks",
        source=KpiSource.ENTERED,
        question_key=None,
    )
    make_kpi(app, "parental-satisfaction", name="Parental satisfaction")


def values(app) -> list[tuple]:
    with app.app_context():
        rows = db.session.execute(
            select(KpiValue.kpi_id, KpiValue.period_start, KpiValue.value, KpiValue.note).order_by(
                KpiValue.kpi_id, KpiValue.period_start
            )
        )
        return [tuple(row[1:]) for row in rows]


def upload(client, content: bytes | str, name: str = "values.csv"):
    data = content.encode() if isinstance(content, str) else content
    return client.post("/manage/kpis/import", data={"values_file": (io.BytesIO(data), name)})


def confirm(client, preview):
    content = re.search(
        r'name="content" type="hidden" value="([^"]*)"', preview.get_data(as_text=True)
    )
    return client.post(
        "/manage/kpis/import/confirm",
        data={"content": html.unescape(content[1])},
        follow_redirects=True,
    )


def test_the_preview_says_what_is_new_and_what_is_replaced_and_saves_nothing(client, app, register):
    login_as(client, app, Role.OFFICER)
    preview = upload(
        client,
        "KPI , Period,Value,Note\n"
        "complaints,Q1 2026-27,38,Corrected after audit\n"
        "Complaints,2026/27 Q2,35,\n"
        "ehc plans issued within 20 weeks,Q2 2026-27,66.5%,From SEN2\n",
    )
    text = visible_text(preview)

    assert (
        "The file has 3 values: 2 new, 1 replacing a value already there. "
        "Nothing has been saved yet." in text
    )
    assert "Importing replaces 1 value already entered, shown below." in text
    assert "2 Complaints Q1 2026-27 38 Replaces 41 Corrected after audit" in text
    assert "3 Complaints Q2 2026-27 35 New –" in text
    assert "4 EHC plans issued within 20 weeks Q2 2026-27 66.5% New From SEN2" in text
    assert values(app) == [(Q1, Decimal(41), "")]

    done = confirm(client, preview)
    assert "Imported 2 new values, 1 replaced" in visible_text(done)
    assert values(app) == [
        (Q1, Decimal(38), "Corrected after audit"),
        (Q2, Decimal(35), ""),
        (Q2, Decimal("66.5"), "From SEN2"),
    ]


def test_a_value_the_same_as_now_is_said_to_be_unchanged(client, app, register):
    login_as(client, app, Role.OFFICER)
    preview = upload(client, "kpi,period,value\ncomplaints,Q1 2026-27,41\n")
    assert "1 the same as now" in visible_text(preview)
    assert "Imported 0 new values, 0 replaced, 1 unchanged" in visible_text(
        confirm(client, preview)
    )


def test_utf8_with_a_byte_order_mark_and_windows_1252_both_read(client, app, register):
    login_as(client, app, Role.OFFICER)
    bom = upload(client, "\ufeffkpi,period,value\ncomplaints,Q2 2026-27,3\n".encode())
    assert "1 new" in visible_text(bom)
    windows = upload(
        client, "kpi,period,value,note\ncomplaints,Q2 2026-27,3,Café log – £0\n".encode("cp1252")
    )
    assert "Café log – £0" in visible_text(windows)


@pytest.mark.parametrize(
    ("content", "problems"),
    [
        (
            "kpi,period,value\ncomplaints,Q2 2026-27,twelve\n",
            ["Row 2, column ‘value’: Enter a number for the value, like 12, not ‘twelve’"],
        ),
        (
            "kpi,period,value\nComplaints,Q2 2026-27,12\nAppeals,Q2 2026-27,4\n",
            ["Row 3, column ‘kpi’: There is no KPI called ‘Appeals’"],
        ),
        (
            "kpi,period,value\ncomplaints,2026-Q2,12\n",
            ["Row 2, column ‘period’: ‘2026-Q2’ could be a calendar or a financial period: enter a "
             "financial quarter, like Q1 2026-27 (April to June 2026)"],
        ),
        (
            "kpi,period,value\nplans-in-20-weeks,Q2 2026-27,120%\n",
            ["Row 2, column ‘value’: A percentage must be from 0 to 100, not 120"],
        ),
        (
            "kpi,period,value\nparental-satisfaction,Q2 2026-27,50\n",
            [
                "Row 2, column ‘kpi’: ‘Parental satisfaction’ is worked out from surveys or "
                "actions, so values cannot be entered for it"
            ],
        ),
        (
            "kpi,period,value\ncomplaints,Q2 2026-27,12\ncomplaints,q2 2026-27,13\n",
            ["Row 3: Row 2 already gives a value for ‘Complaints’ in Q2 2026-27"],
        ),
        (
            "kpi,period,value\ncomplaints,Q1 2099-00,12\n",
            ["Row 2, column ‘period’: Q1 2099-00 (April to June 2099) has not started yet"],
        ),
        (
            "kpi,period,value\ncomplaints,,\n",
            ["Row 2, column ‘period’: Enter the period as a financial quarter, like Q1 2026-27 "
             "(April to June 2026)", "Row 2, column ‘value’: Enter the value"],
        ),
        (
            "kpi,period,amount,value\ncomplaints,Q2 2026-27,1,12\n",
            ["Row 1: ‘amount’ is not a column we use: the columns are kpi, period, value and note "
             "(optional)"],
        ),
        ("kpi,value\ncomplaints,12\n", ["Row 1: There is no ‘period’ column"]),
        (
            "kpi,period,value\ncomplaints,Q2 2026-27,12,extra\n",
            ["Row 2: The row has 4 cells but the first row names 3 columns"],
        ),
        ("", ["The file is empty"]),
        ("\n\n", ["The file is empty"]),
        ("kpi,period,value\n", ["The file has no values: add a row under the header"]),
        (
            b"PK\x03\x04\x00\x00binary",
            ["The file is not a CSV file: save it from your spreadsheet as CSV"],
        ),
    ],
)  # fmt: skip
def test_a_file_with_any_problem_changes_nothing_and_each_problem_names_its_place(
    client, app, register, content, problems
):
    login_as(client, app, Role.OFFICER)
    response = upload(client, content)
    text = visible_text(response)

    assert response.status_code == 400
    assert "Error: Import KPI values" in text
    assert "Nothing was imported. Fix these in the file and upload it again." in text
    for problem in problems:
        assert problem in text
    assert values(app) == [(Q1, Decimal(41), "")]


def test_every_problem_in_the_file_is_listed_not_just_the_first(client, app, register):
    login_as(client, app, Role.OFFICER)
    response = upload(
        client,
        "kpi,period,value\ncomplaints,Q2 2026-27,twelve\nplans-in-20-weeks,Q2 2026-27,150\n",
    )
    text = visible_text(response)
    assert "The file has 2 problems, so nothing was imported" in text
    assert "Row 2, column ‘value’" in text and "Row 3, column ‘value’" in text


def test_a_file_that_changed_between_preview_and_confirm_is_checked_again(client, app, register):
    login_as(client, app, Role.OFFICER)
    response = client.post(
        "/manage/kpis/import/confirm",
        data={"content": "kpi,period,value\ncomplaints,Q2 2026-27,lots\n"},
    )
    assert response.status_code == 400
    assert "Row 2, column ‘value’: Enter a number for the value" in visible_text(response)
    assert values(app) == [(Q1, Decimal(41), "")]


def test_confirming_without_a_file_asks_for_it_again(client, app, register):
    login_as(client, app, Role.OFFICER)
    response = client.post("/manage/kpis/import/confirm", data={})
    assert "Upload the file again" in visible_text(response)


def test_uploading_nothing_asks_for_a_file(client, app, register):
    login_as(client, app, Role.OFFICER)
    response = client.post("/manage/kpis/import", data={})
    assert response.status_code == 400
    assert "Select a CSV file of KPI values" in visible_text(response)


def test_a_file_over_the_limit_is_refused(client, app, register):
    login_as(client, app, Role.OFFICER)
    big = "kpi,period,value\n" + "complaints,Q2 2026-27,1\n" * 50_000
    response = upload(client, big)
    assert "The file must be smaller than 1,000,000 bytes" in visible_text(response)
    assert values(app) == [(Q1, Decimal(41), "")]
