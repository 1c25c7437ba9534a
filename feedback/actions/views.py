"""Staff pages for actions ("You said, we did"): the list, an action, drafting it (from a theme
or from scratch), its update log, sending it for review, publishing and withdrawing it.

Every staff role reads (forum editors only published actions and their own groups' drafts);
officers and administrators change. Group members see actions only through their reviews.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from wtforms import SelectChoice

from feedback.actions import bp, services
from feedback.actions.drafting import ActionDraft, draft_from_theme
from feedback.actions.forms import ActionForm, UpdateForm
from feedback.actions.rules import overdue_text
from feedback.analysis.codebook import ensure_codebook
from feedback.auth.permissions import require_view, roles_required
from feedback.coproduction.forms import record_data
from feedback.coproduction.record import group_phrase, record_line
from feedback.extensions import db
from feedback.manage.access import load_question, load_survey
from feedback.manage.forms import ConfirmForm, error_summary
from feedback.manage.services import long_date
from feedback.models import Action, ActionStatus, CodebookTheme, Role, Survey
from feedback.reviews.forms import StartRoundForm
from feedback.reviews.services import ReviewError, names

MANAGERS = (Role.ADMIN, Role.OFFICER)
PROBLEM_ANCHORS = {"due_on": "due_on-day"}
"""Where on the edit page each publishing problem is fixed, when not at the field's own id."""
ID_MAX = 2**31 - 1
"""The largest id a query string may name (larger ones match nothing on any database)."""


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every actions template can use."""
    return {
        "long_date": long_date,
        "error_summary": error_summary,
        "record_line": record_line,
        "group_phrase": lambda groups: group_phrase([group.name for group in groups]),
        "may_manage": current_user.is_authenticated and services.manages_actions(current_user),
    }


def id_arg(name: str) -> int | None:
    """The id in query argument `name`, or None when it is missing or not a possible id."""
    value = request.args.get(name, "")
    return int(value) if value.isascii() and value.isdigit() and int(value) <= ID_MAX else None


def load_action(action_id: int) -> Action:
    """The action with `action_id` if the current user may see it (404 if none, else 403)."""
    action = db.get_or_404(Action, action_id)
    if not services.may_see(current_user, action):
        abort(403)
    return action


def action_url(action: Action) -> str:
    return url_for("actions.action", action_id=action.id)


# The list and one action ---------------------------------------------------------------------


@bp.get("/")
@roles_required()
def index():
    """Every action the user may see, filtered by status and survey."""
    status = request.args.get("status", "")
    chosen_status = ActionStatus(status) if status in set(ActionStatus) else None
    chosen_survey = id_arg("survey")
    return render_template(
        "actions/index.html",
        rows=services.action_rows(current_user, services.today(), chosen_status, chosen_survey),
        surveys=services.surveys_with_actions(current_user),
        statuses=list(ActionStatus),
        chosen_status=chosen_status,
        chosen_survey=chosen_survey,
        filtered=chosen_status is not None or chosen_survey is not None,
    )


def _action_page(action: Action, update_form: UpdateForm | None = None, status: int = 200):
    on = services.today()
    if update_form is None:
        update_form = _update_form(action, formdata=None)
    return (
        render_template(
            "actions/action.html",
            action=action,
            review=services.review_summary(action),
            log=services.log(action),
            overdue=overdue_text(action.due_on, action.status, on),
            update_form=update_form,
            page_errors=bool(update_form.errors),
            back_url=url_for(".index"),
        ),
        status,
    )


@bp.get("/<int:action_id>")
@roles_required()
def action(action_id: int):
    """Both halves of an action, its co-production record, review and update log."""
    return _action_page(load_action(action_id))


# Drafting and changing -----------------------------------------------------------------------


def _action_form(action: Action | None, initial: dict | None = None) -> ActionForm:
    """The action form, filled from `action` (or `initial` for a new one), with its choices."""
    if action is None:
        data = {"status": ActionStatus.PLANNED.value, **(initial or {})}
        was = (None, None)
    else:
        data = {
            "title": action.title,
            "you_said": action.you_said,
            "themes": [theme.id for theme in action.themes],
            "surveys": [survey.id for survey in action.surveys],
            "pledges": [pledge.id for pledge in action.pledges],
            "areas": [area.id for area in action.areas],
            "quotes": "\n".join(quote.text for quote in action.quotes),
            "we_did": action.we_did,
            "owner": action.owner.value if action.owner else None,
            "status": action.status.value,
            "not_doing_reason": action.not_doing_reason,
            "due_on": action.due_on,
            "evidence_url": action.evidence_url,
            "easy_read": action.easy_read,
            "groups": [group.id for group in action.groups],
            **record_data(action),
        }
        was = (action.due_on, action.status)
    form = ActionForm(data=data, today=services.today(), was=was)
    choices = services.link_choices(action)
    form.themes.choices = choices.themes
    form.surveys.choices = choices.surveys
    form.pledges.choices = choices.pledges
    form.areas.choices = choices.areas
    form.groups.choices = choices.groups
    return form


def _find_theme() -> CodebookTheme:
    """The theme in `?theme=`, by slug (as the results page links it) or by id, or a 404 page."""
    theme_id = id_arg("theme")
    if theme_id is not None:
        found = CodebookTheme.id == theme_id
    else:
        found = CodebookTheme.slug == request.args["theme"]
    theme = db.session.scalar(select(CodebookTheme).where(found))
    if theme is None:
        abort(404)
    return theme


def _draft_from_args() -> tuple[ActionDraft | None, Survey | None]:
    """The draft asked for by `?survey=…&theme=…` (and optionally `&question=…`), if any."""
    if not (request.args.get("survey") and request.args.get("theme")):
        return None, None
    survey_id = id_arg("survey")
    if survey_id is None:
        abort(404)
    survey = load_survey(survey_id)
    require_view(survey)
    question = id_arg("question")
    if request.args.get("question") and question is None:
        abort(404)
    question_id = load_question(survey, question).id if question is not None else None
    return draft_from_theme(survey, _find_theme(), question_id), survey


def _draft_data(draft: ActionDraft) -> dict:
    return {
        "title": draft.title,
        "you_said": draft.you_said,
        "themes": draft.theme_ids,
        "surveys": draft.survey_ids,
        "areas": draft.area_ids,
        "groups": draft.group_ids,
        "quotes": "\n".join(draft.quotes),
    }


@bp.route("/new", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def create():
    """Draft an action: from scratch, or pre-filled from a theme in a survey's results."""
    ensure_codebook()
    draft, survey = _draft_from_args()
    form = _action_form(None, _draft_data(draft) if draft else None)
    if form.validate_on_submit():
        action = services.create_action(form.details(), current_user, services.today())
        flash(f"‘{action.title}’ has been saved as a draft", "success")
        return redirect(action_url(action))
    back = url_for("reports.survey", survey_id=survey.id) if survey else url_for(".index")
    return render_template(
        "actions/action_form.html", form=form, action=None, draft=draft, survey=survey,
        back_url=back,
    )  # fmt: skip


