"""The demo's "You said, we did": six actions replying to the parents' and young people's surveys.

They cover every status and most owners: five are published, each after a review round its
groups signed off; one is a draft still waiting for the youth forum. One published action is
overdue on the demo day, and one will not be done, with its reason. Dates are fixed around the
demo day, so the demo is the same every time. The codebook must be in the database first
(`feedback.analysis.codebook.ensure_codebook`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from feedback.coproduction.record import group_phrase
from feedback.demo.people import PARENT_CARER_FORUM, YOUTH_FORUM
from feedback.extensions import db
from feedback.models import (
    Action,
    ActionQuote,
    ActionStatus,
    ActionUpdate,
    CodebookTheme,
    Group,
    Level,
    Owner,
    Pledge,
    ReviewGroup,
    ReviewRound,
    Role,
    SignOff,
    Stage,
    Survey,
    User,
)
from feedback.models.users import user_group

PARENTS = "send-parent-carer-survey"
YOUNG_PEOPLE = "have-your-say-young-people"


@dataclass(frozen=True)
class DemoUpdate:
    """An entry in an action's log, written on `day`."""

    day: date
    body: str
    status: ActionStatus


@dataclass(frozen=True)
class DemoAction:
    """One demo action. `signed` are the groups that signed its review off (in that order);
    `published` is None for a draft."""

    slug: str
    title: str
    you_said: str
    quotes: tuple[str, ...]
    we_did: str
    easy_read: str
    owner: Owner
    status: ActionStatus
    drafted: date
    due_on: date | None
    surveys: tuple[str, ...]
    themes: tuple[str, ...]
    pledges: tuple[str, ...]
    groups: tuple[str, ...]
    signed: tuple[str, ...]
    published: date | None
    level: Level
    stages: tuple[Stage, ...]
    done_on: date | None = None
    not_doing_reason: str = ""
    evidence_url: str = ""
    updates: tuple[DemoUpdate, ...] = ()


