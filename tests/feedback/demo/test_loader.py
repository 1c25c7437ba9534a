"""Loading the demo into the database: what is stored, and that it behaves like real data."""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import date, datetime

import pytest
from sqlalchemy import delete, func, select

from feedback.definitions import definition_from_survey
from feedback.demo import FULL_SIZE, load_demo
from feedback.demo import loader as demo_loader
from feedback.demo.plan import DEMO_DAY
from feedback.extensions import db
from feedback.models import (
    Action,
    Answer,
    Channel,
    Group,
    GroupRole,
    Locality,
    Question,
    Response,
    Survey,
    SurveyStatus,
    User,
)
from feedback.reviews.services import latest_round, missing_sign_offs
from surveys.model import OTHER
from surveys.model import Answer as EngineAnswer
from surveys.routing import asked_questions


def stored_answers(survey: Survey) -> dict[int, dict[str, EngineAnswer]]:
    """Every response to `survey`, as the engine's answers by question key."""
    rows = db.session.execute(
        select(Response.id, Question.key, Answer.choice, Answer.number, Answer.text)
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .where(Response.survey_id == survey.id)
        .order_by(Answer.id)
    ).all()
    parts: dict[int, dict[str, dict]] = {
        response_id: defaultdict(dict)
        for response_id in db.session.scalars(
            select(Response.id).where(Response.survey_id == survey.id)
        )
    }
    for response_id, key, choice, number, text in rows:
        part = parts[response_id][key]
        if choice is not None:
            part.setdefault("choices", []).append(choice)
            if choice == OTHER:
                part["other_text"] = text
        elif text is not None:
            part["text"] = text
        if number is not None:
            part["number"] = number
    return {
        response_id: {
            key: EngineAnswer(
                choices=tuple(part.get("choices", ())),
                other_text=part.get("other_text"),
                number=part.get("number"),
                text=part.get("text"),
            )
            for key, part in answers.items()
        }
        for response_id, answers in parts.items()
    }


def assert_answers_follow_the_survey(survey: Survey) -> None:
    """Required questions asked are answered; questions not asked have no answer."""
    definition = definition_from_survey(survey)
    for response_id, answers in stored_answers(survey).items():
        asked = asked_questions(definition, answers)
        asked_keys = {question.key for question in asked}
        assert set(answers) <= asked_keys, f"response {response_id} answers a skipped question"
        for question in asked:
            if question.required:
                assert question.key in answers, f"response {response_id} misses {question.key}"


def snapshot() -> list[tuple]:
    """What the demo stored, without the random references and tokens."""
    return db.session.execute(
        select(
            Survey.slug,
            Response.submitted_at,
            Response.channel,
            Response.locality_id,
            Question.key,
            Answer.choice,
            Answer.number,
            Answer.text,
        )
        .join(Response, Response.survey_id == Survey.id)
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .order_by(Survey.slug, Response.submitted_at, Question.key, Answer.choice)
    ).all()


def remove_everything() -> None:
    for model in (Action, Survey, User, Group):
        db.session.execute(delete(model))
    db.session.commit()


def test_response_counts_share_any_total_exactly():
    assert demo_loader.response_counts(FULL_SIZE) == [1_100, 350, 300, 250, 150]
    assert demo_loader.response_counts(40) == [20, 6, 6, 5, 3]
    for total in (0, 1, 3, 7, 101, 1_999):
        assert sum(demo_loader.response_counts(total)) == total


def test_a_small_demo_stores_five_co_produced_surveys_with_their_story(app):
    with app.app_context():
        summary = load_demo(responses=40)
        assert (summary.surveys, summary.responses, summary.groups, summary.accounts) == (
            5,
            40,
            4,
            7,
        )
        surveys = {s.slug: s for s in db.session.scalars(select(Survey))}
        parents = surveys["send-parent-carer-survey"]
        assert parents.status == SurveyStatus.CLOSED
        assert (parents.opens_on, parents.closes_on) == (date(2024, 12, 2), date(2026, 9, 30))
        young = surveys["have-your-say-young-people"]
        assert young.status == SurveyStatus.OPEN
        assert (young.opens_on, young.closes_on) == (date(2025, 6, 2), None)
        roles = {(link.group.slug, link.role) for link in young.group_links}
        assert ("youth-forum", GroupRole.CO_AUTHOR) in roles
        counts = {
            s.slug: db.session.scalar(
                select(func.count(Response.id)).where(Response.survey_id == s.id)
            )
            for s in surveys.values()
        }
        assert sorted(counts.values()) == [3, 5, 6, 6, 20]
        second_wave = surveys["send-parent-carer-survey-2026-27"]
        assert (second_wave.status, second_wave.opens_on) == (SurveyStatus.OPEN, date(2026, 10, 1))
        assert second_wave.closes_on is None
        asked_again = {q.key for q in second_wave.questions} & {q.key for q in parents.questions}
        assert {"ehcp-satisfaction", "joined-up", "tell-once", "told-what-happened"} <= asked_again
        for survey in surveys.values():
            assert_answers_follow_the_survey(survey)
            audience = survey.audiences[0].id
            assert set(
                db.session.scalars(
                    select(Response.audience_id).where(Response.survey_id == survey.id)
                )
            ) == {audience}


