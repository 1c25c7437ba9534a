"""Theming stored comments: what a run stores, what it skips, and what it never overwrites."""

from __future__ import annotations

from unittest.mock import patch

from sqlalchemy import select

from feedback.analysis.codebook import ensure_codebook
from feedback.analysis.decisions import ACCEPT, ADD, REJECT, decide, load_comments
from feedback.analysis.running import count_pending, theme_comments
from feedback.extensions import db
from feedback.models import (
    Answer,
    CodebookTheme,
    CommentAnalysis,
    Question,
    Response,
    Role,
    User,
)
from feedback.models.columns import utcnow
from tests.factories import every_type_definition, make_staff, make_survey
from tests.feedback.analysis.helpers import (
    add_comments,
    is_reviewed,
    run_theming,
    suggested,
    themes_of,
)
from theming.codebook import DEFAULT_CODEBOOK

AUTISM = "We have waited two years for an autism assessment and nobody will tell us why."
REVIEW = "His annual review was late again and the plan was not updated."
URDU = "میرے بیٹے کو اسکول میں کوئی مدد نہیں ملتی اور کوئی ہماری بات نہیں سنتا"


def test_a_fresh_database_gets_the_default_codebook_once(app):
    with app.app_context():
        ensure_codebook()
        ensure_codebook()
        slugs = list(db.session.scalars(select(CodebookTheme.slug)))
        assert sorted(slugs) == sorted(theme.slug for theme in DEFAULT_CODEBOOK.themes)
        autism = db.session.scalar(
            select(CodebookTheme).where(CodebookTheme.slug == "autism-adhd-assessment")
        )
        assert autism.area.slug == "waiting-times"
        assert "autism" in autism.phrases


def test_a_run_stores_each_comments_analysis_and_suggested_themes(app):
    survey = make_survey(app)
    autism, review = add_comments(app, survey, AUTISM, REVIEW)

    counts = run_theming(app)

    assert (counts.analysed, counts.unchanged, counts.non_english) == (2, 0, 0)
    assert "autism-adhd-assessment" in suggested(app, autism)
    assert "annual-reviews" in suggested(app, review)
    assert counts.suggestions == len(suggested(app, autism)) + len(suggested(app, review))
    with app.app_context():
        analysis = db.session.scalar(
            select(CommentAnalysis).where(CommentAnalysis.answer_id == autism)
        )
        assert analysis.is_english and analysis.language == "en"
        assert analysis.sentences[0]["text"].startswith("We have waited two years")
        assert set(analysis.sentences[0]) >= {"text", "polarity"}
        assert analysis.noun_phrases
        assert analysis.reviewed_at is None


def test_a_second_run_processes_nothing_until_a_comment_is_new_or_changed(app):
    survey = make_survey(app)
    first, _second = add_comments(app, survey, AUTISM, REVIEW)
    run_theming(app)

    again = run_theming(app)
    assert (again.analysed, again.unchanged) == (0, 2)

    add_comments(app, survey, "The short breaks service has been brilliant for us.")
    with app.app_context():
        db.session.get(Answer, first).text = "The local offer website is impossible to use."
        db.session.commit()
    third = run_theming(app)
    assert (third.analysed, third.unchanged) == (2, 1)
    assert "local-offer-information" in suggested(app, first)
    assert "autism-adhd-assessment" not in suggested(app, first)


def _officer(app) -> User:
    email = make_staff(app, Role.OFFICER)
    return db.session.scalar(select(User).where(User.email == email))


def test_a_rerun_never_changes_what_a_person_decided(app):
    survey = make_survey(app)
    (answer_id,) = add_comments(app, survey, AUTISM)
    run_theming(app)
    first, second, *_ = sorted(suggested(app, answer_id))
    with app.app_context():
        officer = _officer(app)
        (comment,) = load_comments([answer_id])
        themes = {t.slug: t for t in db.session.scalars(select(CodebookTheme))}
        decide(comment, themes[first], ACCEPT, officer)
        decide(comment, themes[second], REJECT, officer)
        decide(comment, themes["short-breaks"], ADD, officer)
        # The text changes, so the next run analyses this comment again.
        db.session.get(Answer, answer_id).text += " Still waiting for the autism assessment."
        db.session.commit()

    assert run_theming(app).analysed == 1

    mine = themes_of(app, answer_id)
    assert mine[first] == ("human", "accepted")
    assert mine[second] == ("human", "rejected")
    assert mine["short-breaks"] == ("human", "accepted")


def test_progress_is_reported_batch_by_batch_up_to_the_number_to_process(app):
    survey = make_survey(app)
    add_comments(app, survey, *(f"Comment {n} about the annual review." for n in range(12)))
    with app.app_context():
        assert count_pending() == 12
        steps = []
        with patch("feedback.analysis.running.BATCH_SIZE", 5):
            counts = theme_comments(progress=steps.append)
        assert steps == [5, 5, 2]
        assert counts.analysed == 12
        assert count_pending() == 0


def test_a_changed_comment_must_be_reviewed_again(app):
    survey = make_survey(app)
    (answer_id,) = add_comments(app, survey, REVIEW)
    run_theming(app)
    with app.app_context():
        analysis = db.session.scalar(
            select(CommentAnalysis).where(CommentAnalysis.answer_id == answer_id)
        )
        analysis.reviewed_at = utcnow()
        db.session.get(Answer, answer_id).text = REVIEW + " We complained twice."
        db.session.commit()
    run_theming(app)
    assert not is_reviewed(app, answer_id)


def test_comments_not_in_english_are_counted_and_left_unthemed(app):
    survey = make_survey(app)
    (answer_id,) = add_comments(app, survey, URDU)
    counts = run_theming(app)
    assert (counts.analysed, counts.non_english) == (1, 1)
    assert themes_of(app, answer_id) == {}
    with app.app_context():
        analysis = db.session.scalar(
            select(CommentAnalysis).where(CommentAnalysis.answer_id == answer_id)
        )
        assert not analysis.is_english


def test_only_long_and_short_text_answers_are_themed(app):
    survey = make_survey(app)
    short = add_comments(app, survey, "Autism assessment took forever", question_key="one-word")
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.key == "school-type"))
        response = Response(survey_id=survey, reference="OTHER-1", submission_token="other-1")
        response.answers.append(
            Answer(question_id=question.id, choice="other", text="Home educated after exclusion")
        )
        db.session.add(response)
        db.session.commit()
    counts = run_theming(app)
    assert counts.analysed == 1
    assert "autism-adhd-assessment" in suggested(app, short[0])


def test_blank_and_huge_comments_are_stored_without_themes_or_with_a_note(app):
    survey = make_survey(app)
    blank, huge = add_comments(app, survey, "   ", "The annual review was late. " * 5_000)
    counts = run_theming(app)
    assert counts.analysed == 2
    assert themes_of(app, blank) == {}
    with app.app_context():
        analysis = db.session.scalar(
            select(CommentAnalysis).where(CommentAnalysis.answer_id == huge)
        )
        assert analysis.truncated


def test_a_run_can_be_limited_to_one_survey(app):
    first = make_survey(app, every_type_definition("first-wave"))
    second = make_survey(app, every_type_definition("second-wave"))
    (mine,) = add_comments(app, first, AUTISM)
    (other,) = add_comments(app, second, REVIEW)
    assert run_theming(app, first).analysed == 1
    assert suggested(app, mine)
    assert themes_of(app, other) == {}
    assert run_theming(app).analysed == 1
