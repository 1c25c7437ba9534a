"""Surveys as staff manage them: listing, details, status changes, copies, import and export.

Each function that completes a user's action commits; the others only read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import selectinload

from feedback.auth.permissions import EDITABLE_STATUSES, manages_surveys, visible_surveys
from feedback.definitions import definition_from_survey, known_slugs, survey_from_definition
from feedback.extensions import db
from feedback.languages.services import translation_problems
from feedback.manage.slugs import make_unique, slugify
from feedback.models import (
    Audience,
    Group,
    GroupRole,
    Response,
    Section,
    Survey,
    SurveyGroup,
    SurveyStatus,
    User,
)
from feedback.reviews.services import close_latest_round, sign_off_problem
from surveys.definition import DefinitionError, dumps, loads
from surveys.model import SurveyDefinition
from surveys.rules import SLUG_MAX, TITLE_MAX, DefinitionIssue, validate_definition

FIRST_SECTION_TITLE = "Your views"
SLUG_LENGTH = 60
RETENTION_DEFAULT = 24
RETENTION_MIN, RETENTION_MAX = 1, 120
"""Months written answers and contact details are kept after a survey closes, and the bounds."""
STATUS_ORDER = (
    SurveyStatus.OPEN,
    SurveyStatus.IN_REVIEW,
    SurveyStatus.DRAFT,
    SurveyStatus.CLOSED,
    SurveyStatus.ARCHIVED,
)


def long_date(day: date | None) -> str:
    """A date as GOV.UK writes it, like "5 January 2026" (empty for no date)."""
    return f"{day.day} {day:%B %Y}" if day else ""


# Listing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyRow:
    """A survey in the staff list, with how many responses it has."""

    survey: Survey
    responses: int


def survey_rows(user: User) -> list[SurveyRow]:
    """The surveys `user` may see, open ones first, with response counts from one query."""
    counts = (
        select(Response.survey_id, func.count(Response.id).label("responses"))
        .group_by(Response.survey_id)
        .subquery()
    )
    status_order = case(
        {status.value: index for index, status in enumerate(STATUS_ORDER)}, value=Survey.status
    )
    query = (
        select(Survey, func.coalesce(counts.c.responses, 0))
        .outerjoin(counts, counts.c.survey_id == Survey.id)
        .where(visible_surveys(user))
        .options(
            selectinload(Survey.audiences),
            selectinload(Survey.group_links).selectinload(SurveyGroup.group),
        )
        .order_by(status_order, Survey.title, Survey.id)
    )
    return [SurveyRow(survey, responses) for survey, responses in db.session.execute(query)]


def response_count(survey: Survey) -> int:
    """How many responses `survey` has."""
    query = select(func.count(Response.id)).where(Response.survey_id == survey.id)
    return db.session.scalar(query) or 0


# Details -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyDetails:
    """What staff say about a survey on its details form."""

    title: str
    purpose: str
    what_happens_next: str
    audience_ids: Sequence[int]
    group_ids: Sequence[int]
    opens_on: date | None
    closes_on: date | None
    ask_locality: bool
    reviewer_group_ids: Sequence[int] = ()
    retention_months: int = RETENTION_DEFAULT
    young_people_mode: bool = False


def _free_slug(title: str, survey: Survey | None = None) -> str:
    base = slugify(title, SLUG_LENGTH, fallback="survey")
    query = select(Survey.slug).where(Survey.slug.startswith(base))
    if survey is not None and survey.id is not None:
        query = query.where(Survey.id != survey.id)
    return make_unique(base, set(db.session.scalars(query)), SLUG_MAX)


def _apply_details(
    survey: Survey, details: SurveyDetails, choosable_group_ids: Collection[int]
) -> None:
    survey.title = details.title
    survey.purpose = details.purpose
    survey.what_happens_next = details.what_happens_next
    audiences = db.session.scalars(select(Audience).where(Audience.id.in_(details.audience_ids)))
    survey.audiences = list(audiences)
    survey.opens_on = details.opens_on
    survey.closes_on = details.closes_on
    survey.ask_locality = details.ask_locality
    survey.young_people_mode = details.young_people_mode
    survey.retention_months = details.retention_months
    # Links to groups the user could not choose (another group's, for a forum editor) stay.
    roles = {group_id: GroupRole.CO_AUTHOR for group_id in details.group_ids}
    roles.update({group_id: GroupRole.REVIEWER for group_id in details.reviewer_group_ids})
    kept = [
        link
        for link in survey.group_links
        if link.group_id not in choosable_group_ids or link.group_id in roles
    ]
    for link in kept:
        link.role = roles.get(link.group_id, link.role)
    linked = {link.group_id for link in kept}
    added = [
        SurveyGroup(group_id=group_id, role=role)
        for group_id, role in roles.items()
        if group_id not in linked
    ]
    survey.group_links = kept + added


def create_survey(details: SurveyDetails, choosable_group_ids: Collection[int]) -> Survey:
    """A new draft survey with one empty section, its slug made from its title."""
    survey = Survey(
        slug=_free_slug(details.title),
        status=SurveyStatus.DRAFT,
        sections=[Section(title=FIRST_SECTION_TITLE, position=0)],
    )
    _apply_details(survey, details, choosable_group_ids)
    db.session.add(survey)
    db.session.commit()
    return survey


def update_survey(
    survey: Survey, details: SurveyDetails, choosable_group_ids: Collection[int]
) -> None:
    """Change a survey's details. A draft's slug follows its title; later it stays put."""
    if survey.status == SurveyStatus.DRAFT and details.title != survey.title:
        survey.slug = _free_slug(details.title, survey)
    _apply_details(survey, details, choosable_group_ids)
    db.session.commit()


def choosable_groups(user: User) -> list[Group]:
    """The groups `user` may name as co-producers: their own, or any for officers."""
    if manages_surveys(user):
        return list(db.session.scalars(select(Group).order_by(Group.name)))
    return list(user.groups)


def questions_locked_message(survey: Survey) -> str | None:
    """Why `survey`'s questions cannot be changed now, or None while they can."""
    if survey.status in EDITABLE_STATUSES:
        return None
    return (
        f"This survey is {survey.status.label.lower()}, so its questions cannot be changed. "
        "Make a copy to change it for the next wave."
    )