def test_the_same_seed_gives_the_same_demo_and_another_seed_does_not(app):
    with app.app_context():
        load_demo(seed=3, responses=30)
        first = snapshot()
        remove_everything()
        load_demo(seed=3, responses=30)
        assert snapshot() == first
        remove_everything()
        load_demo(seed=4, responses=30)
        assert snapshot() != first


def test_a_failure_part_way_leaves_nothing_behind(app, monkeypatch):
    real = demo_loader._store_responses
    calls = []

    def fail_on_third_survey(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(demo_loader, "_store_responses", fail_on_third_survey)
    with app.app_context():
        with pytest.raises(RuntimeError, match="disk full"):
            load_demo(responses=40)
        for model in (Survey, Response, Answer, User, Group):
            assert db.session.scalar(select(func.count()).select_from(model)) == 0


def test_the_full_demo_is_believable_and_quick_to_load(app, database):
    with app.app_context():
        started = time.perf_counter()
        load_demo()
        seconds = time.perf_counter() - started
        if database.url.startswith("sqlite"):
            assert seconds < 30

        surveys = list(db.session.scalars(select(Survey)))
        assert len(surveys) == 5
        assert len({survey.audiences[0].slug for survey in surveys}) == 4
        assert all(len(survey.audiences) == 1 for survey in surveys)

        total = db.session.scalar(select(func.count(Response.id)))
        assert total == FULL_SIZE == 2_150

        first, last = db.session.execute(
            select(func.min(Response.submitted_at), func.max(Response.submitted_at))
        ).one()
        assert (last - first).days >= 600
        assert last < datetime.combine(DEMO_DAY, datetime.min.time()) <= datetime.now()
        for survey in surveys:
            earliest, latest = db.session.execute(
                select(func.min(Response.submitted_at), func.max(Response.submitted_at)).where(
                    Response.survey_id == survey.id
                )
            ).one()
            assert earliest.date() >= survey.opens_on
            assert survey.closes_on is None or latest.date() <= survey.closes_on

        localities = set(db.session.scalars(select(Locality.id)))
        used = set(db.session.scalars(select(Response.locality_id).distinct())) - {None}
        assert used == localities and len(used) == 4

        channels = dict(
            db.session.execute(
                select(Response.channel, func.count()).group_by(Response.channel)
            ).all()
        )
        assert channels[Channel.ONLINE] > total / 2
        assert channels[Channel.PAPER] > 0 and channels[Channel.EVENT] > 0

        for survey in surveys:
            assert_answers_follow_the_survey(survey)

        long_texts = list(
            db.session.scalars(
                select(Answer.text)
                .join(Question, Question.id == Answer.question_id)
                .where(Question.type == "long_text")
            )
        )
        assert len(set(long_texts)) >= 300
        planted = [text for text in long_texts if "07700 900" in text or "example.com" in text]
        assert 0 < len(planted) < len(long_texts) / 50


def test_every_co_produced_demo_survey_was_reviewed_and_signed_off_by_its_groups(app):
    with app.app_context():
        load_demo(responses=40)
        for survey in db.session.scalars(select(Survey)):
            assert survey.groups, survey.slug
            assert missing_sign_offs(survey) == [], survey.slug
            review = latest_round(survey)
            assert review.closed_at < datetime.combine(survey.opens_on, datetime.min.time())
            assert all(comment.resolution_reason for comment in review.comments)
        parents = db.session.scalar(select(Survey).where(Survey.slug == "send-parent-carer-survey"))
        resolutions = [comment.resolution.value for comment in latest_round(parents).comments]
        assert resolutions == ["accepted", "accepted", "declined"]