ACTIONS = (
    DemoAction(
        slug="a-named-contact-for-every-family",
        title="A named contact for every family",
        you_said=(
            "Parents and carers told us they did not know who to call about their child's EHC "
            "plan, and that calls and emails to the SEND team often went unanswered."
        ),
        quotes=(
            "Every time I ring I speak to someone different and have to explain it all again.",
            "I emailed three times about the annual review and never heard back.",
            "We need one person who knows our child and answers the phone.",
        ),
        we_did=(
            "Every family with an EHC plan now has a named caseworker, whose name, phone number "
            "and email are in the plan and on every letter. The SEND team answers calls and "
            "emails within five working days, and the Parent Carer Forum checks this each term."
        ),
        easy_read=(
            "You said you did not know who to talk to. Now every family has one person to talk "
            "to. Their name and phone number are on your plan."
        ),
        owner=Owner.COUNCIL,
        status=ActionStatus.DONE,
        drafted=date(2026, 10, 5),
        due_on=date(2026, 11, 30),
        done_on=date(2026, 11, 10),
        surveys=(PARENTS,),
        themes=("communication-and-named-contact",),
        pledges=("listen-and-act", "tell-what-happened"),
        groups=(PARENT_CARER_FORUM,),
        signed=(PARENT_CARER_FORUM,),
        published=date(2026, 10, 20),
        level=Level.CO_PRODUCE,
        stages=(Stage.ANALYSIS, Stage.REPLY),
        evidence_url="https://www.example.org/send/named-caseworkers",
        updates=(
            DemoUpdate(
                date(2026, 11, 10),
                "Every family with an EHC plan has had a letter naming their caseworker.",
                ActionStatus.DONE,
            ),
        ),
    ),
    DemoAction(
        slug="ehc-plans-finished-within-20-weeks",
        title="EHC plans finished within 20 weeks",
        you_said=(
            "Many parents and carers said the EHC needs assessment took far longer than 20 "
            "weeks, and that nobody told them why or what was happening."
        ),
        quotes=(
            "It took nine months to get a plan and we heard nothing for most of it.",
            "The assessment was late and our child started secondary school with no support.",
        ),
        we_did=(
            "The council has taken on two more EHC co-ordinators and an educational psychologist, "
            "and sends families a progress update every four weeks during the assessment. We aim "
            "for 80% of plans finished within 20 weeks by March 2027."
        ),
        easy_read=(
            "You said plans take too long. We have more staff to write plans. We will tell you "
            "how your plan is going every four weeks."
        ),
        owner=Owner.COUNCIL,
        status=ActionStatus.IN_PROGRESS,
        drafted=date(2026, 10, 8),
        due_on=date(2027, 3, 31),
        surveys=(PARENTS,),
        themes=("ehc-assessment-delays",),
        pledges=("listen-and-act",),
        groups=(PARENT_CARER_FORUM,),
        signed=(PARENT_CARER_FORUM,),
        published=date(2026, 10, 27),
        level=Level.ENGAGE,
        stages=(Stage.REPLY,),
        updates=(
            DemoUpdate(
                date(2026, 11, 16),
                "Both new EHC co-ordinators have started. The first four-weekly updates went out.",
                ActionStatus.IN_PROGRESS,
            ),
        ),
    ),
    DemoAction(
        slug="shorter-waits-for-speech-and-language-therapy",
        title="Shorter waits for speech and language therapy",
        you_said=(
            "Parents and carers said their children waited many months for speech and language "
            "therapy, and that the wait was hardest for children not yet in school."
        ),
        quotes=(
            "We waited over a year for speech therapy and he has no words yet.",
            "The waiting list for therapy is so long that we paid privately.",
        ),
        we_did=(
            "The NHS is opening Saturday clinics and training early years staff to run "
            "speech and language groups, so the longest waits come down from 52 to 18 weeks."
        ),
        easy_read=(
            "You said you wait too long for speech therapy. We are opening clinics on "
            "Saturdays. Nursery staff are learning to help too."
        ),
        owner=Owner.NHS,
        status=ActionStatus.IN_PROGRESS,
        drafted=date(2026, 10, 6),
        due_on=date(2026, 11, 13),
        surveys=(PARENTS,),
        themes=("therapies", "waiting-lists"),
        pledges=("listen-and-act",),
        groups=(PARENT_CARER_FORUM,),
        signed=(PARENT_CARER_FORUM,),
        published=date(2026, 10, 20),
        level=Level.CONSULT,
        stages=(Stage.REPLY,),
        updates=(
            DemoUpdate(
                date(2026, 11, 9),
                "Saturday clinics have started in two localities; recruiting for the others has "
                "taken longer than planned.",
                ActionStatus.IN_PROGRESS,
            ),
        ),
    ),
    DemoAction(
        slug="a-second-autism-assessment-clinic",
        title="A second autism assessment clinic",
        you_said=(
            "Parents and carers asked for a second clinic for autism and ADHD assessments, "
            "closer to home for families in the north and east of the area."
        ),
        quotes=("The autism assessment clinic is an hour and a half away on two buses.",),
        we_did=(
            "The NHS trust is not opening a second clinic. Instead, assessments are now offered "
            "in family hubs in every locality one week in four."
        ),
        easy_read=(
            "You asked for a new clinic. We cannot open one. Instead you can have your "
            "assessment at your local family hub."
        ),
        owner=Owner.TRUST,
        status=ActionStatus.NOT_DOING,
        not_doing_reason=(
            "There are not enough specialist staff to run two clinics, and a second building "
            "would lengthen the waiting list. Outreach to family hubs reaches the same families."
        ),
        drafted=date(2026, 10, 12),
        due_on=None,
        surveys=(PARENTS,),
        themes=("autism-adhd-assessment",),
        pledges=("tell-what-happened",),
        groups=(PARENT_CARER_FORUM,),
        signed=(PARENT_CARER_FORUM,),
        published=date(2026, 11, 12),
        level=Level.INFORM,
        stages=(Stage.REPLY,),
    ),
    DemoAction(
        slug="young-people-lead-their-annual-reviews",
        title="Young people lead their own annual reviews",
        you_said=(
            "Young people told us their annual reviews are about them but not with them: "
            "adults talk over them and they do not get to say what matters to them."
        ),
        quotes=(
            "At my review everyone talked about me like I was not in the room.",
            "I want to say what I want to do after college, not just hear about my grades.",
        ),
        we_did=(
            "Schools and colleges will offer every young person with an EHC plan an easy read "
            "‘All about me’ page to fill in before their review, and the chance to open the "
            "meeting themselves. The youth forum is writing the page."
        ),
        easy_read=(
            "You said adults talk over you at your review. You will fill in a page about you "
            "first. You can start the meeting if you want to."
        ),
        owner=Owner.SCHOOLS,
        status=ActionStatus.PLANNED,
        drafted=date(2026, 10, 22),
        due_on=date(2027, 7, 16),
        surveys=(YOUNG_PEOPLE,),
        themes=("young-peoples-voice", "annual-reviews"),
        pledges=("involve-from-the-start", "value-every-contribution"),
        groups=(YOUTH_FORUM,),
        signed=(YOUTH_FORUM,),
        published=date(2026, 11, 5),
        level=Level.CO_PRODUCE,
        stages=(Stage.ANALYSIS, Stage.REPLY),
    ),
    DemoAction(
        slug="a-clearer-local-offer-website",
        title="A clearer local offer website",
        you_said=(
            "Parents, carers and young people said the local offer website is hard to search "
            "and out of date, and that they find out about services from other parents instead."
        ),
        quotes=(
            "The local offer website is impossible to find anything on.",
            "Half the links on the local offer are broken or out of date.",
        ),
        we_did=(
            "The council will rebuild the local offer with families: a plain-English search, "
            "every page checked each quarter, and an easy read version written with the youth "
            "forum."
        ),
        easy_read=(
            "You said the local offer website is hard to use. We will make it easier, with you."
        ),
        owner=Owner.COUNCIL,
        status=ActionStatus.PLANNED,
        drafted=date(2026, 11, 2),
        due_on=date(2027, 1, 29),
        surveys=(PARENTS, YOUNG_PEOPLE),
        themes=("local-offer-information",),
        pledges=("clear-and-accessible",),
        groups=(PARENT_CARER_FORUM, YOUTH_FORUM),
        signed=(PARENT_CARER_FORUM,),
        published=None,
        level=Level.CO_PRODUCE,
        stages=(Stage.IDEA, Stage.DESIGN, Stage.REPLY),
    ),
)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour))


