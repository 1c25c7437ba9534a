"""Staff pages for translating a survey's content: every language's progress, and the form
for one language. Staff who may see the survey read them; its editors change them."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from feedback.auth.permissions import can_edit_survey, require_edit, require_view, roles_required
from feedback.definitions import definition_from_survey
from feedback.extensions import db
from feedback.languages import bp, services
from feedback.languages.forms import (
    STRING_MAX,
    TranslationForm,
    posted_strings,
    string_groups,
    too_long,
)
from feedback.manage.access import load_survey
from feedback.models import Survey
from surveys.model import SurveyDefinition
from surveys.translation import describe


def _survey_url(survey: Survey) -> str:
    return url_for("manage.survey", survey_id=survey.id)


@bp.get("/manage/surveys/<int:survey_id>/languages")
@roles_required()
def index(survey_id: int):
    """How far the survey's content is translated into each language, and whether offered."""
    survey = load_survey(survey_id)
    require_view(survey)
    return render_template(
        "languages/index.html",
        survey=survey,
        rows=services.language_rows(survey),
        may_edit=can_edit_survey(current_user, survey),
        back_url=_survey_url(survey),
    )


@bp.route("/manage/surveys/<int:survey_id>/languages/<language>", methods=["GET", "POST"])
@roles_required()
def translation(survey_id: int, language: str):
    """Every English string of the survey beside its translation into `language`; editors
    save it, and offer it to respondents once nothing is missing."""
    survey = load_survey(survey_id)
    require_view(survey)
    if language not in services.translation_languages():
        abort(404)
    definition = definition_from_survey(survey)
    found = services.find_translation(survey, language)
    kept = services.stored(found)
    form = TranslationForm(data={"offer": found is not None and found.offered})
    values = services.current_strings(definition, kept)
    errors: dict[str, str] = {}
    name = services.english_name(language)
    if request.method == "POST":
        require_edit(survey)
        if form.validate_on_submit():
            values = posted_strings(definition, request.form)
            new = services.updated(definition, kept, values)
            errors = _problems(definition, language, values, new, form.offer.data)
            if errors and form.offer.data and not too_long(values):
                form.offer.errors = [
                    f"You cannot offer {name} until every string is translated: "
                    f"{len(errors):,} {'are' if len(errors) != 1 else 'is'} missing"
                ]
            if not errors:
                services.save_translation(survey, language, new, form.offer.data)
                db.session.commit()
                flash(_saved_message(survey, name, form.offer.data), "success")
                return redirect(url_for(".index", survey_id=survey.id))
    groups = string_groups(definition)
    ids = {field.key: field.id for group in groups for field in group.fields}
    return render_template(
        "languages/translation.html",
        survey=survey,
        language=language,
        name=name,
        form=form,
        groups=groups,
        values=values,
        errors=errors,
        error_list=[
            *({"text": e, "href": "#offer"} for e in form.offer.errors),
            *({"text": message, "href": f"#{ids[key]}"} for key, message in errors.items()),
        ],
        outdated=services.outdated_strings(definition, kept),
        may_edit=can_edit_survey(current_user, survey),
        back_url=url_for(".index", survey_id=survey.id),
    )


def _problems(
    definition: SurveyDefinition, language: str, values: dict, new: dict, offer: bool
) -> dict[str, str]:
    """What stops a translation being saved, by key: strings too long, then (when offering
    it) strings missing."""
    name = services.english_name(language)
    long = {
        key: f"{describe(definition, key)} in {name} must be {STRING_MAX:,} characters or fewer"
        for key in too_long(values)
    }
    return long or (services.missing_messages(definition, language, new) if offer else {})


def _saved_message(survey: Survey, name: str, offered: bool) -> str:
    state = "is offered to respondents" if offered else "is not offered to respondents"
    return f"The {name} translation of ‘{survey.title}’ has been saved. It {state}"
