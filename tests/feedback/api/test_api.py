"""The read-only API: token auth, what a token may read, suppression and JSON errors."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from sqlalchemy import select, update

from feedback.api import views as api_views
from feedback.api.openapi import openapi_document
from feedback.extensions import db
from feedback.models import (
    ApiToken,
    Kpi,
    KpiDirection,
    KpiPeriod,
    KpiSource,
    KpiUnit,
    KpiValue,
    Role,
    Survey,
    User,
)
from feedback.models.columns import utcnow
from feedback.reports.publish import results_record
from feedback.reports.results import survey_results
from tests.factories import every_type_definition, make_group, make_survey
from tests.feedback.api.helpers import bearer, make_token
from tests.feedback.reports.helpers import add_responses

SCHEMA_REGISTRY = Registry().with_resource(
    "urn:api", Resource.from_contents(openapi_document(), default_specification=DRAFT202012)
)


def assert_matches(data, schema_name: str) -> None:
    """`data` is valid against the schema the OpenAPI document gives it."""
    schema = {"$ref": f"urn:api#/components/schemas/{schema_name}"}
    Draft202012Validator(schema, registry=SCHEMA_REGISTRY).validate(data)


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response.mimetype == "application/json"
    assert_matches(response.get_json(), "Error")
    error = response.get_json()["error"]
    assert error["code"] == code
    assert "Traceback" not in error["message"]
    return error


@pytest.fixture
def survey_id(app) -> int:
    survey = make_survey(app, every_type_definition("send-support-2026"))
    for answer, count in [("strongly_agree", 3), ("agree", 6), ("disagree", 7)]:
        add_responses(app, survey, count, {"listened-to": answer})
    return survey


# Authentication ------------------------------------------------------------------------------


def test_without_a_token_the_api_says_how_to_send_one(app, client, survey_id):
    response = client.get("/api/v1/surveys")
    error = assert_error(response, 401, "unauthorised")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "Authorization" in error["message"]


@pytest.mark.parametrize(
    "header", ["Token abc", "Bearer", "Bearer ", "Bearer two words", "Basic dXNlcjpwYXNz"]
)
def test_a_malformed_authorization_header_is_refused(app, client, header):
    response = client.get("/api/v1/surveys", headers={"Authorization": header})
    error = assert_error(response, 401, "unauthorised")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "‘Bearer’, a space, then your token" in error["message"]


def test_an_unknown_token_is_refused(app, client):
    make_token(app)
    response = client.get("/api/v1/surveys", headers=bearer("cpf_not-a-real-token"))
    assert_error(response, 401, "unauthorised")
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


def test_a_revoked_token_is_refused(app, client):
    token = make_token(app)
    assert client.get("/api/v1/surveys", headers=bearer(token)).status_code == 200
    with app.app_context():
        db.session.execute(update(ApiToken).values(revoked_at=utcnow()))
        db.session.commit()
    assert_error(client.get("/api/v1/surveys", headers=bearer(token)), 401, "unauthorised")


def test_the_token_of_a_deactivated_account_is_refused(app, client):
    token = make_token(app)
    with app.app_context():
        db.session.execute(update(User).values(active=False))
        db.session.commit()
    assert_error(client.get("/api/v1/surveys", headers=bearer(token)), 401, "unauthorised")


def test_the_scheme_is_read_without_case(app, client):
    token = make_token(app)
    response = client.get("/api/v1/surveys", headers={"Authorization": f"bearer {token}"})
    assert response.status_code == 200


def last_used(app):
    with app.app_context():
        return db.session.scalar(select(ApiToken.last_used_at))


def test_last_used_is_recorded_at_most_once_a_minute(app, client):
    token = make_token(app)
    assert last_used(app) is None
    client.get("/api/v1/surveys", headers=bearer(token))
    first = last_used(app)
    assert first is not None
    client.get("/api/v1/kpis", headers=bearer(token))
    assert last_used(app) == first

    two_minutes_ago = first - timedelta(minutes=2)
    with app.app_context():
        db.session.execute(update(ApiToken).values(last_used_at=two_minutes_ago))
        db.session.commit()
    client.get("/api/v1/surveys", headers=bearer(token))
    assert last_used(app) > two_minutes_ago


# What a token reads --------------------------------------------------------------------------


def test_surveys_lists_each_survey_with_its_response_count(app, client, survey_id):
    response = client.get("/api/v1/surveys", headers=bearer(make_token(app)))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"
    assert_matches(response.get_json(), "SurveyList")
    (survey,) = response.get_json()["surveys"]
    assert survey == {
        "id": survey_id,
        "slug": "send-support-2026",
        "title": "Your experience of SEND support",
        "status": "open",
        "audiences": [{"slug": "parents-and-carers", "name": "Parents and carers"}],
        "opens_on": None,
        "closes_on": None,
        "results_published_at": None,
        "responses": 16,
        "responses_suppressed": False,
        "links": {
            "self": f"/api/v1/surveys/{survey_id}",
            "results": f"/api/v1/surveys/{survey_id}/results",
        },
    }


def test_a_survey_is_found_by_id_or_slug(app, client, survey_id):
    headers = bearer(make_token(app))
    by_id = client.get(f"/api/v1/surveys/{survey_id}", headers=headers)
    by_slug = client.get("/api/v1/surveys/send-support-2026", headers=headers)
    assert by_id.status_code == by_slug.status_code == 200
    assert by_id.get_json() == by_slug.get_json()
    assert_matches(by_id.get_json(), "Survey")
    error = assert_error(client.get("/api/v1/surveys/no-such", headers=headers), 404, "not_found")
    assert "no-such" in error["message"]
    huge = client.get(f"/api/v1/surveys/{'9' * 30}", headers=headers)
    assert_error(huge, 404, "not_found")


def test_results_are_the_published_record(app, client, survey_id):
    response = client.get(
        "/api/v1/surveys/send-support-2026/results", headers=bearer(make_token(app))
    )
    assert response.status_code == 200
    data = response.get_json()
    assert_matches(data, "Results")
    assert data["survey"] == {
        "id": survey_id,
        "slug": "send-support-2026",
        "title": "Your experience of SEND support",
    }
    assert data["responses"] == 16
    listened = next(q for q in data["questions"] if q["key"] == "listened-to")
    assert (listened["n"], listened["base"]) == (16, 16)
    counts = {option["label"]: option["count"] for option in listened["options"]}
    assert counts == {
        "Strongly agree": None,
        "Agree": None,  # else 16 − 7 − 6 would give the 3 away
        "Neither agree nor disagree": 0,
        "Disagree": 7,
        "Strongly disagree": 0,
        "Don't know": 0,
    }
    disagree = listened["options"][3]
    assert disagree["percent"] == 100 * 7 / 16
    assert listened["positive_percent"] is None
    with app.app_context():
        expected = results_record(survey_results(db.session.get(Survey, survey_id)), 5)
    assert data == json.loads(json.dumps(expected))


def test_a_count_of_three_is_suppressed(app, client, survey_id):
    headers = bearer(make_token(app))
    data = client.get(f"/api/v1/surveys/{survey_id}/results", headers=headers).get_json()
    listened = next(q for q in data["questions"] if q["key"] == "listened-to")
    strongly = listened["options"][0]
    assert strongly["label"] == "Strongly agree"
    assert strongly["count"] is None
    assert strongly["suppressed"] is True
    assert strongly["percent"] is None
    assert 3 not in [option["count"] for option in listened["options"]]

    small = make_survey(app, every_type_definition("small-survey"))
    add_responses(app, small, 3, {"listened-to": "agree"})
    survey = client.get("/api/v1/surveys/small-survey", headers=headers).get_json()
    assert (survey["responses"], survey["responses_suppressed"]) == (None, True)
    results = client.get("/api/v1/surveys/small-survey/results", headers=headers).get_json()
    assert results["responses"] is None
    listed = client.get("/api/v1/surveys", headers=headers).get_json()["surveys"]
    assert {s["slug"]: s["responses"] for s in listed} == {
        "small-survey": None,
        "send-support-2026": 16,
    }


def test_the_threshold_comes_from_the_configuration(app, client, survey_id):
    app.config["SUPPRESSION_THRESHOLD"] = 3
    headers = bearer(make_token(app))
    data = client.get(f"/api/v1/surveys/{survey_id}/results", headers=headers).get_json()
    listened = next(q for q in data["questions"] if q["key"] == "listened-to")
    assert listened["options"][0]["count"] == 3


def test_a_forum_editor_token_reads_only_their_groups_surveys(app, client):
    ours, theirs = make_group(app, "ours", "Ours"), make_group(app, "theirs", "Theirs")
    own = make_survey(app, every_type_definition("own-survey"), group_ids=[ours])
    other = make_survey(app, every_type_definition("other-survey"), group_ids=[theirs])
    headers = bearer(make_token(app, Role.FORUM_EDITOR, group_ids=[ours]))

    listed = client.get("/api/v1/surveys", headers=headers).get_json()["surveys"]
    assert [survey["slug"] for survey in listed] == ["own-survey"]
    assert client.get(f"/api/v1/surveys/{own}/results", headers=headers).status_code == 200
    for path in (f"/surveys/{other}", "/surveys/other-survey", f"/surveys/{other}/results"):
        assert_error(client.get(f"/api/v1{path}", headers=headers), 404, "not_found")

    officer = bearer(make_token(app, Role.OFFICER))
    listed = client.get("/api/v1/surveys", headers=officer).get_json()["surveys"]
    assert {survey["slug"] for survey in listed} == {"own-survey", "other-survey"}


# KPIs ----------------------------------------------------------------------------------------


@pytest.fixture
def complaints(app) -> str:
    with app.app_context():
        kpi = Kpi(
            slug="complaints",
            name="Number of complaints",
            unit=KpiUnit.COUNT,
            direction=KpiDirection.DOWN,
            period=KpiPeriod.QUARTER,
            source=KpiSource.ENTERED,
            target=Decimal(10),
            values=[
                KpiValue(period_start=date(2026, 1, 1), value=Decimal(3)),
                KpiValue(period_start=date(2026, 4, 1), value=Decimal(12)),
            ],
        )
        db.session.add(kpi)
        db.session.commit()
    return "complaints"


def test_kpis_are_listed_with_small_counts_suppressed(app, client, complaints):
    response = client.get("/api/v1/kpis", headers=bearer(make_token(app, Role.VIEWER)))
    assert response.status_code == 200
    data = response.get_json()
    assert_matches(data, "KpiList")
    (kpi,) = data["kpis"]
    assert (kpi["slug"], kpi["name"], kpi["unit"], kpi["target"]) == (
        "complaints",
        "Number of complaints",
        "count",
        10,
    )
    assert [point["value"] for point in kpi["points"]] == [None, 12]
    assert kpi["latest"]["value"] == 12
    assert kpi["change"] is None, "a change from a hidden count is hidden too"


def test_one_kpi_is_read_by_its_slug(app, client, complaints):
    headers = bearer(make_token(app))
    response = client.get("/api/v1/kpis/complaints", headers=headers)
    assert response.status_code == 200
    assert_matches(response.get_json(), "Kpi")
    assert response.get_json()["slug"] == "complaints"
    error = assert_error(client.get("/api/v1/kpis/appeals", headers=headers), 404, "not_found")
    assert "appeals" in error["message"]


# Errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/nothing", "/api/v1", "/api/v1/", "/api/v1/surveys/1/x"])
def test_unknown_addresses_under_the_api_are_json_404s(app, client, path):
    assert_error(client.get(path, headers=bearer(make_token(app))), 404, "not_found")


def test_addresses_outside_the_api_keep_their_html_error_pages(app, client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert response.mimetype == "text/html"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(app, client, survey_id, method):
    app.config["WTF_CSRF_ENABLED"] = True
    headers = bearer(make_token(app))
    for path in ("/api/v1/surveys", f"/api/v1/surveys/{survey_id}"):
        response = getattr(client, method)(path, headers=headers)
        assert_error(response, 405, "method_not_allowed")
        assert "GET" in response.headers["Allow"]


def test_a_failure_is_a_json_500_without_details(app, client, monkeypatch):
    def broken(*_args):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(api_views, "survey_records", broken)
    response = client.get("/api/v1/surveys", headers=bearer(make_token(app)))
    error = assert_error(response, 500, "server_error")
    assert "secret internals" not in response.get_data(as_text=True)
    assert error["message"] == "Something went wrong on our side. Try again later."


def test_the_openapi_document_needs_no_token(app, client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.get_json() == openapi_document()
    assert "Set-Cookie" not in response.headers
