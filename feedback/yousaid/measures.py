"""Closing-the-loop measures: pure arithmetic over facts read from the database by `loop`.

Three measures say how well the partnership answers what people tell it:

- **themes answered**: of the themes with at least N comments in a closed survey, the share
  with a published response (an action linking that theme and that survey);
- **days to reply**: the median days from a survey's closing date to its first published
  response, over the closed surveys that have one;
- **actions overdue**: of the open actions (not done, not "not doing") with a due date, the share
  whose due date has passed.

Each is a `Measure` with its exact numerator and base and a sentence that states both. No
function here divides by zero: an empty base gives a value of None and says why in words.
The same facts give a value per KPI period (`*_by_period`).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from feedback.reports.display import whole_percent
from stats.kpis import period_end, period_start, shift_period


@dataclass(frozen=True)
class Measure:
    """One closing-the-loop measure: the counts it is built from, its value and the words.

    `value` is a percentage (0–100) for shares and a number of days for the median; None when
    there is nothing to measure yet. `numerator` and `denominator` are the exact counts behind
    it (for the median: the closed surveys with a response, of the closed surveys counted).
    """

    numerator: int
    denominator: int
    value: float | None
    words: str


@dataclass(frozen=True)
class ThemeFact:
    """A theme with at least N comments in a closed survey, and whether it has a response."""

    survey_id: int
    theme_id: int
    closed_on: date | None
    answered: bool


@dataclass(frozen=True)
class SurveyReply:
    """A closed survey: its closing date and the day its first response was published."""

    survey_id: int
    closed_on: date | None
    first_reply: date | None

    @property
    def days(self) -> int | None:
        """Whole days from closing to the first response (0 if it came before the closing
        date); None when either date is missing."""
        if self.closed_on is None or self.first_reply is None:
            return None
        return max(0, (self.first_reply - self.closed_on).days)


@dataclass(frozen=True)
class ActionFact:
    """An action with a due date: when it was made, when it is due, and when it was settled
    (done, or decided not to be done), if it has been."""

    created_on: date
    due_on: date
    settled_on: date | None

    def open_on(self, day: date) -> bool:
        """Whether the action existed and was still open at the end of `day`."""
        return self.created_on <= day and (self.settled_on is None or self.settled_on > day)

    def overdue_on(self, day: date) -> bool:
        """Whether the action was open at the end of `day` with its due date already past."""
        return self.open_on(day) and self.due_on < day


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 theme', '12 themes', '1,234 surveys'."""
    return f"{count:,} {singular if count == 1 else plural_form or singular + 's'}"


def share(numerator: int, denominator: int) -> float | None:
    """numerator ÷ denominator × 100, or None for an empty base."""
    return 100 * numerator / denominator if denominator else None


def days_text(days: float) -> str:
    """'23 days', '1 day', '12.5 days'."""
    shown = f"{days:,.0f}" if days == int(days) else f"{days:,.1f}"
    return f"{shown} day{'' if days == 1 else 's'}"


# Themes answered ---------------------------------------------------------------------------------


def themes_answered(facts: Sequence[ThemeFact], closed_surveys: int, min_comments: int) -> Measure:
    """The share of themes with at least `min_comments` comments in a closed survey that have a
    published response. A theme counts once per survey it was raised in."""
    answered = sum(fact.answered for fact in facts)
    if not closed_surveys:
        words = "No closed surveys yet"
    elif not facts:
        words = (
            f"No theme has {min_comments:,} or more comments in a closed survey yet "
            f"({plural(closed_surveys, 'closed survey')})"
        )
    else:
        words = (
            f"{answered:,} of {plural(len(facts), 'theme')} "
            f"({whole_percent(share(answered, len(facts)))}) with {min_comments:,} or more "
            f"comments in a closed survey {'has' if len(facts) == 1 else 'have'} a published "
            "response"
        )
    return Measure(answered, len(facts), share(answered, len(facts)), words)


