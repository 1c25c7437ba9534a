"""Routes of the exports blueprint: a survey's responses as CSV and XLSX, and their page.

Any staff member who may see a survey may download its responses. Only officers and
administrators get the comments as written; everyone gets them redacted.
"""

from __future__ import annotations

import tempfile

from flask import Response, render_template, send_file, stream_with_context, url_for
from flask_login import current_user

from feedback import audit
from feedback.analysis.services import may_review_comments, redact_names
from feedback.auth.permissions import require_view, roles_required
from feedback.exports import bp
from feedback.exports.files import csv_chunks, write_xlsx
from feedback.exports.layout import ExportLayout, Reader
from feedback.exports.rows import response_rows
from feedback.extensions import db
from feedback.manage.access import load_survey
from feedback.models import Survey
from feedback.reports.filters import ResultFilters
from feedback.reports.results import response_count, survey_questions

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PRIVATE = {"Cache-Control": "no-store"}
"""Exports hold individual answers: browsers and proxies must not keep copies."""


def _viewable_survey(survey_id: int) -> Survey:
    survey = load_survey(survey_id)
    require_view(survey)
    return survey


def export_layout(survey: Survey) -> ExportLayout:
    """The columns of `survey`'s export for the signed-in staff member."""
    reader = Reader(raw_text=may_review_comments(current_user), redact_names=redact_names())
    return ExportLayout.of(survey_questions(survey), reader)


def _record_export(survey: Survey, layout: ExportLayout, file_format: str) -> None:
    """Note the download in the audit log, saying whether comments came as written."""
    audit.record(
        "export.responses",
        subject=f"survey {survey.id}",
        format=file_format,
        raw_text=layout.reader.raw_text,
    )
    db.session.commit()


def _attachment(survey: Survey, extension: str) -> dict[str, str]:
    return {
        **PRIVATE,
        "Content-Disposition": f'attachment; filename="{survey.slug}-responses.{extension}"',
    }


@bp.get("/surveys/<int:survey_id>")
@roles_required()
def survey(survey_id: int):
    """What the two downloads hold, column by column, and how to keep them safe."""
    found = _viewable_survey(survey_id)
    responses = response_count(found, ResultFilters())
    layout = export_layout(found)
    return render_template(
        "exports/survey.html",
        survey=found,
        responses=responses,
        columns=layout.columns,
        raw_text=layout.reader.raw_text,
        back_url=url_for("manage.survey", survey_id=found.id),
    )


@bp.get("/surveys/<int:survey_id>/responses.csv")
@roles_required()
def responses_csv(survey_id: int):
    """Every response as a CSV row, streamed as it is read."""
    found = _viewable_survey(survey_id)
    layout = export_layout(found)
    _record_export(found, layout, "csv")
    body = stream_with_context(csv_chunks(layout.headings, response_rows(found, layout)))
    return Response(body, mimetype="text/csv", headers=_attachment(found, "csv"))


@bp.get("/surveys/<int:survey_id>/responses.xlsx")
@roles_required()
def responses_xlsx(survey_id: int):
    """Every response as a row of an Excel workbook."""
    found = _viewable_survey(survey_id)
    layout = export_layout(found)
    _record_export(found, layout, "xlsx")
    workbook = tempfile.TemporaryFile()  # noqa: SIM115  (send_file closes it after sending)
    write_xlsx(layout.headings, response_rows(found, layout), workbook)
    workbook.seek(0)
    response = send_file(
        workbook,
        mimetype=XLSX_TYPE,
        as_attachment=True,
        download_name=f"{found.slug}-responses.xlsx",
    )
    response.headers.update(PRIVATE)
    return response
