"""Staff views of whole surveys: the list, details, status, copies, import, export, preview.

Every view checks the role at function level, then loads the survey and checks the data-level
rule (`require_view`, `require_edit` or `require_manage`) before doing anything.
"""

from __future__ import annotations

from functools import partial

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from wtforms import SelectChoice

from feedback.auth.permissions import (
    EDITABLE_STATUSES,
    can_create_survey,
    can_edit_survey,
    manages_surveys,
    require_edit,
    require_manage,
    require_view,
    roles_required,
)
from feedback.definitions import definition_from_survey
from feedback.extensions import db
from feedback.manage import bp, services
from feedback.manage.access import load_question, load_survey
from feedback.manage.building import asked_when, easy_read_coverage, five_point_lines, outline
from feedback.manage.forms import (
    ConfirmForm,
    ImportForm,
    SurveyDetailsForm,
    add_error,
    error_summary,
)
from feedback.models import Audience, GroupRole, Role, Survey

EDITORS = (Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR)


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every manage template can use."""
    return {
        "long_date": services.long_date,
        "error_summary": error_summary,
    }


def survey_url(survey: Survey, **anchor) -> str:
    """The survey's page."""
    return url_for("manage.survey", survey_id=survey.id, **anchor)


# The list and import -------------------------------------------------------------------------


def _survey_list(import_form: ImportForm, import_errors: list[dict] | None = None) -> str:
    return render_template(
        "manage/surveys.html",
        rows=services.survey_rows(current_user),
        may_create=can_create_survey(current_user),
        import_form=import_form,
        import_errors=import_errors or [],
        page_errors=bool(import_form.errors),
    )


@bp.get("/surveys")
@roles_required()
def surveys():
    """The surveys this user may see, with the import form."""
    return _survey_list(ImportForm(formdata=None))


@bp.post("/surveys/import")
@roles_required(*EDITORS)
def import_survey():
    """Import a survey definition file as a new draft."""
    if not can_create_survey(current_user):
        abort(403)
    form = ImportForm()
    issue_errors = []
    if form.validate_on_submit():
        groups = [] if manages_surveys(current_user) else current_user.groups
        try:
            survey = services.import_survey_json(form.text, groups=groups)
        except services.ImportFailed as failure:
            count = len(failure.issues)
            add_error(
                form,
                "definition_file",
                f"The selected file has {count} problem{'s' if count != 1 else ''}, so nothing "
                "was imported. Fix the file and upload it again",
            )
            issue_errors = [
                {"text": str(issue), "href": "#definition_file"} for issue in failure.issues
            ]
        else:
            flash(f"‘{survey.title}’ has been imported as a draft", "success")
            return redirect(survey_url(survey))
    return _survey_list(form, issue_errors)


# Details -------------------------------------------------------------------------------------


def _details_form(survey: Survey | None) -> tuple[SurveyDetailsForm, list[int]]:
    """The details form for `survey` (a new one when None), and the group ids it offers."""
    groups = services.choosable_groups(current_user)
    group_ids = [group.id for group in groups]
    if survey is None:
        initial = {"groups": group_ids if len(group_ids) == 1 else []}
    else:
        initial = {
            "title": survey.title,
            "purpose": survey.purpose,
            "what_happens_next": survey.what_happens_next,
            "audiences": [audience.id for audience in survey.audiences],
            "groups": _linked(survey, GroupRole.CO_AUTHOR, group_ids),
            "reviewer_groups": _linked(survey, GroupRole.REVIEWER, group_ids),
            "opens_on": survey.opens_on,
            "closes_on": survey.closes_on,
            "ask_locality": "yes" if survey.ask_locality else "no",
            "young_people_mode": "yes" if survey.young_people_mode else "no",
        }
    form = SurveyDetailsForm(data=initial, groups_required=not manages_surveys(current_user))
    audiences = db.session.scalars(select(Audience).order_by(Audience.position))
    form.audiences.choices = [SelectChoice(audience.id, audience.name) for audience in audiences]
    form.groups.choices = [SelectChoice(group.id, group.name) for group in groups]
    form.reviewer_groups.choices = form.groups.choices
    return form, group_ids


def _linked(survey: Survey, role: GroupRole, group_ids: list[int]) -> list[int]:
    """The ids of the groups taking part in `survey` in `role`, among `group_ids`."""
    return [
        link.group_id
        for link in survey.group_links
        if link.role == role and link.group_id in group_ids
    ]


@bp.route("/surveys/new", methods=["GET", "POST"])
@roles_required(*EDITORS)
def create_survey():
    """Create a draft survey from its details."""
    if not can_create_survey(current_user):
        abort(403)
    form, group_ids = _details_form(None)
    if form.validate_on_submit():
        survey = services.create_survey(form.details(), group_ids)
        flash(f"‘{survey.title}’ has been created as a draft. Now add its questions", "success")
        return redirect(survey_url(survey))
    return render_template(
        "manage/survey_form.html", form=form, survey=None, back_url=url_for(".surveys")
    )


