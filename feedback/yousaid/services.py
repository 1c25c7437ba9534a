"""What the public "You said, we did" page shows: published actions only, filtered and paged.

An action is public once `published_at` is set. Each entry links to a survey's results only while
those results are public (`feedback.published.services.results_are_public`), where small numbers
are hidden. Example comments are stored redacted and are redacted again as they are shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime

from flask import abort
from sqlalchemy import Column, ColumnElement, Select, func, select
from sqlalchemy.orm import selectinload

from feedback.analysis.services import redact_names
from feedback.coproduction.record import group_phrase, record_line
from feedback.extensions import db
from feedback.manage.services import long_date
from feedback.models import Action, ActionStatus, Area, Audience, Pledge, Survey
from feedback.models.actions import action_area, action_pledge, action_survey
from feedback.models.surveys import survey_audience
from feedback.published.services import results_are_public
from feedback.reviews.services import latest_round
from theming.redaction import redact

PER_PAGE = 20
STATUS_TAG_CLASSES = {
    ActionStatus.PLANNED: "govuk-tag--grey",
    ActionStatus.IN_PROGRESS: "govuk-tag--blue",
    ActionStatus.DONE: "govuk-tag--green",
    ActionStatus.NOT_DOING: "govuk-tag--orange",
}
"""Each status's tag colour. The tag always says the status in words too."""
SAFE_SCHEMES = ("https://", "http://")


def is_published() -> ColumnElement[bool]:
    """A filter on `Action` matching the actions the public may see."""
    return Action.published_at.is_not(None)


# Filters -----------------------------------------------------------------------------------------


Choice = tuple[str, str]
"""A filter's (value, label)."""


@dataclass(frozen=True)
class FilterOptions:
    """What each filter offers: only values some published action has."""

    audiences: list[Choice]
    pledges: list[Choice]
    areas: list[Choice]
    statuses: list[Choice]
    surveys: list[Choice]


def _published_links(link: Column) -> Select:
    """The ids in `link`, a column of an `action_*` link table, of published actions."""
    return select(link).join(Action, Action.id == link.table.c.action_id).where(is_published())


def filter_options() -> FilterOptions:
    """The audiences (of linked surveys), pledges, areas, statuses and surveys in use."""
    statuses = set(db.session.scalars(select(Action.status).where(is_published()).distinct()))
    surveys_used = _published_links(action_survey.c.survey_id)
    audiences = select(Audience).where(
        Audience.id.in_(
            select(survey_audience.c.audience_id).where(
                survey_audience.c.survey_id.in_(surveys_used)
            )
        )
    )
    pledges = select(Pledge).where(Pledge.id.in_(_published_links(action_pledge.c.pledge_id)))
    areas = select(Area).where(Area.id.in_(_published_links(action_area.c.area_id)))
    surveys = select(Survey).where(Survey.id.in_(surveys_used))
    return FilterOptions(
        audiences=[
            (audience.slug, audience.name)
            for audience in db.session.scalars(audiences.order_by(Audience.position))
        ],
        pledges=[
            (pledge.slug, pledge.title)
            for pledge in db.session.scalars(pledges.order_by(Pledge.position))
        ],
        areas=[
            (area.slug, f"{area.number}. {area.name}")
            for area in db.session.scalars(areas.order_by(Area.number))
        ],
        statuses=[(status.value, status.label) for status in ActionStatus if status in statuses],
        surveys=[
            (survey.slug, survey.title)
            for survey in db.session.scalars(surveys.order_by(Survey.title))
        ],
    )


def _positive_int(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and int(value) > 0 else None


@dataclass(frozen=True)
class PublicFilters:
    """The filters chosen in the page's query string; values no published action has are
    ignored."""

    audience: str = ""
    pledge: str = ""
    area: str = ""
    status: str = ""
    survey: str = ""
    page: int = 1

    @classmethod
    def from_args(cls, args: Mapping[str, str], options: FilterOptions) -> PublicFilters:
        """Filters from request arguments, keeping only values among `options`."""

        def chosen(name: str, choices: Sequence[Choice]) -> str:
            value = args.get(name, "")
            return value if value in {choice for choice, _label in choices} else ""

        return cls(
            audience=chosen("audience", options.audiences),
            pledge=chosen("pledge", options.pledges),
            area=chosen("area", options.areas),
            status=chosen("status", options.statuses),
            survey=chosen("survey", options.surveys),
            page=_positive_int(args.get("page")) or 1,
        )

    def args(self, **changes) -> dict[str, str | int]:
        """Query arguments for a link to the page with these filters (defaults left out)."""
        chosen = replace(self, **changes)
        return {
            item.name: getattr(chosen, item.name)
            for item in fields(self)
            if getattr(chosen, item.name) != item.default
        }

    @property
    def is_filtered(self) -> bool:
        """True when any filter is chosen."""
        return replace(self, page=1) != PublicFilters()

    def conditions(self) -> list[ColumnElement[bool]]:
        """Conditions on `Action` for the chosen filters."""
        conditions = [is_published()]
        if self.audience:
            audience = Survey.audiences.any(Audience.slug == self.audience)
            conditions.append(Action.surveys.any(audience))
        if self.pledge:
            conditions.append(Action.pledges.any(Pledge.slug == self.pledge))
        if self.area:
            conditions.append(Action.areas.any(Area.slug == self.area))
        if self.status:
            conditions.append(Action.status == ActionStatus(self.status))
        if self.survey:
            conditions.append(Action.surveys.any(Survey.slug == self.survey))
        return conditions


# Entries -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkedSurvey:
    """A survey behind an action: its results are linked only while they are public."""

    title: str
    slug: str
    results_public: bool


@dataclass(frozen=True)
class Entry:
    """One published action as the public reads it."""

    action: Action
    quotes: list[str]
    surveys: list[LinkedSurvey]
    agreed: str | None
    coproduction: str | None
    evidence_url: str | None

    @property
    def status_tag(self) -> str:
        """The GOV.UK tag class for the action's status."""
        return STATUS_TAG_CLASSES[self.action.status]

    @property
    def dates(self) -> str | None:
        """When it was or will be done, like 'Done on 5 March 2026' or 'Due by 1 June 2026'."""
        action = self.action
        if action.status == ActionStatus.DONE and action.done_on:
            return f"Done on {long_date(action.done_on)}"
        if action.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS) and action.due_on:
            return f"Due by {long_date(action.due_on)}"
        return None


