"""The co-production report, and a survey's record as its pages show it.

The report counts surveys that are open, closed or archived (drafts and surveys in review are
work in progress) and actions that are published. Each share is out of every counted survey or
action, recorded or not, so work with no record counts against the share.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import load_only

from feedback.coproduction.record import (
    LEVEL_NAMES,
    NOT_RECORDED,
    STAGE_NAMES,
    Share,
    co_authors_first,
    co_produced_share,
    first_involved_label,
    join_words,
    level_counts,
    record_line,
    stage_summary,
)
from feedback.extensions import db
from feedback.models import Action, Level, Stage, Survey, SurveyStatus

COUNTED_STATUSES = (SurveyStatus.OPEN, SurveyStatus.CLOSED, SurveyStatus.ARCHIVED)
SURVEY_BASE = "surveys that are open, closed or archived"
ACTION_BASE = "published actions"
NO_STAGES = "No stages recorded"
LEVEL_ORDER = [*reversed(Level), None]
"""The report's rows: co-produce first, down the ladder, then not recorded."""


# A survey's record ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordView:
    """A survey's record as the staff survey page shows it."""

    line: str
    level: str
    first_involved: str
    groups: str


def record_view(survey: Survey) -> RecordView:
    """The record of `survey` in words, with "Not recorded yet" for what is missing."""
    level = survey.coproduction_level
    return RecordView(
        line=record_line(survey) or NOT_RECORDED,
        level=LEVEL_NAMES[level] if level else NOT_RECORDED,
        first_involved=first_involved_label(survey.first_involved),
        groups=join_words(
            [
                f"{link.group.name} ({link.role.label.lower()})"
                for link in co_authors_first(survey.group_links)
            ]
        )
        or "No groups",
    )


# The report ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CoproductionSummary:
    """The shares of surveys and of actions that reached co-production.

    `surveys` is out of every survey that is open, closed or archived; `actions` out of every
    published action. Each `Share` has `count`, `base`, `percent` and `text` ("3 of 5 surveys
    (60%)").
    """

    surveys: Share
    actions: Share


@dataclass(frozen=True)
class ReportRow:
    """One row of a report table: a level or a stage, and how many surveys and actions."""

    label: str
    surveys: int
    actions: int


@dataclass(frozen=True)
class CoproductionReport:
    """The summary, the levels reached and the stage at which families first came in."""

    summary: CoproductionSummary
    levels: list[ReportRow]
    first_stages: list[ReportRow]

    @property
    def survey_base(self) -> int:
        """How many surveys are counted."""
        return self.summary.surveys.base

    @property
    def action_base(self) -> int:
        """How many actions are counted."""
        return self.summary.actions.base


def counted_surveys() -> list[Survey]:
    """Surveys that are open, closed or archived: the base of the report."""
    query = (
        select(Survey)
        .options(load_only(Survey.coproduction_level, Survey.coproduction_stages))
        .where(Survey.status.in_(COUNTED_STATUSES))
    )
    return list(db.session.scalars(query))


def counted_actions() -> list[Action]:
    """Published actions: the base of the report."""
    query = (
        select(Action)
        .options(load_only(Action.coproduction_level, Action.coproduction_stages))
        .where(Action.published_at.is_not(None))
    )
    return list(db.session.scalars(query))


def _summary(surveys: Sequence[Survey], actions: Sequence[Action]) -> CoproductionSummary:
    return CoproductionSummary(
        surveys=co_produced_share([survey.coproduction_level for survey in surveys], "surveys"),
        actions=co_produced_share([action.coproduction_level for action in actions], "actions"),
    )


def coproduction_summary() -> CoproductionSummary:
    """The shares of counted surveys and published actions that reached co-production."""
    return _summary(counted_surveys(), counted_actions())


def coproduction_report() -> CoproductionReport:
    """Every number on the report page, from one read of the surveys and actions."""
    surveys, actions = counted_surveys(), counted_actions()
    survey_levels = level_counts(survey.coproduction_level for survey in surveys)
    action_levels = level_counts(action.coproduction_level for action in actions)
    survey_stages = stage_summary(survey.stages for survey in surveys)
    action_stages = stage_summary(action.stages for action in actions)
    return CoproductionReport(
        summary=_summary(surveys, actions),
        levels=[
            ReportRow(_level_label(level), survey_levels[level], action_levels[level])
            for level in LEVEL_ORDER
        ],
        first_stages=[
            ReportRow(_stage_label(stage), survey_stages[stage], action_stages[stage])
            for stage in survey_stages
        ],
    )


def _level_label(level: Level | None) -> str:
    return LEVEL_NAMES[level] if level else "Not recorded"


def _stage_label(stage: Stage | None) -> str:
    return STAGE_NAMES[stage].capitalize() if stage else NO_STAGES


def report_csv(report: CoproductionReport) -> bytes:
    """Both tables as one CSV, UTF-8 with a byte order mark so Excel reads it."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(
        [
            "Table",
            "Row",
            f"Surveys (of {report.survey_base} {SURVEY_BASE})",
            f"Actions (of {report.action_base} {ACTION_BASE})",
        ]
    )
    for table, rows in (
        ("Level reached", report.levels),
        ("Families first came in at", report.first_stages),
    ):
        for row in rows:
            writer.writerow([table, row.label, row.surveys, row.actions])
    return output.getvalue().encode("utf-8-sig")