def themes_answered_by_period(facts: Iterable[ThemeFact], kind: str) -> dict[date, tuple[int, int]]:
    """(themes answered, themes) for each period, by the period surveys closed in. Themes of
    surveys without a closing date belong to no period."""
    periods: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for fact in facts:
        if fact.closed_on is None:
            continue
        counts = periods[period_start(fact.closed_on, kind)]
        counts[0] += fact.answered
        counts[1] += 1
    return {start: (top, bottom) for start, (top, bottom) in periods.items()}


# Days to reply -----------------------------------------------------------------------------------


def days_to_reply(replies: Sequence[SurveyReply]) -> Measure:
    """The median days from a survey's closing date to its first published response, over the
    closed surveys with both; says how many have no response yet and how many have no date."""
    if not replies:
        return Measure(0, 0, None, "No closed surveys yet")
    undated = sum(reply.closed_on is None for reply in replies)
    dated = [reply for reply in replies if reply.closed_on is not None]
    days = [reply.days for reply in dated if reply.days is not None]
    waiting = len(dated) - len(days)
    if days:
        median = statistics.median(days)
        words = (
            f"Median {days_text(median)} from a survey closing to its first published "
            f"response, over {plural(len(days), 'closed survey')} with one"
        )
    elif dated:
        median = None
        words = "No closed survey has a published response yet"
    else:
        median = None
        words = "No closed survey has a closing date yet"
    notes = []
    if days and waiting:
        notes.append(f"{plural(waiting, 'closed survey')} {_has(waiting)} none yet")
    elif not days and waiting:
        notes.append(f"{plural(waiting, 'closed survey')} waiting")
    if undated:
        notes.append(
            f"{plural(undated, 'closed survey')} {_has(undated)} no closing date, so "
            f"{'it is' if undated == 1 else 'they are'} not counted"
        )
    if notes:
        words += f" ({'; '.join(notes)})"
    return Measure(len(days), len(dated), median, words)


def _has(count: int) -> str:
    return "has" if count == 1 else "have"


def days_to_reply_by_period(replies: Iterable[SurveyReply], kind: str) -> dict[date, float]:
    """The median days to the first response, by the period the surveys closed in (over the
    surveys with one; periods with none are left out)."""
    periods: dict[date, list[int]] = defaultdict(list)
    for reply in replies:
        if reply.days is not None:
            periods[period_start(reply.closed_on, kind)].append(reply.days)
    return {start: float(statistics.median(days)) for start, days in periods.items()}


# Actions overdue ---------------------------------------------------------------------------------


def actions_overdue(facts: Sequence[ActionFact], today: date) -> Measure:
    """The share of actions open today with a due date whose due date has passed."""
    open_now = [fact for fact in facts if fact.open_on(today)]
    overdue = sum(fact.overdue_on(today) for fact in open_now)
    value = share(overdue, len(open_now))
    if not open_now:
        words = "No open actions with a due date"
    else:
        words = (
            f"{overdue:,} of {plural(len(open_now), 'open action')} with a due date "
            f"({whole_percent(value)}) {'is' if overdue == 1 else 'are'} overdue"
        )
    return Measure(overdue, len(open_now), value, words)


def actions_overdue_by_period(
    facts: Sequence[ActionFact], kind: str, today: date
) -> dict[date, tuple[int, int]]:
    """(overdue, open with a due date) at the end of each period from the first action's to
    today's (the current period is counted at the end of `today`). Periods with no open action
    are left out."""
    if not facts:
        return {}
    periods = {}
    start = period_start(min(fact.created_on for fact in facts), kind)
    while start <= today:
        day = min(period_end(start, kind), today)
        open_then = [fact for fact in facts if fact.open_on(day)]
        if open_then:
            periods[start] = (sum(fact.overdue_on(day) for fact in open_then), len(open_then))
        start = shift_period(start, kind, 1)
    return periods
