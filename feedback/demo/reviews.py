"""How each demo survey was reviewed and signed off before it opened.

Every demo survey is co-produced, so each has one review round, open to its co-producing groups:
the forums commented (on the whole draft or on one question, some suggesting wording), the
co-production officer answered every comment (accepted or declined, always with a reason), and
every group signed off, one with an objection on record. The rounds are history, so they are
stored as they ended, closed the day before the survey opened, with fixed dates. Comments come
from the demo's forum editors; a group with no demo account signs off with no name recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select

from feedback.demo.content import education, parents, parents_second_wave, partners, young_people
from feedback.demo.people import ACCOUNTS, PARENT_CARER_FORUM, YOUTH_FORUM
from feedback.extensions import db
from feedback.models import (
    Resolution,
    ReviewComment,
    ReviewGroup,
    ReviewRound,
    Role,
    SignOff,
    Survey,
    User,
)

ACCEPTED, DECLINED = Resolution.ACCEPTED, Resolution.DECLINED


@dataclass(frozen=True)
class DemoComment:
    """A comment made for `group` (on question `question`, or the whole draft when None)."""

    group: str
    question: str | None
    body: str
    resolution: Resolution
    reason: str
    suggested_wording: str = ""


@dataclass(frozen=True)
class DemoReview:
    """A survey's review round: the note it started with, its comments, and any objections."""

    note: str
    comments: tuple[DemoComment, ...]
    objections: Mapping[str, str]


REVIEWS = {
    parents.DEFINITION.slug: DemoReview(
        note="The draft the forum's steering group wrote with us. Please check it reads well "
        "for parents who are tired, busy or new to SEND.",
        comments=(
            DemoComment(
                PARENT_CARER_FORUM,
                "ehcp-weeks",
                "Most parents will not know the exact number of weeks. Tell them it is fine "
                "to leave it blank, and what the legal limit is.",
                ACCEPTED,
                "We added a hint saying to leave it blank if you do not know, and that the "
                "legal time limit is 20 weeks.",
            ),
            DemoComment(
                PARENT_CARER_FORUM,
                "part-time-or-excluded",
                "Families do not always call it an exclusion when school rings to say come and "
                "collect your child. Say that counts.",
                ACCEPTED,
                "We added your wording as the hint.",
                "Include being sent home early or being asked to keep your child at home.",
            ),
            DemoComment(
                PARENT_CARER_FORUM,
                None,
                "Could it ask for the name of the child's school, so we can follow up with "
                "schools that are doing badly?",
                DECLINED,
                "We will not ask for schools by name: with small numbers a family could be "
                "identified. The survey asks what kind of setting instead, and the SENCO "
                "network survey covers schools.",
            ),
        ),
        objections={},
    ),
    parents_second_wave.DEFINITION.slug: DemoReview(
        note="The second wave asks the same questions again, so the answers can be compared "
        "with last year. Please check nothing has gone out of date.",
        comments=(
            DemoComment(
                PARENT_CARER_FORUM,
                "told-what-happened",
                "Can we change this to ask whether the changes made a difference?",
                DECLINED,
                "We need to ask it the same way as last year so the two years can be "
                "compared. We will ask about the difference changes made at the forum's "
                "spring event instead.",
            ),
        ),
        objections={},
    ),
    young_people.DEFINITION.slug: DemoReview(
        note="This is the draft the Youth Forum wrote with us at its March session. Please "
        "check every question is clear for young people who find reading hard.",
        comments=(
            DemoComment(
                YOUTH_FORUM,
                "support-meeting",
                "Lots of young people do not know what an EHC plan review is. Say what the "
                "meeting is.",
                ACCEPTED,
                "We changed the question to your wording.",
                "Have you been to a meeting about your support, like an annual review?",
            ),
            DemoComment(
                YOUTH_FORUM,
                "school-score",
                "A score from 0 to 10 is hard for some of us. Say what 0 and 10 mean.",
                ACCEPTED,
                "We added what 0 and 10 mean, and an easy read version.",
                "How good is school or college for you, from 0 (really bad) to 10 (really good)?",
            ),
            DemoComment(
                YOUTH_FORUM,
                "one-thing",
                "Can we answer this one by drawing, or by recording a voice note?",
                DECLINED,
                "The online survey cannot take drawings or recordings yet. Youth workers will "
                "type up drawings and voice notes from forum sessions, so they still count.",
            ),
        ),
        objections={
            PARENT_CARER_FORUM: "We sign off, but we would like it to stay open through the "
            "summer holidays so that young people who are not in school can answer.",
        },
    ),
    education.DEFINITION.slug: DemoReview(
        note="Drafted with the SENCO network. The forum is asked to check it from families' side.",
        comments=(
            DemoComment(
                PARENT_CARER_FORUM,
                "involved-early",
                "Please also ask settings whether families are involved early, not only the "
                "settings themselves.",
                DECLINED,
                "This survey asks settings about their own part. Families are asked whether "
                "they were involved in decisions in the parent and carer survey.",
            ),
        ),
        objections={},
    ),
    partners.DEFINITION.slug: DemoReview(
        note="Drafted with the Voluntary Sector SEND Network for charities and community groups.",
        comments=(
            DemoComment(
                PARENT_CARER_FORUM,
                "told-what-happened",
                "Families are asked this too. Use the same words so the answers can be put "
                "side by side.",
                ACCEPTED,
                "We used the same words as the parent and carer survey.",
            ),
        ),
        objections={},
    ),
}


