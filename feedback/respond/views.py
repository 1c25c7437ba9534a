"""Public pages: the list of open surveys, answering a survey, and the privacy notice.

Every step works without JavaScript: each page is a plain form that posts and redirects.
"""

from __future__ import annotations

from contextlib import suppress

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
from flask_babel import gettext
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from feedback import errors
from feedback.extensions import db
from feedback.i18n import error_text
from feedback.manage.services import long_date
from feedback.models import Mode, Survey
from feedback.notify.forms import FollowUpForm
from feedback.rates.funnel import record_visit
from feedback.respond import bp, honeypot, services
from feedback.respond.services import Availability, Journey
from surveys.model import Question
from surveys.types import get_type


@bp.context_processor
def _helpers() -> dict:
    return {"long_date": long_date, "paragraphs": services.paragraphs}


def posted_answer() -> dict[str, list[str]]:
    """The answer fields a question page posted."""
    return {"answer": request.form.getlist("answer"), "other": request.form.getlist("other")}


def _fields_to_post_again() -> list[tuple[str, str]]:
    """The posted fields for the "Try again" form: all but the old CSRF token and the
    honeypot."""
    skipped = ("csrf_token", honeypot.FIELD)
    return [
        (name, value)
        for name, values in request.form.lists()
        if name not in skipped
        for value in values
    ]


@bp.errorhandler(OperationalError)
@bp.errorhandler(InterfaceError)
def database_unavailable(error: SQLAlchemyError):
    """503 "try again" page when the database cannot be reached while answers are posted.
    Nothing was half-written (each save is one transaction, rolled back here); a posted answer
    is kept in the session and on the page, whose "Try again" posts it again. Only the error's
    class is logged: its message can hold the answers. Other pages get the site's own page."""
    if request.method != "POST":
        return errors.database_unavailable(error)
    with suppress(SQLAlchemyError):
        db.session.rollback()
    current_app.logger.warning("Database unavailable on a public page: %s", type(error).__name__)
    if request.endpoint == "respond.question" and not honeypot.tripped():
        services.keep_pending(**request.view_args, posted=posted_answer())
    page = render_template(
        "respond/try_again.html",
        fields=_fields_to_post_again(),
        retry_url=request.full_path.rstrip("?"),
    )
    return page, 503, {"Retry-After": str(errors.RETRY_AFTER_SECONDS)}


def _question_url(survey: Survey, key: str, changing: bool = False) -> str:
    return url_for("respond.question", slug=survey.slug, key=key, change=1 if changing else None)


def _resume_url(journey: Journey, changing: bool = False) -> str:
    """The first question not yet reached, or check answers when every one has been."""
    pending = journey.resume_point()
    if pending is None:
        return url_for("respond.check", slug=journey.survey.slug)
    return _question_url(journey.survey, pending.key, changing)


def open_survey(slug: str) -> Survey:
    """The survey with `slug` if it takes answers today; otherwise stop with the closed page."""
    survey = services.find_public_survey(slug)
    if survey is None:
        abort(404)
    state = services.availability(survey)
    if state != Availability.OPEN:
        page = render_template("respond/closed.html", survey=survey, state=state.value)
        abort(make_response(page, 200))
    return survey


def journey_or_stop(survey: Survey) -> Journey:
    """This session's journey; otherwise stop, at the confirmation or back at the start."""
    journey = services.current_journey(survey)
    if journey is not None:
        return journey
    if services.submitted_response(survey) is not None:
        services.drop_pending(survey.slug)
        abort(redirect(url_for("respond.done", slug=survey.slug)))
    if services.has_pending(survey.slug):
        return services.start_journey(survey)
    if services.has_session_token(survey.slug):
        flash(
            gettext(
                "You did not answer anything for %(minutes)s minutes, so we deleted your "
                "answers to keep them private. Start again when you are ready.",
                minutes=services.draft_minutes(),
            )
        )
    else:
        flash(
            gettext(
                "Start the survey to answer its questions. Your browser must accept cookies so "
                "we can keep your answers from one page to the next."
            )
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


@bp.route("/accessibility")
def accessibility():
    return render_template("respond/accessibility.html")


@bp.route("/surveys/<slug>")
def start(slug: str):
    survey = open_survey(slug)
    record_visit(survey.id)
    definition = services.respondent_definition(survey)
    return render_template(
        "respond/start.html",
        survey=survey,
        minutes=services.minutes_to_answer(definition),
        what_happens_next=services.what_happens_next(survey),
        offers_easy_read=services.offers_easy_read(definition),
        back_url=url_for("respond.home"),
    )


def _chosen_mode() -> Mode:
    """The wording the respondent chose with the posted "mode" button (standard by default)."""
    return Mode.EASY_READ if request.form.get("mode") == Mode.EASY_READ else Mode.STANDARD


@bp.post("/surveys/<slug>/start")
def begin(slug: str):
    journey = services.start_journey(open_survey(slug), _chosen_mode())
    return redirect(_resume_url(journey))


@bp.post("/surveys/<slug>/questions/<key>/wording")
def wording(slug: str, key: str):
    """Switch between standard and easy-read wording, then show question `key` again (its
    saved answer kept)."""
    journey = journey_or_stop(open_survey(slug))
    if not journey.has_question(key):
        abort(404)
    services.set_mode(journey, _chosen_mode())
    return redirect(_question_url(journey.survey, key, request.args.get("change") == "1"))


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
    robot = request.method == "POST" and honeypot.tripped()
    survey = open_survey(slug)
    journey = journey_or_stop(survey)
    if not journey.has_question(key):
        abort(404)
    if not journey.may_visit(key):
        return redirect(_resume_url(journey))
    asked = journey.definition.question(key)
    changing = request.args.get("change") == "1"
    errors: dict[str, str] = {}
    if robot:
        return redirect(_after_saving(journey, asked, changing))
    if request.method == "POST":
        skipping = "skip" in request.form and not asked.required
        posted = {"answer": [], "other": []} if skipping else posted_answer()
        result = get_type(asked.type).validate(asked, posted)
        if not result.errors:
            journey.save(key, result.answer)
            return redirect(_after_saving(journey, asked, changing))
        errors = {error.field: error_text(error) for error in result.errors}
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
        easy_read=journey.draft.mode == Mode.EASY_READ,
        offers_easy_read=services.offers_easy_read(journey.definition),
        wording_action=url_for(
            "respond.wording", slug=slug, key=key, change=1 if changing else None
        ),
        progress=services.progress(journey, key) if survey.young_people_mode else None,
    )


@bp.route("/surveys/<slug>/check", methods=["GET", "POST"])
def check(slug: str):
    survey = open_survey(slug)
    journey = journey_or_stop(survey)
    if journey.resume_point() is not None:
        return redirect(_resume_url(journey))
    if request.method == "POST":
        if not honeypot.tripped():
            services.submit_draft(journey.draft)
        return redirect(url_for("respond.done", slug=slug))
    last = journey.last_question()
    return render_template(
        "respond/check.html",
        survey=survey,
        sections=journey.summary(),
        easy_read=journey.draft.mode == Mode.EASY_READ,
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
        follow_up_form=FollowUpForm(),
    )
