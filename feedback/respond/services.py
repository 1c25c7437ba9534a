"""The respondent's journey: open surveys, drafts kept between pages, and storing responses.

A respondent's unfinished answers live in a `Draft` row found by a random token that only their
session holds (one token per survey). Submitting turns the draft into a `Response` in a single
transaction; the token becomes the response's unique `submission_token`, so a second submit of
the same draft can never store a second response.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from flask import current_app, session
from flask_babel import gettext
from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from feedback.extensions import commit_keeping_loaded, db
from feedback.i18n import respondent_options
from feedback.languages.services import content_definition, content_language
from feedback.models import (
    Audience,
    Channel,
    Draft,
    FunnelStage,
    Locality,
    Mode,
    Response,
    Survey,
    SurveyStatus,
)
from feedback.models.columns import utcnow
from feedback.models.responses import Answer as AnswerRow
from feedback.rates.funnel import count_stage
from feedback.survey_cache import survey_cached
from surveys.i18n import N_
from surveys.model import OTHER, Answer, Option, Question, SurveyDefinition
from surveys.model import Section as SectionDefinition
from surveys.routing import asked_questions, first_missing, next_question, previous_question, prune
from surveys.types import format_number, get_type

ABOUT_YOU = N_("About you")
AUDIENCE_KEY = "_audience"
LOCALITY_KEY = "_locality"
PREFER_NOT_TO_SAY = "_prefer-not-to-say"
"""About-you keys and values start with "_", which survey keys and slugs never do."""

SECONDS_PER_QUESTION = 20
DEFAULT_WHAT_HAPPENS_NEXT = (
    "The partnership will read every answer. We will publish what we heard and what we are "
    "doing about it, so you can see what changed because you took part."
)
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Capitals and digits that are hard to mistake for each other (no 0, O, 1, I, L or U)."""
REFERENCE_ATTEMPTS = 5
SESSION_KEY = "drafts"
PENDING_KEY = "pending_answers"
PUBLIC_STATUSES = (SurveyStatus.OPEN, SurveyStatus.CLOSED, SurveyStatus.ARCHIVED)


class Availability(StrEnum):
    """Whether respondents can answer a published survey today."""

    OPEN = "open"
    NOT_YET_OPEN = "not_yet_open"
    CLOSED = "closed"


class IncompleteAnswers(ValueError):
    """A draft cannot be submitted while a required question it asks is unanswered."""


def paragraphs(text: str) -> list[str]:
    """Staff-written text split into paragraphs at its line breaks."""
    return [line.strip() for line in text.splitlines() if line.strip()]


# Finding surveys


def availability(survey: Survey, today: date | None = None) -> Availability:
    """Whether `survey` takes answers today: status open, and within its dates when set."""
    today = today or date.today()
    if survey.status != SurveyStatus.OPEN or (survey.closes_on and today > survey.closes_on):
        return Availability.CLOSED
    if survey.opens_on and today < survey.opens_on:
        return Availability.NOT_YET_OPEN
    return Availability.OPEN


def find_public_survey(slug: str) -> Survey | None:
    """The survey with `slug` if the public may know of it (open, closed or archived)."""
    return db.session.scalar(
        select(Survey).where(Survey.slug == slug, Survey.status.in_(PUBLIC_STATUSES))
    )


def open_surveys(today: date | None = None) -> list[Survey]:
    """Every survey taking answers today, by title."""
    today = today or date.today()
    return list(
        db.session.scalars(
            select(Survey)
            .where(
                Survey.status == SurveyStatus.OPEN,
                or_(Survey.opens_on.is_(None), Survey.opens_on <= today),
                or_(Survey.closes_on.is_(None), Survey.closes_on >= today),
            )
            .options(selectinload(Survey.audiences))
            .order_by(Survey.title)
        )
    )


@dataclass(frozen=True)
class AudienceSurveys:
    """The open surveys for one audience, as the home page lists them."""

    heading: str
    description: str
    surveys: tuple[Survey, ...]


