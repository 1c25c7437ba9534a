"""Retention: `flask retention run` deletes written answers and contact details of surveys past
their retention period, and keeps every count."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from feedback.analysis.codebook import ensure_codebook
from feedback.analysis.queue import QueueFilters, count_comments
from feedback.extensions import db
from feedback.models import (
    Answer,
    CommentAnalysis,
    CommentTheme,
    Draft,
    FollowUp,
    Survey,
    SurveyStatus,
)
from feedback.privacy.retention import add_months, is_due, kept_until
from tests.factories import every_type_definition, login_as, make_survey
from tests.feedback.analysis.helpers import add_comments, run_theming
from tests.feedback.privacy.helpers import (
    COMMENT,
    LONG_AGO,
    answer_survey,
    audit_entries,
    count,
    follow,
    results_json,
    set_survey,
    texts,
)
from tests.pages import visible_text


def test_months_are_added_as_calendar_months():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 11, 15), 2) == date(2025, 1, 15)
    assert add_months(date(2024, 3, 1), 120) == date(2034, 3, 1)


def _survey(**fields) -> Survey:
    values = {"status": SurveyStatus.CLOSED, "closes_on": None, "retention_months": 24}
    values.update(fields)
    survey = Survey(raw_text_deleted_at=None, updated_at=datetime(2025, 2, 3, 9), **values)
    if survey.closed_at is not None:
        survey.closed_at = datetime(2024, 6, 1, 9)  # closed then, edited since
    return survey


def test_the_period_runs_from_the_closing_date_or_from_when_a_survey_was_closed():
    assert kept_until(_survey(closes_on=date(2024, 3, 31))) == date(2026, 3, 31)
    assert kept_until(_survey(retention_months=6)) == date(2024, 12, 1)
    assert kept_until(_survey(status=SurveyStatus.OPEN)) is None
    assert kept_until(_survey(status=SurveyStatus.DRAFT)) is None


def test_closing_is_recorded_kept_on_archiving_and_cleared_on_reopening():
    survey = Survey(status=SurveyStatus.OPEN)
    assert survey.closed_at is None
    survey.status = SurveyStatus.CLOSED
    closed = survey.closed_at
    assert closed is not None
    survey.status = SurveyStatus.ARCHIVED
    assert survey.closed_at == closed
    reopened = Survey(status=SurveyStatus.CLOSED)
    reopened.status = SurveyStatus.OPEN
    assert reopened.closed_at is None


def test_editing_a_closed_survey_does_not_restart_its_period(app):
    survey_id = make_survey(app)
    set_survey(app, survey_id, status=SurveyStatus.CLOSED, closes_on=None, retention_months=1)
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        survey.closed_at = datetime(2024, 6, 1, 9)
        db.session.commit()
        survey.what_happens_next = "We published what we heard in March."
        survey.sections[0].title = "About your child"
        db.session.commit()
        assert kept_until(db.session.get(Survey, survey_id)) == date(2024, 7, 1)


def test_a_survey_is_due_the_day_after_its_period_ends_and_only_once():
    survey = _survey(closes_on=date(2024, 3, 31), retention_months=1)
    assert not is_due(survey, date(2024, 4, 30))
    assert is_due(survey, date(2024, 5, 1))
    survey.raw_text_deleted_at = datetime(2024, 5, 1)
    assert not is_due(survey, date(2025, 5, 1))
    assert not is_due(_survey(status=SurveyStatus.OPEN), date(2099, 1, 1))


def _answered_survey(client, app) -> int:
    """The every-type survey with two responses, themed comments, a draft and two follow-ups."""
    survey_id = make_survey(app)
    answer_survey(client, app)
    answer_survey(app.test_client(), app)
    with app.app_context():
        ensure_codebook()
        db.session.add(Draft(token="unfinished", survey_id=survey_id, answers={"x": "y"}))
        db.session.commit()
    add_comments(app, survey_id, "The speech and language therapy waiting list is too long")
    run_theming(app, survey_id)
    follow(app, survey_id, "parent.one@example.org")
    follow(app, survey_id, "parent.two@example.org")
    return survey_id


def _run(app, *args):
    return app.test_cli_runner().invoke(args=["retention", "run", *args])


def test_retention_deletes_text_analyses_drafts_and_contacts_and_keeps_every_count(client, app):
    survey_id = _answered_survey(client, app)
    login_as(client, app)
    before = results_json(client, survey_id)
    themes_before = count(app, CommentTheme)
    answers_before = count(app, Answer)
    sentiments_before = sentiments(app)
    with app.app_context():
        assert count_comments(QueueFilters(status="all")) == 5
    assert analysed_words(app) and len(sentiments_before) == 5
    assert COMMENT in texts(app) and count(app, CommentAnalysis) == 5 and themes_before > 0
    set_survey(app, survey_id, status=SurveyStatus.CLOSED, closes_on=LONG_AGO, retention_months=1)

    result = _run(app)

    assert result.exit_code == 0, result.output
    assert "Deleted from every-type" in result.output
    assert (
        "7 written answers, the sentences and phrases of 5 comment analyses (their sentiment is "
        "kept), 1 unfinished drafts, 2 email addresses"
    ) in result.output
    assert "@" not in result.output and "speech" not in result.output.lower()
    assert set(texts(app)) == {None}
    assert count(app, Answer) == answers_before
    assert sentiments(app) == sentiments_before
    assert analysed_words(app) == set()
    with app.app_context():
        assert count_comments(QueueFilters(status="all")) == 0  # nothing left to review
    assert count(app, CommentTheme) == themes_before
    assert count(app, FollowUp) == 0 and count(app, Draft) == 0
    assert results_json(client, survey_id) == before
    with app.app_context():
        assert db.session.get(Survey, survey_id).raw_text_deleted_at is not None
    [entry] = audit_entries(app, "retention.run")
    assert entry["subject"] == f"survey {survey_id}" and entry["user_id"] is None
    assert entry["detail"] == {
        "written_answers": 7,
        "analyses": 5,
        "drafts": 1,
        "contact_details": 2,
    }

    again = _run(app)
    assert again.exit_code == 0
    assert "nothing to delete" in again.output
    assert len(audit_entries(app, "retention.run")) == 1


def sentiments(app) -> list[tuple]:
    """Each comment analysis's sentiment label and score."""
    with app.app_context():
        rows = db.session.execute(
            select(CommentAnalysis.answer_id, CommentAnalysis.sentiment, CommentAnalysis.polarity)
        )
        return sorted(tuple(row) for row in rows)