def _by_slug(model, slugs: Sequence[str]) -> list:
    rows = db.session.scalars(select(model).where(model.slug.in_(slugs)))
    found = {row.slug: row for row in rows}
    missing = sorted(set(slugs) - set(found))
    if missing:
        raise ValueError(f"the demo actions need {model.__name__} rows: {', '.join(missing)}")
    return [found[slug] for slug in slugs]


def _editor(group: Group) -> User | None:
    """A forum editor of `group`, to sign its review off."""
    return db.session.scalar(
        select(User)
        .join(user_group, user_group.c.user_id == User.id)
        .where(user_group.c.group_id == group.id, User.role == Role.FORUM_EDITOR)
        .order_by(User.id)
        .limit(1)
    )


def _review(action: Action, demo: DemoAction, groups: list[Group], officer: User) -> ReviewRound:
    """The round the groups reviewed the draft in: closed on publishing, or still open."""
    started = _at(demo.drafted + timedelta(days=3), 10)
    review = ReviewRound(
        action=action,
        note="Please check the wording is clear and the dates are realistic.",
        started_by=officer,
        started_at=started,
        closed_at=_at(demo.published, 9) if demo.published else None,
        group_links=[ReviewGroup(group=group) for group in groups],
    )
    by_slug = {group.slug: group for group in groups}
    for days, slug in enumerate(demo.signed, start=4):
        group = by_slug[slug]
        review.sign_offs.append(
            SignOff(group=group, user=_editor(group), signed_at=started + timedelta(days=days))
        )
    return review


def _action(demo: DemoAction, surveys: dict[str, Survey], officer: User) -> Action:
    themes = _by_slug(CodebookTheme, demo.themes)
    groups = _by_slug(Group, demo.groups)
    action = Action(
        slug=demo.slug,
        title=demo.title,
        you_said=demo.you_said,
        we_did=demo.we_did,
        easy_read=demo.easy_read,
        owner=demo.owner,
        status=demo.status,
        not_doing_reason=demo.not_doing_reason,
        due_on=demo.due_on,
        done_on=demo.done_on,
        evidence_url=demo.evidence_url,
        created_by=officer,
        created_at=_at(demo.drafted, 11),
        updated_at=_at(demo.published or demo.drafted, 11),
        published_at=_at(demo.published, 11) if demo.published else None,
        coproduction_level=demo.level,
        themes=themes,
        surveys=[surveys[slug] for slug in demo.surveys if slug in surveys],
        pledges=_by_slug(Pledge, demo.pledges),
        areas=sorted({theme.area for theme in themes}, key=lambda area: area.number),
        groups=groups,
        quotes=[ActionQuote(text=text, position=n) for n, text in enumerate(demo.quotes)],
    )
    action.stages = list(demo.stages)
    review = _review(action, demo, groups, officer)
    if demo.published:
        agreed = group_phrase([sign_off.group.name for sign_off in review.sign_offs])
        action.updates.append(
            ActionUpdate(
                written_at=_at(demo.published, 11),
                author=officer,
                body=f"Published. Agreed with {agreed}.",
                status=ActionStatus.IN_PROGRESS
                if demo.status is ActionStatus.DONE
                else demo.status,
            )
        )
    for update in demo.updates:
        action.updates.append(
            ActionUpdate(
                written_at=_at(update.day, 15), author=officer, body=update.body,
                status=update.status,
            )
        )  # fmt: skip
    db.session.add(review)
    return action


def load_actions(surveys: list[Survey], officer: User) -> None:
    """Add the demo actions about those of `surveys` they reply to (by slug), drafted by
    `officer`; the caller commits."""
    by_slug = {survey.slug: survey for survey in surveys}
    for demo in ACTIONS:
        if any(slug in by_slug for slug in demo.surveys):
            db.session.add(_action(demo, by_slug, officer))
    db.session.flush()