def open_surveys_by_audience(today: date | None = None) -> list[AudienceSurveys]:
    """Open surveys under each audience that has any (a survey may appear under several)."""
    surveys = open_surveys(today)
    audiences = db.session.scalars(select(Audience).order_by(Audience.position, Audience.name))
    groups = [
        AudienceSurveys(
            audience.name,
            audience.description,
            tuple(s for s in surveys if audience in s.audiences),
        )
        for audience in audiences
    ]
    everyone = tuple(s for s in surveys if not s.audiences)
    groups.append(AudienceSurveys(gettext("Everyone"), "", everyone))
    return [group for group in groups if group.surveys]


def what_happens_next(survey: Survey) -> str:
    """What the partnership does with the answers, in the survey's words or ours."""
    return survey.what_happens_next.strip() or DEFAULT_WHAT_HAPPENS_NEXT


# The respondent's view of a survey


def about_you_questions(survey: Survey) -> tuple[Question, ...]:
    """Who the respondent is (when the survey has several audiences) and where they live."""
    questions = []
    if survey_cached(survey, "audience count", lambda: len(survey.audiences)) > 1:
        questions.append(
            Question(
                key=AUDIENCE_KEY,
                type="single_choice",
                text=gettext("Which of these best describes you?"),
                options=tuple(Option(a.slug, a.name) for a in survey.audiences),
            )
        )
    if survey.ask_locality:
        localities = db.session.scalars(select(Locality).order_by(Locality.position))
        questions.append(
            Question(
                key=LOCALITY_KEY,
                type="single_choice",
                text=gettext("Which part of the area do you live in?"),
                hint=gettext(
                    "If you are answering for a school or an organisation, choose where it is."
                ),
                options=(
                    *(Option(locality.slug, locality.name) for locality in localities),
                    Option(PREFER_NOT_TO_SAY, gettext("Prefer not to say")),
                ),
            )
        )
    return tuple(questions)


def respondent_definition(survey: Survey) -> SurveyDefinition:
    """The survey as respondents meet it, in their language when it has it: any "About you"
    questions first, then its own."""
    definition = content_definition(survey)
    about_you = about_you_questions(survey)
    if not about_you:
        return definition
    about_you_section = SectionDefinition(gettext(ABOUT_YOU), about_you)
    return replace(definition, sections=(about_you_section, *definition.sections))


def minutes_to_answer(definition: SurveyDefinition) -> int:
    """A generous estimate of how long the survey takes, in whole minutes (at least 1)."""
    return max(1, math.ceil(len(definition.questions) * SECONDS_PER_QUESTION / 60))


def answer_lines(question: Question, answer: Answer | None) -> list[str]:
    """An answer as the respondent reads it back: option labels, numbers or text."""
    if answer is None or answer.is_empty:
        return [gettext("Not answered")]
    if answer.choices:
        labels = {option.value: option.label for option in respondent_options(question)}
        return [
            gettext("Other: %(text)s", text=answer.other_text)
            if choice == OTHER
            else labels.get(choice, choice)
            for choice in answer.choices
        ]
    if answer.number is not None:
        return [format_number(answer.number)]
    return (answer.text or "").split("\n")


def form_values(answer: Answer | None) -> dict:
    """A saved answer as the question page's fields show it ("answer" and "other")."""
    if answer is None:
        return {}
    if answer.choices:
        chosen = list(answer.choices)
    elif answer.number is not None:
        chosen = [format_number(answer.number)]
    else:
        chosen = [answer.text] if answer.text else []
    return {"answer": chosen, "other": answer.other_text or ""}


# Drafts


def draft_minutes() -> int:
    """How many minutes a draft lasts without being touched."""
    return int(current_app.config.get("DRAFT_LIFETIME_MINUTES", 45))


def draft_lifetime() -> timedelta:
    """How long a draft lasts without being touched."""
    return timedelta(minutes=draft_minutes())


def _session_token(slug: str) -> str | None:
    return session.get(SESSION_KEY, {}).get(slug)


def has_session_token(slug: str) -> bool:
    """True when this browser has started the survey with `slug` at some point."""
    return _session_token(slug) is not None


def _remember_token(slug: str, token: str) -> None:
    tokens = dict(session.get(SESSION_KEY, {}))
    tokens[slug] = token
    session[SESSION_KEY] = tokens


