"""The KPI register's pages: what staff read, who may change what, and refusing bad input."""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Kpi, KpiDirection, KpiSource, KpiUnit, KpiValue, Role
from feedback.models.columns import utcnow
from stats.kpis import period_label, period_start
from tests.factories import PASSWORD, login_as, make_group, make_staff
from tests.feedback.kpis.helpers import answered_survey, make_kpi
from tests.pages import page, visible_text

VALID_KPI = {
    "name": "Complaints",
    "definition": "Formal complaints about SEND services received in the quarter.",
    "owner": "Complaints manager",
    "area": "",
    "unit": "count",
    "direction": "down",
    "period": "quarter",
    "source": "entered",
    "audience": "",
    "target": "30",
    "amber_threshold": "40",
    "comparator": "",
    "comparator_label": "",
}


def kpis(app) -> list[tuple]:
    with app.app_context():
        return [
            (kpi.slug, kpi.name, kpi.target, kpi.amber_threshold)
            for kpi in db.session.scalars(select(Kpi).order_by(Kpi.id))
        ]


def stored_values(app) -> list[tuple]:
    with app.app_context():
        rows = db.session.execute(
            select(KpiValue.period_start, KpiValue.value, KpiValue.note).order_by(
                KpiValue.period_start
            )
        )
        return [tuple(row) for row in rows]


def entered_kpi(app, **values) -> int:
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
        positive_values=[],
        **values,
    )


# Reading -------------------------------------------------------------------------------------


def test_the_register_shows_each_kpis_latest_value_target_rating_and_change(client, app):
    answered_survey(app)
    make_kpi(app, name="Parents feel listened to")
    login_as(client, app, Role.VIEWER)

    text = visible_text(client.get("/manage/kpis/"))

    assert (
        "Parents feel listened to 6. Parental engagement Head of SEND 25% (2 of 8) Q2 2026-27 "
        "60% Red Down 63.9 points since Q1 2026-27: worse" in text
    )
    assert "Q1 is April to June" in text
    assert "Only administrators and co-production officers can change KPIs." in text
    assert "Add a KPI" not in text


def test_the_rating_is_a_tag_with_its_word(client, app):
    answered_survey(app)
    make_kpi(app)
    login_as(client, app, Role.VIEWER)
    html = page(client.get("/manage/kpis/"))
    assert '<strong class="govuk-tag govuk-tag--red">Red</strong>' in html


def test_a_kpi_page_has_its_definition_ratings_trend_and_significance(client, app):
    answered_survey(app)
    make_kpi(app, name="Parents feel listened to")
    login_as(client, app, Role.VIEWER)

    response = client.get("/manage/kpis/satisfaction")
    text = visible_text(response)

    assert "25% in Q2 2026-27 Red" in text
    assert "2 of the 8 people who answered gave a positive answer." in text
    assert "Down 63.9 points since Q1 2026-27: worse." in text
    assert "The change from Q1 2026-27 to Q2 2026-27 is significant: a two-proportion test" in text
    assert "Green: 60% or more Amber: 50% or more, short of the target Red: below 50%" in text
    assert (
        "Of the people answering questions with the key ‘listened-to’ (only parents and carers), "
        "the percentage who chose ‘Strongly agree’ or ‘Agree’, in the period they answered. "
        "People who said ‘Don't know’ are not counted." in text
    )
    assert "Q1 2026-27 89% 8 9" in text and "Q2 2026-27 25% 2 8" in text
    assert "Choose the question and answers" not in text


def test_the_trend_downloads_as_csv(client, app):
    answered_survey(app)
    make_kpi(app)
    login_as(client, app, Role.VIEWER)
    response = client.get("/manage/kpis/satisfaction?chart=trend&format=csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows == [
        ["Period", "Value (%)", "Positive", "Base"],
        ["Q1 2026-27", str(100 * 8 / 9), "8", "9"],
        ["Q2 2026-27", "25.0", "2", "8"],
    ]


def test_an_unknown_kpi_is_not_found(client, app):
    login_as(client, app, Role.VIEWER)
    assert client.get("/manage/kpis/no-such-kpi").status_code == 404