@bp.route("/<int:action_id>/edit", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def edit(action_id: int):
    """Change an action. Once published it stays published, and the change is logged."""
    action = load_action(action_id)
    ensure_codebook()
    form = _action_form(action)
    if form.validate_on_submit():
        services.update_action(action, form.details(), current_user, services.today())
        flash(f"The changes to ‘{action.title}’ have been saved", "success")
        return redirect(action_url(action))
    return render_template(
        "actions/action_form.html", form=form, action=action, draft=None, survey=None,
        back_url=action_url(action),
    )  # fmt: skip


# The update log ------------------------------------------------------------------------------


def _update_form(action: Action, **kwargs) -> UpdateForm:
    return UpdateForm(
        data={"status": action.status.value},
        today=services.today(),
        due_on=action.due_on,
        current=action.status,
        **kwargs,
    )


@bp.post("/<int:action_id>/updates")
@roles_required(*MANAGERS)
def add_update(action_id: int):
    """Add a dated entry to the log, with the status it leaves the action in."""
    action = load_action(action_id)
    form = _update_form(action)
    if not form.validate_on_submit():
        return _action_page(action, form, 400)
    services.add_update(
        action, form.body.data, ActionStatus(form.status.data), current_user, services.today()
    )
    flash("The update has been added", "success")
    return redirect(action_url(action) + "#updates")


# Review, publishing and withdrawing ----------------------------------------------------------


@bp.route("/<int:action_id>/review", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def review(action_id: int):
    """Send the draft to its co-producing groups to comment on and sign off."""
    action = load_action(action_id)
    form = StartRoundForm(data={"groups": [group.id for group in action.groups]})
    form.groups.choices = [SelectChoice(group.id, group.name) for group in action.groups]
    summary = services.review_summary(action)
    if action.groups and form.validate_on_submit():
        chosen = [group for group in action.groups if group.id in set(form.groups.data or [])]
        try:
            started = services.send_for_review(action, chosen, current_user, form.note.data or "")
        except ReviewError as error:
            form.groups.errors.append(str(error))
        else:
            sent_to = names(started.groups)
            flash(f"‘{action.title}’ has been sent to {sent_to} for review", "success")
            return redirect(url_for("reviews.round", round_id=started.id))
    return (
        render_template(
            "actions/review.html", action=action, form=form, summary=summary,
            back_url=action_url(action),
        ),
        400 if request.method == "POST" else 200,
    )  # fmt: skip


def _emails_text(queued: int) -> str:
    if not queued:
        return "Nobody new asked to hear about its surveys, so no emails are queued"
    people = f"{queued:,} {'person' if queued == 1 else 'people'}"
    verb = "is" if queued == 1 else "are"
    return f"{people} who asked to hear what happened {verb} queued for an email"


@bp.route("/<int:action_id>/publish", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def publish(action_id: int):
    """Check an action can be published, confirm, then publish it and queue the emails."""
    action = load_action(action_id)
    form = ConfirmForm()
    problems = services.publishing_problems(action, services.today())
    already = action.published_at is not None
    if not problems and not already and form.validate_on_submit():
        queued = services.publish(action, current_user)
        flash(f"‘{action.title}’ is published. {_emails_text(queued)}", "success")
        return redirect(action_url(action))
    edit_url = url_for(".edit", action_id=action.id)
    errors = [
        {
            "text": problem.message,
            "href": f"{action_url(action)}#review"
            if problem.field == "groups"
            else f"{edit_url}#{PROBLEM_ANCHORS.get(problem.field, problem.field)}",
        }
        for problem in problems
    ]
    return (
        render_template(
            "actions/publish.html", action=action, form=form, errors=errors, already=already,
            review=services.review_summary(action), page_errors=bool(errors),
            back_url=action_url(action),
        ),
        400 if request.method == "POST" and (problems or already) else 200,
    )  # fmt: skip


@bp.route("/<int:action_id>/withdraw", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def withdraw(action_id: int):
    """Confirm, then take a published action off the public page."""
    action = load_action(action_id)
    form = ConfirmForm()
    published = action.published_at is not None
    if published and form.validate_on_submit():
        services.withdraw(action, current_user)
        flash(f"‘{action.title}’ is no longer on the public page", "success")
        return redirect(action_url(action))
    return (
        render_template(
            "actions/withdraw.html", action=action, form=form, published=published,
            back_url=action_url(action),
        ),
        400 if request.method == "POST" and not published else 200,
    )  # fmt: skip