@bp.route("/surveys/<int:survey_id>/details", methods=["GET", "POST"])
@roles_required(*EDITORS)
def edit_survey(survey_id: int):
    """Change a survey's details."""
    survey = load_survey(survey_id)
    require_edit(survey)
    if locked := services.details_locked_message(survey):
        flash(locked)
        return redirect(survey_url(survey))
    form, group_ids = _details_form(survey)
    if form.validate_on_submit():
        services.update_survey(survey, form.details(), group_ids)
        flash(f"The details of ‘{survey.title}’ have been saved", "success")
        return redirect(survey_url(survey))
    return render_template(
        "manage/survey_form.html", form=form, survey=survey, back_url=survey_url(survey)
    )


# The survey page -----------------------------------------------------------------------------


@bp.get("/surveys/<int:survey_id>")
@roles_required()
def survey(survey_id: int):
    """A survey's details, status and questions, with what the user may do to it."""
    survey = load_survey(survey_id)
    require_view(survey)
    may_edit = can_edit_survey(current_user, survey)
    sections = outline(survey)
    return render_template(
        "manage/survey.html",
        survey=survey,
        sections=sections,
        coverage=easy_read_coverage(sections),
        five_point=five_point_lines(sections) if survey.young_people_mode else [],
        responses=services.response_count(survey),
        may_edit=may_edit,
        may_edit_details=may_edit and not services.details_locked_message(survey),
        may_edit_questions=may_edit and survey.status in EDITABLE_STATUSES,
        locked_message=services.questions_locked_message(survey),
        actions=services.available_actions(survey, manages_surveys(current_user))
        if may_edit
        else [],
        back_url=url_for(".surveys"),
    )


# Status, copies and export -------------------------------------------------------------------


@bp.route("/surveys/<int:survey_id>/status/<action_name>", methods=["GET", "POST"])
@roles_required(*EDITORS)
def change_status(survey_id: int, action_name: str):
    """Confirm and make a status change (open, close, send for review…)."""
    action = services.STATUS_ACTIONS.get(action_name)
    if action is None:
        abort(404)
    survey = load_survey(survey_id)
    if action.managers_only:
        require_manage(survey)
    else:
        require_edit(survey)
    if survey.status not in action.sources:
        flash(services.wrong_status_message(survey, action))
        return redirect(survey_url(survey))
    form = ConfirmForm()
    problems = services.readiness_problems(survey) if action.needs_ready else []
    if form.validate_on_submit() and not problems:
        problems = services.change_status(survey, action)
        if not problems:
            flash(action.done.format(title=survey.title), "success")
            return redirect(survey_url(survey))
    return render_template(
        "manage/status.html",
        survey=survey,
        action=action,
        problems=problems,
        form=form,
        back_url=survey_url(survey),
    )


@bp.post("/surveys/<int:survey_id>/duplicate")
@roles_required(*EDITORS)
def duplicate_survey(survey_id: int):
    """Copy a survey as a new draft, for its next wave."""
    survey = load_survey(survey_id)
    require_edit(survey)
    copy = services.duplicate_survey(survey)
    flash(
        f"This is a copy of ‘{survey.title}’. It is a draft, so you can change it for the "
        "next wave",
        "success",
    )
    return redirect(survey_url(copy))


@bp.get("/surveys/<int:survey_id>/export")
@roles_required()
def export_survey(survey_id: int):
    """Download the survey's definition as a JSON file."""
    survey = load_survey(survey_id)
    require_view(survey)
    return Response(
        services.export_survey_json(survey),
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="{survey.slug}.json"'},
    )


# Preview -------------------------------------------------------------------------------------


@bp.get("/surveys/<int:survey_id>/preview")
@roles_required()
def preview(survey_id: int):
    """Every question as respondents see it, optionally in easy read."""
    survey = load_survey(survey_id)
    require_view(survey)
    definition = definition_from_survey(survey)
    return render_template(
        "manage/preview.html",
        survey=survey,
        definition=definition,
        question_ids={question.key: question.id for question in survey.questions},
        asked_when=partial(asked_when, definition),
        easy_read=request.args.get("easy_read") == "1",
        back_url=survey_url(survey),
    )


@bp.get("/surveys/<int:survey_id>/questions/<int:question_id>/preview")
@roles_required()
def preview_question(survey_id: int, question_id: int):
    """One question as respondents see it, optionally in easy read."""
    survey = load_survey(survey_id)
    require_view(survey)
    question = load_question(survey, question_id)
    definition = definition_from_survey(survey)
    easy_read = request.args.get("easy_read") == "1"
    return render_template(
        "manage/preview_question.html",
        survey=survey,
        question_id=question.id,
        question=definition.question(question.key),
        caption=question.section.title,
        easy_read=easy_read,
        back_url=survey_url(survey, _anchor=f"question-{question.id}"),
    )
