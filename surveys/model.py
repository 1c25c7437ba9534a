"""The survey definition: plain, immutable data that the engine validates, routes and serialises.

Nothing here knows about Flask or the database. The web app converts its rows to a
`SurveyDefinition` (see `feedback/definitions.py`) and hands it to the engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Operator(StrEnum):
    """How a skip-logic condition compares an earlier answer with a value."""

    IS = "is"
    IS_NOT = "is_not"


@dataclass(frozen=True)
class Option:
    """One answer a respondent can choose. `value` is stable and stored; `label` is shown."""

    value: str
    label: str


@dataclass(frozen=True)
class Condition:
    """Ask a question only if the answer to an earlier question `is` / `is_not` `value`."""

    question: str
    operator: Operator
    value: str


@dataclass(frozen=True)
class Question:
    """A question as respondents see it. `key` is stable across waves of the same survey."""

    key: str
    type: str
    text: str
    required: bool = True
    hint: str = ""
    easy_read: str = ""
    has_picture: bool = False
    picture_alt: str = ""
    options: tuple[Option, ...] = ()
    allow_other: bool = False
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    condition: Condition | None = None
    pledges: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A titled group of questions. Respondents see one question per page, captioned by section."""

    title: str
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True)
class SurveyDefinition:
    """Everything needed to ask a survey and to move it between installations."""

    slug: str
    title: str
    purpose: str = ""
    what_happens_next: str = ""
    audiences: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every question in the order respondents meet them."""
        return tuple(q for section in self.sections for q in section.questions)

    def question(self, key: str) -> Question:
        """The question with `key`; KeyError if there is none."""
        for candidate in self.questions:
            if candidate.key == key:
                return candidate
        raise KeyError(key)


@dataclass(frozen=True)
class Answer:
    """A respondent's validated answer to one question.

    Choice-like types fill `choices` (option values; "other" when "Other" was picked, with
    `other_text`). Number and rating fill `number`. Short and long text fill `text`.
    An answer with nothing in it means the question was left blank (allowed when optional).
    """

    choices: tuple[str, ...] = ()
    other_text: str | None = None
    number: Decimal | None = None
    text: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when the respondent gave nothing for this question."""
        return not self.choices and self.number is None and not self.text

    def to_json(self) -> dict:
        """A JSON-safe dict, for keeping unfinished answers between pages."""
        data: dict = {}
        if self.choices:
            data["choices"] = list(self.choices)
        if self.other_text is not None:
            data["other_text"] = self.other_text
        if self.number is not None:
            data["number"] = str(self.number)
        if self.text is not None:
            data["text"] = self.text
        return data

    @classmethod
    def from_json(cls, data: dict) -> Answer:
        """The inverse of `to_json`."""
        number = data.get("number")
        return cls(
            choices=tuple(data.get("choices", ())),
            other_text=data.get("other_text"),
            number=Decimal(number) if number is not None else None,
            text=data.get("text"),
        )


OTHER = "other"
"""The option value stored when a respondent picks "Other, please specify"."""


@dataclass(frozen=True)
class FieldError:
    """A problem with one respondent answer, worded for the respondent (GOV.UK style).

    `message` is the English text. `msgid` is the text to translate, with `%(name)s`
    placeholders filled from `params` (as `gettext(msgid, **params)` does); `translatable`
    gives both, falling back to `message` for an error built without them.
    """

    field: str
    message: str
    msgid: str = field(default="", compare=False)
    params: Mapping[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, field_name: str, msgid: str, **params: str) -> FieldError:
        """The error for `field_name` whose text is `msgid` filled with `params`."""
        return cls(field_name, msgid % params, msgid, params)

    @property
    def translatable(self) -> tuple[str, Mapping[str, str]]:
        """The text to translate and its placeholders' values."""
        return (self.msgid, self.params) if self.msgid else (self.message, {})


@dataclass
class ValidationResult:
    """The outcome of checking one page of answers: a clean answer or errors, never both."""

    answer: Answer | None = None
    errors: list[FieldError] = field(default_factory=list)
