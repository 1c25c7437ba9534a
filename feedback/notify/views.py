"""Signing up to hear what happened, unsubscribing in one click, and the staff sending page."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext

from feedback.auth.permissions import roles_required
from feedback.extensions import csrf
from feedback.manage.forms import ConfirmForm
from feedback.manage.services import long_date
from feedback.models import Role, Survey
from feedback.notify import bp, services
from feedback.notify.forms import FollowUpForm
from feedback.notify.mail import mail_settings
from feedback.notify.sending import PUBLIC_PAGE, send_pending
from feedback.respond import honeypot
from feedback.respond.services import find_public_survey, submitted_response


def _respondent_survey(slug: str) -> Survey:
    """The survey this browser has just answered; otherwise stop (back to its start)."""
    survey = find_public_survey(slug)
    if survey is None:
        abort(404)
    if submitted_response(survey) is None:
        abort(redirect(url_for("respond.start", slug=slug)))
    return survey


@bp.route("/surveys/<slug>/follow-up", methods=["GET", "POST"])
def sign_up(slug: str):
    """Leave an email address to hear what was done about a survey just answered."""
    survey = _respondent_survey(slug)
    form = FollowUpForm()
    if request.method == "POST" and honeypot.tripped():
        return redirect(url_for("respond.done", slug=slug))
    if form.validate_on_submit():
        email = form.email.data
        if services.sign_up(survey, email):
            flash(
                gettext("We will email you when we publish what we did about this survey"),
                "success",
            )
        else:
            flash(
                gettext("You are already on the list: we will email you when we publish"), "success"
            )
        return redirect(url_for("respond.done", slug=slug))
    return render_template(
        "notify/sign_up.html",
        survey=survey,
        follow_up_form=form,
        page_errors=bool(form.errors),
        back_url=url_for("respond.done", slug=slug),
    ), 400 if form.errors else 200


@bp.get("/follow-up/unsubscribe/<token>")
def unsubscribe(token: str):
    """One button to stop the emails, or a page saying the address has already gone."""
    follow_up = services.follow_up_for_token(token)
    if follow_up is None:
        return render_template("notify/removed.html", public_page=PUBLIC_PAGE)
    return render_template(
        "notify/unsubscribe.html", survey=follow_up.survey, form=ConfirmForm(), token=token
    )


@bp.post("/follow-up/unsubscribe/<token>")
@csrf.exempt
def unsubscribe_now(token: str):
    """Delete the address. Exempt from CSRF: mail programs post here in one click (RFC 8058)
    with no form to carry a token; the unguessable token in the link is what protects it."""
    follow_up = services.follow_up_for_token(token)
    title = follow_up.survey.title if follow_up else ""
    if follow_up is not None:
        services.unsubscribe(follow_up)
    if request.form.get("List-Unsubscribe") == "One-Click":
        return render_template("notify/removed.html", public_page=PUBLIC_PAGE)
    if title:
        flash(gettext("You will not get any more emails about ‘%(title)s’", title=title), "success")
    return redirect(url_for("notify.unsubscribe", token=token))


@bp.get("/manage/notifications/")
@roles_required(Role.ADMIN, Role.OFFICER)
def manage():
    """Who is waiting to hear, in counts only, and the emails still owed."""
    return render_template(
        "notify/manage.html",
        problem=mail_settings().problem,
        surveys=services.follow_ups_by_survey(),
        pending=services.group_pending(services.pending_notifications()),
        form=ConfirmForm(),
        long_date=long_date,
    )


@bp.post("/manage/notifications/send")
@roles_required(Role.ADMIN, Role.OFFICER)
def send():
    """Send the emails owed now, and say how it went."""
    report = send_pending()
    flash(report.summary, "success" if report.emails_sent and not report.failed else "info")
    return redirect(url_for("notify.manage"))
