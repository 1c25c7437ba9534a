"""The staff results page of a survey, its charts and its downloads. Any staff member who may
see the survey may see and download them."""

from __future__ import annotations

from flask import Response, abort, current_app, render_template, request, url_for
from flask_login import current_user

from feedback import audit
from feedback.auth.permissions import manages_surveys, require_view, roles_required
from feedback.charts import chart_download
from feedback.extensions import db
from feedback.manage.access import load_survey
from feedback.published.services import publish_refusal, results_are_public
from feedback.reports import bp, display
from feedback.reports.filters import BREAKDOWNS, DATE_LABELS, SUMMARIES, WAVES
from feedback.reports.free_text import SENTIMENTS
from feedback.reports.languages import language_label_html
from feedback.reports.periods import PERIODS
from feedback.reports.services import read_page_filters, results_file, results_page
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
        "change_text": display.change_text,
        "survey_dates": display.survey_dates,
        "type_label": lambda name: get_type(name).label,
        "breakdowns": BREAKDOWNS,
        "summaries": SUMMARIES,
        "periods": PERIODS,
        "waves_by": WAVES,
        "sentiments": SENTIMENTS,
        "date_labels": DATE_LABELS,
        "language_label_html": language_label_html,
    }


@bp.get("/surveys/<int:survey_id>")
@roles_required()
def survey(survey_id: int):
    """Each question's results, with filters, a breakdown, a comparison between waves and a
    summary by pledge or area chosen in the query string; `?chart=…&format=…` downloads a chart."""
    found = load_survey(survey_id)
    require_view(found)
    page = results_page(found, request.args, current_user)
    if (download := chart_download(page.charts, request.args)) is not None:
        return download
    return (
        render_template(
            "reports/survey.html",
            survey=found,
            page=page,
            back_url=url_for("manage.survey", survey_id=found.id),
            page_errors=bool(page.read.problems),
            may_publish=manages_surveys(current_user),
            results_public=results_are_public(found),
            publish_refusal=publish_refusal(found),
        ),
        400 if page.read.problems else 200,
    )


RESULTS_FILE = (
    "/surveys/<int:survey_id>/<any('results', 'results-for-sharing'):kind>.<any(csv, json):ext>"
)


@bp.get(RESULTS_FILE)
@roles_required()
def download(survey_id: int, kind: str, ext: str):
    """The results as a file, over the filters in the query string: every figure, or (for
    sharing) with small numbers hidden as `flask reports survey --public` hides them."""
    found = load_survey(survey_id)
    require_view(found)
    _, read = read_page_filters(request.args)
    if read.problems:
        abort(400)
    sharing = kind == "results-for-sharing"
    threshold = current_app.config["SUPPRESSION_THRESHOLD"] if sharing else None
    file = results_file(found, read.filters, ext, threshold)
    audit.record("export.results", subject=f"survey {found.id}", kind=kind, format=ext)
    db.session.commit()
    return Response(
        file.body,
        mimetype=file.mimetype,
        headers={"Content-Disposition": f'attachment; filename="{file.name}"'},
    )
