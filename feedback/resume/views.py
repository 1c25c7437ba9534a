"""Routes of the resume blueprint: save the answers so far and get a one-time code, and come
back with it (in any browser) to carry on.

The code is never in an address, the session cookie or a log: it is made and shown by the page
the "Save and come back later" button leads to, once (the session only says that a code is
wanted), and it comes back in the body of a POST.
"""

from __future__ import annotations

from flask import abort, redirect, render_template, session, url_for
from flask_babel import format_date, gettext

from feedback.respond.views import journey_or_stop, open_survey, posted_answer
from feedback.resume import bp, services
from feedback.resume.forms import CodeForm
from feedback.resume.services import Outcome

CODE_WANTED = "resume.code_wanted"
"""Session key: the slug of the survey whose saved page should show a new code."""

LONG_DATE = "d MMMM y"


def _outcome_message(outcome: Outcome) -> str:
    if outcome == Outcome.EXPIRED:
        return gettext(
            "This code has expired. We deleted the answers saved with it. "
            "Start the survey again to answer it."
        )
    return gettext("We could not find saved answers for that code. Check it and try again.")


def _continue_url(slug: str) -> str:
    """Where carrying on goes: check answers, which sends on to the first unanswered question."""
    return url_for("respond.check", slug=slug)


@bp.post("/surveys/<slug>/questions/<key>/save")
def save(slug: str, key: str):
    """ "Save and come back later" on a question page: keep the answer on the page when it is
    valid, then show a code."""
    journey = journey_or_stop(open_survey(slug))
    if not journey.has_question(key):
        abort(404)
    services.keep_answer(journey, key, posted_answer())
    session[CODE_WANTED] = slug
    return redirect(url_for(".saved", slug=slug))


@bp.get("/surveys/<slug>/saved")
def saved(slug: str):
    """The new code, shown this once; reloading the page says to save again for another."""
    survey = open_survey(slug)
    journey = journey_or_stop(survey)
    issued = services.issue_code(journey.draft) if session.pop(CODE_WANTED, None) == slug else None
    return render_template(
        "resume/saved.html",
        survey=survey,
        issued=issued,
        last_day=format_date(issued.last_day, LONG_DATE) if issued else None,
        resume_address=url_for(".resume", slug=slug, _external=True),
        continue_url=_continue_url(slug),
    )


@bp.route("/surveys/<slug>/resume", methods=["GET", "POST"])
def resume(slug: str):
    """Enter a code to carry on with the answers saved with it."""
    survey = open_survey(slug)
    form = CodeForm()
    if form.validate_on_submit():
        outcome = services.resume(survey, form.code.data)
        if outcome == Outcome.RESUMED:
            return redirect(_continue_url(slug))
        form.code.errors = [_outcome_message(outcome)]
    page = render_template(
        "resume/resume.html",
        survey=survey,
        form=form,
        days=services.code_days(),
        back_url=url_for("respond.start", slug=slug),
    )
    return page, 400 if form.errors else 200
