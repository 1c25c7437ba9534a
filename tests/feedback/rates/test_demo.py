"""The demo's targets, invitations and funnel: believable, consistent with its responses."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import delete, func, select

from feedback.demo import load_demo
from feedback.extensions import db
from feedback.models import (
    Action,
    Channel,
    FunnelCount,
    FunnelStage,
    Group,
    InvitationBatch,
    Response,
    Survey,
    TargetPopulation,
    User,
)
from feedback.rates.services import response_rates
from feedback.rates.targets import all_localities, disagreements, stored_targets


def _funnel(survey: Survey, stage: FunnelStage) -> Counter:
    rows = db.session.execute(
        select(FunnelCount.day, FunnelCount.count).where(
            FunnelCount.survey_id == survey.id, FunnelCount.stage == stage
        )
    )
    return Counter(dict(rows.all()))


def test_the_demo_has_targets_invitations_and_a_funnel_for_every_survey(app):
    with app.app_context():
        load_demo(responses=200)
        surveys = list(db.session.scalars(select(Survey)))
        localities = all_localities()
        for survey in surveys:
            figures = stored_targets(survey)
            assert len(figures) == len(survey.audiences) * (len(localities) + 1)
            assert disagreements(figures, survey.audiences, localities) == []
            batches = db.session.scalars(
                select(InvitationBatch).where(InvitationBatch.survey_id == survey.id)
            ).all()
            assert 2 <= len(batches) <= 3
            assert all(
                abs((batch.sent_on - survey.opens_on).days) <= 366 and batch.invited > 0
                for batch in batches
            )

            online = Counter(
                response.submitted_at.date()
                for response in db.session.scalars(
                    select(Response).where(
                        Response.survey_id == survey.id, Response.channel == Channel.ONLINE
                    )
                )
            )
            submitted = _funnel(survey, FunnelStage.SUBMITTED)
            started = _funnel(survey, FunnelStage.STARTED)
            visited = _funnel(survey, FunnelStage.VISITED)
            assert submitted == online, survey.slug
            assert all(started[day] >= count for day, count in submitted.items())
            assert all(visited[day] >= count for day, count in started.items())
            assert sum(visited.values()) > sum(started.values()) > sum(submitted.values())

        parents = next(s for s in surveys if s.slug == "send-parent-carer-survey")
        rate = response_rates(parents).overall
        assert 15 <= rate.percent <= 25, rate


def test_the_same_seed_gives_the_same_targets_invitations_and_funnel(app):
    def snapshot() -> list:
        return [
            db.session.execute(select(TargetPopulation.size).order_by(TargetPopulation.id)).all(),
            db.session.execute(
                select(InvitationBatch.sent_on, InvitationBatch.invited).order_by(
                    InvitationBatch.id
                )
            ).all(),
            db.session.execute(
                select(FunnelCount.day, FunnelCount.stage, FunnelCount.count).order_by(
                    FunnelCount.survey_id, FunnelCount.day, FunnelCount.stage
                )
            ).all(),
        ]

    with app.app_context():
        load_demo(seed=7, responses=60)
        first = snapshot()
        for model in (Action, Survey, User, Group):  # the rates go with their surveys
            db.session.execute(delete(model))
        db.session.commit()
        assert db.session.scalar(select(func.count()).select_from(FunnelCount)) == 0
        load_demo(seed=7, responses=60)
        assert snapshot() == first
