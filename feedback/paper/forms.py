"""Reading the paper entry form: every question of a survey on one page, checked all at once.

Fields are named by question key: `answer-<key>` (checkboxes post several) and `other-<key>`
(the "Other, please specify" text), and carry the same ids, so the error summary links to them.
People skip questions on paper, so a required question left blank is recorded as not answered;
anything else a respondent online would be stopped for is an error here too, and so is an
answer to a question the skip logic says was not asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from werkzeug.datastructures import MultiDict

from feedback.models import Channel
from feedback.paper.services import ENTRY_CHANNELS, NumberedQuestion, numbered_sections
from surveys.model import Answer, SurveyDefinition
from surveys.routing import asked_questions
from surveys.types import get_type

CHANNEL_FIELD = "channel"
CHANNEL_LABELS = {Channel.PAPER: "Paper", Channel.EVENT: "At an event"}
CHANNEL_MISSING = "Select how this response reached us: on paper or at an event"
NOTHING_ENTERED = "Enter at least one answer: this form is blank"


def field_id(key: str, name: str = "answer") -> str:
    """The name and id of a question's field: "answer-<key>" or "other-<key>"."""
    return f"{name}-{key}"


@dataclass(frozen=True)
class Problem:
    """Something wrong on the form, for the error summary and beside its field."""

    field_id: str
    message: str
    question: NumberedQuestion | None = None

    @property
    def summary(self) -> str:
        """The problem as the error summary lists it, naming the question."""
        if self.question is None:
            return self.message
        text = self.question.question.text
        return f"Question {self.question.number} (‘{text}’): {self.message}"


@dataclass
class PaperEntry:
    """What was typed in: the answers and channel when all is well, otherwise problems."""

    channel: Channel | None = None
    answers: dict[str, Answer] = field(default_factory=dict)
    values: dict[str, dict] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def errors_for(self, key: str) -> dict[str, str]:
        """The inline messages for question `key`'s fields: {"answer": …, "other": …}."""
        ids = {field_id(key): "answer", field_id(key, "other"): "other"}
        return {ids[p.field_id]: p.message for p in self.problems if p.field_id in ids}

    @property
    def channel_error(self) -> str | None:
        """The message beside the channel question, if any."""
        return next((p.message for p in self.problems if p.field_id == CHANNEL_FIELD), None)


def _channel(posted: str | None) -> Channel | None:
    return next((c for c in ENTRY_CHANNELS if c.value == posted), None)


def _skip_logic_message(item: NumberedQuestion) -> str:
    asked_if = item.asked_if
    if asked_if is None:
        return "Leave this blank: the survey never asks this question"
    verb = "is not" if asked_if.negated else "is"
    return (
        f"Leave this blank, or correct question {asked_if.number}: it is only asked if the "
        f"answer to question {asked_if.number} {verb} ‘{asked_if.answer}’"
    )


def read_entry(definition: SurveyDefinition, form: MultiDict) -> PaperEntry:
    """Check a posted paper form for `definition` (the respondent's view of the survey); every
    problem is reported, and `answers` holds only the questions answered."""
    entry = PaperEntry(channel=_channel(form.get(CHANNEL_FIELD)))
    if entry.channel is None:
        entry.problems.append(Problem(CHANNEL_FIELD, CHANNEL_MISSING))
    items = [item for section in numbered_sections(definition) for item in section.questions]
    wrong: set[str] = set()
    for item in items:
        posted = _posted(form, item.key)
        entry.values[item.key] = {"answer": posted["answer"], "other": posted["other"][:1]}
        optional = replace(item.question, required=False)
        result = get_type(optional.type).validate(optional, posted)
        for error in result.errors:
            wrong.add(item.key)
            entry.problems.append(Problem(field_id(item.key, error.field), error.message, item))
        if result.answer is not None and not result.answer.is_empty:
            entry.answers[item.key] = result.answer
    _check_skip_logic(entry, definition, items, wrong)
    if not entry.answers and not wrong and items:
        entry.problems.append(Problem(field_id(items[0].key), NOTHING_ENTERED))
    return entry


def _posted(form: MultiDict, key: str) -> Mapping[str, list[str]]:
    return {"answer": form.getlist(field_id(key)), "other": form.getlist(field_id(key, "other"))}


def _check_skip_logic(
    entry: PaperEntry, definition: SurveyDefinition, items: list[NumberedQuestion], wrong: set[str]
) -> None:
    """Add a problem for each answer to a question not asked, unless the question deciding
    it is itself wrong (then that is the problem to fix first); then order them as the form."""
    asked = {q.key for q in asked_questions(definition, entry.answers)}
    for item in items:
        decided_by = item.question.condition.question if item.question.condition else None
        if item.key in entry.answers and item.key not in asked and decided_by not in wrong:
            entry.problems.append(Problem(field_id(item.key), _skip_logic_message(item), item))
    entry.problems.sort(key=lambda p: p.question.number if p.question else 0)
