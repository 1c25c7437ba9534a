"""The translation form: a field for each English string of a survey, grouped as staff see the
survey, and whether to offer the language to respondents."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovSubmitInput
from wtforms import BooleanField, SubmitField

from surveys.model import SurveyDefinition
from surveys.translation import option_key, question_key, section_key, translatable_strings
from surveys.types import normalise_text

STRING_MAX = 5_000
LONG_TEXT = 80
"""English longer than this (or on several lines) gets a text area."""

_SURVEY_LABELS = {
    "title": "Title",
    "purpose": "What the survey is for",
    "what_happens_next": "What happens to the answers",
}
_QUESTION_LABELS = {
    "text": "Question",
    "hint": "Hint",
    "easy_read": "Easy-read wording",
    "picture_alt": "Picture description",
}


class TranslationForm(FlaskForm):
    """Whether to offer the language; the strings themselves are posted under their keys."""

    offer = BooleanField(
        "Offer this language to respondents",
        widget=GovCheckboxInput(),
        description="Respondents who choose this language will read the survey in it. You "
        "can only offer it when every string is translated.",
    )
    submit = SubmitField("Save translation", widget=GovSubmitInput())


@dataclass(frozen=True)
class StringField:
    """One English string and the field for its translation."""

    key: str
    id: str
    label: str
    context: str
    english: str

    @property
    def long(self) -> bool:
        """True when the English is long enough to need a text area."""
        return len(self.english) > LONG_TEXT or "\n" in self.english


@dataclass(frozen=True)
class StringGroup:
    """The strings of the survey itself, of a section, or of a question, under a heading."""

    heading: str
    level: int
    fields: tuple[StringField, ...]


def string_groups(definition: SurveyDefinition) -> list[StringGroup]:
    """Every translatable string of `definition`, grouped by survey, section and question."""
    english = translatable_strings(definition)
    ids = {key: f"string-{index}" for index, key in enumerate(english, start=1)}

    def field(key: str, label: str, context: str) -> StringField | None:
        return StringField(key, ids[key], label, context, english[key]) if key in english else None

    def group(heading: str, level: int, *fields: StringField | None) -> StringGroup:
        return StringGroup(heading, level, tuple(f for f in fields if f is not None))

    groups = [group("The survey", 2, *(field(k, v, "") for k, v in _SURVEY_LABELS.items()))]
    number = 0
    for section_number, section in enumerate(definition.sections, start=1):
        where = f" of section {section_number}"
        groups.append(
            group(
                f"Section {section_number}: {section.title}",
                2,
                field(section_key(section_number), "Section title", where),
            )
        )
        for question in section.questions:
            number += 1
            where = f" of question {number}"
            own = (field(question_key(question, k), v, where) for k, v in _QUESTION_LABELS.items())
            options = (
                field(option_key(question, option), f"Option {index}", where)
                for index, option in enumerate(question.options, start=1)
            )
            groups.append(group(f"Question {number}: {question.text}", 3, *own, *options))
    return [g for g in groups if g.fields]


def posted_strings(definition: SurveyDefinition, form: Mapping[str, str]) -> dict[str, str]:
    """The translations posted for `definition`'s strings, tidied (blank when not posted)."""
    return {
        key: normalise_text(str(form.get(key) or "")) for key in translatable_strings(definition)
    }


def too_long(strings: Mapping[str, str]) -> list[str]:
    """The keys whose translation is longer than allowed."""
    return [key for key, text in strings.items() if len(text) > STRING_MAX]
