"""What one demo survey is, and how, when and where its respondents answer it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from feedback.demo.answering import Tendency
from feedback.demo.writing import CommentBank
from feedback.models import Channel, GroupRole, SurveyStatus
from surveys.model import SurveyDefinition

DEMO_DAY = date(2026, 11, 22)
"""The demo is a snapshot of the two years before this day: no response is dated on or after it."""

EVENINGS = (1, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 5, 5, 5, 4, 4, 4, 4, 5, 8, 10, 10, 7, 3)
"""Parents and carers answer through the day, most of all once children are in bed."""
WORKING_DAY = (0, 0, 0, 0, 0, 0, 0, 1, 4, 8, 9, 9, 8, 9, 9, 8, 7, 4, 2, 2, 1, 1, 0, 0)
"""Staff of schools and organisations answer in working hours, some after school."""
AFTER_SCHOOL = (0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 3, 4, 3, 3, 5, 8, 9, 9, 8, 7, 5, 2, 1)
"""Young people answer in lessons set aside for it, and more after school."""
EVENT_HOURS = (0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 6, 5, 4, 3, 2, 2, 3, 4, 3, 1, 0, 0, 0)
"""Coffee mornings, drop-ins and youth forum sessions; answers typed in as they happen."""
PAPER_HOURS = (0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 6, 6, 4, 5, 6, 5, 3, 0, 0, 0, 0, 0, 0, 0)
"""Paper forms are typed in by staff in office hours."""


@dataclass(frozen=True)
class DemoPicture:
    """A symbol shown with one question in easy read: SVG (made PNG when loaded), and alt text."""

    key: str
    svg: str
    alt: str


@dataclass(frozen=True)
class DemoSurvey:
    """One survey of the demo, its story, and how its respondents behave.

    responses: how many responses the full demo has (smaller demos scale it down).
    groups: co-production groups by slug, with the part they played.
    channels: relative weight of each way responses arrive.
    mood: how positive this audience is overall (0 average, negative less happy).
    hours: relative weight of each hour of the day, for answers given online.
    event_days: days of events where people answered in person (channel "event").
    young_people_mode: asked in young people's mode.
    pictures: symbols shown with questions in easy read.
    easy_read_share: the share of respondents who answered in easy read.
    """

    definition: SurveyDefinition
    status: SurveyStatus
    opens_on: date
    closes_on: date | None
    responses: int
    groups: tuple[tuple[str, GroupRole], ...]
    channels: Mapping[Channel, float]
    mood: float
    tendencies: Mapping[str, Tendency]
    comments: CommentBank
    hours: tuple[int, ...]
    event_days: tuple[date, ...] = ()
    young_people_mode: bool = False
    pictures: tuple[DemoPicture, ...] = ()
    easy_read_share: float = 0.0

    @property
    def last_day(self) -> date:
        """The last day a response can be dated: the closing date, or the day before the demo."""
        before_demo = date.fromordinal(DEMO_DAY.toordinal() - 1)
        return min(self.closes_on, before_demo) if self.closes_on else before_demo
