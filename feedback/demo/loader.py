"""Putting the demo into the database: groups, staff accounts, five surveys and their responses.

Everything is made from a seeded random generator, so the same seed gives the same surveys,
answers, dates and comments (response references and submission tokens are random, as real
ones are). Responses and answers go in with bulk inserts, all in one transaction.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import insert, select

from feedback.analysis.codebook import ensure_codebook
from feedback.auth.services import create_user
from feedback.definitions import known_slugs, survey_from_definition
from feedback.demo.actions import load_actions
from feedback.demo.answering import Respondent
from feedback.demo.content import SURVEYS
from feedback.demo.coproduction import load_coproduction_records
from feedback.demo.followups import load_follow_ups
from feedback.demo.groups import load_group_members
from feedback.demo.kpis import load_kpis
from feedback.demo.loop_kpis import load_loop_kpis
from feedback.demo.people import ACCOUNTS, DEMO_PASSWORD, GROUPS
from feedback.demo.plan import EVENT_HOURS, PAPER_HOURS, DemoSurvey
from feedback.demo.rates import load_rates
from feedback.demo.reviews import load_review_history
from feedback.demo.symbols import png
from feedback.demo.translations import load_translations
from feedback.extensions import db
from feedback.models import (
    Answer,
    Channel,
    Group,
    Locality,
    Mode,
    Response,
    Role,
    Survey,
    SurveyGroup,
    SurveyStatus,
    User,
)
from feedback.respond.services import answer_rows, new_reference
from surveys.definition import validate_definition

DEFAULT_SEED = 2026
FULL_SIZE = sum(plan.responses for plan in SURVEYS)
BATCH_SIZE = 5_000

LOCALITY_WEIGHTS = (34, 28, 24, 14)
"""How responses spread over the localities, in their order; any added later get a few."""
LOCALITY_MOODS = (0.05, 0.15, -0.1, -0.3)
"""Families in some localities are happier with their support than others."""
NO_LOCALITY_CHANCE = 0.03
"""Respondents who prefer not to say where they live."""
IMPROVEMENT_PER_YEAR = 0.3
"""Respondents grow a little happier over time, as the improvement plan takes hold."""
LAUNCH_SHARE, REMINDER_SHARE = 0.3, 0.1
"""Responses come in a rush after a survey opens, and again after a reminder midway."""
LAUNCH_DAYS, REMINDER_DAYS = 12, 6
RESULTS_PUBLISHED_AFTER_DAYS = 28
"""The closed demo surveys' results were published four weeks after they closed."""
WEEKEND_MOVED = 0.45
"""Fewer people answer at weekends: this share of weekend answers move to the Friday before."""


@dataclass(frozen=True)
class DemoSummary:
    """What loading the demo added."""

    groups: int
    accounts: int
    surveys: int
    responses: int
    answers: int


def demo_loaded() -> bool:
    """True when any demo survey or demo account is already in the database."""
    slugs = [plan.definition.slug for plan in SURVEYS]
    emails = [account.email for account in ACCOUNTS]
    survey = db.session.scalar(select(Survey.id).where(Survey.slug.in_(slugs)).limit(1))
    user = db.session.scalar(select(User.id).where(User.email.in_(emails)).limit(1))
    return survey is not None or user is not None


def load_demo(seed: int = DEFAULT_SEED, responses: int = FULL_SIZE) -> DemoSummary:
    """Add the demo (about `responses` responses in all), committed; nothing is kept on error.

    The default codebook goes in first (committed on its own), since the demo actions answer
    its themes.
    """
    ensure_codebook()
    try:
        summary = _load(seed, responses)
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
    return summary


def response_counts(total: int) -> list[int]:
    """`total` responses shared between the demo surveys in proportion to the full demo."""
    exact = [total * plan.responses / FULL_SIZE for plan in SURVEYS]
    counts = [int(share) for share in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - counts[i], reverse=True)
    for index in by_remainder[: total - sum(counts)]:
        counts[index] += 1
    return counts


