"""The structural rules a survey definition must meet before it can be opened or imported.

Problems are reported with the JSON path the field has in the exchange format (see
`surveys.definition`), so the same rules serve the importer and the staff builder.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from surveys.model import OTHER, Operator, Question, SurveyDefinition
from surveys.types import (
    NUMBER_DECIMAL_PLACES,
    NUMBER_WHOLE_DIGITS,
    QUESTION_TYPES,
    decimal_places,
    too_big,
)

KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*")
KEY_MAX = 60
SLUG_MAX = 80
TITLE_MAX = 200
LABEL_MAX = 300
TEXT_MAX = 1_000
_KEY_RULE = "use only lowercase letters, digits, ‘-’ and ‘_’, starting with a letter or digit"


@dataclass(frozen=True)
class DefinitionIssue:
    """One problem with a survey definition, at a JSON path like `$.survey.title`."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _quoted(values: Collection[str]) -> str:
    return ", ".join(f"‘{value}’" for value in values)


def _text(path: str, value: str, limit: int) -> Iterator[DefinitionIssue]:
    if not value.strip():
        yield DefinitionIssue(path, "must not be empty")
    elif len(value) > limit:
        yield DefinitionIssue(path, f"must be {limit:,} characters or fewer")


def _key(path: str, value: str, limit: int) -> Iterator[DefinitionIssue]:
    if not KEY_PATTERN.fullmatch(value):
        yield DefinitionIssue(path, _KEY_RULE)
    elif len(value) > limit:
        yield DefinitionIssue(path, f"must be {limit} characters or fewer")


def _slugs(
    path: str, values: tuple[str, ...], known: Collection[str] | None, noun: str
) -> Iterator[DefinitionIssue]:
    for index, value in enumerate(values):
        if known is not None and value not in known:
            yield DefinitionIssue(f"{path}[{index}]", f"unknown {noun} ‘{value}’")
        elif value in values[:index]:
            yield DefinitionIssue(f"{path}[{index}]", f"‘{value}’ is listed twice")


def _options(path: str, question: Question) -> Iterator[DefinitionIssue]:
    if len(question.options) < 2:
        yield DefinitionIssue(f"{path}.options", "add at least 2 options")
    seen: set[str] = set()
    for index, option in enumerate(question.options):
        at = f"{path}.options[{index}]"
        yield from _key(f"{at}.value", option.value, KEY_MAX)
        if option.value in seen:
            yield DefinitionIssue(f"{at}.value", f"‘{option.value}’ is used by an earlier option")
        elif option.value == OTHER and question.allow_other:
            yield DefinitionIssue(
                f"{at}.value", f"‘{OTHER}’ is kept for the ‘Other’ answer; use another value"
            )
        seen.add(option.value)
        yield from _text(f"{at}.label", option.label, LABEL_MAX)


def _condition(
    path: str, question: Question, earlier: dict[str, Question]
) -> Iterator[DefinitionIssue]:
    condition = question.condition
    if condition is None:
        return
    path = f"{path}.show_if"
    if condition.operator not in tuple(Operator):
        yield DefinitionIssue(f"{path}.operator", f"must be {_quoted(tuple(Operator))}")
    source = earlier.get(condition.question)
    if source is None:
        yield DefinitionIssue(
            f"{path}.question", f"‘{condition.question}’ is not an earlier question"
        )
        return
    kind = QUESTION_TYPES.get(source.type)
    if kind is None or not kind.is_choice:
        yield DefinitionIssue(
            f"{path}.question", f"‘{source.key}’ is not a question with options to choose from"
        )
        return
    values = list(dict.fromkeys(option.value for option in kind.options_for(source)))
    if condition.value not in values:
        yield DefinitionIssue(f"{path}.value", f"must be one of {_quoted(values)}")


def _range(path: str, question: Question) -> Iterator[DefinitionIssue]:
    bounds = {"minimum": question.minimum, "maximum": question.maximum}
    for name, value in bounds.items():
        if value is None:
            continue
        if question.type != "number":
            yield DefinitionIssue(f"{path}.{name}", f"only number questions have a {name}")
        elif decimal_places(value) > NUMBER_DECIMAL_PLACES:
            yield DefinitionIssue(
                f"{path}.{name}", f"must have no more than {NUMBER_DECIMAL_PLACES} decimal places"
            )
        elif too_big(value):
            yield DefinitionIssue(
                f"{path}.{name}",
                f"must have {NUMBER_WHOLE_DIGITS} digits or fewer before the decimal point",
            )
    low, high = bounds.values()
    if question.type == "number" and low is not None and high is not None and low > high:
        yield DefinitionIssue(f"{path}.maximum", "must not be less than the minimum")


def _question(
    path: str,
    question: Question,
    earlier: dict[str, Question],
    pledges: Collection[str] | None,
    areas: Collection[str] | None,
) -> Iterator[DefinitionIssue]:
    yield from _key(f"{path}.key", question.key, KEY_MAX)
    if question.key in earlier:
        yield DefinitionIssue(f"{path}.key", f"‘{question.key}’ is used by an earlier question")
    yield from _text(f"{path}.text", question.text, TEXT_MAX)
    kind = QUESTION_TYPES.get(question.type)
    if kind is None:
        yield DefinitionIssue(
            f"{path}.type",
            f"unknown question type ‘{question.type}’; use one of {_quoted(QUESTION_TYPES)}",
        )
    elif kind.has_custom_options:
        yield from _options(path, question)
    elif question.options:
        yield DefinitionIssue(f"{path}.options", f"{kind.name} questions have fixed options")
    if question.allow_other and not (kind and kind.has_custom_options):
        yield DefinitionIssue(
            f"{path}.allow_other", "only single_choice and multiple_choice can allow ‘Other’"
        )
    yield from _range(path, question)
    yield from _condition(path, question, earlier)
    yield from _slugs(f"{path}.pledges", question.pledges, pledges, "pledge")
    yield from _slugs(f"{path}.areas", question.areas, areas, "area")


def validate_definition(
    definition: SurveyDefinition,
    *,
    audiences: Collection[str] | None = None,
    pledges: Collection[str] | None = None,
    areas: Collection[str] | None = None,
) -> list[DefinitionIssue]:
    """Every structural problem with `definition`; empty when it is ready to open.

    `audiences`, `pledges` and `areas` are the slugs this installation knows (None: any).
    """
    survey = "$.survey"
    issues = [
        *_key(f"{survey}.slug", definition.slug, SLUG_MAX),
        *_text(f"{survey}.title", definition.title, TITLE_MAX),
        *_slugs(f"{survey}.audiences", definition.audiences, audiences, "audience"),
    ]
    if not definition.sections:
        issues.append(DefinitionIssue(f"{survey}.sections", "add at least one section"))
    elif not definition.questions:
        issues.append(DefinitionIssue(f"{survey}.sections", "add at least one question"))
    earlier: dict[str, Question] = {}
    for s, section in enumerate(definition.sections):
        path = f"{survey}.sections[{s}]"
        issues.extend(_text(f"{path}.title", section.title, TITLE_MAX))
        for q, question in enumerate(section.questions):
            issues.extend(_question(f"{path}.questions[{q}]", question, earlier, pledges, areas))
            earlier.setdefault(question.key, question)
    return issues
