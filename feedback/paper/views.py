"""Routes of the paper blueprint: staff type in paper and event responses; anyone prints a
survey to fill in by hand (staff any survey they may see, the public an open one)."""

from __future__ import annotations

from flask import abort, current_app, redirect, render_template, request, session, url_for

from feedback.auth.permissions import require_edit, require_view, roles_required
from feedback.manage.access import load_survey
from feedback.manage.building import number_range
from feedback.models import Channel, Role, Survey
from feedback.paper import bp, forms, services
from feedback.respond.services import (
    Availability,
    availability,
    find_public_survey,
    paragraphs,
    respondent_definition,
)
from surveys.types import format_number

EDITORS = (Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR)
SAVED_KEY = "paper_saved"
"""Session key: the survey, reference and channel of the response just entered, for the
banner on the next, empty form."""


@bp.context_processor
def _helpers() -> dict:
    return {"paragraphs": paragraphs, "number_range": number_range, "format_number": format_number}


# Entering responses --------------------------------------------------------------------------


def _just_saved(survey: Survey) -> dict | None:
    """The response entered just before this empty form, if it was for `survey`."""
    saved = session.pop(SAVED_KEY, None)
    return saved if saved and saved.get("survey_id") == survey.id else None


@bp.route("/manage/surveys/<int:survey_id>/paper", methods=["GET", "POST"])
@roles_required(*EDITORS)
def enter(survey_id: int):
    """One paper or event response at a time, every question on one page."""
    survey = load_survey(survey_id)
    require_edit(survey)
    back_url = url_for("manage.survey", survey_id=survey.id)
    refused = services.refusal(survey)
    if refused:
        page = render_template("paper/refused.html", survey=survey, refused=refused)
        return page, 409
    definition = respondent_definition(survey)
    entry, saved, status = forms.PaperEntry(), None, 200
    if request.method == "POST":
        entry = forms.read_entry(definition, request.form)
        if not entry.problems:
            assert entry.channel is not None  # no problems means a channel was chosen
            response = services.save_entry(survey, entry.answers, entry.channel)
            session[SAVED_KEY] = {
                "survey_id": survey.id,
                "reference": response.reference,
                "channel": entry.channel.value,
            }
            return redirect(url_for(".enter", survey_id=survey.id))
        status = 400
    else:
        saved = _just_saved(survey)
        if saved:
            entry.channel = Channel(saved["channel"])
            saved["summary"] = services.entered_summary(survey, entry.channel)
    page = render_template(
        "paper/enter.html",
        survey=survey,
        sections=services.numbered_sections(definition),
        entry=entry,
        saved=saved,
        channel_labels=forms.CHANNEL_LABELS,
        field_id=forms.field_id,
        back_url=back_url,
        page_errors=bool(entry.problems),
    )
    return page, status


# Printable surveys ---------------------------------------------------------------------------


def _printable(survey: Survey, back_url: str):
    definition = respondent_definition(survey)
    online = availability(survey) == Availability.OPEN
    base = str(current_app.config.get("PUBLIC_BASE_URL") or request.host_url).rstrip("/")
    return render_template(
        "paper/print.html",
        survey=survey,
        sections=services.numbered_sections(definition),
        partnership=current_app.config["PARTNERSHIP_NAME"],
        contact_email=current_app.config.get("CONTACT_EMAIL", ""),
        online_url=base + url_for("respond.start", slug=survey.slug) if online else "",
        back_url=back_url,
    )


@bp.get("/manage/surveys/<int:survey_id>/print")
@roles_required()
def print_survey(survey_id: int):
    """Any survey the user may see, as a form to print, whatever its status."""
    survey = load_survey(survey_id)
    require_view(survey)
    return _printable(survey, url_for("manage.survey", survey_id=survey.id))


@bp.get("/surveys/<slug>/print")
def public_print(slug: str):
    """A survey taking answers, as a form to print and fill in by hand."""
    survey = find_public_survey(slug)
    if survey is None:
        abort(404)
    if availability(survey) != Availability.OPEN:
        return redirect(url_for("respond.start", slug=slug))  # it says why it is not open
    return _printable(survey, url_for("respond.start", slug=slug))
