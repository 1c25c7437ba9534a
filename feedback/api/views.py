"""Routes of the api blueprint: read-only JSON, small numbers suppressed as for publishing.

Surveys are those the token's owner may see (`visible_surveys`); KPIs, like the KPI register
pages, are open to all staff.
"""

from __future__ import annotations

from flask import abort, current_app, jsonify
from sqlalchemy import select

from feedback.api import bp
from feedback.api.auth import api_user
from feedback.api.openapi import openapi_document
from feedback.api.surveys import find_visible_survey, survey_record, survey_records
from feedback.extensions import db
from feedback.kpis.services import kpi_record, kpi_statuses
from feedback.models import Kpi
from feedback.reports.filters import ResultFilters
from feedback.reports.publish import PublishRule, results_record
from feedback.reports.results import response_count, survey_results


@bp.after_request
def not_cached(response):
    """Answers depend on who the token belongs to: no shared cache may keep them."""
    response.headers.setdefault("Cache-Control", "private, no-store")
    return response


def _threshold() -> int:
    return current_app.config["SUPPRESSION_THRESHOLD"]


def _survey_or_404(survey_ref: str):
    survey = find_visible_survey(api_user(), survey_ref)
    if survey is None:
        abort(404, f"There is no survey ‘{survey_ref}’ (id or slug) that your token may read.")
    return survey


@bp.get("/surveys")
def surveys():
    """Every survey the token's owner may see."""
    return jsonify({"surveys": survey_records(api_user(), PublishRule(_threshold()))})


@bp.get("/surveys/<survey_ref>")
def survey(survey_ref: str):
    """One survey, by id or slug."""
    found = _survey_or_404(survey_ref)
    return jsonify(
        survey_record(found, response_count(found, ResultFilters()), PublishRule(_threshold()))
    )


@bp.get("/surveys/<survey_ref>/results", endpoint="survey_results")
def results(survey_ref: str):
    """Per-question results of one survey, with small numbers suppressed."""
    found = _survey_or_404(survey_ref)
    return jsonify(results_record(survey_results(found), _threshold()))


@bp.get("/kpis")
def kpis():
    """Every KPI of the register, with its values per period."""
    threshold = _threshold()
    return jsonify({"kpis": [kpi_record(status, threshold) for status in kpi_statuses()]})


@bp.get("/kpis/<slug>")
def kpi(slug: str):
    """One KPI, by slug."""
    found = db.session.scalar(select(Kpi).where(Kpi.slug == slug))
    if found is None:
        abort(404, f"There is no KPI ‘{slug}’.")
    (status,) = kpi_statuses([found])
    return jsonify(kpi_record(status, _threshold()))


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3.1 description of this API (no token needed)."""
    return jsonify(openapi_document())
