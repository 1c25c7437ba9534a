"""Checking every row of a file against the survey and turning it into answers. Pure Python.

Each cell is read the way the respondent's form would be: option labels become option values and
numbers, ratings and text are validated by the engine's question types (`surveys.types`). Blank
answers are allowed even where the question is required, because paper forms have gaps. An answer
to a question the survey's skip logic would not have asked is a problem. Every problem in the
file is collected, so one attempt shows them all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from feedback.imports.matching import (
    Choices,
    FieldPlan,
    Plan,
    Target,
    Use,
    automatic_mapping,
    is_other,
    option_lookup,
    plan_columns,
)
from feedback.imports.names import comparable
from feedback.imports.problems import Problem, shorten
from feedback.imports.reading import Column, ResponseFile, column_letter, read_file
from surveys.model import OTHER, Answer, Operator, SurveyDefinition
from surveys.routing import asked_questions
from surveys.types import get_type

SEVERAL_ANSWERS = re.compile(r"\s*[;\n]\s*")
LABELS_LISTED = 8
US_DATE_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y",
)


def parse_submitted_at(raw: str) -> datetime:
    """A time as SurveyMonkey writes it (month first: "11/03/2026 10:15:02 AM" is 3 November)
    or in ISO 8601 ("2026-11-03T10:15:02"), as UTC without tzinfo; ValueError otherwise."""
    text = " ".join(raw.split())
    for date_format in US_DATE_FORMATS:
        try:
            return datetime.strptime(text, date_format)
        except ValueError:
            continue
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"‘{shorten(text, 40)}’ is not a date and time like 11/03/2026 10:15:02 AM "
            "(month first, as SurveyMonkey writes it) or 2026-11-03 10:15"
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


@dataclass(frozen=True)
class CheckedRow:
    """One row as it will be stored: its answers by question key, and when it was sent."""

    row: int
    answers: dict[str, Answer]
    submitted_at: datetime | None


class _Refused(ValueError):
    """A cell that cannot be an answer to its question."""

    def __init__(self, column: Column, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def _lowered(message: str) -> str:
    return message[:1].lower() + message[1:]


class FieldReader:
    """Turns a field's cells in one row into an answer to its question."""

    def __init__(self, plan: FieldPlan) -> None:
        question = plan.target.question
        self.plan = plan
        self.question = replace(question, required=False)  # imports may leave any answer blank
        self.kind = get_type(question.type)
        options = self.kind.options_for(question)
        self.options = option_lookup(options)
        labels = [option.label for option in options]
        listed = "; ".join(labels[:LABELS_LISTED]) + ("; …" if len(labels) > LABELS_LISTED else "")
        self.answers_listed = listed

    def read(self, cells: Sequence[str]) -> Answer:
        """The answer in `cells` (a whole row); `_Refused` if it cannot be one."""
        values: list[tuple[Column, str]] = []
        ticked: list[str] = []
        other = ""
        other_column = self.plan.field.columns[0]
        for column_plan in self.plan.columns:
            column = column_plan.column
            cell = cells[column.index].strip() if column.index < len(cells) else ""
            if not cell:
                continue
            if column_plan.use == Use.VALUE:
                values.append((column, cell))
            elif column_plan.use == Use.OPTION:
                ticked.append(column_plan.option)
            else:
                other, other_column = cell, column
        if not (values or ticked or other):
            return Answer()
        if not self.kind.is_choice:
            column, raw = values[0]
            return self._validated({"answer": [raw]}, {"answer": (column, raw)})
        return self._choice(values, ticked, (other_column, other))

    def _choice(
        self, values: list[tuple[Column, str]], ticked: list[str], other: tuple[Column, str]
    ) -> Answer:
        choices = list(ticked)
        for value_column, raw in values:
            for item in self._items(raw):
                value, other_text = self._option(value_column, item)
                choices.append(value)
                if other_text:
                    other = (value_column, other_text)
        other_column, other_text = other
        if other_text and OTHER not in choices:
            choices.append(OTHER)
        chosen = list(dict.fromkeys(choices))
        column = values[0][0] if values else other_column
        if not self.kind.multiple and len(chosen) > 1:
            raise _Refused(column, f"only one answer is allowed, but there are {len(chosen)}")
        if OTHER in chosen and not other_text:
            raise _Refused(column, "‘Other’ is chosen, but nothing says what it is")
        raw = "; ".join(value for _column, value in values)
        return self._validated(
            {"answer": chosen, "other": [other_text]},
            {"answer": (column, raw), "other": other},
        )

    def _items(self, raw: str) -> list[str]:
        """A cell's answers: the whole cell if it is one option, else its parts split at
        semicolons and line breaks (multiple choice only)."""
        if not self.kind.multiple or comparable(raw) in self.options:
            return [raw]
        return [item for item in SEVERAL_ANSWERS.split(raw) if item]

    def _option(self, column: Column, item: str) -> tuple[str, str]:
        """The option value `item` stands for, and any "Other: …" text it carries."""
        value = self.options.get(comparable(item))
        if value is not None:
            return value, ""
        if self.question.allow_other and is_other(item):
            _other, _colon, text = item.partition(":")
            return OTHER, text.strip()
        raise _Refused(
            column, f"‘{shorten(item, 40)}’ is not one of the answers ({self.answers_listed})"
        )

    def _validated(
        self, posted: Mapping[str, list[str]], sources: Mapping[str, tuple[Column, str]]
    ) -> Answer:
        """The engine's answer to what was `posted`; `sources` says which column and cell each
        posted field came from, to name them in a problem."""
        result = self.kind.validate(self.question, posted)
        if result.errors:
            error = result.errors[0]
            column, raw = sources.get(error.field, sources["answer"])
            reason = _lowered(error.message)
            raise _Refused(column, f"‘{shorten(raw, 40)}’ is not accepted: {reason}")
        assert result.answer is not None
        return result.answer