def analysed_words(app) -> set[str]:
    """Every sentence and noun phrase kept by the comment analyses."""
    with app.app_context():
        words = set()
        for sentences, phrases in db.session.execute(
            select(CommentAnalysis.sentences, CommentAnalysis.noun_phrases)
        ):
            words |= {sentence["text"] for sentence in sentences} | set(phrases)
        return words


def test_a_dry_run_counts_and_changes_nothing(client, app):
    survey_id = _answered_survey(client, app)
    set_survey(app, survey_id, status=SurveyStatus.CLOSED, closes_on=LONG_AGO)

    result = _run(app, "--dry-run")

    assert result.exit_code == 0, result.output
    assert "Would delete from every-type" in result.output
    assert "Dry run: nothing was deleted" in result.output
    assert COMMENT in texts(app)
    assert count(app, CommentAnalysis) == 5 and count(app, FollowUp) == 2
    assert audit_entries(app, "retention.run") == []
    with app.app_context():
        assert db.session.get(Survey, survey_id).raw_text_deleted_at is None


def test_surveys_still_in_their_period_or_open_are_left_alone(client, app):
    survey_id = _answered_survey(client, app)
    recent = date.today() - timedelta(days=40)
    set_survey(app, survey_id, status=SurveyStatus.CLOSED, closes_on=recent, retention_months=2)
    assert "nothing to delete" in _run(app).output
    set_survey(app, survey_id, status=SurveyStatus.OPEN, closes_on=None, retention_months=1)
    assert "nothing to delete" in _run(app).output
    assert COMMENT in texts(app) and count(app, FollowUp) == 2


def test_only_surveys_past_their_period_lose_their_written_answers(client, app):
    survey_id = _answered_survey(client, app)
    other_id = make_survey(app, every_type_definition("other-survey"))
    add_comments(app, other_id, "The bus to school is always late")
    follow(app, other_id, "carer@example.org")
    set_survey(app, survey_id, status=SurveyStatus.CLOSED, closes_on=LONG_AGO)

    assert _run(app).exit_code == 0

    assert texts(app).count("The bus to school is always late") == 1
    assert count(app, FollowUp) == 1
    with app.app_context():
        assert db.session.get(Survey, other_id).raw_text_deleted_at is None


def test_the_survey_page_says_how_long_written_answers_are_kept(client, app):
    survey_id = make_survey(app, status=SurveyStatus.CLOSED)
    set_survey(app, survey_id, closes_on=date(2025, 3, 31), retention_months=6)
    login_as(client, app)

    page = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert (
        "Written answers and contact details are kept until 30 September 2025, "
        "6 months after the survey closed on 31 March 2025." in page
    )

    set_survey(app, survey_id, raw_text_deleted_at=datetime(2025, 10, 2, 3, 0))
    page = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "Written answers and contact details were deleted on 2 October 2025." in page


def test_a_survey_not_closed_yet_says_the_period_in_months(client, app):
    survey_id = make_survey(app, status=SurveyStatus.DRAFT)
    login_as(client, app)
    page = visible_text(client.get(f"/manage/surveys/{survey_id}"))
    assert "kept for 24 months after the survey closes." in page