def details_locked_message(survey: Survey) -> str | None:
    """Why `survey`'s details cannot be changed now, or None while they can."""
    if survey.status != SurveyStatus.ARCHIVED:
        return None
    return "This survey is archived, so it cannot be changed. Make a copy to use it again."


# Status --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusAction:
    """A change of status staff can make, with the words for its button and pages."""

    name: str
    button: str
    verb: str
    heading: str
    explanation: str
    done: str
    sources: frozenset[SurveyStatus]
    target: SurveyStatus
    managers_only: bool
    needs_ready: bool = False


STATUS_ACTIONS: dict[str, StatusAction] = {
    action.name: action
    for action in (
        StatusAction(
            name="send-for-review",
            button="Send for review",
            verb="sent for review",
            heading="Send ‘{title}’ for review?",
            explanation="The co-producing groups and the co-production officer can then check "
            "it. Its questions can still be changed while it is in review.",
            done="‘{title}’ has been sent for review",
            sources=frozenset({SurveyStatus.DRAFT}),
            target=SurveyStatus.IN_REVIEW,
            managers_only=False,
        ),
        StatusAction(
            name="back-to-draft",
            button="Move back to draft",
            verb="moved back to draft",
            heading="Move ‘{title}’ back to draft?",
            explanation="Do this if the survey needs more work before it is reviewed again.",
            done="‘{title}’ is a draft again",
            sources=frozenset({SurveyStatus.IN_REVIEW}),
            target=SurveyStatus.DRAFT,
            managers_only=False,
        ),
        StatusAction(
            name="open",
            button="Open survey",
            verb="opened",
            heading="Open ‘{title}’?",
            explanation="People will be able to answer it. Once it is open its questions "
            "cannot be changed, so that every answer is to the same questions.",
            done="‘{title}’ is now open",
            sources=frozenset({SurveyStatus.DRAFT, SurveyStatus.IN_REVIEW}),
            target=SurveyStatus.OPEN,
            managers_only=True,
            needs_ready=True,
        ),
        StatusAction(
            name="close",
            button="Close survey",
            verb="closed",
            heading="Close ‘{title}’?",
            explanation="People will no longer be able to answer it. The answers already "
            "sent are kept.",
            done="‘{title}’ is now closed",
            sources=frozenset({SurveyStatus.OPEN}),
            target=SurveyStatus.CLOSED,
            managers_only=True,
        ),
        StatusAction(
            name="reopen",
            button="Reopen survey",
            verb="reopened",
            heading="Reopen ‘{title}’?",
            explanation="People will be able to answer it again.",
            done="‘{title}’ is open again",
            sources=frozenset({SurveyStatus.CLOSED}),
            target=SurveyStatus.OPEN,
            managers_only=True,
            needs_ready=True,
        ),
        StatusAction(
            name="archive",
            button="Archive survey",
            verb="archived",
            heading="Archive ‘{title}’?",
            explanation="It will be kept with its answers but can no longer be opened. "
            "You can still make a copy of it for a new wave.",
            done="‘{title}’ has been archived",
            sources=frozenset({SurveyStatus.CLOSED}),
            target=SurveyStatus.ARCHIVED,
            managers_only=True,
        ),
    )
}


