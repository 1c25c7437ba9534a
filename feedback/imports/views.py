"""Staff pages for importing responses: upload a file, check the preview and columns, import.

Officers and administrators may import into any survey, forum editors into their groups' surveys
(`require_edit`). The file is kept between the steps by `feedback.imports.uploads`.
"""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from feedback.analysis.services import may_review_comments
from feedback.auth.permissions import require_edit, roles_required
from feedback.extensions import db
from feedback.imports import bp, services
from feedback.imports.forms import UploadForm
from feedback.imports.preview import preview_context
from feedback.imports.reading import UnreadableFile, check_size, max_bytes, read_file
from feedback.imports.uploads import Upload, current_upload, discard_upload, keep_upload
from feedback.manage.access import load_survey
from feedback.manage.forms import add_error, error_summary, has_errors
from feedback.models import Channel, ResponseImport, Role, Survey

EDITORS = (Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR)
FORM_OVERHEAD_BYTES = 64 * 1024
"""Room for the rest of the upload form around the file itself."""


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every imports template can use."""
    return {"error_summary": error_summary, "long_date": services.long_date}


def _editable_survey(survey_id: int) -> Survey:
    survey = load_survey(survey_id)
    require_edit(survey)
    return survey


def _upload_page(survey: Survey, form: UploadForm, refused: str | None):
    errors = has_errors(form)
    page = render_template(
        "imports/upload.html",
        survey=survey,
        form=form,
        refused=refused,
        imports=services.imports_of(survey),
        max_mb=services.max_mb(),
        back_url=url_for("manage.survey", survey_id=survey.id),
        page_errors=errors,
    )
    return page, 400 if errors else 200


def _too_big() -> str | None:
    """Why the posted upload is refused unread, if it is far over the size limit."""
    size = request.content_length or 0
    if size <= max_bytes(services.max_mb()) + FORM_OVERHEAD_BYTES:
        return None
    try:
        check_size(size, services.max_mb())
    except UnreadableFile as unreadable:
        return str(unreadable)
    return None


def _base_name(filename: str) -> str:
    """The file's own name, without any folders a browser sent with it."""
    return filename.replace("\\", "/").rsplit("/", 1)[-1]


def _unreadable(survey: Survey, content: bytes) -> str | None:
    """Why an uploaded file cannot be imported whatever its columns, if it cannot."""
    try:
        read_file(content, services.max_mb())
    except UnreadableFile as unreadable:
        return str(unreadable)
    return services.already_imported(survey, services.file_digest(content))


@bp.route("/surveys/<int:survey_id>", methods=["GET", "POST"])
@roles_required(*EDITORS)
def upload(survey_id: int):
    """Upload a file of responses to import into a survey."""
    survey = _editable_survey(survey_id)
    refused = services.refusal(survey)
    if request.method == "POST" and (too_big := _too_big()):
        form = UploadForm(formdata=None)
        add_error(form, "responses_file", too_big)
        return _upload_page(survey, form, refused)
    form = UploadForm()
    if not refused and form.validate_on_submit():
        problem = _unreadable(survey, form.content)
        if problem is None:
            keep_upload(
                survey.id,
                current_user.id,
                _base_name(form.responses_file.data.filename),
                Channel(form.channel.data),
                form.content,
            )
            return redirect(url_for("imports.preview", survey_id=survey.id))
        add_error(form, "responses_file", problem)
    return _upload_page(survey, form, refused)


def _posted_choices() -> dict[int, str]:
    """The question chosen for each field on the preview ("" leaves the automatic match)."""
    choices = {}
    for name, value in request.form.items():
        field_id = name.removeprefix("column-")
        if name.startswith("column-") and field_id.isdigit() and value:
            choices[int(field_id)] = value
    return choices


def _current_upload_or_restart(survey: Survey) -> Upload | None:
    found = current_upload(survey.id, current_user.id)
    if found is None:
        flash(
            "There is no file waiting to be imported: files are kept for an hour after upload. "
            "Upload the file again"
        )
    return found


@bp.route("/surveys/<int:survey_id>/preview", methods=["GET", "POST"])
@roles_required(*EDITORS)
def preview(survey_id: int):
    """Check how the uploaded file will be imported, change which question a column answers,
    and import it."""
    survey = _editable_survey(survey_id)
    pending = _current_upload_or_restart(survey)
    if pending is None:
        return redirect(url_for("imports.upload", survey_id=survey.id))
    if request.method == "POST":
        pending.choices = _posted_choices()
        pending.save()
    examined = services.examine_file(survey, pending.content, pending.choices)
    refused = None
    if request.form.get("action") == "import" and not examined.problems:
        try:
            record = services.write_import(
                survey,
                examined,
                filename=pending.filename,
                digest=services.file_digest(pending.content),
                channel=pending.channel,
                user_id=current_user.id,
            )
        except services.ImportRefused as refusal:
            refused = str(refusal)
        else:
            discard_upload(pending)
            return redirect(url_for("imports.imported", import_id=record.id))
    if request.method == "POST" and refused is None:
        return redirect(url_for("imports.preview", survey_id=survey.id))
    context = preview_context(survey, pending, examined, refused)
    status = 400 if refused else 200
    return render_template("imports/preview.html", **context), status


@bp.post("/surveys/<int:survey_id>/cancel")
@roles_required(*EDITORS)
def cancel(survey_id: int):
    """Delete the uploaded file without importing it."""
    survey = _editable_survey(survey_id)
    pending = current_upload(survey.id, current_user.id)
    if pending is not None:
        discard_upload(pending)
        flash(f"‘{pending.filename}’ has been deleted. Nothing was imported", "success")
    return redirect(url_for("imports.upload", survey_id=survey.id))


@bp.get("/<int:import_id>")
@roles_required(*EDITORS)
def imported(import_id: int):
    """What an import stored, and what to do next."""
    record = db.get_or_404(ResponseImport, import_id)
    require_edit(record.survey)
    return render_template(
        "imports/imported.html",
        record=record,
        survey=record.survey,
        may_theme=may_review_comments(current_user),
    )
