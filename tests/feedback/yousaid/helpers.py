"""Actions, themes and sign-offs built by hand, so every public entry and measure can be checked."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, datetime

from flask import Flask
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import (
    Action,
    ActionQuote,
    ActionStatus,
    ActionUpdate,
    Area,
    Audience,
    CodebookTheme,
    CommentTheme,
    Decision,
    Group,
    Level,
    Owner,
    Pledge,
    ReviewGroup,
    ReviewRound,
    SignOff,
    Stage,
    Survey,
    SurveyStatus,
    ThemeSource,
)
from tests.factories import every_type_definition, make_survey
from tests.feedback.reports.helpers import add_responses, answer_ids

_slugs = itertools.count(1)


def make_action(
    app: Flask,
    title: str = "Shorter waits for speech therapy",
    *,
    published_at: datetime | None = datetime(2026, 5, 3, 9, 30),
    status: ActionStatus = ActionStatus.IN_PROGRESS,
    theme_ids: Sequence[int] = (),
    survey_ids: Sequence[int] = (),
    pledges: Sequence[str] = (),
    areas: Sequence[str] = (),
    group_ids: Sequence[int] = (),
    quotes: Sequence[str] = (),
    updates: Sequence[tuple[datetime, ActionStatus, str]] = (),
    **fields,
) -> int:
    """An action (made on 1 April 2026 and published on 3 May 2026 unless told otherwise)
    with its links; returns its id."""
    with app.app_context():
        action = Action(
            slug=fields.pop("slug", f"action-{next(_slugs)}"),
            title=title,
            you_said=fields.pop("you_said", "You told us you wait too long for speech therapy."),
            we_did=fields.pop("we_did", "We hired two more speech and language therapists."),
            owner=fields.pop("owner", Owner.NHS),
            status=status,
            published_at=published_at,
            created_at=fields.pop("created_at", datetime(2026, 4, 1, 10)),
            **fields,
        )
        action.themes = [db.session.get(CodebookTheme, theme_id) for theme_id in theme_ids]
        action.surveys = [db.session.get(Survey, survey_id) for survey_id in survey_ids]
        action.pledges = list(db.session.scalars(select(Pledge).where(Pledge.slug.in_(pledges))))
        action.areas = list(db.session.scalars(select(Area).where(Area.slug.in_(areas))))
        action.groups = [db.session.get(Group, group_id) for group_id in group_ids]
        action.quotes = [ActionQuote(text=text, position=n) for n, text in enumerate(quotes)]
        action.updates = [
            ActionUpdate(written_at=when, status=state, body=body) for when, state, body in updates
        ]
        db.session.add(action)
        db.session.commit()
        return action.id


def sign_off_action(app: Flask, action_id: int, signed: Sequence[tuple[int, datetime]]) -> None:
    """A review round on the action, signed off by each (group id, when)."""
    with app.app_context():
        review = ReviewRound(action_id=action_id)
        review.group_links = [ReviewGroup(group_id=group_id) for group_id, _when in signed]
        review.sign_offs = [
            SignOff(group_id=group_id, signed_at=when, objection="We object to the wording.")
            for group_id, when in signed
        ]
        db.session.add(review)
        db.session.commit()


def set_record(app: Flask, action_id: int, level: Level, stages: Sequence[Stage]) -> None:
    """Record how families took part in the action."""
    with app.app_context():
        action = db.session.get(Action, action_id)
        action.coproduction_level = level
        action.stages = list(stages)
        db.session.commit()


def make_theme(app: Flask, label: str, area: str = "waiting-times") -> int:
    """A codebook theme; returns its id."""
    with app.app_context():
        area_id = db.session.scalar(select(Area.id).where(Area.slug == area))
        theme = CodebookTheme(slug=label.lower().replace(" ", "-"), label=label, area_id=area_id)
        db.session.add(theme)
        db.session.commit()
        return theme.id


def comment_on(
    app: Flask, survey_id: int, count: int, themes: dict[int, Decision], text: str = "A comment"
) -> None:
    """`count` comments in the survey, each carrying every theme in `themes` as decided."""
    before = set(answer_ids(app))
    add_responses(app, survey_id, count, {"comments": text})
    added = sorted(set(answer_ids(app)) - before)
    with app.app_context():
        for answer_id in added:
            for theme_id, decision in themes.items():
                machine = decision == Decision.SUGGESTED
                db.session.add(
                    CommentTheme(
                        answer_id=answer_id,
                        theme_id=theme_id,
                        source=ThemeSource.MACHINE if machine else ThemeSource.HUMAN,
                        decision=decision,
                    )
                )
        db.session.commit()


def make_closed(
    app: Flask,
    slug: str,
    closes_on: date | None,
    *,
    title: str | None = None,
    audiences: Sequence[str] = ("parents-and-carers",),
    results_published_at: datetime | None = None,
    status: SurveyStatus = SurveyStatus.CLOSED,
) -> int:
    """A survey (closed unless told otherwise) with the every-type questions, closing on
    `closes_on`, for `audiences`; returns its id."""
    survey_id = make_survey(app, every_type_definition(slug), status=status)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        survey.title = title or slug.replace("-", " ").capitalize()
        survey.closes_on = closes_on
        survey.results_published_at = results_published_at
        survey.audiences = list(
            db.session.scalars(select(Audience).where(Audience.slug.in_(audiences)))
        )
        db.session.commit()
    return survey_id


MIN_COMMENTS = 3
"""`LOOP_THEME_MIN_COMMENTS` for `loop_data`."""


def loop_data(app: Flask) -> dict[str, int]:
    """Two closed surveys and an open one, with themed comments and published responses.

    Spring survey (closed 31 May 2026): 'Waiting' on 3 comments (2 accepted, 1 suggested),
    'Phones' on 2 comments and 2 more where a person rejected it, 'Kind staff' on 4 comments.
    Summer survey (closed 31 August 2026): 'Waiting' on 5 comments.
    The open survey: 'Waiting' on 6 comments (not counted: the survey is open).
    Published responses: 'Waiting' in spring (published 10 June), 'Kind staff' in summer (which
    was not a theme there: no credit), and a draft answering 'Waiting' in summer.
    With `MIN_COMMENTS` (3): 1 of 3 themes answered (Q1 2026-27: 1 of 2; Q2: 0 of 1), and 10
    days (spring) and 20 days (summer) to the first response.
    """
    waiting, phones, kind = (
        make_theme(app, label) for label in ("Waiting", "Phones", "Kind staff")
    )
    spring = make_closed(app, "spring", date(2026, 5, 31))
    summer = make_closed(app, "summer", date(2026, 8, 31))
    still_open = make_closed(app, "still-open", None, status=SurveyStatus.OPEN)
    comment_on(app, spring, 2, {waiting: Decision.ACCEPTED})
    comment_on(app, spring, 1, {waiting: Decision.SUGGESTED, phones: Decision.ACCEPTED})
    comment_on(app, spring, 1, {phones: Decision.SUGGESTED})
    comment_on(app, spring, 2, {phones: Decision.REJECTED})
    comment_on(app, spring, 4, {kind: Decision.ACCEPTED})
    comment_on(app, summer, 5, {waiting: Decision.SUGGESTED})
    comment_on(app, still_open, 6, {waiting: Decision.ACCEPTED})
    make_action(
        app, theme_ids=[waiting], survey_ids=[spring], published_at=datetime(2026, 6, 10, 9)
    )
    make_action(app, theme_ids=[kind], survey_ids=[summer], published_at=datetime(2026, 9, 20))
    make_action(app, theme_ids=[waiting], survey_ids=[summer], published_at=None)
    return {"spring": spring, "summer": summer, "waiting": waiting}