def _load(seed: int, total: int) -> DemoSummary:
    groups = _groups()
    users = {}
    for account in ACCOUNTS:
        users[account.role, account.groups] = create_user(
            account.email,
            account.name,
            account.role,
            DEMO_PASSWORD,
            [groups[slug] for slug in account.groups],
        )
    load_group_members(groups)
    localities = list(db.session.scalars(select(Locality).order_by(Locality.position)))
    references = _References()
    stored_responses = stored_answers = 0
    surveys: dict[str, Survey] = {}
    for plan, count in zip(SURVEYS, response_counts(total), strict=True):
        survey = surveys[plan.definition.slug] = _store_survey(plan, groups)
        rng = random.Random(f"{seed}:{plan.definition.slug}")
        made, answers = _store_responses(rng, plan, survey, count, localities, references)
        stored_responses += made
        stored_answers += answers
    load_translations(surveys)
    load_rates(surveys, seed)
    load_kpis(surveys, seed)
    load_loop_kpis()
    officer = users[Role.OFFICER, ()]
    load_review_history(surveys, officer)
    load_coproduction_records(list(surveys.values()))
    load_actions(list(surveys.values()), officer)
    load_follow_ups(surveys)
    return DemoSummary(len(groups), len(ACCOUNTS), len(SURVEYS), stored_responses, stored_answers)


def _groups() -> dict[str, Group]:
    """The demo's groups by slug: existing ones with the same slug are used as they are."""
    existing = {group.slug: group for group in db.session.scalars(select(Group))}
    groups = {}
    for demo in GROUPS:
        group = existing.get(demo.slug)
        if group is None:
            group = Group(
                slug=demo.slug,
                name=demo.name,
                description=demo.description,
                contact_email=demo.contact_email,
            )
            db.session.add(group)
        groups[demo.slug] = group
    return groups


def _store_survey(plan: DemoSurvey, groups: dict[str, Group]) -> Survey:
    issues = validate_definition(plan.definition, **known_slugs())
    if issues:
        raise ValueError(f"demo survey ‘{plan.definition.slug}’ is invalid: {issues}")
    survey = survey_from_definition(plan.definition, status=plan.status)
    survey.opens_on = plan.opens_on
    survey.closes_on = plan.closes_on
    survey.ask_locality = True
    survey.young_people_mode = plan.young_people_mode
    questions = {question.key: question for question in survey.questions}
    for picture in plan.pictures:
        question = questions[picture.key]
        question.picture, question.picture_type = png(picture.svg), "image/png"
        question.picture_alt = picture.alt
    drafted = datetime.combine(plan.opens_on - timedelta(days=42), time(10, 30))
    survey.created_at = drafted
    survey.updated_at = datetime.combine(plan.opens_on, time(9))
    survey.group_links = [SurveyGroup(group=groups[slug], role=role) for slug, role in plan.groups]
    if plan.status == SurveyStatus.CLOSED:
        survey.closed_at = datetime.combine(plan.closes_on, time(17))
        published = plan.closes_on + timedelta(days=RESULTS_PUBLISHED_AFTER_DAYS)
        survey.results_published_at = datetime.combine(published, time(10))
    db.session.flush()
    return survey


@dataclass(frozen=True)
class _Submission:
    """When, how and from where one demo response arrives."""

    submitted_at: datetime
    channel: Channel
    locality: int | None