def agreed_line(action: Action) -> str | None:
    """'Agreed with the Parent Carer Forum on 3 May 2026': the groups that signed off the
    latest review round and the day (the last day, if they signed on different days), or None.
    No person's name is given."""
    review = latest_round(action)
    if review is None or not review.sign_offs:
        return None
    groups = sorted({sign_off.group.name for sign_off in review.sign_offs})
    days = sorted({sign_off.signed_at.date() for sign_off in review.sign_offs})
    when = f"on {long_date(days[0])}" if len(days) == 1 else f"by {long_date(days[-1])}"
    return f"Agreed with {group_phrase(groups)} {when}"


def safe_url(url: str) -> str | None:
    """`url` if it is a web address (http or https), else None, so no other link is shown."""
    cleaned = url.strip()
    return cleaned if cleaned.lower().startswith(SAFE_SCHEMES) else None


def entry(action: Action) -> Entry:
    """A published action with what the public may see of it."""
    names = redact_names()
    return Entry(
        action=action,
        quotes=[redact(quote.text, names) for quote in action.quotes],
        surveys=[
            LinkedSurvey(survey.title, survey.slug, results_are_public(survey))
            for survey in action.surveys
        ],
        agreed=agreed_line(action),
        coproduction=record_line(action),
        evidence_url=safe_url(action.evidence_url),
    )


def _with_links(query):
    return query.options(
        selectinload(Action.surveys),
        selectinload(Action.quotes),
        selectinload(Action.groups),
        selectinload(Action.updates),
    )


@dataclass(frozen=True)
class ActionsPage:
    """One page of the published actions that match the filters."""

    entries: list[Entry]
    published: int
    matched: int
    page: int
    pages: int

    @property
    def count_text(self) -> str:
        """Like 'Showing 4 of 9 published actions' or 'Showing 21 to 40 of 45 …'."""
        noun = "published action" if self.published == 1 else "published actions"
        if self.pages <= 1:
            return f"Showing {self.matched:,} of {self.published:,} {noun}"
        first = (self.page - 1) * PER_PAGE + 1
        last = first + len(self.entries) - 1
        if self.matched == self.published:
            return f"Showing {first:,} to {last:,} of {self.published:,} {noun}"
        return (
            f"Showing {first:,} to {last:,} of the {self.matched:,} that match, out of "
            f"{self.published:,} {noun}"
        )


def actions_page(filters: PublicFilters) -> ActionsPage:
    """The published actions matching `filters`, newest first, `PER_PAGE` to a page (a page
    past the last shows the last)."""
    published = db.session.scalar(select(func.count(Action.id)).where(is_published()))
    matched = db.session.scalar(select(func.count(Action.id)).where(*filters.conditions()))
    pages = max(1, -(-matched // PER_PAGE))
    page = min(filters.page, pages)
    actions = db.session.scalars(
        _with_links(select(Action))
        .where(*filters.conditions())
        .order_by(Action.published_at.desc(), Action.id.desc())
        .limit(PER_PAGE)
        .offset((page - 1) * PER_PAGE)
    )
    return ActionsPage([entry(action) for action in actions], published, matched, page, pages)


def published_action(slug: str) -> Action:
    """The published action with `slug`, or a 404 page."""
    action = db.session.scalar(
        _with_links(select(Action)).where(Action.slug == slug, is_published())
    )
    if action is None:
        abort(404)
    return action


def feed_actions() -> list[Action]:
    """Every published action, newest first, for the Atom feed."""
    return list(
        db.session.scalars(
            select(Action)
            .where(is_published())
            .order_by(Action.published_at.desc(), Action.id.desc())
            .options(selectinload(Action.updates))
        )
    )


def last_changed(action: Action) -> datetime:
    """When a published action last changed for the public: published, or its last update."""
    times = [action.published_at, *(update.written_at for update in action.updates)]
    return max(moment for moment in times if moment is not None)