def test_signed_out_people_are_sent_to_sign_in(client, app):
    make_kpi(app)
    for url in ("/manage/kpis/", "/manage/kpis/satisfaction", "/manage/kpis/board-report"):
        response = client.get(url)
        assert response.status_code == 302 and "/sign-in" in response.location


@pytest.mark.parametrize("role", [Role.VIEWER, Role.FORUM_EDITOR])
def test_viewers_and_forum_editors_read_but_cannot_change(client, app, role):
    make_kpi(app)
    entered_kpi(app)
    groups = [make_group(app)] if role == Role.FORUM_EDITOR else []
    login_as(client, app, role, group_ids=groups)
    assert client.get("/manage/kpis/satisfaction").status_code == 200
    for url in (
        "/manage/kpis/new",
        "/manage/kpis/satisfaction/edit",
        "/manage/kpis/satisfaction/rule",
        "/manage/kpis/complaints/values/new",
        "/manage/kpis/import",
    ):
        assert client.get(url).status_code == 403, url
        assert client.post(url, data=VALID_KPI).status_code == 403, url
    assert len(kpis(app)) == 2 and stored_values(app) == []


# Adding and changing KPIs ----------------------------------------------------------------------


def test_an_officer_adds_an_entered_kpi(client, app):
    login_as(client, app, Role.OFFICER)
    response = client.post("/manage/kpis/new", data=VALID_KPI)
    assert response.status_code == 302 and response.location.endswith("/manage/kpis/complaints")
    assert kpis(app) == [("complaints", "Complaints", Decimal(30), Decimal(40))]
    assert "‘Complaints’ has been added" in visible_text(client.get(response.location))


def test_a_survey_kpi_goes_on_to_choose_its_question(client, app):
    login_as(client, app, Role.ADMIN)
    data = VALID_KPI | {
        "name": "Parental satisfaction",
        "unit": "percent",
        "direction": "up",
        "source": "answers",
        "target": "60%",
        "amber_threshold": "50",
    }
    response = client.post("/manage/kpis/new", data=data)
    assert response.location.endswith("/manage/kpis/parental-satisfaction/rule")
    assert kpis(app) == [("parental-satisfaction", "Parental satisfaction", 60, 50)]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Enter the name of the KPI"),
        ({"definition": ""}, "Enter what the KPI measures and how"),
        ({"target": "thirty"}, "Enter a number for the target, like 12, not ‘thirty’"),
        ({"target": "30.5"}, "A count must be a whole number, like 12, not 30.5"),
        ({"amber_threshold": "25"}, "The amber threshold must be at or above the target"),
        ({"target": "", "amber_threshold": "40"}, "Enter a target as well as an amber threshold"),
        ({"source": "answers"}, "A KPI worked out from surveys is a percentage"),
        ({"unit": "percent", "target": "130"}, "A percentage must be from 0 to 100, not 130"),
        ({"comparator": "59.9"}, "Say what the comparator is, like ‘National average, 2024’"),
        ({"unit": "kilograms"}, "Select what the KPI measures"),
    ],
)
def test_a_kpi_with_a_problem_is_not_added_and_the_page_says_why(client, app, changes, message):
    login_as(client, app, Role.OFFICER)
    response = client.post("/manage/kpis/new", data=VALID_KPI | changes)
    assert response.status_code == 200
    text = visible_text(response)
    assert text.count(message) == 2  # in the error summary and by the field
    assert "Error: Add a KPI" in page(response)
    assert kpis(app) == []


def test_two_kpis_cannot_share_a_name(client, app):
    entered_kpi(app)
    login_as(client, app, Role.OFFICER)
    response = client.post("/manage/kpis/new", data=VALID_KPI | {"name": "complaints "})
    assert "There is already a KPI called ‘complaints’" in visible_text(response)
    assert len(kpis(app)) == 1


def test_a_kpi_cannot_take_the_address_of_a_page(client, app):
    login_as(client, app, Role.OFFICER)
    client.post("/manage/kpis/new", data=VALID_KPI | {"name": "Import"})
    assert kpis(app)[0][0] == "import-2"