def delete_expired_drafts() -> int:
    """Delete every draft not touched for the draft lifetime (unless saved with a come-back-later
    code), and every draft whose code has expired; returns how many went."""
    result = db.session.execute(delete(Draft).where(_expired()))
    commit_keeping_loaded()
    return result.rowcount


def draft_answers(draft: Draft) -> dict[str, Answer]:
    """The answers kept in a draft, by question key."""
    return {key: Answer.from_json(data) for key, data in (draft.answers or {}).items()}


@dataclass
class Journey:
    """One respondent's way through one survey: what they are asked and what they have said."""

    survey: Survey
    draft: Draft
    definition: SurveyDefinition

    @property
    def answers(self) -> dict[str, Answer]:
        """The answers given so far, by question key (an empty answer: skipped, optional)."""
        return draft_answers(self.draft)

    def has_question(self, key: str) -> bool:
        """True when the survey (with its "About you" questions) has a question `key`."""
        return any(question.key == key for question in self.definition.questions)

    def resume_point(self) -> Question | None:
        """The first question asked that the respondent has not reached yet, if any."""
        answers = self.answers
        return next(
            (q for q in asked_questions(self.definition, answers) if q.key not in answers), None
        )

    def may_visit(self, key: str) -> bool:
        """True for questions asked and already reached (no skipping ahead by web address)."""
        answers = self.answers
        if key in answers:
            return True  # only answers to questions still asked are kept
        resume = self.resume_point()
        return resume is not None and resume.key == key

    def previous(self, key: str) -> Question | None:
        """The asked question before `key`, if any."""
        return previous_question(self.definition, self.answers, key)

    def following(self, key: str) -> Question | None:
        """The asked question after `key`, if any."""
        return next_question(self.definition, self.answers, key)

    def last_question(self) -> Question | None:
        """The last question asked."""
        asked = asked_questions(self.definition, self.answers)
        return asked[-1] if asked else None

    def section_title(self, key: str) -> str:
        """The title of the section holding question `key`."""
        return next(
            s.title for s in self.definition.sections if any(q.key == key for q in s.questions)
        )

    def save(self, key: str, answer: Answer) -> None:
        """Keep `answer`, dropping answers to questions no longer asked, and commit.

        The draft's first answer counts the survey as started in the open-link funnel. The draft
        keeps the language the survey was read in.
        """
        first = not self.draft.answers
        self.draft.language = content_language(self.survey)
        answers = self.answers | {key: answer}
        kept = prune(self.definition, answers)
        self.draft.answers = {k: a.to_json() for k, a in kept.items()}
        self.draft.updated_at = utcnow()
        if first:
            count_stage(self.survey.id, FunnelStage.STARTED)
        commit_keeping_loaded()

    def summary(self) -> list[SummarySection]:
        """Every asked question with its answer, by section, for checking before sending."""
        answers = self.answers
        asked = {q.key for q in asked_questions(self.definition, answers)}
        sections = []
        for section in self.definition.sections:
            rows = tuple(
                SummaryRow(q, tuple(answer_lines(q, answers.get(q.key))))
                for q in section.questions
                if q.key in asked
            )
            if rows:
                sections.append(SummarySection(section.title, rows))
        return sections


@dataclass(frozen=True)
class SummaryRow:
    """One question and its answer, line by line, on the check answers page."""

    question: Question
    lines: tuple[str, ...]


@dataclass(frozen=True)
class SummarySection:
    """A section's rows on the check answers page."""

    title: str
    rows: tuple[SummaryRow, ...]


def _live_draft(survey: Survey) -> Draft | None:
    """This session's draft of `survey`, unless it has expired (then it is deleted)."""
    token = _session_token(survey.slug)
    if token is None:
        return None
    draft = db.session.scalar(
        select(Draft).where(Draft.token == token, Draft.survey_id == survey.id)
    )
    if draft is not None and draft.updated_at < utcnow() - draft_lifetime():
        if kept_for_code(draft):
            _forget_token(survey.slug)  # only its come-back-later code brings it back now
            return None
        db.session.delete(draft)
        commit_keeping_loaded()
        return None
    return draft


def current_journey(survey: Survey) -> Journey | None:
    """This session's journey through `survey` (with any answers kept after a failure saved
    into it), or None if it has no live draft."""
    draft = _live_draft(survey)
    if draft is None:
        return None
    journey = Journey(survey, draft, respondent_definition(survey))
    restore_pending(journey)
    return journey


