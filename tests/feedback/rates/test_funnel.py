"""The open-link funnel, counted through the respondent's real journey with the test client."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Channel, Draft, FunnelCount, FunnelStage, Response, Role, Survey
from feedback.models.columns import utcnow
from feedback.rates.funnel import count_stage
from feedback.respond.services import submit_draft
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.rates.helpers import funnel_counts
from tests.feedback.respond.journey import (
    SLUG,
    YES_PATH,
    answer,
    location,
    start,
    submit,
    today,
    update_survey,
    walk,
)
from tests.feedback.respond.journey import count as count_rows

START_PAGE = f"/surveys/{SLUG}"
NOTHING = {"visited": 0, "started": 0, "submitted": 0}


@pytest.fixture
def survey_id(app) -> int:
    return make_survey(app)


def test_a_visit_counts_once_per_session(client, app, survey_id):
    assert client.get(START_PAGE).status_code == 200
    assert client.get(START_PAGE).status_code == 200
    assert funnel_counts(app, survey_id) == {"visited": 1, "started": 0, "submitted": 0}


def test_another_session_counts_again(client, app, survey_id):
    client.get(START_PAGE)
    other = app.test_client()
    other.get(START_PAGE)
    other.get(START_PAGE)
    assert funnel_counts(app, survey_id)["visited"] == 2


def test_each_survey_counts_its_own_visit_in_one_session(client, app, survey_id):
    second = make_survey(app, every_type_definition("second-survey"))
    client.get(START_PAGE)
    client.get("/surveys/second-survey")
    client.get(START_PAGE)
    assert funnel_counts(app, survey_id)["visited"] == 1
    assert funnel_counts(app, second)["visited"] == 1


def test_started_counts_when_the_first_answer_is_saved_not_before(client, app, survey_id):
    client.get(START_PAGE)
    first_question = start(client)
    assert count_rows(app, Draft) == 1
    assert funnel_counts(app, survey_id)["started"] == 0, "pressing Start now is not an answer"

    key, data = YES_PATH[0]
    assert first_question.endswith(key)
    location(answer(client, key, data))
    assert funnel_counts(app, survey_id)["started"] == 1

    location(answer(client, key, data))  # changing the first answer
    key, data = YES_PATH[1]
    location(answer(client, key, data))
    assert funnel_counts(app, survey_id)["started"] == 1


def test_submitting_counts_once_even_when_the_submission_is_replayed(client, app, survey_id):
    client.get(START_PAGE)
    walk(client, YES_PATH)
    assert location(submit(client)) == f"/surveys/{SLUG}/done"
    assert location(submit(client)) == f"/surveys/{SLUG}/done"  # the back button and again
    assert count_rows(app, Response) == 1
    assert funnel_counts(app, survey_id) == {"visited": 1, "started": 1, "submitted": 1}


COMPLETE_ANSWERS = {
    "_locality": {"choices": ["north"]},
    "has-ehcp": {"choices": ["no"]},
    "school-type": {"choices": ["mainstream"]},
    "listened-to": {"choices": ["agree"]},
    "recommend": {"choices": ["7"], "number": "7"},
}
"""A draft's answers to every required question of `every_type_definition`."""


def _draft(survey_id: int, token: str) -> Draft:
    """A complete draft, stored (inside an app context)."""
    draft = Draft(token=token, survey_id=survey_id, answers=COMPLETE_ANSWERS)
    db.session.add(draft)
    db.session.commit()
    return draft


def test_a_draft_submitted_twice_in_a_race_counts_once(app, survey_id):
    with app.app_context():
        first = submit_draft(_draft(survey_id, "same-token"))
        # A second request that read the same draft before the first one deleted it.
        again = submit_draft(_draft(survey_id, "same-token"))
        assert again.id == first.id
    assert count_rows(app, Response) == 1
    assert funnel_counts(app, survey_id)["submitted"] == 1


def test_responses_from_other_channels_are_not_in_the_funnel(app, survey_id):
    with app.app_context():
        for channel in (Channel.PAPER, Channel.EVENT, Channel.IMPORT):
            submit_draft(_draft(survey_id, f"typed-in-{channel.value}"), channel)
    assert count_rows(app, Response) == 3
    assert funnel_counts(app, survey_id) == NOTHING


def test_staff_previews_do_not_count(client, app, survey_id):
    login_as(client, app, Role.OFFICER)
    with app.app_context():
        question_id = db.session.get(Survey, survey_id).questions[0].id
    assert client.get(f"/manage/surveys/{survey_id}/preview").status_code == 200
    preview = f"/manage/surveys/{survey_id}/questions/{question_id}/preview"
    assert client.get(preview).status_code == 200
    assert client.get(preview + "?easy_read=1").status_code == 200
    assert funnel_counts(app, survey_id) == NOTHING


def test_a_closed_survey_counts_no_visit(client, app, survey_id):
    update_survey(app, survey_id, closes_on=today(-1))
    assert "closed" in client.get(START_PAGE).get_data(as_text=True)
    assert funnel_counts(app, survey_id) == NOTHING


def test_counts_go_on_todays_date_in_utc(client, app, survey_id):
    client.get(START_PAGE)
    with app.app_context():
        row = db.session.scalar(select(FunnelCount))
        assert (row.day, row.stage, row.count) == (utcnow().date(), FunnelStage.VISITED, 1)


def test_the_session_keeps_only_which_surveys_were_counted(client, app, survey_id):
    client.get(START_PAGE)
    with client.session_transaction() as session:
        assert session["funnel_visited"] == [survey_id]


def test_counting_in_a_loop_adds_every_time(app, survey_id):
    yesterday = utcnow().date() - timedelta(days=1)
    with app.app_context():
        for _ in range(50):
            count_stage(survey_id, FunnelStage.STARTED)
            db.session.commit()
        count_stage(survey_id, FunnelStage.STARTED, yesterday)
        db.session.commit()
        rows = db.session.execute(
            select(FunnelCount.day, FunnelCount.count).order_by(FunnelCount.day)
        ).all()
    assert rows == [(yesterday, 1), (utcnow().date(), 50)]


def test_counting_from_many_threads_at_once_loses_nothing(app, survey_id):
    threads, each = 6, 15
    errors: list[BaseException] = []
    ready = threading.Barrier(threads)

    def work() -> None:
        try:
            with app.app_context():
                ready.wait()
                for _ in range(each):
                    count_stage(survey_id, FunnelStage.VISITED)
                    db.session.commit()
                db.session.remove()
        except BaseException as error:  # reported below
            errors.append(error)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    assert funnel_counts(app, survey_id)["visited"] == threads * each
