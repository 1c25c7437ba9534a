"""The staff results page of a survey. Any staff member who may see the survey may see it."""

from __future__ import annotations

from flask import render_template, request, url_for

from feedback.auth.permissions import require_view, roles_required
from feedback.manage.access import load_survey
from feedback.reports import bp, display
from feedback.reports.filters import BREAKDOWNS, DATE_LABELS
from feedback.reports.services import results_page
from surveys.types import get_type


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every reports template can use."""
    return {
        "whole_percent": display.whole_percent,
        "interval": display.interval,
        "number": display.number,
        "people": display.people,
        "option_names": display.option_names,
        "base_text": display.base_text,
        "type_label": lambda name: get_type(name).label,
        "breakdowns": BREAKDOWNS,
        "date_labels": DATE_LABELS,
    }


@bp.get("/surveys/<int:survey_id>")
@roles_required()
def survey(survey_id: int):
    """Each question's results, with filters and a breakdown chosen in the query string."""
    found = load_survey(survey_id)
    require_view(found)
    page = results_page(found, request.args)
    return (
        render_template(
            "reports/survey.html",
            survey=found,
            page=page,
            back_url=url_for("manage.survey", survey_id=found.id),
            page_errors=bool(page.read.problems),
        ),
        400 if page.read.problems else 200,
    )
