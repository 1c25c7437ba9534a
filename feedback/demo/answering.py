"""How a demo respondent answers a survey: walking it as the engine routes it, question by question.

Each respondent has a `mood` (0 is average; positive is happier with their support). Scales,
ratings and yes/no questions lean with the mood, so satisfaction, agreement and comments agree
with each other. Every answer goes through the engine's own validation, so demo answers are
exactly what the survey would accept from a real respondent.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from surveys.model import OTHER, Answer, Question, SurveyDefinition
from surveys.routing import next_question
from surveys.types import get_type

DONT_KNOW = "dont_know"
DONT_KNOW_CHANCE = 0.04
NOT_SURE = "not_sure"
NOT_SURE_CHANCE = 0.06
NOISE = 0.8
FIVE_POINT_CUTS = (1.2, 0.4, -0.4, -1.2)
THREE_POINT_CUTS = (0.5, -0.5)


@dataclass(frozen=True)
class Tendency:
    """How demo respondents tend to answer one question.

    shift: for scales, ratings and ordinal choices, how much better (+) or worse (−) this
        aspect is than the respondent's mood in general.
    yes: for yes/no, the chance of "yes" for a respondent of average mood.
    mood_effect: for yes/no and numbers, how strongly mood moves the answer
        (negative when a happier respondent is less likely to say yes, or gives a smaller number).
    weights: for single choice, the relative weight of each option (then "Other", if allowed);
        for multiple choice, the chance of ticking each option (then "Other").
    ordinal: single choice whose options run from best to worst, answered like a scale.
    median, spread: for numbers, the typical answer and how widely answers vary (log-normal).
    blank: for optional questions, the chance of leaving it blank.
    others: what respondents write when they pick "Other".
    """

    shift: float = 0.0
    yes: float = 0.5
    mood_effect: float = 0.0
    weights: tuple[float, ...] = ()
    ordinal: bool = False
    median: float = 10.0
    spread: float = 0.6
    blank: float = 0.3
    others: tuple[str, ...] = ()


DEFAULT_TENDENCY = Tendency()

CommentWriter = Callable[[random.Random, Question, float, Mapping[str, Answer]], str]
"""Writes free text for a question, given the respondent's mood and answers so far."""


def _logistic(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _level(latent: float, cuts: tuple[float, ...]) -> int:
    """0 for the best level, rising as `latent` falls below each cut."""
    return sum(latent <= cut for cut in cuts)


class Respondent:
    """One made-up respondent: a mood, a random source and a way to write comments."""

    def __init__(self, rng: random.Random, mood: float, write: CommentWriter) -> None:
        self.rng = rng
        self.mood = mood
        self.write = write

    def answer_survey(
        self, definition: SurveyDefinition, tendencies: Mapping[str, Tendency]
    ) -> dict[str, Answer]:
        """Answers to every question the engine asks this respondent, in order.

        Optional questions left blank have no entry; skipped questions are never answered.
        """
        answers: dict[str, Answer] = {}
        question = next_question(definition, answers, None)
        while question is not None:
            tendency = tendencies.get(question.key, DEFAULT_TENDENCY)
            answer = self.answer(question, tendency, answers)
            if not answer.is_empty:
                answers[question.key] = answer
            question = next_question(definition, answers, question.key)
        return answers

    def answer(
        self, question: Question, tendency: Tendency, answers: Mapping[str, Answer]
    ) -> Answer:
        """One answer, checked by the engine exactly as a posted form would be."""
        if not question.required and self.rng.random() < tendency.blank:
            return Answer()
        values = self._posted(question, tendency, answers)
        result = get_type(question.type).validate(question, values)
        if result.errors:
            raise ValueError(f"demo answer to ‘{question.key}’ is invalid: {result.errors}")
        return result.answer

    def _latent(self, tendency: Tendency) -> float:
        return self.mood + tendency.shift + self.rng.gauss(0, NOISE)

    def _posted(
        self, question: Question, tendency: Tendency, answers: Mapping[str, Answer]
    ) -> dict[str, list[str]]:
        kind = question.type
        if kind in ("agreement", "satisfaction"):
            return {"answer": [self._scale(question, tendency)]}
        if kind == "yes_no":
            return {"answer": [self._yes_no(tendency)]}
        if kind == "faces":
            options = get_type(kind).options_for(question)
            return {"answer": [options[_level(self._latent(tendency), THREE_POINT_CUTS)].value]}
        if kind == "rating":
            rating = round(5 + 2 * self._latent(tendency))
            return {"answer": [str(min(10, max(0, rating)))]}
        if kind == "number":
            return {"answer": [self._number(question, tendency)]}
        if kind in ("short_text", "long_text"):
            text = self.write(self.rng, question, self.mood, answers)
            return {"answer": [text]}
        if kind == "single_choice":
            return self._single(question, tendency)
        if kind == "multiple_choice":
            return self._multiple(question, tendency)
        raise ValueError(f"the demo cannot answer questions of type ‘{kind}’")

    def _scale(self, question: Question, tendency: Tendency) -> str:
        options = get_type(question.type).options_for(question)
        if options[-1].value == DONT_KNOW and self.rng.random() < DONT_KNOW_CHANCE:
            return DONT_KNOW
        return options[_level(self._latent(tendency), FIVE_POINT_CUTS)].value

    def _yes_no(self, tendency: Tendency) -> str:
        if self.rng.random() < NOT_SURE_CHANCE:
            return NOT_SURE
        chance = _logistic(_logit(tendency.yes) + tendency.mood_effect * self.mood)
        return "yes" if self.rng.random() < chance else "no"

    def _number(self, question: Question, tendency: Tendency) -> str:
        typical = math.log(max(tendency.median, 1))
        value = math.exp(
            typical + tendency.mood_effect * self.mood + self.rng.gauss(0, tendency.spread)
        )
        low = question.minimum if question.minimum is not None else Decimal(0)
        high = question.maximum if question.maximum is not None else Decimal(10**6)
        return str(min(high, max(low, Decimal(round(value)))))

    def _choices(self, question: Question) -> list[str]:
        values = [option.value for option in question.options]
        return [*values, OTHER] if question.allow_other else values

    def _other_text(self, question: Question, tendency: Tendency) -> list[str]:
        return [self.rng.choice(tendency.others or ("Something else",))]

    def _single(self, question: Question, tendency: Tendency) -> dict[str, list[str]]:
        choices = self._choices(question)
        if tendency.ordinal:
            cuts = THREE_POINT_CUTS if len(choices) == 3 else FIVE_POINT_CUTS[: len(choices) - 1]
            chosen = choices[_level(self._latent(tendency), cuts)]
        else:
            weights = tendency.weights or (1.0,) * len(choices)
            chosen = self.rng.choices(choices, weights=weights[: len(choices)])[0]
        other = self._other_text(question, tendency) if chosen == OTHER else []
        return {"answer": [chosen], "other": other}

    def _multiple(self, question: Question, tendency: Tendency) -> dict[str, list[str]]:
        choices = self._choices(question)
        chances = tendency.weights or (0.3,) * len(choices)
        chosen = [c for c, p in zip(choices, chances, strict=False) if self.rng.random() < p]
        if not chosen and question.required:
            chosen = [self.rng.choices(choices, weights=chances[: len(choices)])[0]]
        other = self._other_text(question, tendency) if OTHER in chosen else []
        return {"answer": chosen, "other": other}
