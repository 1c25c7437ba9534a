"""Staff views that build a survey's structure: sections and questions.

Like every staff view: role checked at function level, then the survey loaded and
`require_edit` checked, then the survey's status (questions change only while it is a draft
or in review).
"""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from werkzeug import Response

from feedback import audit
from feedback.auth.permissions import require_edit, roles_required
from feedback.extensions import db
from feedback.manage import bp, building, services
from feedback.manage.access import load_question, load_section, load_survey
from feedback.manage.forms import ConfirmForm, QuestionTypeForm, SectionForm, add_error
from feedback.manage.questions import QuestionEditor
from feedback.manage.views import EDITORS, survey_url
from feedback.models import Survey
from feedback.pictures.checks import size_words
from surveys.types import QUESTION_TYPES, get_type


def editable_survey(survey_id: int) -> tuple[Survey, Response | None]:
    """The survey, after the data-level check, and a redirect if its questions are locked."""
    survey = load_survey(survey_id)
    require_edit(survey)
    if locked := services.questions_locked_message(survey):
        flash(locked)
        return survey, redirect(survey_url(survey))
    return survey, None


# Sections ------------------------------------------------------------------------------------


@bp.route("/surveys/<int:survey_id>/sections/new", methods=["GET", "POST"])
@roles_required(*EDITORS)
def add_section(survey_id: int):
    """Add a section at the end of the survey."""
    survey, refusal = editable_survey(survey_id)
    if refusal:
        return refusal
    form = SectionForm()
    if form.validate_on_submit():
        section = building.add_section(survey, form.title.data)
        flash(f"Section ‘{section.title}’ has been added. Now add its questions", "success")
        return redirect(survey_url(survey, _anchor=f"section-{section.id}"))
    return render_template(
        "manage/section_form.html",
        form=form,
        survey=survey,
        heading="Add a section",
        back_url=survey_url(survey),
    )


@bp.route("/surveys/<int:survey_id>/sections/<int:section_id>/rename", methods=["GET", "POST"])
@roles_required(*EDITORS)
def rename_section(survey_id: int, section_id: int):
    """Give a section a new title."""
    survey, refusal = editable_survey(survey_id)
    section = load_section(survey, section_id)
    if refusal:
        return refusal
    form = SectionForm(data={"title": section.title})
    if form.validate_on_submit():
        building.rename_section(section, form.title.data)
        flash(f"The section is now called ‘{section.title}’", "success")
        return redirect(survey_url(survey, _anchor=f"section-{section.id}"))
    return render_template(
        "manage/section_form.html",
        form=form,
        survey=survey,
        heading="Rename the section",
        back_url=survey_url(survey),
    )


@bp.route("/surveys/<int:survey_id>/sections/<int:section_id>/delete", methods=["GET", "POST"])
@roles_required(*EDITORS)
def delete_section(survey_id: int, section_id: int):
    """Confirm and delete a section with its questions."""
    survey, refusal = editable_survey(survey_id)
    section = load_section(survey, section_id)
    if refusal:
        return refusal
    form = ConfirmForm()
    blockers = building.section_deletion_blockers(section)
    if form.validate_on_submit() and not blockers:
        title = section.title
        building.delete_section(section)
        audit.record("section.deleted", subject=f"survey {survey.id}", title=title)
        db.session.commit()
        flash(f"Section ‘{title}’ has been deleted", "success")
        return redirect(survey_url(survey))
    count = len(section.questions)
    return render_template(
        "manage/confirm.html",
        form=form,
        survey=survey,
        heading=f"Delete the section ‘{section.title}’?",
        warning=f"Its {count} question{'s' if count != 1 else ''} will be deleted too."
        if count
        else "",
        blockers=blockers,
        refused_heading="You cannot delete this section",
        button="Delete section",
        back_url=survey_url(survey),
    )


# Adding and editing questions ----------------------------------------------------------------


@bp.route(
    "/surveys/<int:survey_id>/sections/<int:section_id>/questions/new", methods=["GET", "POST"]
)
@roles_required(*EDITORS)
def choose_type(survey_id: int, section_id: int):
    """Step 1 of adding a question: its type."""
    survey, refusal = editable_survey(survey_id)
    section = load_section(survey, section_id)
    if refusal:
        return refusal
    form = QuestionTypeForm()
    if form.validate_on_submit():
        return redirect(
            url_for(
                ".add_question",
                survey_id=survey.id,
                section_id=section.id,
                type_name=form.type.data,
            )
        )
    return render_template(
        "manage/choose_type.html",
        form=form,
        survey=survey,
        heading=f"Add a question to ‘{section.title}’",
        back_url=survey_url(survey, _anchor=f"section-{section.id}"),
    )