def available_actions(survey: Survey, may_manage: bool) -> list[StatusAction]:
    """The status changes that make sense for `survey` now, for someone who may edit it."""
    return [
        action
        for action in STATUS_ACTIONS.values()
        if survey.status in action.sources and (may_manage or not action.managers_only)
    ]


_SURVEY_FIELDS = {
    "slug": "The web address",
    "title": "The title",
    "audiences": "The audiences",
    "sections": "The survey",
}
_QUESTION_FIELDS = {
    "key": "question key",
    "type": "type",
    "text": "wording",
    "options": "answer options",
    "allow_other": "‘Other’ option",
    "minimum": "lowest number",
    "maximum": "highest number",
    "show_if": "skip logic",
    "pledges": "Charter pledges",
    "areas": "areas of weakness",
}
_QUESTION_PATH = re.compile(r"\$\.survey\.sections\[(\d+)\]\.questions\[(\d+)\]\.(\w+)")
_SECTION_PATH = re.compile(r"\$\.survey\.sections\[(\d+)\]\.(\w+)")
_SURVEY_PATH = re.compile(r"\$\.survey\.(\w+)")


def describe_issue(issue: DefinitionIssue, definition: SurveyDefinition) -> str:
    """A definition problem in words staff know, like "Question 3 (‘…’), answer options: …"."""
    if match := _QUESTION_PATH.match(issue.path):
        section, index, field = int(match[1]), int(match[2]), match[3]
        number = sum(len(s.questions) for s in definition.sections[:section]) + index + 1
        text = definition.sections[section].questions[index].text
        where = f"Question {number} (‘{text}’), {_QUESTION_FIELDS.get(field, field)}"
    elif match := _SECTION_PATH.match(issue.path):
        where = f"Section {int(match[1]) + 1}, {match[2]}"
    elif (match := _SURVEY_PATH.match(issue.path)) and match[1] != "sections":
        where = _SURVEY_FIELDS.get(match[1], match[1])
    else:
        return issue.message[:1].upper() + issue.message[1:]
    return f"{where}: {issue.message}"


def readiness_problems(survey: Survey) -> list[str]:
    """Why `survey` cannot be opened yet, in plain words; empty when it is ready."""
    definition = definition_from_survey(survey)
    problems = []
    if not survey.audiences:
        problems.append("Choose who the survey is for: select at least one audience in its details")
    issues = validate_definition(definition, **known_slugs())
    problems.extend(describe_issue(issue, definition) for issue in issues)
    if survey.closes_on and survey.closes_on < date.today():
        problems.append(
            f"The closing date, {long_date(survey.closes_on)}, has passed: "
            "change or remove it in the survey details"
        )
    if survey.status in EDITABLE_STATUSES and (unsigned := sign_off_problem(survey, "opened")):
        problems.append(unsigned)
    problems.extend(translation_problems(survey))
    return problems


