"""Matching a file's columns to a survey's questions, and planning how each column is read.

Pure Python. A column matches a question when its heading is the question's key or text (or an
alias, such as "audience"), compared by `names.comparable`. Staff can override the match for any
column, or choose not to import it; a column that matches nothing, or more than one question,
is a problem until they do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from feedback.imports.names import comparable
from feedback.imports.problems import Problem, shorten
from feedback.imports.reading import VALUE_SUB_HEADINGS, Column, Field, ResponseFile
from surveys.model import OTHER, Option, Question
from surveys.types import get_type

DO_NOT_IMPORT = "-"
"""The mapping choice that leaves a column out (question keys never start with "-")."""

Choices = Mapping[int, str]
"""A choice per field: field id to question key, or `DO_NOT_IMPORT`."""


@dataclass(frozen=True)
class Target:
    """A question columns can be imported into, and the names a heading may give it."""

    question: Question
    label: str
    names: frozenset[str]

    @property
    def key(self) -> str:
        """The question's key."""
        return self.question.key


def question_target(question: Question, aliases: Iterable[str] = (), label: str = "") -> Target:
    """A target matched by the question's key, its text, or any of `aliases`."""
    names = {comparable(name) for name in (question.key, question.text, *aliases)}
    return Target(question, label or f"{question.text} ({question.key})", frozenset(names))


def option_lookup(options: Iterable[Option]) -> dict[str, str]:
    """Option values by the comparable form of their labels and values (labels win)."""
    options = tuple(options)
    lookup = {comparable(option.value): option.value for option in options}
    lookup.update({comparable(option.label): option.value for option in options})
    return lookup


def is_other(text: str) -> bool:
    """True for headings and answers that stand for "Other", like "Other (please specify)"."""
    name = comparable(text)
    return name == "other" or name.startswith(("other ", "other(", "other,", "other:"))


def matching_targets(heading: str, targets: Sequence[Target]) -> list[Target]:
    """The targets a heading names: those whose key it is, else those whose text or alias."""
    name = comparable(heading)
    if not name:
        return []
    by_key = [target for target in targets if comparable(target.key) == name]
    return by_key or [target for target in targets if name in target.names]


def automatic_mapping(file: ResponseFile, targets: Sequence[Target]) -> dict[int, str]:
    """The question each field's heading names, for the fields that name exactly one."""
    mapping = {}
    for field in file.fields:
        found = matching_targets(field.heading, targets)
        if len(found) == 1:
            mapping[field.id] = found[0].key
    return mapping


class Use(StrEnum):
    """What a column's cells hold."""

    VALUE = "value"  # the answer itself: option labels or values, a number or text
    OPTION = "option"  # a SurveyMonkey option column: any text there ticks `option`
    OTHER = "other"  # the text of "Other, please specify"


@dataclass(frozen=True)
class ColumnPlan:
    """How one column is read."""

    column: Column
    use: Use
    option: str = ""


@dataclass(frozen=True)
class FieldPlan:
    """A field to import, the question it answers and how each of its columns is read."""

    field: Field
    target: Target
    columns: tuple[ColumnPlan, ...]


@dataclass(frozen=True)
class Plan:
    """How a file is imported: the fields to read, the fields left out, and the problems with
    its headings. `choices` holds every field's question key or `DO_NOT_IMPORT`, where known."""

    fields: tuple[FieldPlan, ...]
    skipped: tuple[Field, ...]
    choices: dict[int, str]
    problems: tuple[Problem, ...]


def _unmatched(field: Field, targets: Sequence[Target]) -> Problem:
    if not field.heading:
        message = "this column has answers but no heading: give it a question’s key or text"
    elif len(found := matching_targets(field.heading, targets)) > 1:
        keys = ", ".join(f"‘{target.key}’" for target in found)
        message = f"more than one question has this text ({keys}): use the question’s key instead"
    else:
        message = "no question in this survey has this key or text"
    return Problem(1, message, field.columns[0], field.id)


def _column_plan(field: Field, column: Column, target: Target, row: int) -> ColumnPlan | Problem:
    sub_heading = comparable(column.sub_heading)
    if sub_heading in VALUE_SUB_HEADINGS:
        return ColumnPlan(column, Use.VALUE)
    question = target.question
    value = option_lookup(get_type(question.type).options_for(question)).get(sub_heading)
    if value == OTHER or (value is None and question.allow_other and is_other(sub_heading)):
        return ColumnPlan(column, Use.OTHER)
    if value is not None:
        return ColumnPlan(column, Use.OPTION, value)
    message = f"‘{shorten(column.sub_heading)}’ is not one of the answers to ‘{target.key}’"
    if is_other(sub_heading):
        message = f"question ‘{target.key}’ has no ‘Other’ answer"
    return Problem(row, message, column, field.id)


def plan_columns(file: ResponseFile, targets: Sequence[Target], mapping: Choices) -> Plan:
    """Plan the import of `file` with `mapping`; fields it leaves out, or maps to a question
    another field already answers, are problems."""
    by_key = {target.key: target for target in targets}
    answered: dict[str, Field] = {}
    plans, skipped, problems = [], [], []
    choices = {field.id: choice for field in file.fields if (choice := mapping.get(field.id))}
    for field in file.fields:
        choice = choices.get(field.id)
        if choice == DO_NOT_IMPORT:
            skipped.append(field)
            continue
        target = by_key.get(choice or "")
        if target is None:
            choices.pop(field.id, None)
            problems.append(_unmatched(field, targets))
            continue
        if target.key in answered:
            first = answered[target.key]
            message = f"column {first.letters} already answers ‘{target.key}’"
            problems.append(Problem(1, message, field.columns[0], field.id))
            continue
        answered[target.key] = field
        columns = [
            _column_plan(field, column, target, file.header_rows) for column in field.columns
        ]
        column_problems = [plan for plan in columns if isinstance(plan, Problem)]
        problems.extend(column_problems)
        if not column_problems:
            plans.append(FieldPlan(field, target, tuple(columns)))
    return Plan(tuple(plans), tuple(skipped), choices, tuple(problems))