def test_an_officer_changes_a_kpi_but_its_entered_values_keep_it_entered(client, app):
    entered_kpi(app, values={date(2026, 4, 1): 35})
    login_as(client, app, Role.OFFICER)
    form = client.get("/manage/kpis/complaints/edit")
    assert 'value="30"' in page(form) and 'value="40"' in page(form)

    response = client.post("/manage/kpis/complaints/edit", data=VALID_KPI | {"target": "25"})
    assert response.status_code == 302
    assert kpis(app) == [("complaints", "Complaints", Decimal(25), Decimal(40))]

    data = VALID_KPI | {
        "source": "answers",
        "unit": "percent",
        "direction": "up",
        "amber_threshold": "",
    }
    refused = client.post("/manage/kpis/complaints/edit", data=data)
    assert "This KPI has 1 entered value, so its values must stay entered" in visible_text(refused)
    monthly = client.post("/manage/kpis/complaints/edit", data=VALID_KPI | {"period": "month"})
    assert "This KPI has 1 entered value, so how often it is measured cannot change" in (
        visible_text(monthly)
    )
    with app.app_context():
        kpi = db.session.scalar(select(Kpi))
        assert (kpi.source, kpi.period.value) == (KpiSource.ENTERED, "quarter")


# The survey rule -------------------------------------------------------------------------------


def test_choosing_the_question_then_the_positive_answers(client, app):
    answered_survey(app)
    make_kpi(app, question_key=None, positive_values=[])
    login_as(client, app, Role.OFFICER)

    first = visible_text(client.get("/manage/kpis/satisfaction/rule"))
    assert "listened-to: I feel listened to by the people who support my child. (1 survey)" in first
    assert "count as positive" not in first

    chosen = client.get("/manage/kpis/satisfaction/rule?key=listened-to")
    html = page(chosen)
    assert "Which answers to ‘I feel listened to by the people who support my child.’ count" in html
    labels = re.findall(r'class="govuk-label govuk-checkboxes__label"[^>]*> (.*?) </label>', html)
    assert labels == [
        "Strongly agree",
        "Agree",
        "Neither agree nor disagree",
        "Disagree",
        "Strongly disagree",
    ]
    assert "People who answered ‘Don't know’ are not counted in the base" in html
    ticked = re.findall(r'value="(\w+)" checked', html)
    assert ticked == ["strongly_agree", "agree"]

    response = client.post(
        "/manage/kpis/satisfaction/rule",
        data={"key": "listened-to", "positive": ["strongly_agree"]},
    )
    assert response.status_code == 302
    with app.app_context():
        kpi = db.session.scalar(select(Kpi))
        assert (kpi.question_key, kpi.positive_values) == ("listened-to", ["strongly_agree"])


def test_a_rule_needs_a_real_question_and_at_least_one_answer(client, app):
    answered_survey(app)
    make_kpi(app, question_key=None, positive_values=[])
    login_as(client, app, Role.OFFICER)

    unknown = client.get("/manage/kpis/satisfaction/rule?key=")
    assert "Choose the question the KPI counts" in visible_text(unknown)
    none_ticked = client.post("/manage/kpis/satisfaction/rule", data={"key": "listened-to"})
    assert "Select at least one answer that counts as positive" in visible_text(none_ticked)
    dont_know = client.post(
        "/manage/kpis/satisfaction/rule", data={"key": "listened-to", "positive": ["dont_know"]}
    )
    assert "Select answers from the list" in visible_text(dont_know)
    tampered = client.post("/manage/kpis/satisfaction/rule", data={"key": "no-such-key"})
    assert tampered.status_code == 400
    with app.app_context():
        assert db.session.scalar(select(Kpi.question_key)) is None


def test_only_survey_answer_kpis_have_a_rule_and_only_entered_kpis_take_values(client, app):
    make_kpi(app)
    entered_kpi(app)
    login_as(client, app, Role.OFFICER)
    assert client.get("/manage/kpis/complaints/rule").status_code == 404
    assert client.get("/manage/kpis/satisfaction/values/new").status_code == 404


# Entering values -------------------------------------------------------------------------------


def this_quarter() -> tuple[date, str]:
    start = period_start(utcnow().date(), "quarter")
    return start, period_label(start, "quarter")


