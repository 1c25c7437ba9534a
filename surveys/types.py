"""The registry of question types: what each offers and how it checks a posted answer.

`validate(question, values)` takes what a form posted, as a mapping of field name to the
list of strings posted under it: "answer" (checkboxes post several) and "other" (the
"Other, please specify" text). Errors name the field they belong to.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from surveys.i18n import N_
from surveys.model import OTHER, Answer, FieldError, Option, Question, ValidationResult

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 5_000

Values = Mapping[str, Sequence[str]]

NUMBER_DECIMAL_PLACES = 2
NUMBER_WHOLE_DIGITS = 12
"""Numbers are stored with 2 decimal places and 12 digits before the point."""

_NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?", re.ASCII)
_TAMPERED = N_("Select one of the answers shown")


def format_number(number: Decimal) -> str:
    """`number` as people write it: thousands commas, no exponent, no trailing zeros."""
    return f"{number.normalize():,f}"


def decimal_places(number: Decimal) -> int:
    """How many decimal places `number` needs (trailing zeros don't count)."""
    return max(0, -int(number.normalize().as_tuple().exponent))


def too_big(number: Decimal) -> bool:
    """True when `number` has more whole digits than can be stored."""
    return abs(number) >= 10**NUMBER_WHOLE_DIGITS


def normalise_text(raw: str) -> str:
    """Unix line endings, no control characters other than newline and tab, no outer spaces."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    kept = (c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    return "".join(kept).strip()


def _too_long(field: str, limit: int) -> FieldError:
    return FieldError.of(
        field, N_("Your answer must be %(limit)s characters or fewer"), limit=f"{limit:,}"
    )


def _posted(values: Values, field: str) -> list[str]:
    """Every string posted under `field` (a lone string counts as one value)."""
    posted = values.get(field, ())
    return [posted] if isinstance(posted, str) else list(posted)


def _first(values: Values, field: str) -> str:
    posted = _posted(values, field)
    return posted[0] if posted else ""


@dataclass(frozen=True, kw_only=True)
class QuestionType:
    """A kind of question. Subclasses say how to read a posted answer (`_read`)."""

    name: str
    label: str
    blank_message: str
    is_choice: bool = False
    has_custom_options: bool = False
    multiple: bool = False
    positive: frozenset[str] = frozenset()
    negative: frozenset[str] = frozenset()
    outside_base: frozenset[str] = frozenset()

    def options_for(self, question: Question) -> tuple[Option, ...]:
        """The options a respondent chooses from (none for types that are typed in)."""
        return ()

    def validate(self, question: Question, values: Values) -> ValidationResult:
        """A clean answer to `question` from posted `values`, or errors for the respondent."""
        outcome = self._read(question, values)
        if isinstance(outcome, FieldError):
            return ValidationResult(errors=[outcome])
        if not outcome.is_empty:
            return ValidationResult(answer=outcome)
        if question.required:
            return ValidationResult(errors=[FieldError.of("answer", self.blank_message)])
        return ValidationResult(answer=Answer())

    def _read(self, question: Question, values: Values) -> Answer | FieldError:
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class ChoiceType(QuestionType):
    """Radios or checkboxes over the question's own options or a fixed scale."""

    is_choice: bool = True
    fixed_options: tuple[Option, ...] = ()

    def options_for(self, question: Question) -> tuple[Option, ...]:
        """The question's options (then "Other" if allowed) or the fixed scale."""
        if not self.has_custom_options:
            return self.fixed_options
        other = (Option(OTHER, N_("Other")),) if question.allow_other else ()
        return question.options + other

    def _read(self, question: Question, values: Values) -> Answer | FieldError:
        posted = {value for value in _posted(values, "answer") if value}
        options = self.options_for(question)
        if posted - {option.value for option in options} or (not self.multiple and len(posted) > 1):
            return FieldError.of("answer", _TAMPERED)
        choices = tuple(option.value for option in options if option.value in posted)
        if not (question.allow_other and OTHER in choices):
            return Answer(choices=choices)
        other_text = normalise_text(_first(values, "other"))
        if not other_text:
            return FieldError.of("other", N_("Enter what you mean by ‘Other’"))
        if len(other_text) > SHORT_TEXT_MAX:
            return _too_long("other", SHORT_TEXT_MAX)
        return Answer(choices=choices, other_text=other_text)


@dataclass(frozen=True, kw_only=True)
class RatingType(ChoiceType):
    """Radios from 0 to 10, kept both as the chosen value and as a number."""

    def _read(self, question: Question, values: Values) -> Answer | FieldError:
        outcome = super()._read(question, values)
        if isinstance(outcome, FieldError) or not outcome.choices:
            return outcome
        return replace(outcome, number=Decimal(outcome.choices[0]))


@dataclass(frozen=True, kw_only=True)
class NumberType(QuestionType):
    """A number typed in, optionally with thousands commas, within the question's range."""

    def _read(self, question: Question, values: Values) -> Answer | FieldError:
        raw = _first(values, "answer").strip()
        if not raw:
            return Answer()
        if not _NUMBER.fullmatch(raw) or not any(c.isdigit() for c in raw):
            return FieldError.of("answer", N_("Enter a number, like 3"))
        number = Decimal(raw.replace(",", ""))
        if decimal_places(number) > NUMBER_DECIMAL_PLACES:
            message = N_("Enter a number with no more than %(places)s decimal places")
            return FieldError.of("answer", message, places=str(NUMBER_DECIMAL_PLACES))
        if too_big(number):
            message = N_("Enter a number with %(digits)s digits or fewer before the decimal point")
            return FieldError.of("answer", message, digits=str(NUMBER_WHOLE_DIGITS))
        low, high = question.minimum, question.maximum
        if (low is None or number >= low) and (high is None or number <= high):
            return Answer(number=number)
        if low is not None and high is not None:
            message = N_("Enter a number between %(low)s and %(high)s")
            return FieldError.of(
                "answer", message, low=format_number(low), high=format_number(high)
            )
        if low is not None:
            return FieldError.of(
                "answer", N_("Enter a number %(low)s or more"), low=format_number(low)
            )
        return FieldError.of(
            "answer", N_("Enter a number %(high)s or less"), high=format_number(high)
        )


@dataclass(frozen=True, kw_only=True)
class TextType(QuestionType):
    """Free text, tidied up and limited to `max_length` characters."""

    max_length: int

    def _read(self, question: Question, values: Values) -> Answer | FieldError:
        text = normalise_text(_first(values, "answer"))
        if len(text) > self.max_length:
            return _too_long("answer", self.max_length)
        return Answer(text=text)


def _scale(*pairs: tuple[str, str]) -> tuple[Option, ...]:
    return tuple(Option(value, label) for value, label in pairs)


_TYPES: tuple[QuestionType, ...] = (
    ChoiceType(
        name="single_choice",
        label="Single choice (radio buttons)",
        blank_message=N_("Select an answer"),
        has_custom_options=True,
    ),
    ChoiceType(
        name="multiple_choice",
        label="Multiple choice (checkboxes)",
        blank_message=N_("Select at least one answer"),
        has_custom_options=True,
        multiple=True,
    ),
    ChoiceType(
        name="agreement",
        label="Agreement scale (5-point, with Don't know)",
        blank_message=N_("Select how much you agree, or ‘Don't know’"),
        fixed_options=_scale(
            ("strongly_agree", N_("Strongly agree")),
            ("agree", N_("Agree")),
            ("neither", N_("Neither agree nor disagree")),
            ("disagree", N_("Disagree")),
            ("strongly_disagree", N_("Strongly disagree")),
            ("dont_know", N_("Don't know")),
        ),
        positive=frozenset({"strongly_agree", "agree"}),
        negative=frozenset({"disagree", "strongly_disagree"}),
        outside_base=frozenset({"dont_know"}),
    ),
    ChoiceType(
        name="satisfaction",
        label="Satisfaction scale (5-point)",
        blank_message=N_("Select how satisfied you are"),
        fixed_options=_scale(
            ("very_satisfied", N_("Very satisfied")),
            ("satisfied", N_("Satisfied")),
            ("neither", N_("Neither satisfied nor dissatisfied")),
            ("dissatisfied", N_("Dissatisfied")),
            ("very_dissatisfied", N_("Very dissatisfied")),
        ),
        positive=frozenset({"very_satisfied", "satisfied"}),
        negative=frozenset({"dissatisfied", "very_dissatisfied"}),
    ),
    ChoiceType(
        name="faces",
        label="Faces scale (3-point: Good, OK, Not good), for young people",
        blank_message=N_("Choose a face"),
        fixed_options=_scale(("good", N_("Good")), ("ok", N_("OK")), ("not_good", N_("Not good"))),
        positive=frozenset({"good"}),
        negative=frozenset({"not_good"}),
    ),
    ChoiceType(
        name="yes_no",
        label="Yes, No or Not sure",
        blank_message=N_("Select yes, no or not sure"),
        fixed_options=_scale(("yes", N_("Yes")), ("no", N_("No")), ("not_sure", N_("Not sure"))),
    ),
    RatingType(
        name="rating",
        label="Rating from 0 to 10",
        blank_message=N_("Select a number from 0 to 10"),
        fixed_options=tuple(Option(str(n), str(n)) for n in range(11)),
    ),
    NumberType(name="number", label="Number", blank_message=N_("Enter a number")),
    TextType(
        name="short_text",
        label=f"Short text (up to {SHORT_TEXT_MAX:,} characters)",
        blank_message=N_("Enter your answer"),
        max_length=SHORT_TEXT_MAX,
    ),
    TextType(
        name="long_text",
        label=f"Long text (up to {LONG_TEXT_MAX:,} characters)",
        blank_message=N_("Enter your answer"),
        max_length=LONG_TEXT_MAX,
    ),
)

QUESTION_TYPES: dict[str, QuestionType] = {kind.name: kind for kind in _TYPES}
"""Every question type by its stored name, in the order staff are offered them."""


def get_type(name: str) -> QuestionType:
    """The question type called `name`; KeyError if there is none."""
    return QUESTION_TYPES[name]