def load_review_history(surveys: Mapping[str, Survey], officer: User) -> None:
    """Add a closed, signed-off review round to each demo survey in `surveys` (by slug)."""
    editors = _forum_editors()
    for slug, demo in REVIEWS.items():
        survey = surveys.get(slug)
        if survey is not None:
            db.session.add(_round(survey, demo, officer, editors))
    db.session.flush()


def _round(
    survey: Survey, demo: DemoReview, officer: User, editors: Mapping[str, User]
) -> ReviewRound:
    opens = datetime.combine(survey.opens_on, time(9))
    groups = sorted(survey.groups, key=lambda group: group.name)
    by_slug = {group.slug: group for group in groups}
    questions = {question.key: question for question in survey.questions}
    review = ReviewRound(
        survey=survey,
        note=demo.note,
        started_by=officer,
        started_at=opens - timedelta(days=35),
        closed_at=opens - timedelta(days=1) + timedelta(hours=8),
        group_links=[ReviewGroup(group=group) for group in groups],
    )
    for day, comment in enumerate(demo.comments):
        written = opens - timedelta(days=30 - 2 * day) + timedelta(hours=10)
        review.comments.append(
            ReviewComment(
                author=editors[comment.group],
                group=by_slug[comment.group],
                question=questions[comment.question] if comment.question else None,
                body=comment.body,
                suggested_wording=comment.suggested_wording,
                created_at=written,
                resolution=comment.resolution,
                resolution_reason=comment.reason,
                resolved_by=officer,
                resolved_at=written + timedelta(days=6),
            )
        )
    for days_before, group in enumerate(groups, start=8):
        review.sign_offs.append(
            SignOff(
                group=group,
                user=editors.get(group.slug),
                signed_at=opens - timedelta(days=days_before) + timedelta(hours=6),
                objection=demo.objections.get(group.slug, ""),
            )
        )
    return review


def _forum_editors() -> dict[str, User]:
    """The demo's forum editor of each group that has one, by group slug."""
    emails = {
        account.email: account.groups[0]
        for account in ACCOUNTS
        if account.role == Role.FORUM_EDITOR and account.groups
    }
    users = db.session.scalars(select(User).where(User.email.in_(list(emails))))
    return {emails[user.email]: user for user in users}
