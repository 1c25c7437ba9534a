"""Between the question form and the engine: reading a question from what staff typed,
and checking it as part of the whole survey so every problem shows on the right field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from flask import current_app
from sqlalchemy import select
from werkzeug.datastructures import FileStorage
from wtforms import SelectChoice

from feedback.definitions import known_slugs, question_definition
from feedback.extensions import db
from feedback.manage.building import PictureChange, definition_with, dependents, name_of
from feedback.manage.forms import QuestionForm, add_error, has_errors
from feedback.manage.slugs import make_unique, slugify
from feedback.models import Area, Pledge, Question, Section, Survey
from feedback.pictures.checks import picture_problems, picture_type
from surveys.model import OTHER, Condition, Operator, Option
from surveys.model import Question as QuestionDefinition
from surveys.routing import condition_sources
from surveys.rules import KEY_MAX, validate_definition
from surveys.types import QuestionType, format_number

GENERATED_LENGTH = 50
_PLACEHOLDER = "\0new"
_ISSUE_PATH = re.compile(r"\.(\w+)(?:\[(\d+)\])?")
_FIELD_FOR_ISSUE = {
    "key": "key",
    "text": "text",
    "options": "options",
    "allow_other": "allow_other",
    "minimum": "minimum",
    "maximum": "maximum",
    "show_if": "condition_answer",
    "pledges": "pledges",
    "areas": "areas",
}
_NOUNS = {
    "key": "The question key",
    "text": "The question",
    "allow_other": "The ‘Other’ option",
    "minimum": "The lowest number",
    "maximum": "The highest number",
    "show_if": "The skip logic",
    "pledges": "The Charter pledges",
    "areas": "The areas of weakness",
}


def option_values(labels: list[str], previous: tuple[Option, ...]) -> tuple[Option, ...]:
    """Options for `labels`; a label used before keeps its value so stored answers stay valid.

    New values are made from the labels and never reuse an earlier value or "other".
    """
    kept = {option.label: option.value for option in previous}
    taken = {option.value for option in previous} | {OTHER}
    options = []
    for label in labels:
        value = kept.get(label)
        if value is None:
            value = make_unique(slugify(label, GENERATED_LENGTH, "option"), taken, KEY_MAX)
            taken.add(value)
        options.append(Option(value, label))
    return tuple(options)


def _choice_label(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class EditedQuestion:
    """A question as entered: its definition, and what happens to its picture."""

    definition: QuestionDefinition
    picture: PictureChange


@dataclass
class QuestionEditor:
    """Adding a question of type `kind` at the end of `section`, or editing `question`."""

    survey: Survey
    section: Section
    question: Question | None
    kind: QuestionType

    def form(self) -> QuestionForm:
        """The form for this type, filled from the stored question when editing."""
        form = QuestionForm(data=self._initial())
        pledges = db.session.scalars(select(Pledge).order_by(Pledge.position))
        areas = db.session.scalars(select(Area).order_by(Area.number))
        return form.for_type(
            custom_options=self.kind.has_custom_options,
            number_range=self.kind.name == "number",
            conditions=self._condition_choices(),
            pledges=[SelectChoice(pledge.slug, pledge.title) for pledge in pledges],
            areas=[SelectChoice(area.slug, f"{area.number}. {area.name}") for area in areas],
            has_picture=self.has_picture,
        )

    @property
    def has_picture(self) -> bool:
        """True when the question being edited already has a picture."""
        return self.question is not None and self.question.picture_type is not None

    def _initial(self) -> dict:
        if self.question is None:
            return {}
        stored = question_definition(self.question)
        condition = stored.condition
        return {
            "text": stored.text,
            "hint": stored.hint,
            "easy_read": stored.easy_read,
            "options": "\n".join(option.label for option in stored.options),
            "allow_other": stored.allow_other,
            "minimum": "" if stored.minimum is None else format_number(stored.minimum),
            "maximum": "" if stored.maximum is None else format_number(stored.maximum),
            "required": "yes" if stored.required else "no",
            "asked": "if" if condition else "always",
            "condition_answer": f"{condition.question}={condition.value}" if condition else "",
            "condition_operator": condition.operator.value if condition else "is",
            "pledges": list(stored.pledges),
            "areas": list(stored.areas),
            "key": stored.key,
            "picture_alt": stored.picture_alt,
        }

    def _condition_choices(self) -> list[SelectChoice]:
        """Every answer of an earlier choice question, as "<key>=<option value>"."""
        placeholder = QuestionDefinition(key=_PLACEHOLDER, type="short_text", text="?")
        definition, _path = definition_with(self.survey, self.section, self.question, placeholder)
        return [
            SelectChoice(
                f"{source.key}={option.value}", f"{_choice_label(source.text)} – {option.label}"
            )
            for source, options in condition_sources(definition, _PLACEHOLDER)
            for option in options
        ]

    def read(self, form: QuestionForm) -> EditedQuestion | None:
        """The question as entered, or None after putting every problem on its field."""
        text = form.text.data or ""
        edited = QuestionDefinition(
            key=self._key(form, text),
            type=self.kind.name,
            text=text,
            required=form.required.data != "no",
            hint=form.hint.data or "",
            easy_read=form.easy_read.data or "",
            options=self._options(form),
            allow_other="allow_other" in form and bool(form.allow_other.data),
            minimum=self._number(form, "minimum", "lowest"),
            maximum=self._number(form, "maximum", "highest"),
            condition=self._condition(form),
            pledges=self._chosen(form, "pledges"),
            areas=self._chosen(form, "areas"),
        )
        self._check_dependents(form, edited)
        self._check_with_survey(form, edited)
        picture = self._picture(form)
        return None if has_errors(form) else EditedQuestion(edited, picture)

    def _picture(self, form: QuestionForm) -> PictureChange:
        """The picture change entered, after checking the file's type and size and the alt text."""
        max_kb = int(current_app.config["PICTURE_MAX_KB"])
        chosen = form.picture.data
        upload = None
        if isinstance(chosen, FileStorage) and chosen.filename:
            upload = chosen.read(max_kb * 1024 + 1)
        alt = form.picture_alt.data or ""
        remove = "remove_picture" in form and bool(form.remove_picture.data)
        problems = picture_problems(
            upload, alt, max_kb=max_kb, has_picture=self.has_picture, remove=remove
        )
        for problem in problems:
            add_error(form, problem.field, problem.message)
        mimetype = picture_type(upload) if upload is not None else None
        return PictureChange(alt=alt, data=upload, mimetype=mimetype, remove=remove)

    def _key(self, form: QuestionForm, text: str) -> str:
        others = {q.key: q for q in self.survey.questions if q is not self.question}
        typed = form.key.data
        if not typed:
            return make_unique(slugify(text, GENERATED_LENGTH, "question"), others, KEY_MAX)
        if typed in others:
            number = self.survey.questions.index(others[typed]) + 1
            add_error(
                form,
                "key",
                f"‘{typed}’ is already the key of {name_of(number, others[typed])}. "
                "Enter a different question key",
            )
        return typed

    def _options(self, form: QuestionForm) -> tuple[Option, ...]:
        if "options" not in form:
            return ()
        labels = [line.strip() for line in (form.options.data or "").splitlines() if line.strip()]
        for index, label in enumerate(labels):
            if label in labels[:index]:
                add_error(
                    form,
                    "options",
                    f"‘{label}’ is listed twice. Each answer option must be different",
                )
        previous = question_definition(self.question).options if self.question else ()
        return option_values(labels, previous)

    def _number(self, form: QuestionForm, name: str, word: str) -> Decimal | None:
        if name not in form or not form[name].data:
            return None
        try:
            number = Decimal(form[name].data.replace(",", ""))
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            add_error(form, name, f"The {word} number must be a number, like 10")
            return None
        return number

    def _condition(self, form: QuestionForm) -> Condition | None:
        if "asked" not in form or form.asked.data != "if":
            return None
        chosen = form.condition_answer.data or ""
        allowed = {choice.value for choice in form.condition_answer.choices if choice.value}
        if chosen not in allowed:
            add_error(
                form,
                "condition_answer",
                "Select the earlier answer that decides whether to ask this question",
            )
            return None
        key, value = chosen.split("=", 1)
        return Condition(key, Operator(form.condition_operator.data), value)

    @staticmethod
    def _chosen(form: QuestionForm, name: str) -> tuple[str, ...]:
        picked = set(form[name].data or ())
        return tuple(choice.value for choice in form[name].choices if choice.value in picked)

    def _check_dependents(self, form: QuestionForm, edited: QuestionDefinition) -> None:
        """Questions asked depending on this one must still find their answer in it."""
        if self.question is None:
            return
        values = {option.value for option in self.kind.options_for(edited)}
        field = "options" if "options" in form else "text"
        for number, dependent in dependents(self.survey, self.question.key):
            if dependent.condition_value not in values:
                add_error(
                    form,
                    field,
                    f"{name_of(number, dependent, capital=True)} is only asked depending on the "
                    "answer to this question, so keep the answer it depends on, or change its "
                    "skip logic first",
                )

    def _check_with_survey(self, form: QuestionForm, edited: QuestionDefinition) -> None:
        """Validate the whole survey with this question in it; report this question's issues."""
        definition, path = definition_with(self.survey, self.section, self.question, edited)
        for issue in validate_definition(definition, **known_slugs()):
            if issue.path.startswith(f"{path}."):
                name, message = _field_message(issue.path.removeprefix(path), issue.message)
                add_error(form, name if name in form else "text", message)


def _field_message(rest: str, message: str) -> tuple[str, str]:
    """The form field an engine issue at `rest` (like ".options[2].label") belongs to, and the
    issue as a sentence."""
    match = _ISSUE_PATH.match(rest)
    name, index = (match[1], match[2]) if match else ("text", None)
    if name == "options":
        if index is None:
            return "options", "Enter at least 2 answer options, each on its own line"
        noun = f"Answer option {int(index) + 1}"
    else:
        noun = _NOUNS.get(name, "The question")
    if message.startswith("must"):
        sentence = f"{noun} {message}"
    elif message.startswith("use only"):
        sentence = f"{noun} must {message}"
    else:
        sentence = f"{noun}: {message}"
    return _FIELD_FOR_ISSUE.get(name, "text"), sentence
