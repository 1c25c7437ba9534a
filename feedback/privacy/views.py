"""Routes of the privacy blueprint: respondents erase their answers by reference (public), and
administrators read the audit log (staff)."""

from __future__ import annotations

from flask import (
    Response,
    redirect,
    render_template,
    request,
    session,
    stream_with_context,
    url_for,
)
from flask_babel import lazy_gettext

from feedback import audit
from feedback.auth.permissions import roles_required
from feedback.exports.files import csv_chunks
from feedback.extensions import db
from feedback.i18n import local_date
from feedback.manage.forms import ConfirmForm
from feedback.manage.services import long_date
from feedback.models import Role
from feedback.pagination import pagination
from feedback.privacy import bp
from feedback.privacy.audit_log import (
    CSV_HEADINGS,
    AuditFilters,
    audit_page,
    csv_rows,
    details,
    event_names,
    people,
    who,
)
from feedback.privacy.erasure import erase_response, find_response
from feedback.privacy.forms import ReferenceForm
from feedback.privacy.retention import retention_sentence

NOT_FOUND = lazy_gettext("We could not find answers with that reference. Check it and try again")
PENDING = "privacy.erase_reference"
"""Session key: the reference being erased, kept out of the address."""
ERASED = "privacy.erased_survey"
"""Session key: the title of the survey whose answers were just erased, for the result page."""


@bp.app_context_processor
def retention_helpers() -> dict:
    """For the include on the staff survey page (`privacy/_retention.html`)."""
    return {"retention_sentence": retention_sentence}


# Erasure by reference (public) ---------------------------------------------------------------


@bp.route("/erase-my-answers", methods=["GET", "POST"])
def erase():
    """Ask for the reference of the answers to delete."""
    form = ReferenceForm()
    if form.is_submitted() and form.is_robot:
        return redirect(url_for(".erase"))
    if form.validate_on_submit():
        if find_response(form.reference.data) is not None:
            session[PENDING] = form.reference.data
            return redirect(url_for(".confirm_erase"))
        form.reference.errors = [NOT_FOUND]
    return render_template("privacy/erase.html", form=form), 400 if form.errors else 200


@bp.route("/erase-my-answers/confirm", methods=["GET", "POST"])
def confirm_erase():
    """Show which survey the answers were for, and delete them when the respondent confirms."""
    reference = session.get(PENDING)
    found = find_response(reference) if reference else None
    if found is None:
        session.pop(PENDING, None)
        return redirect(url_for(".erase"))
    form = ConfirmForm()
    if form.validate_on_submit():
        title = found.survey.title
        erase_response(found)
        session.pop(PENDING, None)
        session[ERASED] = title
        return redirect(url_for(".erased"))
    return render_template(
        "privacy/erase_confirm.html",
        form=form,
        reference=reference,
        survey=found.survey,
        sent_on=local_date(found.submitted_at.date()),
    )


@bp.get("/erase-my-answers/done")
def erased():
    """Say that the answers have gone."""
    title = session.pop(ERASED, None)
    if title is None:
        return redirect(url_for(".erase"))
    return render_template("privacy/erased.html", title=title)


# The audit log (administrators) --------------------------------------------------------------


@bp.get("/manage/audit")
@roles_required(Role.ADMIN)
def audit_log():
    """The audit log, newest first, filtered by event and person, a page at a time."""
    filters = AuditFilters.from_args(request.args)
    page = audit_page(filters, request.args.get("page", 1, type=int) or 1)
    return render_template(
        "privacy/audit.html",
        page=page,
        filters=filters,
        event_items=_items("All events", [(name, name) for name in event_names()], filters.event),
        person_items=_items(
            "Everyone",
            [(str(user.id), f"{user.name} ({user.email})") for user in people()],
            str(filters.user_id or ""),
        ),
        long_date=long_date,
        who=who,
        details=details,
        pagination=pagination(
            page.page, page.pages, lambda number: url_for(".audit_log", **filters.args(page=number))
        ),
    )


def _items(everything: str, choices: list[tuple[str, str]], chosen: str) -> list[dict]:
    """govukSelect items: `everything` first (no filter), then each (value, text)."""
    return [
        {"value": value, "text": text, "selected": value == chosen}
        for value, text in [("", everything), *choices]
    ]


@bp.get("/manage/audit.csv")
@roles_required(Role.ADMIN)
def audit_csv():
    """The filtered audit log as CSV. Downloading it is itself recorded."""
    filters = AuditFilters.from_args(request.args)
    audit.record("audit.exported", subject="audit log", filters=filters.args())
    db.session.commit()
    body = stream_with_context(csv_chunks(CSV_HEADINGS, csv_rows(filters)))
    return Response(
        body,
        mimetype="text/csv",
        headers={
            "Content-Disposition": 'attachment; filename="audit-log.csv"',
            "Cache-Control": "no-store",
        },
    )
