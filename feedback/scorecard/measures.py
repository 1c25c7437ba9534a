"""How a pledge is measured: the share of positive answers to its questions, wave by wave.

Pure functions over results already counted (`feedback.reports.results`): no database here.

A question measures a pledge when it has a positive answer: the top two boxes of a scale
(agreement or satisfaction), or "Yes" (a yes/no question, or a choice question with a "Yes"
option). Questions asked again with the same key and type, to the same audiences, are one
measure; each survey that asked it is a wave, oldest first (as in `feedback.reports.waves`).

What a reader sees of each wave follows `PublishRule`: staff see every figure; the public see
only what the published results page shows (`feedback.reports.publish.question_record`), so a
percentage appears only when its base and every count it is built on are published.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from feedback.models import Survey
from feedback.reports.display import change_text, option_names, whole_percent
from feedback.reports.publish import PublishRule, question_record
from feedback.reports.results import POSITIVE, Measure, QuestionResult, share
from feedback.reports.waves import Change, Wave
from stats.proportions import two_proportion_test
from stats.suppression import SUPPRESSED, publishable_percent

YES = "yes"
"""The option value counted as positive in questions that are not scales."""


def positive_values(result: QuestionResult) -> frozenset[str]:
    """The answers counted as positive: a scale's top two boxes, else "yes" if it is offered."""
    if result.positive is not None:
        return result.positive_values
    return frozenset({YES}) if result.option(YES) is not None else frozenset()


def measures_pledge(result: QuestionResult) -> bool:
    """Whether a question's results give a positive share to report against a pledge."""
    return bool(positive_values(result))


def positive_label(result: QuestionResult) -> str:
    """The positive answers in words, like "‘Strongly agree’ or ‘Agree’"."""
    values = positive_values(result)
    return option_names(option for option in result.options if option.value in values)


@dataclass(frozen=True)
class Point:
    """One wave of a measure as its reader may see it: None wherever a figure is hidden."""

    survey: Survey
    opened: date
    answered: int | None
    base: int | None
    positive: int | None
    percent: float | None

    @property
    def has_answers(self) -> bool:
        """False only when nobody answered (a hidden number of people did answer)."""
        return self.answered != 0

    @property
    def shown(self) -> bool:
        """True when the percentage positive can be shown."""
        return self.percent is not None

    @property
    def text(self) -> str:
        """The result with its base, like "53% of 150 who answered", or "[c]" when hidden."""
        if not self.shown:
            return SUPPRESSED
        return f"{whole_percent(self.percent)} of {self.base:,} who answered"


def point(wave: Wave, rule: PublishRule) -> Point:
    """A wave's positive share as `rule` lets it be published (every figure for staff)."""
    result = wave.result
    record = question_record(result, rule)
    counts = {
        option.value: shown["count"]
        for option, shown in zip(result.options, record["options"], strict=True)
    }
    positive = [counts[value] for value in positive_values(result)]
    count = None if None in positive else sum(positive)
    return Point(
        survey=wave.survey,
        opened=wave.opened,
        answered=record["n"],
        base=record["base"],
        positive=count,
        percent=publishable_percent(count, record["base"]),
    )


@dataclass(frozen=True)
class PledgeMeasure:
    """A question measuring a pledge, in every wave that asked it, oldest first."""

    key: str
    text: str
    audiences: str
    positive_label: str
    points: tuple[Point, ...]
    change: Change | None

    @property
    def answered(self) -> tuple[Point, ...]:
        """The waves in which someone answered, oldest first."""
        return tuple(found for found in self.points if found.has_answers)

    @property
    def latest(self) -> Point | None:
        """The most recent wave in which someone answered."""
        answered = self.answered
        return answered[-1] if answered else None

    @property
    def trend(self) -> str:
        """Each answered wave's percentage positive, oldest first, like "48% → 55%"."""
        return " → ".join(
            whole_percent(found.percent) if found.shown else SUPPRESSED for found in self.answered
        )

    @property
    def change_text(self) -> str | None:
        """The change from the previous wave in a sentence, with whether it is more than chance.

        Like: Up 6 points, from 52% to 58%; this change is statistically significant (p = 0.010)
        """
        if self.change is None:
            return None
        text = change_text(self.change)
        return text[0].upper() + text[1:]


def latest_change(points: Sequence[Point]) -> Change | None:
    """The change from the wave before the latest answered one, when both can be shown."""
    answered = [found for found in points if found.has_answers]
    if len(answered) < 2:
        return None
    before, now = answered[-2], answered[-1]
    if not (before.shown and now.shown):
        return None
    test = two_proportion_test(before.positive, before.base, now.positive, now.base)
    previous, current = share(before.positive, before.base), share(now.positive, now.base)
    return Change(Measure(POSITIVE, "Positive", current), previous, current, test)


def pledge_measure(waves: Sequence[Wave], audiences: str, rule: PublishRule) -> PledgeMeasure:
    """One measure from the waves of a question (at least one), in any order."""
    ordered = sorted(waves, key=lambda wave: (wave.opened, wave.survey.id))
    points = tuple(point(wave, rule) for wave in ordered)
    newest = ordered[-1].result
    return PledgeMeasure(
        key=newest.key,
        text=newest.text,
        audiences=audiences,
        positive_label=positive_label(newest),
        points=points,
        change=latest_change(points),
    )