def _store_responses(
    rng: random.Random,
    plan: DemoSurvey,
    survey: Survey,
    count: int,
    localities: Sequence[Locality],
    references: _References,
) -> tuple[int, int]:
    """Make and insert `count` responses to `survey`; returns how many responses and answer rows."""
    people = sorted(
        (_submission(rng, plan, localities) for _ in range(count)), key=lambda p: p.submitted_at
    )
    question_ids = {question.key: question.id for question in survey.questions}
    audience_id = survey.audiences[0].id if survey.audiences else None
    answer_sets = [
        Respondent(rng, _mood(rng, plan, person, localities), plan.comments.write).answer_survey(
            plan.definition, plan.tendencies
        )
        for person in people
    ]
    # Drawn after the answers, so a survey's answers are the same whatever its share.
    modes = [
        Mode.EASY_READ if rng.random() < plan.easy_read_share else Mode.STANDARD for _ in people
    ]
    response_rows = [
        {
            "survey_id": survey.id,
            "reference": references.new(),
            "submission_token": secrets.token_urlsafe(32),
            "submitted_at": person.submitted_at,
            "channel": person.channel,
            "audience_id": audience_id,
            "locality_id": person.locality,
            "mode": mode,
        }
        for person, mode in zip(people, modes, strict=True)
    ]
    ids = _insert_returning_ids(response_rows)
    rows = [
        {
            "response_id": response_id,
            "question_id": row.question_id,
            "choice": row.choice,
            "number": row.number,
            "text": row.text,
        }
        for response_id, answers in zip(ids, answer_sets, strict=True)
        for key, answer in answers.items()
        for row in answer_rows(question_ids[key], answer)
    ]
    for batch in _batches(rows):
        db.session.execute(insert(Answer), batch)
    return len(ids), len(rows)


def _insert_returning_ids(rows: list[dict]) -> list[int]:
    statement = insert(Response).returning(Response.id, sort_by_parameter_order=True)
    ids: list[int] = []
    for batch in _batches(rows):
        ids.extend(db.session.scalars(statement, batch))
    return ids


def _batches(rows: list[dict]) -> Iterator[list[dict]]:
    for start in range(0, len(rows), BATCH_SIZE):
        yield rows[start : start + BATCH_SIZE]


class _References:
    """Response references, unique among those stored and those made during this load."""

    def __init__(self) -> None:
        self.taken = set(db.session.scalars(select(Response.reference)))

    def new(self) -> str:
        reference = new_reference()
        while reference in self.taken:
            reference = new_reference()
        self.taken.add(reference)
        return reference


def _submission(
    rng: random.Random, plan: DemoSurvey, localities: Sequence[Locality]
) -> _Submission:
    channels = list(plan.channels)
    channel = rng.choices(channels, weights=[plan.channels[c] for c in channels])[0]
    locality = None
    if localities and rng.random() >= NO_LOCALITY_CHANCE:
        weights = [_at(LOCALITY_WEIGHTS, i, 5) for i in range(len(localities))]
        locality = rng.choices(localities, weights=weights)[0].id
    return _Submission(_submitted_at(rng, plan, channel), channel, locality)


def _at(values: Sequence[float], index: int, default: float) -> float:
    return values[index] if index < len(values) else default


def _mood(
    rng: random.Random, plan: DemoSurvey, person: _Submission, localities: Sequence[Locality]
) -> float:
    place = next((i for i, loc in enumerate(localities) if loc.id == person.locality), None)
    place_mood = _at(LOCALITY_MOODS, place, 0.0) if place is not None else -0.1
    years_in = (person.submitted_at.date() - plan.opens_on).days / 365
    return plan.mood + place_mood + IMPROVEMENT_PER_YEAR * years_in + rng.gauss(0, 1)


def _submitted_at(rng: random.Random, plan: DemoSurvey, channel: Channel) -> datetime:
    first, last = plan.opens_on, plan.last_day
    events = [day for day in plan.event_days if first <= day <= last]
    if channel == Channel.EVENT and events:
        day, hours = rng.choice(events), EVENT_HOURS
    else:
        span = (last - first).days
        share = rng.random()
        if share < LAUNCH_SHARE:
            offset = rng.expovariate(1 / LAUNCH_DAYS)
        elif share < LAUNCH_SHARE + REMINDER_SHARE:
            offset = span * 0.55 + rng.expovariate(1 / REMINDER_DAYS)
        else:
            offset = rng.uniform(0, span)
        day = first + timedelta(days=min(span, int(offset)))
        if day.weekday() >= 5 and (channel == Channel.PAPER or rng.random() < WEEKEND_MOVED):
            friday = day - timedelta(days=day.weekday() - 4)
            day = friday if friday >= first else day
        hours = PAPER_HOURS if channel == Channel.PAPER else plan.hours
    hour = rng.choices(range(24), weights=hours)[0]
    return datetime.combine(day, time(hour, rng.randrange(60), rng.randrange(60)))
