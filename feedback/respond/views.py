"""Public pages: the list of open surveys, answering a survey, and the privacy notice.

Every step works without JavaScript: each page is a plain form that posts and redirects.
"""

from __future__ import annotations

from flask import (
    abort,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)

from feedback.models import Survey
from feedback.rates.funnel import record_visit
from feedback.respond import bp, services
from feedback.respond.services import Availability, Journey
from surveys.model import Question
from surveys.types import get_type


@bp.context_processor
def _helpers() -> dict:
    return {"long_date": services.long_date, "paragraphs": services.paragraphs}


def _question_url(survey: Survey, key: str, changing: bool = False) -> str:
    return url_for("respond.question", slug=survey.slug, key=key, change=1 if changing else None)


def _resume_url(journey: Journey, changing: bool = False) -> str:
    """The first question not yet reached, or check answers when every one has been."""
    pending = journey.resume_point()
    if pending is None:
        return url_for("respond.check", slug=journey.survey.slug)
    return _question_url(journey.survey, pending.key, changing)


def _open_survey(slug: str) -> Survey:
    """The survey with `slug` if it takes answers today; otherwise stop with the closed page."""
    survey = services.find_public_survey(slug)
    if survey is None:
        abort(404)
    state = services.availability(survey)
    if state != Availability.OPEN:
        page = render_template("respond/closed.html", survey=survey, state=state.value)
        abort(make_response(page, 200))
    return survey


def _journey(survey: Survey) -> Journey:
    """This session's journey; otherwise stop, at the confirmation or back at the start."""
    journey = services.current_journey(survey)
    if journey is not None:
        return journey
    if services.submitted_response(survey) is not None:
        abort(redirect(url_for("respond.done", slug=survey.slug)))
    if services.has_session_token(survey.slug):
        flash(
            f"You did not answer anything for {services.draft_minutes()} minutes, so we "
            "deleted your answers to keep them private. Start again when you are ready."
        )
    else:
        flash(
            "Start the survey to answer its questions. Your browser must accept cookies so we "
            "can keep your answers from one page to the next."
        )
    abort(redirect(url_for("respond.start", slug=survey.slug)))


@bp.route("/")
def home():
    return render_template("respond/home.html", groups=services.open_surveys_by_audience())


@bp.route("/privacy")
def privacy():
    return render_template(
        "respond/privacy.html",
        draft_minutes=services.draft_minutes(),
        contact_email=current_app.config.get("CONTACT_EMAIL", ""),
    )


@bp.route("/surveys/<slug>")
def start(slug: str):
    survey = _open_survey(slug)
    record_visit(survey.id)
    definition = services.respondent_definition(survey)
    return render_template(
        "respond/start.html",
        survey=survey,
        minutes=services.minutes_to_answer(definition),
        what_happens_next=services.what_happens_next(survey),
        back_url=url_for("respond.home"),
    )


@bp.post("/surveys/<slug>/start")
def begin(slug: str):
    journey = services.start_journey(_open_survey(slug))
    return redirect(_resume_url(journey))


def _back_url(journey: Journey, question: Question, changing: bool) -> str:
    survey = journey.survey
    if changing:
        return url_for("respond.check", slug=survey.slug)
    previous = journey.previous(question.key)
    if previous is None:
        return url_for("respond.start", slug=survey.slug)
    return _question_url(survey, previous.key)


def _after_saving(journey: Journey, question: Question, changing: bool) -> str:
    """Where to go once an answer is saved: on through the survey, or back to check answers
    (by way of any question the change has just brought in)."""
    if changing:
        return _resume_url(journey, changing=True)
    following = journey.following(question.key)
    if following is None:
        return url_for("respond.check", slug=journey.survey.slug)
    return _question_url(journey.survey, following.key)


@bp.route("/surveys/<slug>/questions/<key>", methods=["GET", "POST"])
def question(slug: str, key: str):
    survey = _open_survey(slug)
    journey = _journey(survey)
    if not journey.has_question(key):
        abort(404)
    if not journey.may_visit(key):
        return redirect(_resume_url(journey))
    asked = journey.definition.question(key)
    changing = request.args.get("change") == "1"
    errors: dict[str, str] = {}
    if request.method == "POST":
        posted = {"answer": request.form.getlist("answer"), "other": request.form.getlist("other")}
        result = get_type(asked.type).validate(asked, posted)
        if not result.errors:
            journey.save(key, result.answer)
            return redirect(_after_saving(journey, asked, changing))
        errors = {error.field: error.message for error in result.errors}
        values = {"answer": posted["answer"], "other": request.form.get("other", "")}
    else:
        values = services.form_values(journey.answers.get(key))
    return render_template(
        "respond/question.html",
        survey=survey,
        question=asked,
        values=values,
        errors=errors,
        caption=journey.section_title(key),
        action=_question_url(survey, key, changing),
        back_url=_back_url(journey, asked, changing),
        page_errors=bool(errors),
    )


@bp.route("/surveys/<slug>/check", methods=["GET", "POST"])
def check(slug: str):
    survey = _open_survey(slug)
    journey = _journey(survey)
    if journey.resume_point() is not None:
        return redirect(_resume_url(journey))
    if request.method == "POST":
        services.submit_draft(journey.draft)
        return redirect(url_for("respond.done", slug=slug))
    last = journey.last_question()
    return render_template(
        "respond/check.html",
        survey=survey,
        sections=journey.summary(),
        back_url=_question_url(survey, last.key) if last else url_for("respond.start", slug=slug),
    )


@bp.route("/surveys/<slug>/done")
def done(slug: str):
    survey = services.find_public_survey(slug)
    if survey is None:
        abort(404)
    response = services.submitted_response(survey)
    if response is None:
        return redirect(url_for("respond.start", slug=slug))
    return render_template(
        "respond/done.html",
        survey=survey,
        reference=response.reference,
        what_happens_next=services.what_happens_next(survey),
    )