def _question_page(editor: QuestionEditor, heading: str, back_url: str):
    """Show the question form; on a valid post, save the question and go to the survey page."""
    form = editor.form()
    if request.method == "POST":
        form.validate()
        edited = editor.read(form)
        if edited is not None:
            question = building.save_question(
                editor.survey, editor.section, editor.question, edited.definition, edited.picture
            )
            number = building.numbered(editor.survey)[question.id]
            flash(f"Question {number} has been saved", "success")
            return redirect(survey_url(editor.survey, _anchor=f"question-{question.id}"))
    return render_template(
        "manage/question_form.html",
        form=form,
        survey=editor.survey,
        kind=editor.kind,
        question=editor.question,
        has_picture=editor.has_picture,
        picture_limit=size_words(int(current_app.config["PICTURE_MAX_KB"])),
        five_point_warning=editor.survey.young_people_mode
        and editor.kind.name in building.FIVE_POINT_TYPES,
        heading=heading,
        back_url=back_url,
    )


@bp.route(
    "/surveys/<int:survey_id>/sections/<int:section_id>/questions/new/<type_name>",
    methods=["GET", "POST"],
)
@roles_required(*EDITORS)
def add_question(survey_id: int, section_id: int, type_name: str):
    """Step 2 of adding a question: the question itself."""
    survey, refusal = editable_survey(survey_id)
    section = load_section(survey, section_id)
    if type_name not in QUESTION_TYPES:
        abort(404)
    if refusal:
        return refusal
    editor = QuestionEditor(survey, section, None, get_type(type_name))
    back_url = url_for(".choose_type", survey_id=survey.id, section_id=section.id)
    return _question_page(editor, f"Add a question to ‘{section.title}’", back_url)


@bp.route("/surveys/<int:survey_id>/questions/<int:question_id>", methods=["GET", "POST"])
@roles_required(*EDITORS)
def edit_question(survey_id: int, question_id: int):
    """Change a question (as another type when `?type=` says so)."""
    survey, refusal = editable_survey(survey_id)
    question = load_question(survey, question_id)
    type_name = request.args.get("type", question.type)
    if type_name not in QUESTION_TYPES:
        abort(404)
    if refusal:
        return refusal
    editor = QuestionEditor(survey, question.section, question, get_type(type_name))
    number = building.numbered(survey)[question.id]
    return _question_page(
        editor, f"Question {number}", survey_url(survey, _anchor=f"question-{question.id}")
    )


@bp.route("/surveys/<int:survey_id>/questions/<int:question_id>/type", methods=["GET", "POST"])
@roles_required(*EDITORS)
def change_question_type(survey_id: int, question_id: int):
    """Choose a new type for a question, then edit it as that type."""
    survey, refusal = editable_survey(survey_id)
    question = load_question(survey, question_id)
    if refusal:
        return refusal
    form = QuestionTypeForm(data={"type": question.type})
    if form.validate_on_submit():
        kind = get_type(form.type.data)
        if not kind.is_choice and building.dependents(survey, question.key):
            add_error(
                form,
                "type",
                "Other questions are asked depending on the answer to this one, so it must be "
                "a type with answers to choose from. Change their skip logic first",
            )
        else:
            return redirect(
                url_for(
                    ".edit_question", survey_id=survey.id, question_id=question.id, type=kind.name
                )
            )
    number = building.numbered(survey)[question.id]
    return render_template(
        "manage/choose_type.html",
        form=form,
        survey=survey,
        heading=f"Change the type of question {number}",
        back_url=url_for(".edit_question", survey_id=survey.id, question_id=question.id),
    )


# Moving and deleting questions ---------------------------------------------------------------


@bp.post("/surveys/<int:survey_id>/questions/<int:question_id>/move/<direction>")
@roles_required(*EDITORS)
def move_question(survey_id: int, question_id: int, direction: str):
    """Move a question one place up or down."""
    survey, refusal = editable_survey(survey_id)
    question = load_question(survey, question_id)
    if direction not in (building.UP, building.DOWN):
        abort(404)
    if refusal:
        return refusal
    if problem := building.move_question(question, direction):
        flash(problem)
    return redirect(survey_url(survey, _anchor=f"question-{question.id}"))


@bp.route("/surveys/<int:survey_id>/questions/<int:question_id>/delete", methods=["GET", "POST"])
@roles_required(*EDITORS)
def delete_question(survey_id: int, question_id: int):
    """Confirm and delete a question nothing else depends on."""
    survey, refusal = editable_survey(survey_id)
    question = load_question(survey, question_id)
    if refusal:
        return refusal
    form = ConfirmForm()
    blockers = building.question_deletion_blockers(question)
    number = building.numbered(survey)[question.id]
    if form.validate_on_submit() and not blockers:
        building.delete_question(question)
        audit.record("question.deleted", subject=f"survey {survey.id}", number=number)
        db.session.commit()
        flash(f"Question {number} has been deleted", "success")
        return redirect(survey_url(survey))
    return render_template(
        "manage/confirm.html",
        form=form,
        survey=survey,
        heading=f"Delete question {number}?",
        body=f"‘{question.text}’",
        warning="Answers to it will no longer be collected." if not blockers else "",
        blockers=blockers,
        refused_heading=f"You cannot delete question {number}",
        button="Delete question",
        back_url=survey_url(survey, _anchor=f"question-{question.id}"),
    )
