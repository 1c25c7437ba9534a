"""Skip logic: which questions a respondent is asked, given the answers so far.

A question with a condition is asked only if the question the condition refers to was
itself asked, and its answer `is` (or `is_not`) the condition's value. A blank answer
counts as "not" any value.
"""

from __future__ import annotations

from collections.abc import Mapping

from surveys.model import Answer, Operator, Option, Question, SurveyDefinition
from surveys.types import QUESTION_TYPES

Answers = Mapping[str, Answer]


def answer_values(question: Question, answer: Answer) -> frozenset[str]:
    """The option values an answer stands for, as conditions compare them."""
    values = set(answer.choices)
    if question.type == "rating" and answer.number is not None:
        values.add(f"{answer.number.normalize():f}")
    return frozenset(values)


def asked_questions(definition: SurveyDefinition, answers: Answers) -> list[Question]:
    """The questions the respondent is asked, in order."""
    asked: dict[str, Question] = {}
    for question in definition.questions:
        condition = question.condition
        if condition is not None:
            source = asked.get(condition.question)
            if source is None:
                continue
            chosen = condition.value in answer_values(source, answers.get(source.key, Answer()))
            if chosen != (condition.operator == Operator.IS):
                continue
        asked[question.key] = question
    return list(asked.values())


def is_asked(definition: SurveyDefinition, answers: Answers, key: str) -> bool:
    """True when the question with `key` is asked, given `answers`."""
    return key in _asked_keys(definition, answers)


def _asked_keys(definition: SurveyDefinition, answers: Answers) -> set[str]:
    return {question.key for question in asked_questions(definition, answers)}


def _position(definition: SurveyDefinition, key: str) -> int:
    """Where the question with `key` comes in the survey; KeyError if it is not there."""
    for index, question in enumerate(definition.questions):
        if question.key == key:
            return index
    raise KeyError(key)


def next_question(
    definition: SurveyDefinition, answers: Answers, after_key: str | None
) -> Question | None:
    """The first asked question after `after_key` (the very first when None), or None."""
    start = 0 if after_key is None else _position(definition, after_key) + 1
    asked = _asked_keys(definition, answers)
    return next((q for q in definition.questions[start:] if q.key in asked), None)


def previous_question(
    definition: SurveyDefinition, answers: Answers, before_key: str
) -> Question | None:
    """The last asked question before `before_key`, or None at the start."""
    end = _position(definition, before_key)
    asked = _asked_keys(definition, answers)
    return next((q for q in reversed(definition.questions[:end]) if q.key in asked), None)


def prune(definition: SurveyDefinition, answers: Answers) -> dict[str, Answer]:
    """`answers` without those to questions that are no longer asked."""
    asked = _asked_keys(definition, answers)
    return {key: answer for key, answer in answers.items() if key in asked}


def first_missing(definition: SurveyDefinition, answers: Answers) -> Question | None:
    """The first asked, required question without an answer, or None if there is none."""
    for question in asked_questions(definition, answers):
        answer = answers.get(question.key)
        if question.required and (answer is None or answer.is_empty):
            return question
    return None


def condition_sources(
    definition: SurveyDefinition, key: str
) -> list[tuple[Question, tuple[Option, ...]]]:
    """Earlier choice questions that a condition on `key` may refer to, with their options.

    A `key` not yet in the survey (a question being added at the end) may refer to any.
    """
    sources = []
    for question in definition.questions:
        if question.key == key:
            break
        kind = QUESTION_TYPES.get(question.type)
        if kind is not None and kind.is_choice:
            sources.append((question, kind.options_for(question)))
    return sources
