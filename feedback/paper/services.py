"""Paper and event entry: the survey numbered as the printed form numbers it, and storing a
typed-in paper form as one response, whole or not at all.

The numbering follows `respondent_definition`, so the "About you" questions come first, as they
do online and on the printed form.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from feedback import audit
from feedback.extensions import db
from feedback.models import Channel, Response, Survey, SurveyStatus
from feedback.privacy.erasure import reference_fingerprint
from feedback.respond.services import REFERENCE_ATTEMPTS, build_response
from surveys.model import Answer, Operator, Question, SurveyDefinition
from surveys.types import get_type

ENTERABLE_STATUSES = frozenset({SurveyStatus.OPEN, SurveyStatus.CLOSED})
ENTRY_CHANNELS = (Channel.PAPER, Channel.EVENT)


@dataclass(frozen=True)
class AskedIf:
    """A question's skip logic in paper terms: asked only if question `number` was (or, when
    `negated`, was not) answered `answer` (an option's label)."""

    number: int
    answer: str
    negated: bool


@dataclass(frozen=True)
class NumberedQuestion:
    """A question with its number on the paper form."""

    number: int
    question: Question
    asked_if: AskedIf | None

    @property
    def key(self) -> str:
        """The question's key."""
        return self.question.key


@dataclass(frozen=True)
class NumberedSection:
    """A section of the paper form."""

    title: str
    questions: tuple[NumberedQuestion, ...]


def _asked_if(definition: SurveyDefinition, question: Question, numbers: dict[str, int]):
    condition = question.condition
    if condition is None or condition.question not in numbers:
        return None
    source = definition.question(condition.question)
    labels = {o.value: o.label for o in get_type(source.type).options_for(source)}
    return AskedIf(
        number=numbers[source.key],
        answer=labels.get(condition.value, condition.value),
        negated=condition.operator == Operator.IS_NOT,
    )


def numbered_sections(definition: SurveyDefinition) -> list[NumberedSection]:
    """The survey's sections with every question numbered 1, 2, 3… across them."""
    numbers = {q.key: number for number, q in enumerate(definition.questions, 1)}
    return [
        NumberedSection(
            section.title,
            tuple(
                NumberedQuestion(numbers[q.key], q, _asked_if(definition, q, numbers))
                for q in section.questions
            ),
        )
        for section in definition.sections
        if section.questions
    ]


def refusal(survey: Survey) -> str | None:
    """Why responses cannot be entered for `survey` now, or None if they can."""
    if survey.status in ENTERABLE_STATUSES:
        return None
    if survey.status == SurveyStatus.ARCHIVED:
        return f"‘{survey.title}’ is archived, so it takes no more responses."
    return (
        f"‘{survey.title}’ is {survey.status.label.lower()}, so its questions can still change. "
        "You can enter paper and event responses once it is open, and after it closes."
    )


def takes_entries(survey: Survey) -> bool:
    """True when staff may type in responses to `survey` (it is open or closed)."""
    return refusal(survey) is None


def save_entry(survey: Survey, answers: dict[str, Answer], channel: Channel) -> Response:
    """Store `answers` as one response that reached us by `channel`, with a new reference and
    a fresh random token, and note it in the audit log (the reference only as a keyed hash,
    never the answers). Raises if it cannot be stored; then nothing is."""
    for _attempt in range(REFERENCE_ATTEMPTS):
        response = build_response(survey, answers, secrets.token_urlsafe(32), channel)
        db.session.add(response)
        try:
            db.session.flush()
        except IntegrityError:
            db.session.rollback()  # the random reference was taken: try another
            continue
        audit.record(
            "response.entered",
            subject=f"survey {survey.id}",
            channel=channel.value,
            reference_hash=reference_fingerprint(response.reference),
        )
        db.session.commit()
        return response
    raise RuntimeError("Could not find an unused response reference")


def entered_count(survey: Survey, channel: Channel) -> int:
    """How many responses to `survey` reached us by `channel`."""
    query = select(func.count(Response.id)).where(
        Response.survey_id == survey.id, Response.channel == channel
    )
    return db.session.scalar(query) or 0


def entered_summary(survey: Survey, channel: Channel) -> str:
    """Like "12 responses entered on paper for this survey"."""
    count = entered_count(survey, channel)
    noun = "response" if count == 1 else "responses"
    where = "on paper" if channel == Channel.PAPER else "at events"
    return f"{count:,} {noun} entered {where} for this survey"