def _skip_reason(definition: SurveyDefinition, key: str) -> str:
    """Why the question `key` was not asked, from its condition."""
    condition = definition.question(key).condition
    if condition is None:
        return "has an answer, but the survey does not ask this question"
    source = definition.question(condition.question)
    labels = {option.value: option.label for option in get_type(source.type).options_for(source)}
    verb = "is" if condition.operator == Operator.IS else "is not"
    answer = labels.get(condition.value, condition.value)
    return (
        "has an answer, but the survey only asks this question when the answer to "
        f"‘{shorten(source.text)}’ {verb} ‘{answer}’"
    )


@dataclass(frozen=True)
class Examined:
    """A file read, matched and checked: what would be stored, and every problem."""

    file: ResponseFile
    plan: Plan
    rows: tuple[CheckedRow, ...]
    row_problems: tuple[Problem, ...]

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Problems with the headings, then with the rows, in file order."""
        return self.plan.problems + self.row_problems


def check_rows(
    file: ResponseFile, plan: Plan, definition: SurveyDefinition
) -> tuple[list[CheckedRow], list[Problem]]:
    """Every row without problems as answers, and every problem in the rows."""
    readers = [FieldReader(field_plan) for field_plan in plan.fields]
    checked: list[CheckedRow] = []
    problems: list[Problem] = []
    for number, cells in file.rows:
        found: list[Problem] = []
        if any(cell.strip() for cell in cells[file.width :]):
            last = column_letter(file.width - 1)
            found.append(Problem(number, f"has answers after column {last}, the last heading"))
        answers: dict[str, Answer] = {}
        for reader in readers:
            try:
                answer = reader.read(cells)
            except _Refused as refused:
                found.append(Problem(number, refused.message, refused.column))
                continue
            if not answer.is_empty:
                answers[reader.plan.target.key] = answer
        asked = {question.key for question in asked_questions(definition, answers)}
        for reader in readers:
            key = reader.plan.target.key
            if key in answers and key not in asked:
                column = reader.plan.field.columns[0]
                found.append(Problem(number, _skip_reason(definition, key), column))
        submitted_at = None
        if file.submitted_at is not None:
            column = file.submitted_at
            raw = cells[column.index].strip() if column.index < len(cells) else ""
            try:
                submitted_at = parse_submitted_at(raw) if raw else None
            except ValueError as error:
                found.append(Problem(number, str(error), column))
        if found:
            problems.extend(found)
        else:
            checked.append(CheckedRow(number, answers, submitted_at))
    return checked, problems


def examine(
    content: bytes,
    max_mb: int,
    definition: SurveyDefinition,
    targets: Sequence[Target],
    choices: Choices | None = None,
) -> Examined:
    """Read `content`, match its columns to `targets` (overridden by `choices`) and check every
    row against `definition`. Raises `reading.UnreadableFile` if it cannot be read at all."""
    file = read_file(content, max_mb)
    plan = plan_columns(file, targets, automatic_mapping(file, targets) | dict(choices or {}))
    rows, problems = check_rows(file, plan, definition)
    return Examined(file, plan, tuple(rows), tuple(problems))