def test_entering_a_value_and_then_replacing_it(client, app):
    entered_kpi(app)
    login_as(client, app, Role.OFFICER)
    start, label = this_quarter()
    form = {"period": start.isoformat(), "value": "12", "note": "From the log"}

    first = client.post("/manage/kpis/complaints/values/new", data=form, follow_redirects=True)
    assert f"Saved 12 for {label}" in visible_text(first)
    second = client.post(
        "/manage/kpis/complaints/values/new", data=form | {"value": "14"}, follow_redirects=True
    )
    assert f"Replaced the value for {label}: it was 12, it is now 14" in visible_text(second)
    assert stored_values(app) == [(start, Decimal(14), "From the log")]
    assert f"{label} 14 From the log Co-production officer" in visible_text(second)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("twelve", "Enter a number for the value, like 12, not ‘twelve’"),
        ("12%", "Only percentages end in %: enter the value as a number"),
        ("-3", "The value must be 0 or more"),
        ("", "Enter the value"),
    ],
)
def test_a_value_that_is_not_a_count_changes_nothing(client, app, value, message):
    entered_kpi(app)
    login_as(client, app, Role.OFFICER)
    start, _ = this_quarter()
    response = client.post(
        "/manage/kpis/complaints/values/new", data={"period": start.isoformat(), "value": value}
    )
    assert visible_text(response).count(message) == 2
    assert stored_values(app) == []


def test_percent_values_may_end_in_a_percent_sign_but_not_pass_100(client, app):
    make_kpi(app, "plans", source=KpiSource.ENTERED, question_key=None, positive_values=[])
    login_as(client, app, Role.OFFICER)
    start, _ = this_quarter()
    url = "/manage/kpis/plans/values/new"
    over = client.post(url, data={"period": start.isoformat(), "value": "120"})
    assert "A percentage must be from 0 to 100, not 120" in visible_text(over)
    assert stored_values(app) == []
    client.post(url, data={"period": start.isoformat(), "value": "66.5%"})
    assert stored_values(app) == [(start, Decimal("66.5"), "")]


def test_a_period_not_offered_is_refused(client, app):
    entered_kpi(app)
    login_as(client, app, Role.OFFICER)
    response = client.post(
        "/manage/kpis/complaints/values/new", data={"period": "2031-01-01", "value": "3"}
    )
    assert response.status_code == 200 and stored_values(app) == []


# CSRF ----------------------------------------------------------------------------------------


class TestWithCsrf:
    @pytest.fixture
    def app_config(self) -> dict:
        return {"WTF_CSRF_ENABLED": True}

    @staticmethod
    def token(html: str) -> str:
        return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)[1]

    def test_the_kpi_form_works_with_its_token_and_not_without(self, client, app):
        email = make_staff(app, Role.OFFICER)
        sign_in = client.get("/sign-in").get_data(as_text=True)
        client.post(
            "/sign-in",
            data={"email": email, "password": PASSWORD, "csrf_token": self.token(sign_in)},
        )
        form = client.get("/manage/kpis/new").get_data(as_text=True)

        assert client.post("/manage/kpis/new", data=VALID_KPI).status_code == 400
        assert kpis(app) == []
        response = client.post(
            "/manage/kpis/new", data=VALID_KPI | {"csrf_token": self.token(form)}
        )
        assert response.status_code == 302 and len(kpis(app)) == 1

    def test_the_import_confirmation_carries_its_token(self, client, app):
        entered_kpi(app)
        email = make_staff(app, Role.OFFICER)
        sign_in = client.get("/sign-in").get_data(as_text=True)
        client.post(
            "/sign-in",
            data={"email": email, "password": PASSWORD, "csrf_token": self.token(sign_in)},
        )
        upload = client.get("/manage/kpis/import").get_data(as_text=True)
        _, label = this_quarter()
        preview = client.post(
            "/manage/kpis/import",
            data={
                "csrf_token": self.token(upload),
                "values_file": (
                    io.BytesIO(f"kpi,period,value\nComplaints,{label},12\n".encode()),
                    "v.csv",
                ),
            },
        ).get_data(as_text=True)
        content = re.search(r'name="content" type="hidden" value="([^"]*)"', preview)
        assert content is not None
        data = {"content": html.unescape(content[1])}
        assert client.post("/manage/kpis/import/confirm", data=data).status_code == 400
        assert stored_values(app) == []
        response = client.post(
            "/manage/kpis/import/confirm", data=data | {"csrf_token": self.token(preview)}
        )
        assert response.status_code == 302
        with app.app_context():
            assert db.session.scalar(select(func.count(KpiValue.id))) == 1