def start_journey(survey: Survey, mode: Mode | None = None) -> Journey:
    """Carry on this session's live draft of `survey`, or start a new one (with any answers
    kept after a failure). A `mode` given sets how its questions are worded."""
    journey = current_journey(survey)
    if journey is not None:
        if mode is not None:
            set_mode(journey, mode)
        return journey
    delete_expired_drafts()
    draft = Draft(
        token=secrets.token_urlsafe(32), survey=survey, answers={}, mode=mode or Mode.STANDARD
    )
    db.session.add(draft)
    commit_keeping_loaded()
    _remember_token(survey.slug, draft.token)
    journey = Journey(survey, draft, respondent_definition(survey))
    restore_pending(journey)
    return journey


# Easy read and young people's mode


def set_mode(journey: Journey, mode: Mode) -> None:
    """Word the journey's questions in `mode` from now on; its answers stay as they are."""
    if journey.draft.mode != mode:
        journey.draft.mode = mode
        journey.draft.updated_at = utcnow()
        commit_keeping_loaded()


def offers_easy_read(definition: SurveyDefinition) -> bool:
    """True when some question has easy-read wording or a picture, so easy read is offered."""
    return any(q.easy_read or q.has_picture for q in definition.questions)


@dataclass(frozen=True)
class Progress:
    """Where a question comes among those asked: "Question `number` of `total`"."""

    number: int
    total: int


def progress(journey: Journey, key: str) -> Progress:
    """Where the asked question `key` comes among the questions asked given the answers so far
    (skip logic can change the total as answers change)."""
    asked = [q.key for q in asked_questions(journey.definition, journey.answers)]
    return Progress(asked.index(key) + 1, len(asked))


def kept_for_code(draft: Draft) -> bool:
    """True while `draft` has a live come-back-later code (the idle rule does not delete it)."""
    return draft.resume_expires_at is not None and draft.resume_expires_at > utcnow()


def adopt_draft(survey: Survey, draft: Draft) -> None:
    """Make `draft` this session's draft of `survey` (brought back with its code)."""
    _remember_token(survey.slug, draft.token)


def _forget_token(slug: str) -> None:
    tokens = dict(session.get(SESSION_KEY, {}))
    tokens.pop(slug, None)
    session[SESSION_KEY] = tokens


def _expired():
    """Drafts idle for the draft lifetime without a come-back-later code, and drafts whose code
    has expired."""
    now = utcnow()
    idle = (Draft.updated_at < now - draft_lifetime()) & Draft.resume_expires_at.is_(None)
    return or_(idle, Draft.resume_expires_at <= now)


def count_expired_drafts() -> int:
    """How many drafts `delete_expired_drafts` would delete now."""
    return db.session.scalar(select(func.count(Draft.id)).where(_expired())) or 0


# Answers kept in the session while the database cannot save them


def keep_pending(slug: str, key: str, posted: dict[str, list[str]]) -> None:
    """Keep a posted answer in the session until it is saved, so that if the database fails
    the respondent's retry (or their next visit) still has it."""
    pending = dict(session.get(PENDING_KEY, {}))
    pending[slug] = {**pending.get(slug, {}), key: posted}
    session[PENDING_KEY] = pending


def has_pending(slug: str) -> bool:
    """True when this session holds answers to `slug` that the database has not saved."""
    return bool(session.get(PENDING_KEY, {}).get(slug))


def drop_pending(slug: str) -> None:
    """Forget the answers kept for `slug`."""
    pending = dict(session.get(PENDING_KEY, {}))
    if pending.pop(slug, None) is not None:
        session[PENDING_KEY] = pending


def restore_pending(journey: Journey) -> None:
    """Save the answers kept in the session into the draft, in question order, where they
    are valid and the question is reached; then forget them. If the database fails on the
    way, they stay kept."""
    slug = journey.survey.slug
    kept = session.get(PENDING_KEY, {}).get(slug)
    if not kept:
        return
    for question in journey.definition.questions:
        posted = kept.get(question.key)
        if posted is None or not journey.may_visit(question.key):
            continue
        result = get_type(question.type).validate(question, posted)
        if not result.errors:
            journey.save(question.key, result.answer)
    drop_pending(slug)


