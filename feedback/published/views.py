"""Published results: public pages and downloads, and the staff pages that publish them.

The public pages need no sign-in and show only surveys whose results are public (see
`services.is_public`), with small numbers suppressed. Publishing and withdrawing are for
officers and administrators who may manage the survey.
"""

from __future__ import annotations

import json

from flask import Response, flash, redirect, render_template, request, url_for

from feedback.auth.permissions import require_manage, roles_required
from feedback.charts import chart_download
from feedback.manage.forms import ConfirmForm
from feedback.manage.services import long_date
from feedback.models import Role, Survey
from feedback.published import bp, services
from feedback.published.content import interval_text, public_record, public_results
from feedback.reports import display
from feedback.reports.publish import results_csv
from stats.suppression import SUPPRESSED, show_count


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every published template can use."""
    return {
        "long_date": long_date,
        "whole_percent": display.whole_percent,
        "number": display.number,
        "people": display.people,
        "option_names": display.option_names,
        "interval_text": interval_text,
        "show_count": show_count,
        "suppressed": SUPPRESSED,
    }


# Public pages ----------------------------------------------------------------------------------


@bp.get("/")
def index():
    """Every survey whose results are published."""
    return render_template(
        "published/index.html",
        published=services.published_surveys(),
        threshold=services.suppression_threshold(),
    )


@bp.get("/<slug>")
def survey(slug: str):
    """A survey's published results, question by question, with chart downloads."""
    results = public_results(services.published_survey(slug))
    if (download := chart_download(results.charts, request.args)) is not None:
        return download
    return render_template("published/survey.html", results=results, survey=results.survey)


@bp.get("/<slug>.csv")
def survey_csv(slug: str):
    """The published results as CSV: a row per answer option, hidden counts left blank."""
    survey = services.published_survey(slug)
    return _download(survey, results_csv(public_record(survey)), "csv", "text/csv")


@bp.get("/<slug>.json")
def survey_json(slug: str):
    """The published results as JSON: hidden counts and percentages are null."""
    survey = services.published_survey(slug)
    body = json.dumps(public_record(survey), ensure_ascii=False, indent=2)
    return _download(survey, body, "json", "application/json")


def _download(survey: Survey, body: str, extension: str, mimetype: str) -> Response:
    # A byte order mark lets spreadsheet programs read the CSV's curly quotes correctly.
    encoding = "utf-8-sig" if extension == "csv" else "utf-8"
    return Response(
        body.encode(encoding),
        content_type=f"{mimetype}; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{survey.slug}-results.{extension}"'
        },
    )


# Publishing (staff) ----------------------------------------------------------------------------


def _staff_results_url(survey: Survey) -> str:
    return url_for("reports.survey", survey_id=survey.id)


@bp.route("/<slug>/publish", methods=["GET", "POST"])
@roles_required(Role.ADMIN, Role.OFFICER)
def publish(slug: str):
    """Show what the public will see, then publish a closed survey's results."""
    survey = services.survey_by_slug(slug)
    require_manage(survey)
    refusal = services.publish_refusal(survey)
    form = ConfirmForm()
    if refusal is None and form.validate_on_submit():
        services.publish(survey)
        flash(f"The results of ‘{survey.title}’ are published", "success")
        return redirect(url_for(".survey", slug=survey.slug))
    results = None if refusal else public_results(survey)
    download = chart_download(results.charts, request.args) if results else None
    if download is not None:
        return download
    status = 400 if refusal and request.method == "POST" else 200
    return (
        render_template(
            "published/publish.html",
            survey=survey,
            results=results,
            refusal=refusal,
            is_public=services.results_are_public(survey),
            form=form,
            back_url=_staff_results_url(survey),
        ),
        status,
    )


@bp.route("/<slug>/withdraw", methods=["GET", "POST"])
@roles_required(Role.ADMIN, Role.OFFICER)
def withdraw(slug: str):
    """Confirm, then take a survey's results off the public pages."""
    survey = services.survey_by_slug(slug)
    require_manage(survey)
    form = ConfirmForm()
    published = survey.results_published_at is not None
    if published and form.validate_on_submit():
        services.withdraw(survey)
        flash(f"The results of ‘{survey.title}’ are no longer public", "success")
        return redirect(_staff_results_url(survey))
    return (
        render_template(
            "published/withdraw.html",
            survey=survey,
            published=published,
            form=form,
            back_url=_staff_results_url(survey),
        ),
        400 if not published and request.method == "POST" else 200,
    )
