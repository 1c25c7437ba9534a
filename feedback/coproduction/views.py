"""The co-production record of a survey (edit page) and the report on every record.

Any staff role may read the report. The record of a survey may be changed, at any status, by
whoever may edit the survey (`can_edit_survey`): officers, admins and its co-producing forum
editors.
"""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, url_for
from flask_login import current_user

from feedback.auth.permissions import can_edit_survey, require_edit, roles_required
from feedback.coproduction import bp, services
from feedback.coproduction.forms import CoproductionRecordForm, record_data
from feedback.coproduction.record import LEVEL_HINTS, LEVEL_NAMES, count_and_percent, record_line
from feedback.extensions import db
from feedback.manage.access import load_survey
from feedback.manage.forms import error_summary
from feedback.manage.services import details_locked_message
from feedback.models import Level, Survey

NO_GROUPS_MESSAGE = (
    "Engage and co-produce need at least one group that took part: add the groups on the "
    "survey’s details page"
)


@bp.app_template_global("coproduction_line")
def coproduction_line(subject) -> str | None:
    """The one line about who co-produced a survey or an action (None when not recorded)."""
    return record_line(subject)


@bp.app_template_global("coproduction_record")
def coproduction_record(survey: Survey) -> services.RecordView:
    """A survey's record in words, for the staff survey page."""
    return services.record_view(survey)


@bp.app_template_global("may_change_coproduction_record")
def may_change_coproduction_record(survey: Survey) -> bool:
    """Whether the signed-in user may change the record of `survey`."""
    return current_user.is_authenticated and can_edit_survey(current_user, survey)


@bp.route("/surveys/<int:survey_id>", methods=["GET", "POST"])
@roles_required()
def survey_record(survey_id: int):
    """Change the co-production record of a survey: its level and stages."""
    survey = load_survey(survey_id)
    require_edit(survey)
    form = CoproductionRecordForm(
        data=record_data(survey),
        has_groups=bool(survey.group_links),
        no_groups_message=NO_GROUPS_MESSAGE,
    )
    survey_url = url_for("manage.survey", survey_id=survey.id)
    if form.validate_on_submit():
        form.apply_record(survey)
        db.session.commit()
        flash(f"The co-production record of ‘{survey.title}’ has been saved", "success")
        return redirect(survey_url)
    return render_template(
        "coproduction/survey_record.html",
        form=form,
        survey=survey,
        error_summary=error_summary,
        details_url=url_for("manage.edit_survey", survey_id=survey.id, _anchor="groups"),
        details_locked=details_locked_message(survey) is not None,
        back_url=survey_url,
    )


@bp.get("/")
@roles_required()
def index():
    """How many surveys and actions reached co-production, and where families came in."""
    return render_template(
        "coproduction/report.html",
        report=services.coproduction_report(),
        count_and_percent=count_and_percent,
        ladder=[(LEVEL_NAMES[level], LEVEL_HINTS[level]) for level in reversed(Level)],
    )


@bp.get("/report.csv")
@roles_required()
def report_csv():
    """The report's tables as a CSV file."""
    return Response(
        services.report_csv(services.coproduction_report()),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="coproduction-report.csv"'},
    )