def submitted_response(survey: Survey) -> Response | None:
    """The response this session last sent to `survey`, if its draft has been submitted."""
    token = _session_token(survey.slug)
    return response_for_token(token) if token else None


def response_for_token(token: str) -> Response | None:
    """The response stored from the draft with `token`, if there is one."""
    return db.session.scalar(select(Response).where(Response.submission_token == token))


# Submitting


def new_reference() -> str:
    """A short random reference respondents can quote, like "K7QX-4M2P"."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


def answer_rows(question_id: int, answer: Answer) -> list[AnswerRow]:
    """The stored rows of one answer: a row per choice ("other" carrying its text; a rating
    also its number), one row for a number or text, none for a blank answer."""
    if answer.choices:
        return [
            AnswerRow(
                question_id=question_id,
                choice=choice,
                number=answer.number,
                text=answer.other_text if choice == OTHER else None,
            )
            for choice in answer.choices
        ]
    if answer.is_empty:
        return []
    return [AnswerRow(question_id=question_id, number=answer.number, text=answer.text or None)]


def _chosen(answers: dict[str, Answer], key: str) -> str | None:
    answer = answers.get(key)
    return answer.choices[0] if answer and answer.choices else None


def _audience_id(survey: Survey, answers: dict[str, Answer]) -> int | None:
    if len(survey.audiences) == 1:
        return survey.audiences[0].id
    chosen = _chosen(answers, AUDIENCE_KEY)
    return next((a.id for a in survey.audiences if a.slug == chosen), None)


def _locality_id(answers: dict[str, Answer]) -> int | None:
    chosen = _chosen(answers, LOCALITY_KEY)
    if chosen is None or chosen == PREFER_NOT_TO_SAY:
        return None
    return db.session.scalar(select(Locality.id).where(Locality.slug == chosen))


def build_response(
    survey: Survey,
    answers: dict[str, Answer],
    token: str,
    channel: Channel,
    mode: Mode = Mode.STANDARD,
    language: str = "en",
) -> Response:
    """An unsaved response holding `answers` (by question key; "About you" keys set its
    audience and locality) with a new reference."""
    question_ids = survey_cached(
        survey, "question ids", lambda: {question.key: question.id for question in survey.questions}
    )
    rows = [
        row
        for key, answer in answers.items()
        if key in question_ids
        for row in answer_rows(question_ids[key], answer)
    ]
    return Response(
        survey_id=survey.id,
        reference=new_reference(),
        submission_token=token,
        channel=channel,
        mode=mode,
        language=language,
        audience_id=_audience_id(survey, answers),
        locality_id=_locality_id(answers),
        answers=rows,
    )


def submit_draft(draft: Draft, channel: Channel = Channel.ONLINE) -> Response:
    """Store a draft as a response with all its answers and delete the draft, all at once.

    Idempotent: if the draft's token was already submitted (a double click or a race), the
    response stored then is returned and nothing new is stored. On any other failure nothing
    is stored, the draft is kept, and the error is raised. Raises `IncompleteAnswers` if a
    required question asked is unanswered. A response stored online counts as submitted in
    the open-link funnel, in the same transaction.
    """
    token = draft.token
    survey = draft.survey
    definition = respondent_definition(survey)
    answers = prune(definition, draft_answers(draft))
    missing = first_missing(definition, answers)
    if missing is not None:
        raise IncompleteAnswers(f"‘{missing.key}’ is required but has no answer")
    for _attempt in range(REFERENCE_ATTEMPTS):
        try:
            response = build_response(
                survey, answers, token, channel, mode=draft.mode, language=draft.language
            )
            db.session.add(response)
            db.session.flush()
            if channel == Channel.ONLINE:
                count_stage(survey.id, FunnelStage.SUBMITTED)
            db.session.delete(draft)
            db.session.commit()
            return response
        except IntegrityError:
            db.session.rollback()
            existing = response_for_token(token)
            if existing is not None:
                return existing
            # Otherwise the random reference was taken: try again with another.
        except BaseException:
            db.session.rollback()
            raise
    raise RuntimeError("Could not find an unused response reference")
