"""Response rates pages: the rates of a survey, its targets and its invitation batches.

Any staff member who may see a survey may see its rates. Changing targets and invitations
needs the right to edit the survey: officers and admins, and forum editors for the surveys
their groups co-produce.
"""

from __future__ import annotations

from collections.abc import Sequence

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from feedback.auth.permissions import can_edit_survey, require_edit, require_view, roles_required
from feedback.charts import chart_download
from feedback.extensions import db
from feedback.manage.access import load_survey
from feedback.manage.forms import ConfirmForm, add_error, error_summary
from feedback.manage.services import long_date
from feedback.models import Audience, InvitationBatch, Role, Survey
from feedback.rates import bp, display
from feedback.rates.forms import (
    InvitationForm,
    TargetsFileForm,
    TargetsForm,
    target_field_name,
    targets_form,
)
from feedback.rates.funnel import survey_funnel
from feedback.rates.invitations import (
    add_batch,
    delete_batch,
    method_label,
    method_totals,
    survey_batches,
)
from feedback.rates.services import invitation_yields, response_rates
from feedback.rates.targets import (
    all_localities,
    disagreements,
    replace_targets,
    stored_targets,
)
from feedback.rates.targets_file import TargetsFileError, read_targets_file, targets_file

EDITORS = (Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR)


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every rates template can use."""
    return {
        "error_summary": error_summary,
        "method_label": method_label,
        "one_decimal_percent": display.one_decimal_percent,
        "overall_sentence": display.overall_sentence,
        "per_invitation": display.per_invitation,
        "responses_text": display.responses_text,
        "short_date": display.short_date,
    }


def _rates_url(survey: Survey, **anchor) -> str:
    return url_for("rates.survey", survey_id=survey.id, **anchor)


def _editable_survey(survey_id: int) -> Survey:
    survey = load_survey(survey_id)
    require_edit(survey)
    return survey


# The rates page --------------------------------------------------------------------------------


@bp.get("/surveys/<int:survey_id>")
@roles_required()
def survey(survey_id: int):
    """Response rates, invitations and the open-link funnel of one survey."""
    found = load_survey(survey_id)
    require_view(found)
    funnel = survey_funnel(found.id)
    chart = display.funnel_chart(funnel) if funnel.weeks else None
    if (download := chart_download([chart] if chart else [], request.args)) is not None:
        return download
    rates = response_rates(found)
    batches = survey_batches(found)
    return render_template(
        "rates/survey.html",
        survey=found,
        rates=rates,
        batches=batches,
        methods=method_totals(batches),
        yields=invitation_yields(rates, batches),
        funnel=funnel,
        chart=chart,
        may_edit=can_edit_survey(current_user, found),
        back_url=url_for("manage.survey", survey_id=found.id),
    )


# Targets ---------------------------------------------------------------------------------------


def _targets_page(
    survey: Survey,
    form: TargetsForm,
    file_form: TargetsFileForm,
    file_problems: Sequence[str] = (),
) -> str:
    return render_template(
        "rates/targets.html",
        survey=survey,
        form=form,
        file_form=file_form,
        file_problems=[{"text": problem, "href": "#targets_file"} for problem in file_problems],
        localities=all_localities(),
        field_name=target_field_name,
        page_errors=bool(file_form.errors),
        back_url=_rates_url(survey),
    )


@bp.route("/surveys/<int:survey_id>/targets", methods=["GET", "POST"])
@roles_required(*EDITORS)
def targets(survey_id: int):
    """Enter target populations: for each audience, all localities and each locality."""
    found = _editable_survey(survey_id)
    audiences, localities = list(found.audiences), all_localities()
    form = targets_form(audiences, localities, stored_targets(found))
    if form.validate_on_submit():
        figures = form.figures()
        problems = disagreements(figures, audiences, localities)
        for problem in problems:
            add_error(form, target_field_name((problem.audience.id, None)), problem.message)
        if not problems:
            replace_targets(found, figures)
            flash("The targets have been saved", "success")
            return redirect(_rates_url(found))
    return _targets_page(found, form, TargetsFileForm(formdata=None))


@bp.post("/surveys/<int:survey_id>/targets/upload")
@roles_required(*EDITORS)
def upload_targets(survey_id: int):
    """Replace every target with those in an uploaded CSV file, or change nothing."""
    found = _editable_survey(survey_id)
    audiences, localities = list(found.audiences), all_localities()
    file_form = TargetsFileForm()
    problems: list[str] = []
    if file_form.validate_on_submit():
        every_audience = list(db.session.scalars(select(Audience)))
        try:
            figures = read_targets_file(file_form.content, audiences, every_audience, localities)
        except TargetsFileError as error:
            problems = error.problems
            add_error(
                file_form,
                "targets_file",
                f"The selected file has {display.counted(len(problems), 'problem')}, so no "
                "targets were changed. Fix the file and upload it again",
            )
        else:
            replace_targets(found, figures)
            flash(f"{display.counted(len(figures), 'target')} uploaded", "success")
            return redirect(_rates_url(found))
    form = targets_form(audiences, localities, stored_targets(found), bound=False)
    return _targets_page(found, form, file_form, problems)


@bp.get("/surveys/<int:survey_id>/targets.csv")
@roles_required()
def download_targets(survey_id: int):
    """The survey's targets as a CSV file to fill in and upload (blank where none is set)."""
    found = load_survey(survey_id)
    require_view(found)
    text = targets_file(stored_targets(found), found.audiences, all_localities())
    return Response(
        text.encode("utf-8-sig"),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{found.slug}-targets.csv"'},
    )


# Invitations -----------------------------------------------------------------------------------


def _described(batch: InvitationBatch) -> str:
    """Like "400 invitations (letter)"."""
    return f"{display.counted(batch.invited, 'invitation')} ({method_label(batch.method).lower()})"


@bp.route("/surveys/<int:survey_id>/invitations/new", methods=["GET", "POST"])
@roles_required(*EDITORS)
def add_invitations(survey_id: int):
    """Record a batch of invitations."""
    found = _editable_survey(survey_id)
    form = InvitationForm(found.audiences, all_localities())
    if form.validate_on_submit():
        batch = add_batch(found, form.batch())
        flash(f"{_described(batch)} added", "success")
        return redirect(_rates_url(found, _anchor="invitations"))
    return render_template(
        "rates/invitation_form.html",
        survey=found,
        form=form,
        back_url=_rates_url(found, _anchor="invitations"),
    )


@bp.route("/surveys/<int:survey_id>/invitations/<int:batch_id>/delete", methods=["GET", "POST"])
@roles_required(*EDITORS)
def delete_invitations(survey_id: int, batch_id: int):
    """Confirm and delete a batch of invitations."""
    found = _editable_survey(survey_id)
    batch = db.session.get(InvitationBatch, batch_id)
    if batch is None or batch.survey_id != found.id:
        abort(404)
    described = f"{_described(batch)} sent on {long_date(batch.sent_on)}"
    form = ConfirmForm()
    if form.validate_on_submit():
        delete_batch(batch)
        flash(f"Deleted the {described}", "success")
        return redirect(_rates_url(found, _anchor="invitations"))
    return render_template(
        "manage/confirm.html",
        survey=found,
        heading="Delete these invitations?",
        body=f"The {described} will no longer count in this survey’s invitations.",
        button="Delete invitations",
        form=form,
        back_url=_rates_url(found, _anchor="invitations"),
    )