def wrong_status_message(survey: Survey, action: StatusAction) -> str:
    """Why `action` does not apply to `survey` as it is now."""
    return f"‘{survey.title}’ is {survey.status.label.lower()}, so it cannot be {action.verb}"


def change_status(survey: Survey, action: StatusAction) -> list[str]:
    """Apply `action` to `survey`; returns the problems that stopped it (nothing changed then)."""
    if survey.status not in action.sources:
        return [wrong_status_message(survey, action)]
    problems = readiness_problems(survey) if action.needs_ready else []
    if not problems:
        if survey.status in EDITABLE_STATUSES and action.target == SurveyStatus.OPEN:
            close_latest_round(survey)  # it has gone out: the review is over
        survey.status = action.target
        db.session.commit()
    return problems


# Copies, import and export -------------------------------------------------------------------


def duplicate_survey(survey: Survey) -> Survey:
    """A draft copy of `survey` ("Copy of …") with the same questions, audiences and groups."""
    title = f"Copy of {survey.title}"[:TITLE_MAX]
    definition = replace(definition_from_survey(survey), slug=_free_slug(title), title=title)
    copy = survey_from_definition(definition, status=SurveyStatus.DRAFT)
    copy.ask_locality = survey.ask_locality
    copy.young_people_mode = survey.young_people_mode
    copy.retention_months = survey.retention_months
    _copy_pictures(survey, copy)
    copy.group_links = [
        SurveyGroup(group_id=link.group_id, role=link.role) for link in survey.group_links
    ]
    db.session.commit()
    return copy


def _copy_pictures(survey: Survey, copy: Survey) -> None:
    """Give each question of `copy` the picture of the question with its key in `survey`."""
    pictured = {question.key: question for question in survey.questions if question.picture_type}
    for question in copy.questions:
        if original := pictured.get(question.key):
            question.picture = original.picture
            question.picture_type = original.picture_type
            question.picture_alt = original.picture_alt


class ImportFailed(ValueError):
    """A survey definition that cannot be imported, with every problem found in it."""

    def __init__(self, issues: Sequence[DefinitionIssue]) -> None:
        super().__init__(issues)
        self.issues = list(issues)

    def __str__(self) -> str:
        return "\n".join(str(issue) for issue in self.issues)


def _slug_in(text: str) -> str | None:
    """The survey slug written in JSON `text`, if it can be read at all."""
    try:
        slug = json.loads(text).get("survey", {}).get("slug")
    except (ValueError, AttributeError):
        return None
    return slug if isinstance(slug, str) else None


def import_survey_json(text: str, groups: Sequence[Group] = ()) -> Survey:
    """Store the survey in exported JSON `text` as a new draft co-produced by `groups`.

    Commits on success. Raises ImportFailed listing every problem, having written nothing.
    """
    issues: list[DefinitionIssue] = []
    definition = None
    try:
        definition = loads(text, **known_slugs())
    except DefinitionError as error:
        issues.extend(error.issues)
    slug = definition.slug if definition else _slug_in(text)
    if slug and db.session.scalar(select(Survey.id).where(Survey.slug == slug)):
        message = f"‘{slug}’ is already used by another survey here; change the slug in the file"
        issues.append(DefinitionIssue("$.survey.slug", message))
    if issues or definition is None:
        raise ImportFailed(issues)
    survey = survey_from_definition(definition, status=SurveyStatus.DRAFT)
    survey.group_links = [SurveyGroup(group=group, role=GroupRole.CO_AUTHOR) for group in groups]
    db.session.commit()
    return survey


def export_survey_json(survey: Survey) -> str:
    """`survey` as exported JSON text, ready to save as `<slug>.json`."""
    return dumps(definition_from_survey(survey))
